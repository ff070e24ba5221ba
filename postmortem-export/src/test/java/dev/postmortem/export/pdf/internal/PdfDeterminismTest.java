package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Audience;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PdfDeterminismTest {
  private static final Pattern PREFIX = Pattern.compile("/PMKA[A-Z]{2}\\+");
  private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9A-F]+)> ?<([0-9A-F]+)> ?\\]");

  @Test
  void xrefOffsetsWrittenWithArabicIndicDigitsAreRepaired() {
    // What OpenPDF 2.0.5 writes under an Arabic default locale: U+0660.. truncated to '`'..'i'.
    String broken = "%PDF-1.4\nendobj\nxref\n0 3\n`````````` feece f \n````adfbib ````` n \n"
        + "`````eaghg ````` n \ntrailer\n<</Size 3>>\nstartxref\n149406\n%%EOF\n";
    String repaired = PdfDeterminism.repairXref(broken);
    assertThat(repaired).contains("\nxref\n0 3\n0000000000 65535 f \n0000146292 00000 n \n"
        + "0000051787 00000 n \ntrailer");
    assertThat(PdfDeterminism.repairXref(repaired)).isEqualTo(repaired);
  }

  /**
   * The in-place rewrite agrees byte for byte with the first, string-based implementation on PDFs
   * as OpenPDF writes them: real exports whose subset prefixes and identifier are replaced by
   * random ones (as OpenPDF's are), with Arabic-digit xref tables, without an identifier, with a
   * random prefix that collides with one of ours, and on random bytes.
   */
  @Test
  void agreesWithTheStringImplementation() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<byte[]> pdfs = new ArrayList<>();
    for (Audience a : Audience.values()) {
      pdfs.add(PdfExporter.builder().audience(a).build().toBytes(ExamplePostmortem.create()));
    }
    for (Postmortem pm : PostmortemGenerator.seeded(seed).hostileStrings(true).list(3)) {
      pdfs.add(PdfExporter.create().toBytes(pm));
    }
    int cases = 0;
    for (byte[] pdf : pdfs) {
      String s = new String(pdf, StandardCharsets.ISO_8859_1);
      for (int variant = 0; variant < 5; variant++) {
        String raw = randomise(s, random, variant);
        byte[] input = raw.getBytes(StandardCharsets.ISO_8859_1);
        byte[] expected = StringPdfDeterminism.apply(input.clone());
        assertThat(PdfDeterminism.apply(input.clone())).as("seed %d, variant %d", seed, variant)
            .isEqualTo(expected);
        cases++;
      }
    }
    for (int i = 0; i < 200; i++) {
      byte[] noise = new byte[random.nextInt(300)];
      random.nextBytes(noise);
      String tail = random.nextBoolean() ? "/BaseFont /ABCDEF+X /ID [<0a1b><2c3d>]\nxref\n0 1\n`````````` feece f \n" : "";
      byte[] input = (new String(noise, StandardCharsets.ISO_8859_1) + tail).getBytes(StandardCharsets.ISO_8859_1);
      assertThat(PdfDeterminism.apply(input.clone())).as("seed %d, noise %d", seed, i)
          .isEqualTo(StringPdfDeterminism.apply(input.clone()));
      cases++;
    }
    assertThat(cases).isEqualTo(pdfs.size() * 5 + 200);
  }

  /** {@code pdf} with OpenPDF-like random subset prefixes and identifier. */
  private static String randomise(String pdf, Random random, int variant) {
    StringBuilder sb = new StringBuilder();
    Matcher m = PREFIX.matcher(pdf);
    int last = 0;
    String first = null;
    while (m.find()) {
      String p = first != null && variant == 3 ? "PMKAAA" : letters(random, 6); // 3: collides with ours
      first = first == null ? p : first;
      sb.append(pdf, last, m.start()).append('/').append(p).append('+');
      last = m.end();
    }
    sb.append(pdf, last, pdf.length());
    String out = sb.toString();
    Matcher id = ID.matcher(out);
    if (id.find()) {
      String hex = variant == 1 ? "" : hex(random, id.group(1).length());
      out = variant == 1
          ? out.substring(0, id.start()) + out.substring(id.end()) // no identifier
          : out.substring(0, id.start(1)) + hex + out.substring(id.end(1), id.start(2))
              + hex(random, id.group(2).length()) + out.substring(id.end(2));
    }
    if (variant == 2) { // Arabic-Indic digits in the cross-reference table, as under ar-SA
      int xref = out.lastIndexOf("\nxref\n");
      char[] c = out.toCharArray();
      for (int i = xref + 6; i < c.length && c[i] != 't'; i++) {
        if (c[i] >= '0' && c[i] <= '9' && random.nextBoolean()) {
          c[i] = (char) (0x60 + c[i] - '0');
        }
      }
      out = new String(c);
    }
    return out;
  }

  private static String letters(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('A' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private static String hex(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }
}

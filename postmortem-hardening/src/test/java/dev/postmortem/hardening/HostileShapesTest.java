package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Audience;
import dev.postmortem.export.ExportException;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Pathological shapes of every input family of issue 15, each generated at growing sizes (seeded,
 * our own text): every input is read or rejected with a typed, located error, nothing throws
 * anything else, rejections take at most {@link Attacks#LIMIT} of CPU time, and accepted inputs
 * take time that grows at most linearly with the size (with slack for a loaded machine).
 *
 * <p>The normal build tries each shape at three sizes, from a base that keeps the run short;
 * {@code -Dpostmortem.hostile.scale=N} multiplies the sizes and adds more of them (the {@code fuzz}
 * profile sets 4).
 */
class HostileShapesTest {
  private static final int SCALE = Integer.getInteger("postmortem.hostile.scale", 1);
  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();
  private static final PostmortemReader READER = PostmortemReader.create();
  private static final String MD = "# PM-7: Hostile shapes\n\n## Summary\n\nSomething broke.\n\n";
  private static final String YAML = dev.postmortem.io.PostmortemWriter.create(Format.YAML).toString(ExamplePostmortem.create());
  private static final List<String> SUMMARY = new ArrayList<>();
  private static int tried;
  private static int crashes;
  private static int hangs;

  /** One shape: its name, its file name (for the format) and the input at size n. */
  record Shape(String name, String file, int base, IntFunction<byte[]> make) {}

  enum Outcome { READ, REJECTED }

  static List<Shape> shapes() {
    List<Shape> s = new ArrayList<>();
    s.add(new Shape("markdown table delimiter row of n cells", "t.md", 400, n -> utf8(MD + "## Timeline\n\n|"
        + " a |".repeat(n) + "\n|" + ":---:|".repeat(n) + "\n|" + " x |".repeat(n) + "\n")));
    s.add(new Shape("markdown ![[]() repeated n times", "b.md", 5_000, n -> utf8(MD + "![[]()".repeat(n) + "\n")));
    s.add(new Shape("markdown list indented n levels", "l.md", 500, n -> {
      StringBuilder sb = new StringBuilder(MD).append("## Lessons learned\n\n");
      for (int i = 0; i < n; i++) {
        sb.append("  ".repeat(i)).append("- item\n");
      }
      return utf8(sb.toString());
    }));
    s.add(new Shape("markdown quotes nested n deep", "q.md", 2_000, n -> utf8(MD + ">".repeat(n) + " x\n")));
    s.add(new Shape("markdown emphasis opened n times", "e.md", 2_000,
        n -> utf8(MD + "*a ".repeat(n) + "b" + "*".repeat(n) + "\n")));
    s.add(new Shape("markdown front matter with a line of n characters", "f.md", 64 << 10,
        n -> utf8("---\ntitle: " + "x".repeat(n) + "\n---\n" + MD)));
    s.add(new Shape("yaml plain scalar of n characters on one line", "p.yaml", 64 << 10,
        n -> utf8(yaml("(?m)^title: .*$", "title: " + "a".repeat(n)))));
    s.add(new Shape("yaml quoted scalar of n characters on one line", "d.yaml", 64 << 10,
        n -> utf8(yaml("(?m)^title: .*$", "title: \"" + "a b".repeat(n / 3) + "\""))));
    s.add(new Shape("quantity 1e(n digits of exponent)", "x.yaml", 1_000,
        n -> utf8(yaml("(?m)^( +value: )23$", "$1" + "1e" + "9".repeat(Math.min(9, String.valueOf(n).length() + 5))))));
    s.add(new Shape("timeline description of n characters (one long PDF table cell)", "c.yaml", 32 << 10,
        n -> utf8(yaml("(?m)^(    description: )Configuration change CHG-4471 deployed.*$",
            "$1" + "word ".repeat(n / 5).strip()))));
    s.add(new Shape("word hyperlinks nested n deep", "h.docx", 500, n -> docx(
        "<w:p>" + "<w:hyperlink w:anchor=\"a\">".repeat(n) + "<w:r><w:t>x</w:t></w:r>"
            + "</w:hyperlink>".repeat(n) + "</w:p>", "word/document.xml")));
    s.add(new Shape("word table of n rows", "r.docx", 300, n -> {
      StringBuilder sb = new StringBuilder(para("Timeline", "Heading1")).append("<w:tbl>");
      Random random = new Random(n);
      for (int i = 0; i < n; i++) {
        sb.append("<w:tr>");
        for (int c = 0; c < 4; c++) {
          sb.append("<w:tc><w:p><w:r><w:t>").append(random.nextInt(1_000_000)).append("</w:t></w:r></w:p></w:tc>");
        }
        sb.append("</w:tr>");
      }
      return docx(sb.append("</w:tbl>").toString(), "word/document.xml");
    }));
    s.add(new Shape("word main part named document.XML with n paragraphs", "m.docx", 2_000, n -> {
      StringBuilder sb = new StringBuilder();
      Random random = new Random(n);
      for (int i = 0; i < n; i++) {
        sb.append(para("p " + random.nextInt(1_000_000), null));
      }
      return docx(sb.toString(), "word/document.XML");
    }));
    return s;
  }

  @Test
  void everyShapeIsReadOrRejectedInBoundedTime() {
    int[] factors = SCALE == 1 ? new int[] {1, 2, 4} : new int[] {1, 2, 4, 8, 16};
    List<String> failures = new ArrayList<>();
    for (Shape shape : shapes()) {
      long[] cpu = new long[factors.length];
      Outcome[] outcome = new Outcome[factors.length];
      for (int i = 0; i < factors.length; i++) {
        int n = shape.base() * SCALE * factors[i];
        byte[] input = shape.make().apply(n);
        tried++;
        long start = Attacks.cpuNanos();
        try {
          outcome[i] = run(shape.file(), input);
        } catch (Throwable t) {
          crashes++;
          failures.add(shape.name() + " at n=" + n + ": " + t);
          continue;
        } finally {
          cpu[i] = Attacks.cpuNanos() - start;
        }
        if (cpu[i] > 10 * Attacks.LIMIT.toNanos()) {
          hangs++;
          failures.add(shape.name() + " at n=" + n + ": " + cpu[i] / 1_000_000 + " ms of CPU time");
        } else if (outcome[i] == Outcome.REJECTED && cpu[i] > Attacks.LIMIT.toNanos()) {
          hangs++;
          failures.add(shape.name() + " at n=" + n + ": rejected after " + cpu[i] / 1_000_000 + " ms");
        }
      }
      int last = factors.length - 1;
      if (outcome[0] == Outcome.READ && outcome[last] == Outcome.READ) {
        // linear: the largest size may take its factor times the smallest, three times over, plus
        // a quarter second for the noise of a shared machine
        long allowed = 3 * cpu[0] * factors[last] / factors[0] + 250_000_000L;
        if (cpu[last] > allowed) {
          hangs++;
          failures.add(shape.name() + ": " + cpu[0] / 1_000_000 + " ms at n=" + shape.base() * SCALE
              + " but " + cpu[last] / 1_000_000 + " ms at " + factors[last] + " times that (not linear)");
        }
      }
      StringBuilder line = new StringBuilder(shape.name()).append(':');
      for (int i = 0; i < factors.length; i++) {
        line.append(' ').append(outcome[i] == null ? "CRASH" : outcome[i]).append(' ')
            .append(cpu[i] / 1_000_000).append(" ms");
      }
      SUMMARY.add(line.toString());
    }
    assertThat(failures).isEmpty();
  }

  /** Reads the input as the CLI would, then renders what it read in every format and audience. */
  private static Outcome run(String file, byte[] input) throws IOException {
    Postmortem pm;
    try {
      if (file.endsWith(".docx")) {
        pm = IMPORTER.importDocx(new ByteArrayInputStream(input), file).postmortem();
      } else if (file.endsWith(".md")) {
        pm = IMPORTER.importMarkdown(new ByteArrayInputStream(input), file).postmortem();
      } else {
        pm = READER.readDocument(input, Format.YAML, file).postmortem();
      }
    } catch (PostmortemFormatException e) {
      assertThat(e.getMessage()).startsWith(file + ":").doesNotContain("Exception");
      return Outcome.REJECTED;
    }
    for (Audience a : new Audience[] {Audience.INTERNAL, Audience.EXTERNAL}) {
      for (Exporter e : new Exporter[] {
          MarkdownExporter.builder().audience(a).creationTime(Instant.EPOCH).build(),
          DocxExporter.builder().audience(a).creationTime(Instant.EPOCH).build(),
          PdfExporter.builder().audience(a).creationTime(Instant.EPOCH).build()}) {
        try {
          e.write(pm, OutputStream.nullOutputStream());
        } catch (ExportException ex) {
          assertThat(ex.getMessage()).doesNotContain("Exception");
          return Outcome.REJECTED;
        }
      }
    }
    return Outcome.READ;
  }

  @AfterAll
  static void summary() {
    System.out.println("HostileShapesTest: " + tried + " inputs, " + crashes + " crashes, " + hangs + " hangs");
    SUMMARY.forEach(s -> System.out.println("  " + s));
  }

  /** The example's YAML with the first match of {@code regex} replaced; fails when nothing matched. */
  static String yaml(String regex, String replacement) {
    String out = YAML.replaceFirst(regex, replacement);
    if (out.equals(YAML)) {
      throw new IllegalStateException("the shape was not planted: nothing matches " + regex);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String para(String text, String style) {
    return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
        + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  /** A minimal Word package whose main part, named {@code main}, has {@code body}. */
  static byte[] docx(String body, String main) {
    String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/" + main + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"" + main + "\"/></Relationships>";
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + para("PM-7: Hostile shapes", "Title") + para("Summary", "Heading1") + para("Something broke.", null)
        + body + "</w:body></w:document>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(utf8(types));
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write(utf8(rels));
      z.putNextEntry(new ZipEntry(main));
      z.write(utf8(doc));
      z.closeEntry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

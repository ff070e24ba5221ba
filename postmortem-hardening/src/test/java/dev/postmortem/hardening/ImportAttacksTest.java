package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImportException;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Known attacks on the Markdown and Word importers, each rejected within {@link Attacks#LIMIT}
 * with a {@link PostmortemImportException} that names the file and, where there is one, the
 * line or the part of the Word file.
 */
class ImportAttacksTest {
  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();
  private static final String XXE_BODY =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

  @BeforeAll
  static void warmUp() {
    var pm = PostmortemGenerator.seeded(5).timelineEvents(3).next();
    IMPORTER.importMarkdown(Fixtures.markdown(pm), "warm.md");
    IMPORTER.importDocx(new ByteArrayInputStream(Fixtures.docx(pm)), "warm.docx");
  }

  private static PostmortemImportException docx(byte[] bytes, String name) {
    Throwable t = Attacks.rejectedInTime(() -> IMPORTER.importDocx(new ByteArrayInputStream(bytes), name));
    assertThat(t).isInstanceOf(PostmortemImportException.class);
    assertThat(t.getMessage()).startsWith(name + ": ");
    return (PostmortemImportException) t;
  }

  @Test
  void docxZipBomb() {
    byte[] bomb = Fixtures.zip("[Content_Types].xml", "<Types/>", "word/document.xml", new byte[60 << 20]);
    assertThat(bomb.length).isLessThan(100_000);
    PostmortemImportException e = docx(bomb, "bomb.docx");
    assertThat(e.problem()).contains("word/document.xml").contains("zip bomb");
  }

  @Test
  void docxZipBombSpreadOverManyParts() {
    Object[] parts = new Object[2 * 300];
    byte[] zeros = new byte[(1 << 20) - 1];
    for (int i = 0; i < 300; i++) {
      parts[2 * i] = "word/media/part" + i + ".bin";
      parts[2 * i + 1] = zeros;
    }
    PostmortemImportException e = docx(Fixtures.zip(parts), "spread.docx");
    assertThat(e.problem()).contains("zip bomb");
  }

  @Test
  void docxWithTooManyParts() {
    Object[] parts = new Object[2 * 5000];
    for (int i = 0; i < 5000; i++) {
      parts[2 * i] = "p" + i;
      parts[2 * i + 1] = "";
    }
    PostmortemImportException e = docx(Fixtures.zip(parts), "parts.docx");
    assertThat(e.problem()).contains("more than 2000 parts");
  }

  @Test
  void docxExternalEntity() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + XXE_BODY;
    PostmortemImportException e = docx(Fixtures.docx(xml), "xxe.docx");
    assertThat(e.problem()).contains("word/document.xml").contains("DOCTYPE");
  }

  @Test
  void docxExternalEntityBehindALongComment() {
    String xml = "<?xml version=\"1.0\"?><!--" + " padding".repeat(4000) + "-->"
        + "<!DOCTYPE w [<!ENTITY x SYSTEM \"http://127.0.0.1:9/leak\">]>" + XXE_BODY;
    PostmortemImportException e = docx(Fixtures.docx(xml), "xxe-late.docx");
    assertThat(e.problem()).contains("word/document.xml").contains("DOCTYPE");
  }

  @Test
  void docxExternalEntityInUtf16() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + XXE_BODY;
    byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16);
    byte[] doc = Fixtures.zip(Fixtures.unzip(Fixtures.docx(Fixtures.document(""))).entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
            en -> en.getKey().equals("word/document.xml") ? utf16 : en.getValue(),
            (a, b) -> a, java.util.LinkedHashMap::new)));
    PostmortemImportException e = docx(doc, "xxe-utf16.docx");
    assertThat(e.problem()).contains("word/document.xml");
  }

  @Test
  void docxExternalEntityInThePackageRelationships() {
    String rels = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">&x;</Relationships>";
    byte[] doc = Fixtures.zip("[Content_Types].xml", "<Types/>", "_rels/.rels", rels,
        "word/document.xml", Fixtures.document(""));
    PostmortemImportException e = docx(doc, "xxe-rels.docx");
    assertThat(e.problem()).contains("_rels/.rels").contains("DOCTYPE");
  }

  @Test
  void docxEntityExpansion() {
    StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [" + dtd + "]>"
        + XXE_BODY.replace("&x;", "&l9;");
    PostmortemImportException e = docx(Fixtures.docx(xml), "laughs.docx");
    assertThat(e.problem()).contains("word/document.xml").contains("entities");
  }

  @Test
  void docxHugeButCompressibleDocumentPartDoesNotExhaustMemory() throws Exception {
    // 40 MB of paragraphs with random numbers, written straight into the zip: about 100:1,
    // under the ratio guard, yet far more than a 256 MB heap can hold as a parsed document
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
      Fixtures.unzip(Fixtures.docx(Fixtures.document(""))).forEach((name, content) -> {
        if (!name.equals("word/document.xml")) {
          try {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write(content);
            z.closeEntry();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      });
      z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      java.io.Writer w = new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8);
      w.write(Fixtures.document("").replace("</w:body></w:document>", ""));
      Random random = new Random(1);
      for (long written = 0; written < (40 << 20); ) {
        String p = "<w:p><w:r><w:t>" + random.nextInt(1_000_000) + "</w:t></w:r></w:p>";
        w.write(p);
        written += p.length();
      }
      w.write("</w:body></w:document>");
      w.flush();
      z.closeEntry();
    }
    byte[] doc = bytes.toByteArray();
    Throwable t = Attacks.rejectedInTime(() -> IMPORTER.importDocx(new ByteArrayInputStream(doc), "big.docx"));
    assertThat(t).isInstanceOf(PostmortemImportException.class);
    assertThat(t.getMessage()).startsWith("big.docx: ").contains("word/document.xml");
  }

  @Test
  void markdownTableOfAMillionCells() {
    StringBuilder sb = new StringBuilder("# Big table\n\n## Timeline\n\n|");
    sb.append(" c |".repeat(1000)).append("\n|").append("---|".repeat(1000)).append('\n');
    for (int r = 0; r < 1000; r++) {
      sb.append('|').append(" x |".repeat(1000)).append('\n');
    }
    String md = sb.toString();
    Throwable t = Attacks.rejectedInTime(() -> IMPORTER.importMarkdown(md, "table.md"));
    assertThat(t).isInstanceOf(PostmortemImportException.class);
    PostmortemImportException e = (PostmortemImportException) t;
    assertThat(e.line()).isPositive();
    assertThat(e.problem()).containsIgnoringCase("cells").containsIgnoringCase("limit");
  }

  @Test
  void markdownQuotesNested100000Deep() {
    String md = "# Deep\n\n" + ">".repeat(100_000) + " x\n";
    Throwable t = Attacks.handledInTime(() -> IMPORTER.importMarkdown(md, "deep.md"));
    assertThat(t).satisfiesAnyOf(
        x -> assertThat(x).isNull(),
        x -> assertThat(x).isInstanceOf(PostmortemImportException.class).hasMessageStartingWith("deep.md:3"));
  }

  @Test
  void markdownListsNested100000Deep() {
    StringBuilder sb = new StringBuilder("# Deep\n\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("- ");
    }
    sb.append("x\n");
    Throwable t = Attacks.handledInTime(() -> IMPORTER.importMarkdown(sb.toString(), "deep-list.md"));
    assertThat(t).satisfiesAnyOf(
        x -> assertThat(x).isNull(),
        x -> assertThat(x).isInstanceOf(PostmortemImportException.class).hasMessageStartingWith("deep-list.md:3"));
  }

  @Test
  void markdownBracketsAndEmphasisNested100000Deep() {
    String md = "# Deep\n\n" + "[".repeat(50_000) + "*".repeat(50_000) + "x" + "]".repeat(50_000) + "\n";
    long start = Attacks.cpuNanos();
    ImportResult r = IMPORTER.importMarkdown(md, "brackets.md");
    assertThat(Attacks.cpuNanos() - start).isLessThan(Attacks.LIMIT.toNanos());
    assertThat(r.postmortem().title()).isEqualTo("Deep");
  }

  @Test
  void markdownFrontMatterBillionLaughsIsNotExpanded() {
    StringBuilder fm = new StringBuilder("---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      fm.append('a').append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        fm.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      fm.append("]\n");
    }
    fm.append("---\n# Laughs\n");
    long start = Attacks.cpuNanos();
    ImportResult r = IMPORTER.importMarkdown(fm.toString(), "laughs.md");
    assertThat(Attacks.cpuNanos() - start).isLessThan(Attacks.LIMIT.toNanos());
    assertThat(r.postmortem().title()).isEqualTo("Laughs");
    assertThat(r.postmortem().extensions().toString().length()).isLessThan(10_000);
  }

  @Test
  void markdownHundredMegabytes() {
    Throwable t = Attacks.rejectedInTime(() -> IMPORTER.importMarkdown(
        Attacks.generated("# Huge\n\n", (byte) 'a', 100_000_000L, "\n"), "huge.md"));
    assertThat(t).isInstanceOf(PostmortemImportException.class)
        .hasMessage("huge.md: the input is larger than the limit of 16777216 bytes");
  }
}

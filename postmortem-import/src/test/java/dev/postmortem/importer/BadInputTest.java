package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gives a typed error that says where, or a result with diagnostics, in bounded time.
 * The timeouts guard against hangs; they are not speed targets (those are measured with JMH).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {
  private final PostmortemImporter importer = PostmortemImporter.create();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void binaryJunk(long seed) {
    byte[] junk = new byte[4096];
    new Random(seed).nextBytes(junk);
    junk[100] = 0;
    assertThatThrownBy(() -> importer.importMarkdown(new ByteArrayInputStream(junk), "junk.md"))
        .as("seed %d", seed)
        .isInstanceOf(PostmortemImportException.class)
        .satisfies(e -> assertThat(((PostmortemImportException) e).line()).isPositive());
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(junk), "junk.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("not a zip archive");
  }

  @Test
  void invalidUtf8SaysLineAndColumn() {
    byte[] bytes = "# Title\n\nbad \u00e9 here".getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(bytes, bytes.length);
    broken[13] = (byte) 0xC3;
    broken[14] = (byte) 0x28; // 0xC3 0x28 is not UTF-8
    assertThatThrownBy(() -> importer.importMarkdown(new ByteArrayInputStream(broken), "bad.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("bad.md:3:5")
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void truncatedMarkdownStillImports() {
    String md = "# Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2026-01-01 10:00 | Sta";
    ImportResult r = importer.importMarkdown(md, "cut.md");
    assertThat(r.postmortem().timeline()).singleElement()
        .satisfies(e -> assertThat(e.description()).isEqualTo("Sta"));
  }

  @Test
  void truncatedDocx() {
    byte[] full = new Docs.Word().heading(1, "T").para("x".repeat(5000)).bytes();
    byte[] cut = Arrays.copyOf(full, full.length / 2);
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(cut), "cut.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("cut.docx");
  }

  @Test
  void docxZipBomb() {
    byte[] zeros = new byte[48 << 20];
    byte[] bomb = Docs.zip("[Content_Types].xml", "<Types/>", "word/document.xml", zeros);
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(bomb), "bomb.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("word/document.xml")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void docxXmlEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    byte[] doc = Docs.zip("[Content_Types].xml", "<Types/>", "word/document.xml", xxe);
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(doc), "xxe.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("DOCTYPE");
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]><l>&b;</l>";
    byte[] billion = Docs.zip("[Content_Types].xml", laughs);
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(billion), "laughs.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("[Content_Types].xml");
  }

  @Test
  void aZipThatIsNotWord() {
    byte[] zip = Docs.zip("hello.txt", "hi");
    assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(zip), "hello.docx"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("not a readable Word document");
  }

  @Test
  void hundredThousandRowTable() {
    int rows = 100_000;
    StringBuilder sb = new StringBuilder("# Big\n\n## Timeline\n\n| Time | Event |\n|---|---|\n");
    for (int i = 0; i < rows; i++) {
      sb.append("| 2026-01-01T").append(String.format("%02d:%02d:%02dZ", i / 3600 % 24, i / 60 % 60, i % 60))
          .append(" | event ").append(i).append(" |\n");
    }
    ImportResult r = importer.importMarkdown(sb.toString(), "big.md");
    assertThat(r.postmortem().timeline()).hasSize(rows);
    assertThat(r.document().positions().exact("/timeline/99999").orElseThrow().line()).isEqualTo(7 + 99_999);
  }

  @Test
  void sizeLimit() {
    PostmortemImporter small = PostmortemImporter.builder().maxBytes(1000).build();
    byte[] big = ("# T\n\n" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.importMarkdown(new ByteArrayInputStream(big), "big.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageContaining("limit of 1000 bytes");
  }

  @Test
  void emptyAndWhitespaceDocuments() {
    assertThat(importer.importMarkdown("", "empty.md").postmortem().title()).isEqualTo("empty");
    assertThat(importer.importMarkdown("   \n\n", null).postmortem().title()).isEqualTo("Untitled post-mortem");
  }
}

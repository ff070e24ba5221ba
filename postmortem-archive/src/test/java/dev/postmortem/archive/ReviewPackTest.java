package dev.postmortem.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.testkit.ArchiveGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPackTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final List<String> SECTIONS = List.of("At a glance", "1. Inventory",
      "2. Follow-up backlog", "3. Review agenda", "4. Recurring patterns", "5. Metrics over time");
  static ArchiveReport report;
  static ArchiveGenerator.Archive generated;
  @TempDir static Path dir;

  @BeforeAll
  static void analyse() throws IOException {
    generated = ArchiveGenerator.seeded(3).postmortems(120).asOf(AS_OF).generate();
    ArchiveAnalysisTest.write(dir, generated.postmortems());
    report = Archive.builder().asOf(AS_OF).build().analyse(List.of(dir));
  }

  static byte[] bytes(ReviewPack.Format f) throws IOException {
    byte[] b = ReviewPack.create(f).toBytes(report);
    String target = System.getProperty("archive.pack.dir");
    if (target != null) {
      Files.createDirectories(Path.of(target));
      Files.write(Path.of(target, "review-pack." + f.extension()), b);
    }
    return b;
  }

  @Test
  void everyFormatIsByteIdenticalOnASecondRun() throws IOException {
    for (ReviewPack.Format f : ReviewPack.Format.values()) {
      ArchiveReport again = Archive.builder().asOf(AS_OF).parallelism(1).build()
          .analyse(List.of(dir));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReviewPack.create(f).write(again, out);
      assertThat(out.toByteArray()).as(f.name()).isEqualTo(bytes(f));
    }
  }

  @Test
  void everyOutputOfAFormatHasTheSameBytes() throws IOException {
    for (ReviewPack.Format f : ReviewPack.Format.values()) {
      ReviewPack pack = ReviewPack.create(f);
      assertThat(pack.format()).isEqualTo(f);
      byte[] bytes = pack.toBytes(report);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pack.write(report, out);
      assertThat(out.toByteArray()).as(f.name()).isEqualTo(bytes);
      Path file = dir.resolve("pack-" + f.name() + "." + f.extension());
      Files.writeString(file, "an older pack, longer than nothing");
      pack.write(report, file);
      assertThat(Files.readAllBytes(file)).as(f.name()).isEqualTo(bytes);
      if (f == ReviewPack.Format.MARKDOWN || f == ReviewPack.Format.JSON) {
        assertThat(pack.toString(report)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
      } else {
        assertThatThrownBy(() -> pack.toString(report)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not text");
      }
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsAnUncheckedErrorNamingIt() {
    Path missing = dir.resolve("no-such-dir").resolve("review-pack.md");
    assertThatThrownBy(() -> ReviewPack.create(ReviewPack.Format.MARKDOWN).write(report, missing))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such-dir");
    assertThatThrownBy(() -> ReviewPack.create(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("format");
  }

  @Test
  void markdownHasEverySectionAndMermaidCharts() throws IOException {
    String md = new String(bytes(ReviewPack.Format.MARKDOWN), java.nio.charset.StandardCharsets.UTF_8);
    for (String s : SECTIONS) {
      assertThat(md).contains("## " + s);
    }
    assertThat(md).contains("```mermaid\nxychart-beta").contains("## 6. Policy and method");
    String agenda = md.substring(md.indexOf("## 3. Review agenda"), md.indexOf("## 4. "));
    for (String pm : generated.planted().dueReviews()) {
      assertThat(agenda).containsPattern("\\| (\\*\\*)?" + pm + "(\\*\\*)? \\|");
    }
  }

  @Test
  void pdfHasEverySectionAndItsTextIsReadable() throws IOException {
    byte[] pdf = bytes(ReviewPack.Format.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      for (String s : SECTIONS) {
        assertThat(text).contains(s);
      }
      assertThat(doc.getNumberOfPages()).isGreaterThan(6);
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString())
          .isEqualTo("2026-06-30T00:00:00Z");
    }
  }

  @Test
  void docxOpensWithEverySectionAndTheCharts() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(ReviewPack.Format.DOCX)))) {
      List<String> headings = doc.getParagraphs().stream()
          .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
          .map(p -> p.getText()).toList();
      assertThat(headings).containsAll(SECTIONS);
      assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(doc.getTables()).isNotEmpty();
    }
  }

  @Test
  void jsonHasTheStableKeys() throws IOException {
    JsonNode json = new ObjectMapper().readTree(bytes(ReviewPack.Format.JSON));
    assertThat(json.get("asOf").asText()).isEqualTo("2026-06-30");
    assertThat(json.get("postmortems")).hasSize(120);
    JsonNode pm = json.get("postmortems").get(0);
    assertThat(pm.has("id") && pm.has("title") && pm.has("severity") && pm.has("status")
        && pm.has("file") && pm.has("started")).isTrue();
    JsonNode item = json.get("actionItems").get(0);
    for (String k : List.of("postmortem", "id", "title", "owner", "team", "due", "status",
        "overdue", "daysOverdue")) {
      assertThat(item.has(k)).as(k).isTrue();
    }
    long overdue = 0;
    for (JsonNode i : json.get("actionItems")) {
      overdue += i.get("overdue").asBoolean() ? 1 : 0;
    }
    assertThat(overdue).isEqualTo(generated.planted().overdueItems().size());
    JsonNode review = json.get("reviewAgenda").get(0);
    for (String k : List.of("postmortem", "severity", "cadence", "lastReview", "due", "openItems")) {
      assertThat(review.has(k)).as(k).isTrue();
    }
    JsonNode theme = json.get("themes").get(0);
    for (String k : List.of("name", "terms", "postmortems", "causes")) {
      assertThat(theme.has(k)).as(k).isTrue();
    }
    assertThat(theme.get("causes").get(0).has("postmortem")).isTrue();
    assertThat(json.get("problems").isArray()).isTrue();
    assertThat(json.get("metrics").get("bySeverity").get(0).has("p90")).isTrue();
    assertThat(json.get("metrics").toString()).doesNotContain("mean");
  }
}

package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown and Word post-mortems go through the importer in every command that reads files. */
class ImportedInputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String MARKDOWN = String.join("\n",
      "# Payment webhook backlog",
      "",
      "## Summary",
      "Payment webhooks were delayed by up to 40 minutes after a queue consumer stalled.",
      "",
      "## Impact",
      "About 3,100 orders stayed in 'pending payment' until the backlog drained.",
      "",
      "## Timeline",
      "- 2026-05-12 10:02 UTC: consumer lag alert fires",
      "- 2026-05-12 10:15 UTC: on-call restarts the consumer group",
      "- 2026-05-12 10:44 UTC: backlog drained",
      "",
      "## Action Items",
      "",
      "| Action Item | Type | Owner | Status |",
      "|---|---|---|---|",
      "| Alert on consumer lag per partition | detect | payments-team | TODO |",
      "",
      "## Notes from the retro",
      "Kept verbatim: the importer has no section for this.",
      "");

  @TempDir Path dir;

  @Test
  void convertTurnsMarkdownIntoTheCanonicalFormat() throws IOException {
    Path md = Fixtures.write(dir, "webhooks.md", MARKDOWN);
    Cli.Result r = Cli.run("convert", md.toString(), "--to", "yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Postmortem pm = PostmortemReader.create().read(r.out(), Format.YAML);
    assertThat(pm.title()).isEqualTo("Payment webhook backlog");
    assertThat(pm.timeline()).hasSize(3);
    assertThat(pm.actionItems()).hasSize(1);
    assertThat(r.out()).contains("Kept verbatim");
  }

  @Test
  void validateReportsFindingsAtMarkdownLines() throws IOException {
    Path md = Fixtures.write(dir, "webhooks.md", MARKDOWN);
    Cli.Result r = Cli.run("validate", "--format", "json", "--now", "2026-05-20", md.toString());
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
    JsonNode file = MAPPER.readTree(r.out()).at("/files/0");
    assertThat(file.get("readable").asBoolean()).isTrue();
    assertThat(file.get("findings").size()).isPositive();
    for (JsonNode f : file.get("findings")) {
      if (f.has("line")) {
        assertThat(f.get("line").asInt()).isBetween(1, (int) MARKDOWN.lines().count());
      }
    }
    assertThat(r.out()).contains("\"ruleId\": \"import-");
  }

  @Test
  void wordDocumentsAreImportedToo() throws IOException {
    Path docx = dir.resolve("webhooks.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("Payment webhook backlog");
      doc.createParagraph().createRun().setText("Summary");
      doc.createParagraph().createRun().setText("Payment webhooks were delayed by up to 40 minutes.");
      doc.write(out);
    }
    Cli.Result r = Cli.run("convert", docx.toString(), "--to", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Payment webhook");
  }

  @Test
  void aDamagedWordFileIsUnreadableWithExitCode2() throws IOException {
    Path docx = Fixtures.write(dir, "broken.docx", "this is not a zip file");
    Cli.Result r = Cli.run("validate", docx.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains(docx + "", "error unreadable-input");
    assertThat(r.out() + r.err()).doesNotContain("\tat ");
  }

  @Test
  void directoriesIncludeMarkdownAndWordFiles() throws IOException {
    Fixtures.write(dir, "a.md", MARKDOWN);
    Fixtures.writeYaml(dir, "b.yaml", Fixtures.postmortem("PM-2", 7, 90));
    Cli.Result r = Cli.run("metrics", "--format", "json", dir.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(MAPPER.readTree(r.out()).get("postmortems")).hasSize(2);
  }
}

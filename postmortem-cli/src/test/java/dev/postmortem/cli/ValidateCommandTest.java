package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aGoodFilePasses() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("Checked 1 file: 0 errors, \\d+ warnings?, \\d+ info\\. Passed \\(--fail-on error\\)\\.\n$");
    assertThat(r.out()).doesNotContain("unreadable-input");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aSyntaxErrorIsReportedAtItsLineWithExitCode2AndNoStackTrace() throws IOException {
    Path file = Fixtures.write(dir, "broken.yaml", "id: PM-1\ntitle: [unclosed\nstatus: draft\n");
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).containsPattern("(?m)^\\Q" + file + "\\E:\\d+: error unreadable-input: .+$");
    assertThat(r.out()).contains("1 file could not be read", "Failed");
    assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void everyBrokenInvariantIsOneLocatedLineWithExitCode2() throws IOException {
    Path file = Fixtures.write(dir, "refs.yaml", String.join("\n",
        "schemaVersion: 2", "id: ''", "title: Outage", "causes:",
        "  - id: a", "    description: d", "    ledTo: [b]",
        "  - id: a", "    description: e",
        "fiveWhys:", "  - problem: p", "    rootCause: z", ""));
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    for (String at : new String[] {":1:", ":2:", ":7:", ":8:", ":12:"}) {
      assertThat(r.out()).as(r.toString())
          .containsPattern("(?m)^\\Q" + file + at + "\\E error unreadable-input: .+$");
    }
    assertThat(r.out().lines().filter(l -> l.contains("unreadable-input"))).hasSize(5);
    Cli.Result json = Cli.run("validate", "--format", "json", file.toString());
    JsonNode findings = MAPPER.readTree(json.out()).at("/files/0/findings");
    assertThat(findings).extracting(f -> f.get("pointer").asText()).containsExactly(
        "/schemaVersion", "/id", "/causes/0/ledTo/0", "/causes/1/id", "/fiveWhys/0/rootCause");
    assertThat(findings).extracting(f -> f.get("line").asInt()).containsExactly(1, 2, 7, 8, 12);
    assertThat(findings).allSatisfy(f -> assertThat(f.get("column").asInt()).isPositive());
    Cli.Result convert = Cli.run("convert", file.toString(), "--to", "json");
    assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(2);
    assertThat(convert.err().lines().filter(l -> l.startsWith("postmortem: error: " + file + ":")))
        .as(convert.toString()).hasSize(5);
  }

  @Test
  void aDirectoryRunSkipsMarkdownThatIsNotAPostmortemAndSaysSo() throws IOException {
    Path folder = java.nio.file.Files.createDirectories(dir.resolve("incidents"));
    Fixtures.writeYaml(folder, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Path readme = Fixtures.write(folder, "README.md",
        "# Our incident reviews\n\nOne file per incident. Copy the template to start.\n");
    Fixtures.write(folder, "checkout.md", "# Checkout outage\n\n## Timeline\n\n"
        + "- 2026-03-02 14:00 UTC: errors rose\n- 2026-03-02 14:30 UTC: rolled back\n");
    Cli.Result r = Cli.run("validate", folder.toString());
    assertThat(r.out()).as(r.toString()).contains("Checked 2 files").doesNotContain("README.md");
    assertThat(r.err()).contains("postmortem: note: skipped " + readme + ": not a post-mortem");
    // named on the command line, it is checked like any file
    Cli.Result named = Cli.run("validate", readme.toString());
    assertThat(named.out()).as(named.toString()).contains("Checked 1 file");
  }

  @Test
  void duplicateIdsInOneRunAreReportedAtTheSecondFile() throws IOException {
    Path a = Fixtures.writeYaml(dir, "a.yaml", Fixtures.postmortem("PM-7", 7, 90));
    Path b = Fixtures.writeYaml(dir, "b.yaml", Fixtures.postmortem("PM-7", 5, 60));
    Cli.Result r = Cli.run("validate", a.toString(), b.toString());
    assertThat(r.out()).as(r.toString()).containsPattern(
        "(?m)^\\Q" + b + "\\E:\\d+: warning duplicate-id: the id 'PM-7' is also the id of \\Q" + a + "\\E; .+$");
    assertThat(r.out()).doesNotContain(a + ":1: warning duplicate-id");
  }

  @Test
  void aWrongValueNamesTheLineAndPointer() throws IOException {
    Path file = Fixtures.write(dir, "bad.yaml",
        "id: PM-1\ntitle: Outage\nseverity: sev9\n");
    Cli.Result r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode finding = MAPPER.readTree(r.out()).at("/files/0/findings/0");
    assertThat(finding.get("ruleId").asText()).isEqualTo("unreadable-input");
    assertThat(finding.get("line").asInt()).isEqualTo(3);
    assertThat(finding.get("pointer").asText()).isEqualTo("/severity");
    assertThat(finding.get("message").asText()).contains("sev9");
  }

  @Test
  void aMissingFileIsExitCode2ButTheOthersAreStillChecked() throws IOException {
    Path good = Fixtures.writeYaml(dir, "good.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Path missing = dir.resolve("nope.yaml");
    Cli.Result r = Cli.run("validate", missing.toString(), good.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains(missing + ": error unreadable-input: no such file or directory");
    assertThat(r.out()).contains("Checked 2 files");
  }

  @Test
  void anUnknownExtensionIsUnreadableUnlessInputFormatIsGiven() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.txt", Fixtures.postmortem("PM-1", 7, 90));
    assertThat(Cli.run("validate", file.toString()).out()).contains("unknown file extension");
    assertThat(Cli.run("validate", "--input-format", "yaml", file.toString()).exitCode()).isZero();
  }

  @Test
  void directoriesAreWalkedInOrderSkippingHiddenAndUnknownFiles() throws IOException {
    Fixtures.writeYaml(dir, "b/two.yml", Fixtures.postmortem("PM-2", 7, 90));
    Fixtures.writeJson(dir, "a/one.json", Fixtures.postmortem("PM-1", 7, 90));
    Fixtures.write(dir, ".git/config.json", "not json");
    Fixtures.write(dir, "notes.txt", "not a post-mortem");
    Cli.Result r = Cli.run("validate", "--format", "json", dir.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode files = MAPPER.readTree(r.out()).get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("file").asText()).endsWith("one.json");
    assertThat(files.get(1).get("file").asText()).endsWith("two.yml");
  }

  @Test
  void anEmptyDirectoryIsAnError() {
    Cli.Result r = Cli.run("validate", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("no post-mortem files");
  }

  @Test
  void sarifIsVersion210WithRegionsAndRuleIndexes() throws IOException {
    Path good = Fixtures.writeYaml(dir, "good.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Path bad = Fixtures.write(dir, "bad.yaml", "id: PM-1\ntitle: Outage\nstatus: finished\n");
    Cli.Result r = Cli.run("validate", "--format", "sarif", bad.toString(), good.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode sarif = MAPPER.readTree(r.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("postmortem");
    assertThat(run.get("artifacts")).hasSize(2);
    JsonNode result = run.at("/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("unreadable-input");
    assertThat(result.get("level").asText()).isEqualTo("error");
    int ruleIndex = result.get("ruleIndex").asInt();
    assertThat(run.at("/tool/driver/rules/" + ruleIndex + "/id").asText()).isEqualTo("unreadable-input");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .startsWith("file:").endsWith("/bad.yaml");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/status");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void githubAnnotationsAreWorkflowCommands() throws IOException {
    Path bad = Fixtures.write(dir, "bad.yaml", "id: PM-1\ntitle: Outage\nstatus: finished\n");
    Cli.Result r = Cli.run("validate", "--format", "github", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).containsPattern(
        "(?m)^::error file=[^,]*bad\\.yaml,line=3,col=\\d+,title=unreadable-input::.*finished.*$");
  }

  @Test
  void theOutputIsTheSameEveryTime() throws IOException {
    Fixtures.writeYaml(dir, "a.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Fixtures.write(dir, "b.yaml", "id: [\n");
    for (String format : new String[] {"text", "json", "sarif", "github"}) {
      String first = Cli.run("validate", "--format", format, dir.toString()).out();
      assertThat(Cli.run("validate", "--format", format, dir.toString()).out()).isEqualTo(first);
    }
  }

  @Test
  void theProgressBarGoesToStandardErrorAndIsErased() throws IOException {
    for (int i = 0; i < 3; i++) {
      Fixtures.writeYaml(dir, "pm" + i + ".yaml", Fixtures.postmortem("PM-" + i, 7, 90));
    }
    Cli.Result r = Cli.run("validate", "--progress", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("\r[", "] 1/3 ", "] 3/3 ").endsWith("\r");
    assertThat(r.out()).doesNotContain("\r");
    assertThat(Cli.run("validate", dir.toString()).err()).isEmpty();
  }
}

package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final RuleDescription OWNER =
      new RuleDescription("action-owner", Level.WARNING, "Every action item has an owner");
  private static final RuleDescription ORDER =
      new RuleDescription("milestone-order", Level.ERROR, "Milestones are in order");

  private static Report report(Level failOn) {
    FileReport a = new FileReport("incidents/a b.yaml", true, List.of(
        new Diagnostic("incidents/a b.yaml", 40, 5, Level.WARNING, "action-owner",
            "Action item 'AI-2' has no owner, 100%: name one\nsecond line", "/actionItems/1"),
        new Diagnostic("incidents/a b.yaml", 12, 3, Level.ERROR, "milestone-order",
            "detected is before started", "/incident/detected")));
    FileReport b = new FileReport("incidents/c.json", true, List.of(
        new Diagnostic("incidents/c.json", 0, 0, Level.INFO, "summary-length",
            "The summary is long", "/summary")));
    return new Report(List.of(a, b), List.of(OWNER, ORDER), failOn);
  }

  private static String print(ReportFormat format, Report report) {
    StringWriter out = new StringWriter();
    format.print(report, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void textIsCompilerStyleSortedByLineWithASummary() {
    assertThat(print(ReportFormat.TEXT, report(Level.ERROR))).isEqualTo(
        "incidents/a b.yaml:12: error milestone-order: detected is before started\n"
            + "incidents/a b.yaml:40: warning action-owner: Action item 'AI-2' has no owner, 100%:"
            + " name one\nsecond line\n"
            + "incidents/c.json: info summary-length: The summary is long (at /summary)\n"
            + "Checked 2 files: 1 error, 1 warning, 1 info. Failed (--fail-on error).\n");
  }

  @Test
  void failOnDecidesTheExitCode() {
    FileReport warningsOnly = new FileReport("a.yaml", true, List.of(
        new Diagnostic("a.yaml", 1, 1, Level.WARNING, "action-owner", "no owner", "/actionItems/0")));
    assertThat(new Report(List.of(warningsOnly), List.of(), Level.ERROR).exitCode()).isZero();
    assertThat(new Report(List.of(warningsOnly), List.of(), Level.WARNING).exitCode()).isEqualTo(1);
    assertThat(new Report(List.of(warningsOnly), List.of(), Level.INFO).exitCode()).isEqualTo(1);
    assertThat(report(Level.ERROR).exitCode()).isEqualTo(1);
  }

  @Test
  void githubEscapesDataAndProperties() {
    String out = print(ReportFormat.GITHUB, report(Level.ERROR));
    assertThat(out).contains(
        "::warning file=incidents/a b.yaml,line=40,col=5,title=action-owner::Action item 'AI-2'"
            + " has no owner, 100%25: name one%0Asecond line (at /actionItems/1)\n");
    assertThat(out).contains("::notice file=incidents/c.json,title=summary-length::The summary is long (at /summary)\n");
    assertThat(ReportFormat.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }

  @Test
  void sarifDescribesTheRulesUsedAndPointsAtRegions() throws Exception {
    JsonNode run = MAPPER.readTree(print(ReportFormat.SARIF, report(Level.ERROR))).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).hasSize(3);
    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
    assertThat(rules.get(0).at("/shortDescription/text").asText()).isEqualTo("Every action item has an owner");
    assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    JsonNode first = run.at("/results/0");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("incidents/a%20b.yaml");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
    JsonNode info = run.at("/results/2");
    assertThat(info.get("level").asText()).isEqualTo("note");
    assertThat(info.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void sarifLinksEachBuiltinRuleAndItsResultsToTheRulesDocPage() throws Exception {
    RuleDescription owner = Validation.describe(dev.postmortem.validate.Validator.builder().build().rules().stream()
        .filter(r -> r.id().equals("action-owner")).findFirst().orElseThrow());
    FileReport a = new FileReport("a.yaml", true, List.of(
        new Diagnostic("a.yaml", 4, 1, Level.WARNING, "action-owner", "no owner", "/actionItems/0"),
        new Diagnostic("a.yaml", 5, 1, Level.WARNING, "acme-ticket", "no ticket", "/actionItems/0")));
    RuleDescription custom = new RuleDescription("acme-ticket", Level.WARNING, "Items link a ticket");
    JsonNode run = MAPPER.readTree(print(ReportFormat.SARIF, new Report(List.of(a), List.of(owner, custom),
        Level.ERROR))).at("/runs/0");
    String page = "https://github.com/postmortem-kit/postmortem-kit/blob/main/docs/rules/action-owner.md";
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      if (rule.get("id").asText().equals("action-owner")) {
        assertThat(rule.get("helpUri").asText()).isEqualTo(page);
      } else {
        assertThat(rule.has("helpUri")).isFalse();
      }
    }
    for (JsonNode result : run.get("results")) {
      if (result.get("ruleId").asText().equals("action-owner")) {
        assertThat(result.at("/properties/helpUri").asText()).isEqualTo(page);
      } else {
        assertThat(result.has("properties")).isFalse();
      }
    }
    assertThat(run.get("results")).hasSize(2);
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("..", "docs", "rules", "action-owner.md"))).isTrue();
  }

  @Test
  void jsonHasASummaryAndOmitsUnknownLines() throws Exception {
    JsonNode root = MAPPER.readTree(print(ReportFormat.JSON, report(Level.WARNING)));
    assertThat(root.at("/summary/errors").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/warnings").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/info").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/exitCode").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/passed").asBoolean()).isFalse();
    assertThat(root.at("/files/0/findings/0/line").asInt()).isEqualTo(12);
    assertThat(root.at("/files/1/findings/0").has("line")).isFalse();
  }
}

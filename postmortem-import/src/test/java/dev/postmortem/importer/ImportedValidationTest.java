package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.validate.Finding;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Findings on an imported Markdown post-mortem point at lines of the Markdown file. */
class ImportedValidationTest {
  static final String MARKDOWN = String.join("\n",
      "# Checkout errors after the pool change",
      "",
      "## Summary",
      "",
      "The engineer should have checked the dashboard before deploying.",
      "",
      "## Root causes",
      "",
      "- Human error.",
      "",
      "## Action items",
      "",
      "| Action | Owner | Due |",
      "|---|---|---|",
      "| Be more careful with config changes | sre | 2026-06-01 |",
      "");

  @Test
  void findingsCarryTheMarkdownLine() {
    ImportResult imported = PostmortemImporter.create().importMarkdown(MARKDOWN, "incident.md");
    ValidationReport report = Validator.builder()
        .clock(Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC)).build()
        .validate(imported.document());
    System.out.println(report);
    Finding counterfactual = report.findings("blameless-counterfactual").get(0);
    assertThat(counterfactual.pointer()).isEqualTo("/summary");
    assertThat(counterfactual.position()).hasValueSatisfying(p -> {
      assertThat(p.source()).contains("incident.md");
      assertThat(p.line()).isEqualTo(5);
    });
    assertThat(report.findings("action-vague")).singleElement()
        .satisfies(f -> assertThat(f.position()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(15)));
    assertThat(report.findings("blameless-human-error")).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(Finding.Level.ERROR);
      assertThat(f.position().get().line()).isEqualTo(9);
    });
  }
}

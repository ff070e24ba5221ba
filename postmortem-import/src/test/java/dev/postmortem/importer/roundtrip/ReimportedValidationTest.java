package dev.postmortem.importer.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Validating the example post-mortem after a round trip through its internal Markdown or Word
 * report gives exactly the findings of the original: same rules, same levels, same pointers,
 * same messages.
 */
class ReimportedValidationTest {
  private final Validator validator = Validator.builder()
      .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
  private final Postmortem example = ExamplePostmortem.create();

  private List<String> findings(Postmortem pm) {
    return validator.validate(pm).findings().stream()
        .map(f -> f.level() + " " + f.ruleId() + " " + f.pointer() + " " + f.message())
        .sorted().collect(Collectors.toList());
  }

  @Test
  void markdownGivesTheOriginalsFindings() {
    assertThat(findings(ReportFields.viaMarkdown(example).postmortem()))
        .containsExactlyElementsOf(findings(example));
  }

  @Test
  void wordGivesTheOriginalsFindings() {
    // the Word report carries no lifecycle and shows times in one display zone (ReportFields lists
    // both as fields Word does not show), so the two rules that read them are left out here
    assertThat(findings(ReportFields.viaDocx(example).postmortem()).stream()
        .filter(f -> !f.contains("lifecycle-published-missing") && !f.contains("zone-contradiction")).toList())
        .containsExactlyElementsOf(findings(example));
  }

  @Test
  void theComparisonSeesADifference() {
    // the example without its SLOs is flagged differently: the test can fail
    Postmortem withoutSlos = Postmortem.copyOf(example).withSlos(List.<dev.postmortem.model.Slo>of());
    assertThat(findings(withoutSlos)).isNotEqualTo(findings(example));
  }
}

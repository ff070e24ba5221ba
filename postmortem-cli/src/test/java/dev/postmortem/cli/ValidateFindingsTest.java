package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate with the library's rules: findings at their lines, profiles, policies, the clock. */
class ValidateFindingsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The example with one open action item that has no owner. */
  private Path withoutOwner() throws IOException {
    Postmortem pm = Fixtures.postmortem("PM-1", 7, 90);
    ActionItem first = pm.actionItems().get(0);
    Postmortem changed = Postmortem.copyOf(pm).withStatus(Status.PUBLISHED).withActionItems(
        List.of(ImmutableActionItem.copyOf(first).withOwner(java.util.Optional.empty()), pm.actionItems().get(1)));
    return Fixtures.writeYaml(dir, "pm.yaml", changed);
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void anErrorIsReportedAtItsLineAndFailsTheRun() throws IOException {
    Path file = withoutOwner();
    Cli.Result r = Cli.run("validate", "--now", "2026-03-10", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    int line = lineOf(file, "id: AI-1");
    assertThat(r.out()).containsPattern("(?m)^\\Q" + file + ":\\E" + line + ": error action-owner: .+$");
    assertThat(r.out()).contains("Failed (--fail-on error).");
  }

  @Test
  void failOnDecidesWhetherWarningsFail() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Cli.Result byDefault = Cli.run("validate", "--now", "2026-03-10", file.toString());
    assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
    assertThat(byDefault.out()).contains("warning timeline-gap").contains(" 0 errors");
    Cli.Result strict = Cli.run("validate", "--now", "2026-03-10", "--fail-on", "warning", file.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
  }

  @Test
  void aPolicyFileChangesTheRules() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Path policy = Fixtures.write(dir, "policy.yaml", "timelineGap: PT2H\n");
    Cli.Result r = Cli.run("validate", "--now", "2026-03-10", "--policy", policy.toString(), file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("timeline-gap");
  }

  @Test
  void aBadPolicyIsExitCode2WithWhereAndWhat() throws IOException {
    Path file = Fixtures.write(dir, "example.yaml", ExamplePostmortem.yaml());
    Path policy = Fixtures.write(dir, "policy.yaml", "minWhySteps: many\n");
    Cli.Result r = Cli.run("validate", "--policy", policy.toString(), file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("postmortem: error: " + policy + ":1:").contains("/minWhySteps");
    assertThat(r.err()).doesNotContain("\tat ");
    Cli.Result missing = Cli.run("validate", "--policy", dir.resolve("nope.yaml").toString(), file.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--policy: ", "nope.yaml: no such file");
  }

  @Test
  void nowDecidesWhatIsOverdue() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    assertThat(Cli.run("validate", "--now", "2026-03-10", file.toString()).out())
        .doesNotContain("action-overdue");
    assertThat(Cli.run("validate", "--now", "2026-06-01T09:00:00+02:00", file.toString()).out())
        .contains("warning action-overdue");
    Cli.Result bad = Cli.run("validate", "--now", "next week", file.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--now: 'next week' is neither");
  }

  @Test
  void profilesRunMoreOrFewerRules() throws IOException {
    Postmortem pm = Postmortem.copyOf(Fixtures.postmortem("PM-1", 7, 90)).withFiveWhys(WhyChain.builder()
        .problem("Checkout failed for 12% of requests")
        .addSteps(WhyStep.builder().question("Why did checkout fail?")
            .answer("The connection pool was exhausted").build())
        .addSteps(WhyStep.builder().question("Why was the pool exhausted?")
            .answer("Its size was lowered from 50 to 5").build())
        .addSteps(WhyStep.builder().question("Why was the size lowered unnoticed?")
            .answer("Pool-size changes are not load-tested").build())
        .rootCause("C1")
        .build());
    Path file = Fixtures.writeYaml(dir, "pm.yaml", pm);
    String minimal = Cli.run("validate", "--now", "2026-03-10", "--profile", "minimal", file.toString()).out();
    String standard = Cli.run("validate", "--now", "2026-03-10", file.toString()).out();
    String strict = Cli.run("validate", "--now", "2026-03-10", "--profile", "STRICT", file.toString()).out();
    assertThat(minimal).doesNotContain("timeline-gap", "why-step-evidence");
    assertThat(standard).contains("timeline-gap").doesNotContain("why-step-evidence");
    assertThat(strict).contains("timeline-gap", "why-step-evidence");
    assertThat(Cli.run("validate", "--profile", "huge", file.toString()).err())
        .contains("expected one of minimal, standard, strict");
  }

  @Test
  void sarifDescribesTheLibraryRules() throws IOException {
    Path file = withoutOwner();
    Cli.Result r = Cli.run("validate", "--now", "2026-03-10", "--format", "sarif", file.toString());
    JsonNode run = MAPPER.readTree(r.out()).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    boolean described = false;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("action-owner")) {
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Every open action item has an owner");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        described = true;
      }
    }
    assertThat(described).isTrue();
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void statusOfItemsMatters() throws IOException {
    Postmortem pm = Fixtures.postmortem("PM-1", 7, 90);
    Postmortem done = Postmortem.copyOf(pm).withActionItems(List.of(
        ImmutableActionItem.copyOf(pm.actionItems().get(0)).withOwner(java.util.Optional.empty())
            .withStatus(ActionStatus.DONE)));
    Path file = Fixtures.writeYaml(dir, "pm.yaml", done);
    assertThat(Cli.run("validate", "--now", "2026-03-10", file.toString()).out()).doesNotContain("action-owner");
  }
}

package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Rule;
import dev.postmortem.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void listsEveryRuleWithLevelProfileAndSummary() {
    List<Rule> all = Validator.builder().profile(Profile.STRICT).build().rules();
    Cli.Result r = Cli.run("rules");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("RULE ");
    for (Rule rule : all) {
      assertThat(r.out()).containsPattern("(?m)^\\Q" + rule.id() + "\\E +(error|warning|info) +"
          + "(minimal|standard|strict) +\\Q" + rule.summary() + "\\E$");
    }
    assertThat(r.out()).contains(all.size() + " rules.");
  }

  @Test
  void profileFiltersAndJsonIsMachineReadable() throws Exception {
    Cli.Result r = Cli.run("rules", "--profile", "minimal", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode rules = new ObjectMapper().readTree(r.out());
    assertThat(rules.size()).isEqualTo(Validator.builder().profile(Profile.MINIMAL).build().rules().size());
    for (JsonNode rule : rules) {
      assertThat(rule.get("profile").asText()).isEqualTo("minimal");
      assertThat(rule.get("severity").asText()).isIn("error", "warning", "info");
    }
    assertThat(rules.findValuesAsText("id")).contains("milestones-order").doesNotContain("action-owner");
  }
}

package dev.postmortem.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
  @Test
  void theDocumentedDefaultPolicyFileIsTheBuiltInPolicy() throws IOException {
    assertThat(Policy.read(Path.of("..", "docs", "policy", "default.yaml"))).isEqualTo(Policy.create());
  }

  @Test
  void defaultsAnswerLookups() {
    Policy p = Policy.create();
    assertThat(p.requiresPostmortem(Severity.SEV2)).isTrue();
    assertThat(p.requiresPostmortem(Severity.SEV3)).isFalse();
    assertThat(p.draftDeadline(Severity.SEV1)).contains(Duration.ofDays(2));
    assertThat(p.publicationDeadline(Severity.SEV2)).contains(Duration.ofDays(10));
    assertThat(p.reviewCadence(Severity.SEV0)).contains(Duration.ofDays(7));
    assertThat(p.reviewCadence(Severity.SEV3)).contains(Duration.ofDays(31));
    assertThat(p.dueHorizon(Priority.P0)).contains(Duration.ofDays(7));
    assertThat(p.sectionsRequired(Optional.of(Severity.SEV1))).contains("fiveWhys", "evidence");
    assertThat(p.sectionsRequired(Optional.empty()))
        .containsExactly("severity", "summary", "incident", "impact", "timeline", "causes", "actionItems");
  }

  @Test
  void aPartialFileKeepsTheOtherDefaultsAndAGivenMapReplacesTheDefaultMap() {
    Policy p = Policy.read("timelineGap: PT20M\ndraftWithin: {sev1: P1D}\ndenyTerms: [heroics]\n", Format.YAML, "p.yaml");
    assertThat(p.timelineGap()).isEqualTo(Duration.ofMinutes(20));
    assertThat(p.draftDeadline(Severity.SEV1)).contains(Duration.ofDays(1));
    assertThat(p.draftDeadline(Severity.SEV2)).isEmpty();
    assertThat(p.minWhySteps()).isEqualTo(3);
    assertThat(p.denyTerms()).containsExactly("heroics");
    assertThat(p.publishWithin()).isEqualTo(Policy.create().publishWithin());
  }

  @Test
  void jsonWorksToo() {
    Policy p = Policy.read("{\"minWhySteps\": 5, \"recreationRequired\": [\"SEV2\"]}", Format.JSON, null);
    assertThat(p.minWhySteps()).isEqualTo(5);
    assertThat(p.recreationRequired()).containsExactly(Severity.SEV2);
  }

  @Test
  void anUnknownSeverityKeyIsReportedWithLineAndPointer() {
    assertThatThrownBy(() -> Policy.read("minWhySteps: 3\ndraftWithin:\n  sev9: P2D\n", Format.YAML, "policy.yaml"))
        .isInstanceOfSatisfying(PostmortemFormatException.class, e -> {
          assertThat(e.source()).contains("policy.yaml");
          assertThat(e.line()).isBetween(2, 3);
          assertThat(e.pointer()).startsWith("/draftWithin");
          assertThat(e.problem()).contains("sev9");
        });
  }

  @Test
  void aBadDurationIsReportedWithLineAndPointer() {
    assertThatThrownBy(() -> Policy.read("timelineGap: thirty minutes\n", Format.YAML, "policy.yaml"))
        .isInstanceOfSatisfying(PostmortemFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.pointer()).isEqualTo("/timelineGap");
        });
  }

  @Test
  void anUnknownPropertyIsReported() {
    assertThatThrownBy(() -> Policy.read("minWhySteps: 3\nmaxWhySteps: 9\n", Format.YAML, "policy.yaml"))
        .isInstanceOfSatisfying(PostmortemFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).contains("unknown property 'maxWhySteps'");
        });
  }

  @Test
  void invariantsAreReportedAsFormatErrors() {
    assertThatThrownBy(() -> Policy.read("minWhySteps: 0\n", Format.YAML, "policy.yaml"))
        .isInstanceOf(PostmortemFormatException.class).hasMessageContaining("minWhySteps must be at least 1");
    assertThatThrownBy(() -> Policy.read("requiredSections: {sev1: [summary, postscript]}\n", Format.YAML, "p.yaml"))
        .isInstanceOf(PostmortemFormatException.class).hasMessageContaining("unknown section 'postscript'");
    assertThatThrownBy(() -> Policy.read("timelineGap: PT0S\n", Format.YAML, "p.yaml"))
        .isInstanceOf(PostmortemFormatException.class).hasMessageContaining("timelineGap must be positive");
    assertThatThrownBy(() -> Policy.read("minWhySteps: [3]\n", Format.YAML, "p.yaml"))
        .isInstanceOfSatisfying(PostmortemFormatException.class, e -> assertThat(e.pointer()).isEqualTo("/minWhySteps"));
  }

  @Test
  void aSyntaxErrorHasALine() {
    assertThatThrownBy(() -> Policy.read("minWhySteps: 3\n  - : [\n", Format.YAML, "p.yaml"))
        .isInstanceOfSatisfying(PostmortemFormatException.class, e -> assertThat(e.line()).isPositive());
  }

  @Test
  void filesAreReadByExtension(@TempDir Path dir) throws IOException {
    Path yaml = Files.writeString(dir.resolve("policy.yml"), "minFunctions: 3\n");
    assertThat(Policy.read(yaml).minFunctions()).isEqualTo(3);
    Path txt = Files.writeString(dir.resolve("policy.txt"), "minFunctions: 3\n");
    assertThatThrownBy(() -> Policy.read(txt)).isInstanceOf(PostmortemFormatException.class)
        .hasMessageContaining("unknown file extension");
  }

  @Test
  void thePolicyDrivesTheRules() {
    var pm = dev.postmortem.model.Postmortem.builder().id("PM-1").title("T")
        .addFiveWhys(dev.postmortem.model.WhyChain.builder().problem("p")
            .addStep(dev.postmortem.model.WhyStep.builder().question("q?").answer("a").build()).build())
        .build();
    assertThat(Validator.builder().build().validate(pm).findings("why-chain-length")).hasSize(1);
    Policy lenient = Policy.builder().minWhySteps(1).build();
    assertThat(Validator.builder().policy(lenient).build().validate(pm).findings("why-chain-length")).isEmpty();
    assertThat(List.of(lenient.minWhySteps())).containsExactly(1);
  }
}

package dev.postmortem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelInvariantsTest {
  @Test
  void actionItemWithoutTitleFailsNamingTheItem() {
    assertThatThrownBy(() -> ActionItem.builder().id("AI-7").title("  ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ActionItem.title must not be blank (id=AI-7)");
    assertThatThrownBy(() -> ActionItem.builder().id("AI-7").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void causeEdgeToUnknownCauseFails() {
    assertThatThrownBy(() -> Postmortem.builder().id("x").title("t")
        .addCauses(Cause.builder().id("C1").description("d").addLedTo("C2").build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cause 'C1' has a 'ledTo' edge to unknown cause 'C2'");
  }

  @Test
  void duplicateCauseIdsFail() {
    Cause c = Cause.builder().id("C1").description("d").build();
    assertThatThrownBy(() -> Postmortem.builder().id("x").title("t").addCauses(c, c).build())
        .hasMessage("Postmortem has two causes with id 'C1'");
  }

  @Test
  void whyStepReferringToUnknownCauseFails() {
    assertThatThrownBy(() -> Postmortem.builder().id("x").title("t")
        .addFiveWhys(WhyChain.builder().id("W1").problem("p")
            .addSteps(WhyStep.builder().question("why?").cause("C3").build()).build())
        .build())
        .hasMessage("WhyChain 'W1' step 1 refers to unknown cause 'C3'");
  }

  @Test
  void timelineEventNeedsATimeOrItsText() {
    assertThatThrownBy(() -> TimelineEvent.builder().description("d").build())
        .hasMessageContaining("needs 'at' or 'timeText'");
    assertThat(TimelineEvent.builder().description("d").timeText("around noon").build().at()).isEmpty();
  }

  @Test
  void sloMeasurementWindowMustNotBeReversed() {
    assertThatThrownBy(() -> SloMeasurement.builder().start(OffsetDateTime.parse("2026-05-02T00:00:00Z"))
        .end(OffsetDateTime.parse("2026-05-01T00:00:00Z")).violations(1).build())
        .hasMessageContaining("is before start");
  }

  @Test
  void verificationShowsImprovementOnlyOverEqualWindows() {
    SloMeasurement before = SloMeasurement.builder().start(OffsetDateTime.parse("2026-04-01T00:00:00Z"))
        .end(OffsetDateTime.parse("2026-04-29T00:00:00Z")).violations(5).build();
    SloMeasurement after = SloMeasurement.builder().start(OffsetDateTime.parse("2026-05-01T00:00:00Z"))
        .end(OffsetDateTime.parse("2026-05-29T00:00:00Z")).violations(2).build();
    SloMeasurement shortAfter = ImmutableSloMeasurement.copyOf(after).withEnd(OffsetDateTime.parse("2026-05-08T00:00:00Z"));
    assertThat(Verification.builder().method(VerificationMethod.SLO).before(before).after(after).build()
        .showsImprovement()).contains(true);
    assertThat(Verification.builder().method(VerificationMethod.SLO).before(before).after(shortAfter).build()
        .showsImprovement()).contains(false);
    assertThat(Verification.builder().method(VerificationMethod.SLO).before(after).after(before).build()
        .showsImprovement()).contains(false);
    assertThat(Verification.builder().method(VerificationMethod.SLO).build().showsImprovement()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"SEV0,sev0", "sev-2,sev2", "Sev 3,sev3", "P1,sev1", "p5,sev5", "critical,sev1",
      "Major,sev2", "minor,sev3", "TRIVIAL,sev4"})
  void severityReadsTheCommonScales(String text, String id) {
    assertThat(Severity.fromId(text).id()).isEqualTo(id);
  }

  @Test
  void unknownSeverityListsTheAcceptedForms() {
    assertThatThrownBy(() -> Severity.fromId("catastrophe-ish"))
        .hasMessageContaining("allowed values: sev0, sev1");
  }

  @Test
  void severityOrder() {
    assertThat(Severity.SEV1.isAtLeast(Severity.SEV2)).isTrue();
    assertThat(Severity.SEV3.isAtLeast(Severity.SEV2)).isFalse();
    assertThat(Severity.SEV2.label()).isEqualTo("Major");
  }
}

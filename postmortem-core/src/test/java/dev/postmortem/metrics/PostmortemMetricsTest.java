package dev.postmortem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemMetricsTest {
  private static OffsetDateTime t(String s) {
    return OffsetDateTime.parse("2026-05-01T" + s + "Z");
  }

  private static Postmortem pm(Milestones m) {
    return Postmortem.builder().id("x").title("t").incident(m).build();
  }

  @Test
  void eachMetricSpansItsTwoNamedAnchors() {
    Postmortem p = Postmortem.builder().id("x").title("t")
        .incident(Milestones.builder().started(t("10:00:00")).detected(t("10:07:00"))
            .acknowledged(t("10:10:00")).mitigated(t("10:40:00")).resolved(t("11:00:00")).build())
        .lifecycle(Lifecycle.builder().drafted(t("11:00:00").plusDays(2))
            .published(t("11:00:00").plusDays(5)).build())
        .build();
    PostmortemMetrics m = PostmortemMetrics.of(p, LocalDate.of(2026, 5, 1));
    assertThat(m.get(Metric.TIME_TO_DETECT)).contains(Duration.ofMinutes(7));
    assertThat(m.get(Metric.TIME_TO_ACKNOWLEDGE)).contains(Duration.ofMinutes(3));
    assertThat(m.get(Metric.TIME_TO_MITIGATE)).contains(Duration.ofMinutes(40));
    assertThat(m.get(Metric.TIME_TO_RESOLVE)).contains(Duration.ofMinutes(53));
    assertThat(m.get(Metric.IMPACT_DURATION)).contains(Duration.ofMinutes(60));
    assertThat(m.get(Metric.TIME_TO_DRAFT)).contains(Duration.ofDays(2));
    assertThat(m.get(Metric.TIME_TO_PUBLISH)).contains(Duration.ofDays(5));
    assertThat(Metric.TIME_TO_DETECT.definition()).isEqualTo("started → detected");
    assertThat(Metric.TIME_TO_RESOLVE.from()).isEqualTo(Anchor.DETECTED);
  }

  @Test
  void aMissingMilestoneGivesEmptyNeverZero() {
    PostmortemMetrics m = PostmortemMetrics.of(
        pm(Milestones.builder().started(t("10:00:00")).resolved(t("11:00:00")).build()), LocalDate.of(2026, 5, 1));
    assertThat(m.get(Metric.TIME_TO_DETECT)).isEmpty();
    assertThat(m.get(Metric.TIME_TO_ACKNOWLEDGE)).isEmpty();
    assertThat(m.get(Metric.IMPACT_DURATION)).contains(Duration.ofHours(1));
    assertThat(m.get(Metric.TIME_TO_DRAFT)).isEmpty();
  }

  @Test
  void offsetsAreRespected() {
    Postmortem p = pm(Milestones.builder().started(OffsetDateTime.parse("2026-05-01T12:00:00+02:00"))
        .detected(OffsetDateTime.parse("2026-05-01T10:05:00Z")).build());
    assertThat(Metric.TIME_TO_DETECT.measure(p)).contains(Duration.ofMinutes(5));
  }

  @Test
  void actionItemCountsAndOverdueAgainstTheClock() {
    Postmortem p = Postmortem.builder().id("x").title("t").addActionItems(
        ActionItem.builder().id("1").title("Add alert").due(LocalDate.of(2026, 5, 10)).build(),
        ActionItem.builder().id("2").title("Add test").due(LocalDate.of(2026, 5, 30))
            .status(ActionStatus.IN_PROGRESS).build(),
        ActionItem.builder().id("3").title("Fix config").due(LocalDate.of(2026, 5, 1))
            .status(ActionStatus.DONE).build(),
        ActionItem.builder().id("4").title("Verify fix").status(ActionStatus.VERIFIED).build(),
        ActionItem.builder().id("5").title("Rewrite pool").status(ActionStatus.WONT_DO)
            .due(LocalDate.of(2026, 5, 2)).build())
        .build();
    ActionItemCounts c = PostmortemMetrics.of(p, LocalDate.of(2026, 5, 15)).actionItems();
    assertThat(c.total()).isEqualTo(5);
    assertThat(c.open()).isEqualTo(1);
    assertThat(c.inProgress()).isEqualTo(1);
    assertThat(c.finished()).isEqualTo(2);
    assertThat(c.wontDo()).isEqualTo(1);
    assertThat(c.overdue()).isEqualTo(1);
    assertThat(c.completion()).contains(0.5);
    assertThat(PostmortemMetrics.of(Postmortem.builder().id("x").title("t").build(), LocalDate.MIN)
        .actionItems().completion()).isEmpty();
  }

  @Test
  void distributionHasMedianAndP90ButNoMean() {
    Distribution d = Distribution.of(List.of(Duration.ofMinutes(10), Duration.ofMinutes(1),
        Duration.ofMinutes(4), Duration.ofMinutes(2)));
    assertThat(d.count()).isEqualTo(4);
    assertThat(d.min()).contains(Duration.ofMinutes(1));
    assertThat(d.max()).contains(Duration.ofMinutes(10));
    assertThat(d.median()).contains(Duration.ofMinutes(3));
    // h = 3 * 0.9 = 2.7 -> 4 + 0.7 * (10 - 4) = 8.2 minutes
    assertThat(d.p90()).contains(Duration.ofSeconds(492));
    assertThat(Distribution.of(List.of()).median()).isEmpty();
  }

  @Test
  void negativeValuesAreSkippedAndCounted() {
    Postmortem ok = Postmortem.builder().id("a").title("t")
        .incident(dev.postmortem.model.Milestones.builder()
            .started(java.time.OffsetDateTime.parse("2026-05-10T10:00:00Z"))
            .detected(java.time.OffsetDateTime.parse("2026-05-10T10:04:00Z"))
            .acknowledged(java.time.OffsetDateTime.parse("2026-05-10T10:06:00Z")).build()).build();
    Postmortem wrong = Postmortem.builder().id("b").title("t")
        .incident(dev.postmortem.model.Milestones.builder()
            .started(java.time.OffsetDateTime.parse("2026-05-10T10:00:00Z"))
            .detected(java.time.OffsetDateTime.parse("2026-05-10T10:05:00Z"))
            .acknowledged(java.time.OffsetDateTime.parse("2026-05-10T10:04:00Z")).build()).build();
    Distribution tta = PostmortemMetrics.summarize(List.of(ok, wrong)).get(Metric.TIME_TO_ACKNOWLEDGE);
    assertThat(tta.count()).isEqualTo(1);
    assertThat(tta.skippedNegative()).isEqualTo(1);
    assertThat(tta.median()).contains(Duration.ofMinutes(2));
    assertThat(tta.min()).contains(Duration.ofMinutes(2));
    assertThat(PostmortemMetrics.of(wrong, LocalDate.MIN).get(Metric.TIME_TO_ACKNOWLEDGE))
        .contains(Duration.ofMinutes(-1));
    assertThat(PostmortemMetrics.summarize(List.of(ok, wrong)).get(Metric.TIME_TO_DETECT).skippedNegative()).isZero();
  }

  @Test
  void summarizeSkipsPostmortemsMissingAnAnchor() {
    List<Postmortem> all = List.of(
        pm(Milestones.builder().started(t("10:00:00")).detected(t("10:10:00")).build()),
        pm(Milestones.builder().started(t("10:00:00")).detected(t("10:30:00")).build()),
        pm(Milestones.builder().started(t("10:00:00")).build()));
    Distribution d = PostmortemMetrics.summarize(all).get(Metric.TIME_TO_DETECT);
    assertThat(d.count()).isEqualTo(2);
    assertThat(d.median()).contains(Duration.ofMinutes(20));
  }
}

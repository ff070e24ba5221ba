package dev.postmortem.examples;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.metrics.Metric;
import dev.postmortem.metrics.PostmortemMetrics;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Severity;
import dev.postmortem.model.TimelineEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The README's quick start, compiled and tested so that it stays correct. */
public final class QuickStart {
  private QuickStart() {}

  /** Builds a post-mortem, writes it as YAML, reads it back and prints a metric. */
  public static String run() {
    // tag::quickstart[]
    OffsetDateTime started = OffsetDateTime.parse("2026-03-02T14:05:00+01:00");
    Postmortem pm = Postmortem.builder()
        .id("PM-2026-007")
        .title("Search results empty after index rebuild")
        .severity(Severity.fromId("P2"))                       // reads SEV2, P2, "major"
        .incident(Milestones.builder()
            .started(started)
            .detected(started.plusMinutes(12))
            .resolved(started.plusMinutes(95))
            .build())
        .addTimeline(TimelineEvent.builder()
            .at(started.plusMinutes(12))
            .kind(EventKind.ALERT)
            .description("Zero-result rate alert fires")
            .build())
        .addCauses(Cause.builder()
            .id("C1")
            .category(CauseCategory.PROCESS)
            .rootCause(true)
            .description("Index rebuilds are swapped in without a document-count check")
            .build())
        .addActionItems(ActionItem.builder()
            .id("AI-1")
            .title("Refuse an index swap when the document count drops by more than 5%")
            .type(ActionType.PREVENT)
            .priority(Priority.P1)
            .owner("search-team")
            .due(LocalDate.parse("2026-03-20"))
            .addAddresses("C1")
            .build())
        .build();

    String yaml = PostmortemWriter.create(Format.YAML).toString(pm);  // canonical YAML
    Postmortem back = PostmortemReader.create().read(yaml, Format.YAML);
    PostmortemMetrics metrics = PostmortemMetrics.of(back, LocalDate.parse("2026-03-25"));
    String ttd = metrics.get(Metric.TIME_TO_DETECT).map(Object::toString).orElse("n/a"); // "PT12M"
    int overdue = metrics.actionItems().overdue();                                       // 1
    // end::quickstart[]
    return yaml + "time to detect: " + ttd + ", overdue action items: " + overdue + "\n";
  }

  /**
   * Prints the quick start's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}

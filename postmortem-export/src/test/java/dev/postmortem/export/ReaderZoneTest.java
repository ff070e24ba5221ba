package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Times are shown in the document's own zone unless another is set, and the zone is named. */
class ReaderZoneTest {
  private static MarkdownExporter.Builder md() {
    return MarkdownExporter.builder().creationTime(Reports.CREATED).frontMatter(false).mermaid(false);
  }

  @Test
  void theOffsetOfTheStartIsTheDefault() {
    String md = md().build().toString(ExamplePostmortem.create());
    assertThat(md).contains("Started:** 14 Oct 2026, 09:14 UTC+02:00")
        .contains("| Time (14 Oct 2026, UTC+02:00) |").contains("All times are UTC+02:00.");
  }

  @Test
  void aZoneSetOnTheExporterWins() {
    String md = md().zone(ZoneId.of("America/New_York")).build().toString(ExamplePostmortem.create());
    assertThat(md).contains("Started:** 14 Oct 2026, 03:14 America/New\\_York")
        .contains("All times are America/New\\_York.");
  }

  @Test
  void withoutAStartTheFirstTimedEventGivesTheZone() {
    OffsetDateTime t = OffsetDateTime.parse("2026-05-01T22:30:00+09:00");
    Postmortem pm = Postmortem.builder().id("PM-Z").title("Z").incident(Milestones.builder().build())
        .addTimeline(TimelineEvent.builder().timeText("later").description("no time").build())
        .addTimeline(TimelineEvent.builder().at(t).description("paged").build()).build();
    assertThat(md().build().options().zone(pm)).isEqualTo(ZoneOffset.ofHours(9));
    assertThat(md().build().toString(pm)).contains("22:30").contains("UTC+09:00");
    Postmortem none = Postmortem.builder().id("PM-N").title("N").build();
    assertThat(md().build().options().zone(none)).isEqualTo(ZoneOffset.UTC);
  }
}

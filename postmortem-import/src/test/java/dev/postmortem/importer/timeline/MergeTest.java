package dev.postmortem.importer.timeline;

import static dev.postmortem.importer.timeline.TimelineSourcesTest.BERLIN;
import static dev.postmortem.importer.timeline.TimelineSourcesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeTest {
  static DraftedTimeline mixed() {
    return TimelineDrafter.create().zone(BERLIN).channels(List.of("inc-checkout")).draft(
        fixture("checkout-service.log"), fixture("slack-export"), fixture("pagerduty-log-entries.json"),
        fixture("git-log.txt"));
  }

  /** Whether {@code sub} appears in {@code all} in the same order. */
  static boolean subsequence(List<TimelineEvent> sub, List<TimelineEvent> all) {
    int i = 0;
    for (TimelineEvent e : all) {
      if (i < sub.size() && sub.get(i).equals(e)) {
        i++;
      }
    }
    return i == sub.size();
  }

  @Test
  void mergingIntoTheExampleKeepsEverythingTheAuthorWroteAndSkipsWhatIsAlreadyThere() {
    Postmortem example = ExamplePostmortem.create();
    DraftedTimeline draft = mixed();
    MergeResult r = draft.mergeInto(example, Duration.ofMinutes(2));
    Postmortem merged = r.postmortem();

    assertThat(subsequence(example.timeline(), merged.timeline())).isTrue();
    assertThat(merged.timeline()).hasSize(example.timeline().size() + r.added().size());
    assertThat(r.added().size() + r.duplicates().size()).isEqualTo(draft.events().size());
    assertThat(r.duplicates().keySet()).anySatisfy(d -> assertThat(d.event().description()).startsWith("Status page updated"));
    assertThat(merged.incident()).isEqualTo(example.incident()); // every milestone was the author's
    assertThat(r.milestones()).isEmpty();
    assertThat(merged.evidence()).startsWith(example.evidence().toArray(Evidence[]::new));
    Set<String> ids = new HashSet<>();
    merged.evidence().forEach(e -> assertThat(ids.add(e.id())).isTrue());
    for (TimelineEvent e : merged.timeline()) {
      e.evidence().forEach(id -> assertThat(ids).contains(id));
    }
    assertThat(Postmortem.copyOf(merged).withTimeline(example.timeline()).withEvidence(example.evidence())
        .withExtensions(example.extensions())).isEqualTo(example);
    List<OffsetDateTime> times = merged.timeline().stream().map(e -> e.at().orElseThrow()).toList();
    assertThat(times).isSortedAccordingTo(OffsetDateTime::compareTo);
    assertThat(merged.extensions()).containsKey(DraftedTimeline.EXTENSION);
    assertThat(merged.extensions().get(DraftedTimeline.EXTENSION).path("events").size()).isEqualTo(r.added().size());

    Postmortem back = PostmortemReader.create().read(PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(merged), dev.postmortem.io.Format.YAML);
    assertThat(back.timeline()).isEqualTo(merged.timeline());
  }

  @Test
  void mergingTheSameDraftTwiceAddsNothingTheSecondTime() {
    DraftedTimeline draft = mixed();
    Postmortem once = draft.mergeInto(ExamplePostmortem.create(), Duration.ofMinutes(2)).postmortem();
    MergeResult twice = draft.mergeInto(once, Duration.ofMinutes(2));
    assertThat(twice.added()).isEmpty();
    assertThat(twice.postmortem().timeline()).isEqualTo(once.timeline());
    assertThat(twice.postmortem().evidence()).isEqualTo(once.evidence());
  }

  @Test
  void emptyMilestonesAreFilledFromCandidatesAndMarkedInferred() {
    Postmortem bare = Postmortem.builder().id("PM-1").title("Checkout failures").build();
    MergeResult r = mixed().mergeInto(bare, Duration.ofMinutes(2));
    assertThat(r.milestones()).containsKeys("detected", "acknowledged", "resolved");
    assertThat(r.postmortem().incident().detected()).contains(OffsetDateTime.parse("2026-10-14T09:21:02+02:00"));
    assertThat(r.postmortem().incident().acknowledged()).contains(OffsetDateTime.parse("2026-10-14T09:24:11+02:00"));
    assertThat(r.postmortem().extensions().get(DraftedTimeline.EXTENSION).path("inferredMilestones")
        .path("detected").path("from").asText()).isEqualTo("pagerduty-log-entries.json entry RTRIG01");
  }

  @Test
  void aDraftPostmortemIsWrittenWithoutATarget() {
    Postmortem draft = mixed().toPostmortem();
    assertThat(draft.status()).isEqualTo(Status.DRAFT);
    assertThat(draft.id()).isEqualTo("DRAFT-20261013-1620");
    assertThat(draft.timeline()).isNotEmpty();
    assertThat(draft.evidence()).hasSize(4);
    assertThat(draft.summary().orElseThrow()).contains("checkout-service.log (log, 6 events)");
    assertThat(PostmortemWriter.create(dev.postmortem.io.Format.JSON).toString(draft)).isEqualTo(PostmortemWriter.create(dev.postmortem.io.Format.JSON).toString(mixed().toPostmortem()));
  }

  @Test
  void generatedPostmortemsKeepTheirTimelineInOrderWhateverIsMerged() {
    PostmortemGenerator gen = PostmortemGenerator.seeded(19);
    DraftedTimeline draft = mixed();
    for (int i = 0; i < 40; i++) {
      Postmortem pm = gen.next();
      MergeResult r = draft.mergeInto(pm, Duration.ofMinutes(2));
      assertThat(subsequence(pm.timeline(), r.postmortem().timeline())).as("seed 19, #%d", i).isTrue();
      assertThat(r.postmortem().timeline()).hasSize(pm.timeline().size() + r.added().size());
      List<TimelineEvent> mine = new ArrayList<>(r.postmortem().timeline());
      mine.removeAll(pm.timeline());
      assertThat(mine).extracting(e -> e.at().orElseThrow())
          .isSortedAccordingTo(OffsetDateTime::compareTo);
      assertThat(Postmortem.copyOf(r.postmortem()).withTimeline(pm.timeline()).withEvidence(pm.evidence())
          .withIncident(pm.incident()).withExtensions(pm.extensions())).isEqualTo(pm);
    }
  }
}

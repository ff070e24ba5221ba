package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Infers the incident milestones a document does not state from the kinds of its timeline entries:
 * detected from the first alert or detection, acknowledged from the first acknowledgement,
 * mitigated from the first mitigation, resolved from the last resolution, started from a trigger
 * that comes before detection. A milestone stated in the metadata or marked in an entry ("OUTAGE
 * BEGINS") is kept; an inferred one is never earlier than the milestone before it. Each inference is
 * an import diagnostic naming the entry.
 */
final class MilestoneInference {
  private MilestoneInference() {}

  private record Rule(String field, Set<EventKind> kinds, boolean last) {}

  private static final List<Rule> RULES = List.of(
      new Rule("started", Set.of(EventKind.TRIGGER), false),
      new Rule("detected", Set.of(EventKind.ALERT, EventKind.DETECTION), false),
      new Rule("acknowledged", Set.of(EventKind.ACKNOWLEDGEMENT), false),
      new Rule("mitigated", Set.of(EventKind.MITIGATION), false),
      new Rule("resolved", Set.of(EventKind.RESOLUTION), true));

  static void infer(Draft d) {
    OffsetDateTime floor = null;
    for (Rule r : RULES) {
      OffsetDateTime stated = d.milestoneAt.get(r.field());
      if (stated != null) {
        floor = max(floor, stated);
        continue;
      }
      int pick = -1;
      for (int i = 0; i < d.timeline.size(); i++) {
        TimelineEvent e = d.timeline.get(i);
        if (!r.kinds().contains(e.kind()) || e.at().isEmpty() || e.approximate() && e.timeText().isPresent()) {
          continue;
        }
        OffsetDateTime at = e.at().get();
        if (floor != null && at.isBefore(floor)) {
          continue;
        }
        pick = i;
        if (!r.last()) {
          break;
        }
      }
      if (r.field().equals("started") && pick >= 0) {
        OffsetDateTime detected = firstOf(d, Set.of(EventKind.ALERT, EventKind.DETECTION));
        if (detected != null && d.timeline.get(pick).at().get().isAfter(detected)) {
          pick = -1;
        }
      }
      if (pick < 0) {
        continue;
      }
      TimelineEvent e = d.timeline.get(pick);
      int line = pick < d.timelineLines.size() ? d.timelineLines.get(pick) : 1;
      d.milestone(r.field(), e.at().get(), line, 1, false);
      d.out.info(Kind.GUESSED_VALUE, line, 1, "/incident/" + r.field(), "incident." + r.field()
          + " inferred from timeline entry " + pick + " (" + e.kind().id() + ": '"
          + Texts.shorten(e.description()) + "'); state incident." + r.field() + " to override");
      floor = max(floor, e.at().get());
    }
  }

  private static OffsetDateTime firstOf(Draft d, Set<EventKind> kinds) {
    for (TimelineEvent e : d.timeline) {
      if (kinds.contains(e.kind()) && e.at().isPresent()) {
        return e.at().get();
      }
    }
    return null;
  }

  private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}

package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several timeline sections of one document ("Timeline", then "Follow-up timeline" or one section
 * per team) become one timeline: the entries are merged in time order and each keeps the heading of
 * its section as its {@code source}. A merge, not a sort: the entries of one section keep their
 * written order, and an entry without a time stays right after the entry written before it.
 */
final class TimelineMerge {
  private TimelineMerge() {}

  /** A section's run of consecutive events, from index {@code from} (inclusive) to {@code to}. */
  private record Run(String section, int from, int to) {}

  static void merge(Draft d) {
    List<TimelineEvent> events = d.timeline;
    List<String> sections = d.timelineSectionOf;
    if (events.size() != sections.size()) {
      return;
    }
    Set<String> named = new LinkedHashSet<>();
    List<Run> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= events.size(); i++) {
      if (i == events.size() || !Objects.equals(sections.get(i), sections.get(start))) {
        runs.add(new Run(sections.get(start), start, i));
        if (sections.get(start) != null) {
          named.add(sections.get(start));
        }
        start = i;
      }
    }
    if (named.size() < 2) {
      return;
    }
    Instant[] key = keys(events, runs);
    int[] head = new int[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      head[r] = runs.get(r).from();
    }
    int[] order = new int[events.size()];
    for (int n = 0; n < order.length; n++) {
      int best = -1;
      for (int r = 0; r < runs.size(); r++) {
        if (head[r] < runs.get(r).to() && (best < 0 || earlier(key[head[r]], key[head[best]]))) {
          best = r;
        }
      }
      order[n] = head[best]++;
    }
    int[] newIndex = new int[order.length];
    List<TimelineEvent> merged = new ArrayList<>(events.size());
    List<Integer> lines = new ArrayList<>(events.size());
    boolean moved = false;
    for (int n = 0; n < order.length; n++) {
      int old = order[n];
      newIndex[old] = n;
      moved |= old != n;
      TimelineEvent e = events.get(old);
      String section = sections.get(old);
      if (section != null && e.source().isEmpty()) {
        e = ImmutableTimelineEvent.copyOf(e).withSource(section);
      }
      merged.add(e);
      lines.add(old < d.timelineLines.size() ? d.timelineLines.get(old) : 0);
    }
    events.clear();
    events.addAll(merged);
    if (d.timelineLines.size() == lines.size()) {
      d.timelineLines.clear();
      d.timelineLines.addAll(lines);
    }
    List<String> reordered = new ArrayList<>();
    for (int old : order) {
      reordered.add(sections.get(old));
    }
    sections.clear();
    sections.addAll(reordered);
    if (moved) {
      d.out.renumber("/timeline/", newIndex);
    }
    d.out.info(Kind.GUESSED_VALUE, events.isEmpty() ? 1 : Math.max(1, d.timelineLines.isEmpty() ? 1
            : d.timelineLines.get(0)), 1, "/timeline",
        "the timeline sections " + String.join(", ", named.stream().map(x -> "'" + Texts.shorten(x) + "'").toList())
            + " were merged in time order" + (moved ? "" : " (already in order)")
            + "; each entry's source names its section");
  }

  /**
   * The time each event is ordered by: its own, else that of the nearest timed entry before it in
   * its section, else the nearest after it; null (last) for a section without any time.
   */
  private static Instant[] keys(List<TimelineEvent> events, List<Run> runs) {
    Instant[] key = new Instant[events.size()];
    for (Run r : runs) {
      Instant last = null;
      for (int i = r.from(); i < r.to(); i++) {
        Instant own = events.get(i).at().map(x -> x.toInstant()).orElse(null);
        last = own != null ? own : last;
        key[i] = last;
      }
      Instant next = null;
      for (int i = r.to() - 1; i >= r.from(); i--) {
        if (key[i] == null) {
          key[i] = next;
        } else if (events.get(i).at().isPresent()) {
          next = key[i];
        }
      }
    }
    return key;
  }

  /** Whether {@code a} goes strictly before {@code b}; a missing time goes last, ties keep the run order. */
  private static boolean earlier(Instant a, Instant b) {
    if (a == null) {
      return false;
    }
    return b == null || a.isBefore(b);
  }
}

package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.internal.classify.EventClassifier;
import dev.postmortem.importer.internal.classify.EventClassifier.Classification;
import dev.postmortem.model.EventKind;

/**
 * The kind and candidate milestone an entry's words suggest, from the shared {@link
 * EventClassifier} (the one the Markdown and Word importers use). Used for entries whose source
 * does not state a kind (log lines, chat messages, commits, notes).
 */
public final class Kinds {
  private Kinds() {}

  /**
   * What the words suggest.
   *
   * @param kind the kind, or {@code null} when the words say nothing
   * @param milestone the milestone field ({@code started}, {@code detected}, {@code acknowledged},
   *     {@code mitigated}, {@code resolved}, {@code statusPageUpdated}) the entry is a candidate
   *     for, or {@code null}
   * @param cue the words that decided, or {@code ""}
   */
  public record Guess(EventKind kind, String milestone, String cue) {}

  /** The kind and milestone {@code text} suggests. */
  public static Guess classify(String text) {
    Classification c = EventClassifier.classify(text);
    if (c.kind() == EventKind.OTHER) {
      return new Guess(null, null, "");
    }
    String milestone = c.marker().or(c::impliedMilestone).map(EventClassifier.Milestone::field)
        .orElse(c.kind() == EventKind.STATUS_UPDATE ? "statusPageUpdated" : null);
    return new Guess(c.kind(), milestone, c.cue());
  }
}

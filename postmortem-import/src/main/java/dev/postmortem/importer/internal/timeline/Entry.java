package dev.postmortem.importer.internal.timeline;

import dev.postmortem.model.EventKind;
import java.time.OffsetDateTime;

/**
 * One record read from a source, before it becomes a timeline event.
 *
 * @param at when it happened
 * @param text what happened, cleaned of the layout (time, level, host)
 * @param actor who or what acted, or {@code null}
 * @param severity {@link Levels} severity, or {@link Levels#NONE} when the source has no level
 * @param kind the kind the source itself states (a page acknowledged, a deploy), or {@code null}
 *     for the classifier to decide
 * @param milestone the milestone the source itself states ({@code detected}, ...), or {@code null}
 * @param ref where in the source: a line number or a message id
 * @param line the 1-based line, or 0 when the source has no lines
 * @param excerpt the record as written, shortened
 * @param count how many records were collapsed into this one (1 unless repeated)
 * @param lastAt the time of the last repeat, or {@code null}
 * @param label a short name of the source part (a Slack channel), or {@code null}
 */
public record Entry(
    OffsetDateTime at, String text, String actor, int severity, EventKind kind, String milestone,
    String ref, int line, String excerpt, int count, OffsetDateTime lastAt, String label) {

  /** The longest excerpt kept. */
  public static final int EXCERPT = 240;

  /** An entry read at a line. */
  public static Entry atLine(OffsetDateTime at, String text, String actor, int severity, int line, String raw) {
    return new Entry(at, text, actor, severity, null, null, Integer.toString(line), line, excerpt(raw), 1, null, null);
  }

  /** An entry with a message id. */
  public static Entry message(OffsetDateTime at, String text, String actor, String id, int line, String raw) {
    return new Entry(at, text, actor, Levels.NONE, null, null, id, line, excerpt(raw), 1, null, null);
  }

  /** This entry with a kind stated by the source. */
  public Entry withKind(EventKind k, String m) {
    return new Entry(at, text, actor, severity, k, m, ref, line, excerpt, count, lastAt, label);
  }

  /** This entry with a source-part label. */
  public Entry withLabel(String l) {
    return new Entry(at, text, actor, severity, kind, milestone, ref, line, excerpt, count, lastAt, l);
  }

  /** This entry standing for {@code n} repeats, the last at {@code last}. */
  public Entry repeated(int n, OffsetDateTime last) {
    return new Entry(at, text, actor, severity, kind, milestone, ref, line, excerpt, n, last, label);
  }

  /** {@code raw} on one line, at most {@link #EXCERPT} characters. */
  public static String excerpt(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    StringBuilder sb = new StringBuilder(Math.min(s.length(), EXCERPT + 1));
    boolean space = false;
    for (int i = 0; i < s.length() && sb.length() < EXCERPT; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        if (!space) {
          sb.append(' ');
        }
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    if (sb.length() >= EXCERPT && s.length() > EXCERPT) {
      sb.setLength(EXCERPT - 1);
      sb.append('…');
    }
    return sb.toString();
  }
}

package dev.postmortem.export.internal;

import dev.postmortem.export.Table;
import dev.postmortem.export.Text;

/**
 * Column widths that keep words whole: each column gets its weight's share of the table, and a
 * column whose share is narrower than its widest word (in the header or any cell) is widened to it,
 * the others giving up width in proportion to their weights. A word wider than {@link #MAX_SHARE}
 * of the table (a long URL) does not widen its column further; a line may break inside it.
 *
 * <p>Words end where PDF and Word break lines: at white space, after a hyphen, and around Chinese,
 * Japanese and Korean characters (a zone such as {@code Europe/Berlin} is one word). Only words that could be wider than the widest found so far
 * are measured, so a table of 50,000 rows costs little more than reading it.
 */
public final class ColumnFit {
  /** The largest share of the table a column's widest word may claim. */
  public static final float MAX_SHARE = 0.4f;

  private ColumnFit() {}

  /** The width of a word in a style. */
  @FunctionalInterface
  public interface WordWidth {
    /**
     * Measures a word.
     *
     * @param word the word
     * @param style its style ({@link Text.Style#STRONG} for the header)
     * @return its width in points
     */
    float width(String word, Text.Style style);
  }

  /**
   * The columns' widths for a table.
   *
   * @param table the table
   * @param total the table's width
   * @param padding the cell's padding, left and right together
   * @param emWidth the widest a character can be, to skip words that cannot be the widest
   * @param measure measures words
   * @return the widths, adding up to {@code total}
   */
  public static float[] widths(Table table, float total, float padding, float emWidth, WordWidth measure) {
    int n = table.columns().size();
    float[] weights = new float[n];
    float[] widest = new float[n];
    for (int i = 0; i < n; i++) {
      weights[i] = table.columns().get(i).width();
      widest[i] = widest(table.columns().get(i).header(), Text.Style.STRONG, 0, emWidth, measure);
    }
    for (Table.Row row : table.rows()) {
      for (int i = 0; i < n && i < row.cells().size(); i++) {
        for (Text.Span s : row.cells().get(i).text().spans()) {
          widest[i] = widest(s.text(), s.style(), widest[i], emWidth, measure);
        }
      }
    }
    float[] minimum = new float[n];
    for (int i = 0; i < n; i++) {
      minimum[i] = Math.min(widest[i] + padding, total * MAX_SHARE);
    }
    return fit(weights, minimum, total);
  }

  /**
   * Shares of {@code total} by weight, no column narrower than its minimum.
   *
   * @param weights the columns' weights
   * @param minimum the columns' least widths
   * @param total the width to share
   * @return the widths, adding up to {@code total}
   */
  public static float[] fit(float[] weights, float[] minimum, float total) {
    int n = weights.length;
    float[] out = new float[n];
    float minSum = 0;
    for (float m : minimum) {
      minSum += m;
    }
    if (minSum >= total) {
      // the words alone do not fit: each column gets its minimum's share
      for (int i = 0; i < n; i++) {
        out[i] = minSum == 0 ? total / n : total * minimum[i] / minSum;
      }
      return out;
    }
    boolean[] fixed = new boolean[n];
    while (true) {
      float free = total;
      float weight = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          free -= minimum[i];
        } else {
          weight += weights[i];
        }
      }
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          out[i] = weight == 0 ? free / n : free * weights[i] / weight;
          if (out[i] < minimum[i]) {
            fixed[i] = true;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    for (int i = 0; i < n; i++) {
      if (fixed[i]) {
        out[i] = minimum[i];
      }
    }
    return out;
  }

  /** The widest of {@code best} and the words of {@code s}. */
  static float widest(String s, Text.Style style, float best, float emWidth, WordWidth measure) {
    int start = 0;
    int len = s.length();
    for (int i = 0; i < len; ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        best = word(s, start, i, style, best, emWidth, measure);
        start = next;
      } else if (TextWrap.wide(cp)) {
        best = word(s, start, i, style, best, emWidth, measure);
        best = word(s, i, next, style, best, emWidth, measure);
        start = next;
      } else if (cp == '-' || cp == '\u2010') {
        best = word(s, start, next, style, best, emWidth, measure);
        start = next;
      }
      i = next;
    }
    return word(s, start, len, style, best, emWidth, measure);
  }

  /** The wider of {@code best} and the word from {@code a} to {@code b}, measured only if it may be wider. */
  private static float word(String s, int a, int b, Text.Style style, float best, float emWidth, WordWidth measure) {
    if (b <= a || (b - a) * emWidth <= best) {
      return best;
    }
    return Math.max(best, measure.width(s.substring(a, b), style));
  }
}

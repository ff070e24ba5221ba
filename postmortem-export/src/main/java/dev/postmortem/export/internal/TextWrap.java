package dev.postmortem.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines of a given width for drawings: at spaces, after a hyphen or a slash,
 * and between Chinese, Japanese and Korean characters (which need no space); a word wider than the
 * line is cut between characters. Lines past the last allowed end the last one with an ellipsis.
 */
public final class TextWrap {
  private static final String ELLIPSIS = "\u2026";
  private static final String CLOSING = ")]}）」』】〕〉》、。，．,.:;：；!?！？ー…・";
  private static final String OPENING = "([{（「『【〔〈《";

  private TextWrap() {}

  /**
   * The text in one line, cut with an ellipsis if wider than {@code max}.
   *
   * @param s the text
   * @param max the width
   * @param size the font size
   * @param bold whether bold
   * @param m measures text
   * @return the line
   */
  public static String fit(String s, float max, float size, boolean bold, CauseGraphLayout.Measure m) {
    String t = s.replaceAll("\\s+", " ").strip();
    if (m.width(t, size, bold) <= max) {
      return t;
    }
    // no glyph is narrower than a tenth of the font size: what lies beyond cannot fit
    int cap = (int) (max / (size * 0.1f)) + 1;
    if (t.length() > cap) {
      t = t.substring(0, Character.isHighSurrogate(t.charAt(cap - 1)) ? cap - 1 : cap);
    }
    while (!t.isEmpty() && m.width(t + ELLIPSIS, size, bold) > max) {
      t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
    }
    return t.strip() + ELLIPSIS;
  }

  /**
   * The text in lines no wider than {@code max}.
   *
   * @param s the text; runs of white space count as one space
   * @param max the width
   * @param size the font size
   * @param bold whether bold
   * @param maxLines the most lines; the last ends with an ellipsis when text is left over
   * @param m measures text
   * @return the lines, at least one
   */
  public static List<String> wrap(String s, float max, float size, boolean bold, int maxLines,
      CauseGraphLayout.Measure m) {
    String t = s.replaceAll("\\s+", " ").strip();
    List<String> lines = new ArrayList<>();
    int pos = 0;
    while (pos < t.length()) {
      if (lines.size() == maxLines - 1) {
        lines.add(fit(t.substring(pos), max, size, bold, m));
        return lines;
      }
      int end = lineEnd(t, pos, max, size, bold, m);
      lines.add(t.substring(pos, end).strip());
      pos = end;
      while (pos < t.length() && t.charAt(pos) == ' ') {
        pos++;
      }
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  /** The end of the line starting at {@code pos}: the last break that fits, else the last character. */
  private static int lineEnd(String t, int pos, float max, float size, boolean bold, CauseGraphLayout.Measure m) {
    int lastBreak = -1;
    int lastFit = t.offsetByCodePoints(pos, 1); // at least one character per line
    int i = pos;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean breakAfter = next >= t.length() || t.charAt(next) == ' ' || cp == '-' || cp == '/'
          || wide(cp) || wide(t.codePointAt(next));
      // never before closing punctuation or after an opening bracket (kinsoku)
      if (next < t.length() && (CLOSING.indexOf(t.charAt(next)) >= 0 || OPENING.indexOf(t.charAt(i)) >= 0)) {
        breakAfter = false;
      }
      if (m.width(t.substring(pos, next), size, bold) > max) {
        return lastBreak > pos ? lastBreak : Math.max(lastFit, i);
      }
      lastFit = next;
      if (breakAfter) {
        lastBreak = next;
      }
      i = next;
      if (i < t.length() && t.charAt(i) == ' ') {
        lastBreak = i;
      }
    }
    return t.length();
  }

  /** Whether a line may break before or after the character: Chinese, Japanese, Korean. */
  static boolean wide(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }
}

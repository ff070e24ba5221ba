package dev.postmortem.cli.internal;

/**
 * Text for a terminal: every character that could act on it instead of being shown is written as
 * a visible escape. Messages quote ids, titles, property names and file names from the input, and
 * an escape sequence in one of them (ESC, BEL, CSI) could clear the screen, set the window title
 * or write to the clipboard (OSC 52) of whoever reads the output.
 */
public final class Terminal {
  private Terminal() {}

  /**
   * {@code s} with C0 and C1 control characters, DEL, line and paragraph separators and the
   * bidirectional formatting characters written as {@code \n}, {@code \t}, {@code \e} or
   * {@code \\uXXXX}; a backslash stays as it is.
   *
   * @param s the text
   * @return the text safe to print on one line of a terminal
   */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == 0x1B) {
        sb.append("\\e");
      } else {
        sb.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
      }
    }
    return sb.toString();
  }

  /**
   * {@link #escape} that keeps line feeds and tabs (for messages written over several lines).
   *
   * @param s the text
   * @return the text safe to print on a terminal
   */
  public static String escapeKeepingLines(String s) {
    if (s == null || s.indexOf('\n') < 0 && s.indexOf('\t') < 0) {
      return escape(s);
    }
    StringBuilder sb = new StringBuilder(s.length());
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\t') {
        sb.append(escape(s.substring(start, i)));
        if (i < s.length()) {
          sb.append(s.charAt(i));
        }
        start = i + 1;
      }
    }
    return sb.toString();
  }

  /** Whether {@code c} acts on a terminal or on the direction of the text around it. */
  static boolean unsafe(char c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}

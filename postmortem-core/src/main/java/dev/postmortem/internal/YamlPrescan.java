package dev.postmortem.internal;

import dev.postmortem.io.PostmortemFormatException;

/**
 * A linear pass over YAML bytes before SnakeYAML sees them.
 *
 * <p>SnakeYAML copies its read-ahead window for every kilobyte of a token, so a scalar on one long
 * line takes time with the square of the line's length (a 4 MiB line, 11 s), before any string
 * limit is checked. Lines are therefore limited to {@link #MAX_LINE} characters: text longer
 * than that goes over several lines (a block scalar, {@code |}), which reads in linear time.
 *
 * <p>The pass also finds a second document ({@code ---} at the start of a line after content), so
 * that a file with two post-mortems is reported as such and not as a wrong type.
 */
public final class YamlPrescan {
  /** The longest line accepted, in characters. */
  public static final int MAX_LINE = 256 * 1024;

  private YamlPrescan() {}

  /**
   * Checks {@code content} (UTF-8).
   *
   * @param content the YAML bytes
   * @param source names the input in errors
   * @throws PostmortemFormatException for an over-long line or a second document
   */
  public static void check(byte[] content, String source) {
    int line = 1;
    int chars = 0;
    boolean content_ = false;
    int lineStart = 0;
    for (int i = 0; i <= content.length; i++) {
      int b = i < content.length ? content[i] & 0xFF : '\n';
      if (b == '\n' || b == '\r') {
        int len = i - lineStart;
        if (len >= 3 && content[lineStart] == '-' && content[lineStart + 1] == '-'
            && content[lineStart + 2] == '-' && (len == 3 || content[lineStart + 3] == ' '
                || content[lineStart + 3] == '\t')) {
          if (content_) {
            throw new PostmortemFormatException(source, line, 1, "",
                "a second YAML document starts here ('---'); a file holds one post-mortem", null);
          }
        } else if (!blankOrComment(content, lineStart, i)) {
          content_ = true;
        }
        if (b == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
          i++;
        }
        line++;
        chars = 0;
        lineStart = i + 1;
        continue;
      }
      if ((b & 0xC0) != 0x80 && ++chars > MAX_LINE) {
        throw new PostmortemFormatException(source, line, MAX_LINE + 1, "",
            "input exceeds a limit: line " + line + " is longer than " + MAX_LINE + " characters"
                + " (the YAML reader takes time with the square of a line's length); write long"
                + " text over several lines as a block scalar (|), or use JSON", null);
      }
    }
  }

  private static boolean blankOrComment(byte[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = c[i] & 0xFF;
      if (b == '#') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != 0xEF && b != 0xBB && b != 0xBF) {
        return b == '%'; // directives (%YAML) come before the document
      }
    }
    return true;
  }
}

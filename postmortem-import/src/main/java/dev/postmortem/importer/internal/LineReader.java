package dev.postmortem.importer.internal;

import java.io.IOException;
import java.io.Reader;

/** Reads lines of bounded length: an over-long line is skipped and reported, not buffered. */
public final class LineReader {
  private final Reader in;
  private final int max;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private int line;
  private boolean truncated;

  public LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its terminator, or {@code null} at the end. */
  public String next() throws IOException {
    StringBuilder sb = new StringBuilder();
    truncated = false;
    boolean any = false;
    while (true) {
      if (pos >= len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) {
            return null;
          }
          line++;
          return sb.toString();
        }
      }
      any = true;
      char c = buf[pos++];
      if (c == '\n') {
        line++;
        int l = sb.length();
        return l > 0 && sb.charAt(l - 1) == '\r' ? sb.substring(0, l - 1) : sb.toString();
      }
      if (sb.length() < max) {
        sb.append(c);
      } else {
        truncated = true;
      }
    }
  }

  /** The 1-based number of the line last returned. */
  public int lineNumber() {
    return line;
  }

  /** Whether the line last returned was longer than the maximum (and is cut). */
  public boolean truncated() {
    return truncated;
  }
}

package dev.postmortem.importer.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A streaming RFC 4180 CSV reader: quoted fields may hold delimiters, quotes and newlines. */
public final class Csv {
  /** A CSV syntax error. */
  public static final class CsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    CsvException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private final Reader in;
  private final char delimiter;
  private final int max;
  private int line = 1;
  private int recordLine;
  private int peeked = -2;
  private boolean truncated;

  public Csv(Reader in, char delimiter, int max) {
    this.in = new java.io.BufferedReader(in, 65536);
    this.delimiter = delimiter;
    this.max = max;
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }

  /** The next record, or {@code null} at the end. */
  public List<String> next() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    recordLine = line;
    truncated = false;
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int total = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new CsvException(recordLine, "a quoted field starting on line " + recordLine + " is never closed");
        }
        fields.add(f.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            append(f, '"', total++);
          } else {
            quoted = false;
            peeked = n;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          append(f, ch, total++);
        }
      } else if (ch == '"' && f.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == delimiter) {
        fields.add(f.toString());
        f.setLength(0);
        wasQuoted = false;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          int n = read();
          if (n != '\n') {
            peeked = n;
          }
        }
        line++;
        fields.add(f.toString());
        return fields;
      } else {
        append(f, ch, total++);
      }
      c = read();
    }
  }

  private void append(StringBuilder f, char c, int total) {
    if (total < max) {
      f.append(c);
    } else {
      truncated = true;
    }
  }

  /** The line where the record last returned starts. */
  public int recordLine() {
    return recordLine;
  }

  /** Whether the record last returned was longer than the maximum. */
  public boolean truncated() {
    return truncated;
  }
}

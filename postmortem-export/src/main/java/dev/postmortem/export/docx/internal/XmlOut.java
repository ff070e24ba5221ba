package dev.postmortem.export.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes XML as UTF-8 straight to a stream through a small buffer, so a large part never exists
 * as a whole in memory. {@link #raw} is for markup written by this package (ASCII only);
 * {@link #text} and {@link #attr} are for user strings and escape them: {@code & < > "} become
 * entities, line ends character references, and every character XML 1.0 cannot hold (other C0
 * controls, U+FFFE, U+FFFF and unpaired surrogates) becomes U+FFFD, so no input can break the
 * document or inject markup, and what a parser reads back is exactly {@link #clean} of the input.
 */
final class XmlOut {
  private static final int REPLACEMENT = 0xFFFD;
  private final OutputStream out;
  private final byte[] buf = new byte[32 * 1024];
  private int pos;

  XmlOut(OutputStream out) {
    this.out = out;
  }

  /** Markup: ASCII text written as it is. */
  XmlOut raw(String markup) {
    int n = markup.length();
    for (int i = 0; i < n; i++) {
      if (pos == buf.length) {
        drain();
      }
      char c = markup.charAt(i);
      if (c >= 0x80) {
        throw new IllegalArgumentException("markup must be ASCII: " + markup);
      }
      buf[pos++] = (byte) c;
    }
    return this;
  }

  /** A decimal number. */
  XmlOut num(long value) {
    return raw(Long.toString(value));
  }

  /** Character data. */
  XmlOut text(String s) {
    escape(s, false);
    return this;
  }

  /** An attribute value (written between double quotes by the caller). */
  XmlOut attr(String s) {
    escape(s, true);
    return this;
  }

  /**
   * {@code s} with every character XML 1.0 cannot hold replaced by U+FFFD, as {@link #text} writes
   * it; for checking what a reader will find.
   */
  static String clean(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !Character.isSurrogate(c)
          && c != 0xFFFE && c != 0xFFFF;
      if (!ok && sb == null) {
        sb = new StringBuilder(n).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : (char) REPLACEMENT);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private void escape(String s, boolean attribute) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20) {
          switch (c) {
            case '&':
              raw("&amp;");
              break;
            case '<':
              raw("&lt;");
              break;
            case '>':
              raw("&gt;");
              break;
            case '"':
              if (attribute) {
                raw("&quot;");
              } else {
                put(c);
              }
              break;
            default:
              put(c);
          }
        } else if (c == '\t') {
          if (attribute) {
            raw("&#9;");
          } else {
            put(c);
          }
        } else if (c == '\n') {
          raw("&#10;"); // a reference, so parsers keep it as it is
        } else if (c == '\r') {
          raw("&#13;");
        } else {
          codePoint(REPLACEMENT);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        codePoint(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        codePoint(REPLACEMENT);
      } else {
        codePoint(c);
      }
    }
  }

  private void put(char c) {
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = (byte) c;
  }

  private void codePoint(int cp) {
    if (buf.length - pos < 4) {
      drain();
    }
    if (cp < 0x80) {
      buf[pos++] = (byte) cp;
    } else if (cp < 0x800) {
      buf[pos++] = (byte) (0xC0 | cp >> 6);
      buf[pos++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      buf[pos++] = (byte) (0xE0 | cp >> 12);
      buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[pos++] = (byte) (0x80 | cp & 0x3F);
    } else {
      buf[pos++] = (byte) (0xF0 | cp >> 18);
      buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
      buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[pos++] = (byte) (0x80 | cp & 0x3F);
    }
  }

  private void drain() {
    try {
      out.write(buf, 0, pos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pos = 0;
  }

  /** Writes what is buffered to the stream (which is not flushed or closed). */
  void flush() {
    if (pos > 0) {
      drain();
    }
  }
}

package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.internal.TimeParser;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Reads the timestamps of logs and exports, without regular expressions on the hot path. */
public final class Times {
  private Times() {}

  /** A timestamp read from a position of a line. */
  public record Read(OffsetDateTime at, int end, boolean zoneWritten) {}

  private static int digits(CharSequence s, int i, int n) {
    if (i + n > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = i; k < i + n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Reads {@code YYYY-MM-DD[T ]HH:MM[:SS[.f]][zone]} (also with {@code /} between the date's
   * parts) at {@code i}; {@code zone} applies when none is written.
   *
   * @return what was read, or {@code null}
   */
  public static Read iso(CharSequence s, int i, ZoneId zone) {
    int y = digits(s, i, 4);
    if (y < 0 || i + 10 > s.length()) {
      return null;
    }
    char sep = s.charAt(i + 4);
    if ((sep != '-' && sep != '/') || s.charAt(i + 7) != sep) {
      return null;
    }
    int mo = digits(s, i + 5, 2);
    int d = digits(s, i + 8, 2);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) {
      return null;
    }
    int p = i + 10;
    if (p >= s.length() || (s.charAt(p) != 'T' && s.charAt(p) != ' ' && s.charAt(p) != 't'
        && s.charAt(p) != '_')) {
      return null;
    }
    return timeOfDay(s, p + 1, y, mo, d, zone);
  }

  /** Reads {@code HH:MM[:SS[.f]][zone]} at {@code p} for the given date. */
  static Read timeOfDay(CharSequence s, int p, int y, int mo, int d, ZoneId zone) {
    int h = digits(s, p, 2);
    if (h < 0 || h > 23 || p + 5 > s.length() || s.charAt(p + 2) != ':') {
      return null;
    }
    int mi = digits(s, p + 3, 2);
    if (mi < 0 || mi > 59) {
      return null;
    }
    p += 5;
    int sec = 0;
    int nanos = 0;
    if (p + 3 <= s.length() && s.charAt(p) == ':' && digits(s, p + 1, 2) >= 0) {
      sec = Math.min(59, digits(s, p + 1, 2));
      p += 3;
      if (p < s.length() && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
        int q = p + 1;
        int scale = 100_000_000;
        while (q < s.length() && Character.isDigit(s.charAt(q))) {
          if (scale > 0) {
            nanos += (s.charAt(q) - '0') * scale;
            scale /= 10;
          }
          q++;
        }
        if (q > p + 1) {
          p = q;
        }
      }
    }
    ZoneOffset offset = null;
    if (p < s.length()) {
      char c = s.charAt(p);
      if (c == 'Z' || c == 'z') {
        offset = ZoneOffset.UTC;
        p++;
      } else if (c == '+' || c == '-') {
        int oh = digits(s, p + 1, 2);
        if (oh >= 0 && oh <= 18) {
          int q = p + 3;
          int om = 0;
          if (q < s.length() && s.charAt(q) == ':' && digits(s, q + 1, 2) >= 0) {
            om = digits(s, q + 1, 2);
            q += 3;
          } else if (digits(s, q, 2) >= 0) {
            om = digits(s, q, 2);
            q += 2;
          }
          if (om <= 59 && (q >= s.length() || !Character.isDigit(s.charAt(q)))) {
            int sign = c == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
            p = q;
          }
        }
      } else if (c == ' ' && p + 6 <= s.length() && (s.charAt(p + 1) == '+' || s.charAt(p + 1) == '-')
          && digits(s, p + 2, 4) >= 0 && (p + 6 == s.length() || !Character.isDigit(s.charAt(p + 6)))) {
        int oh = digits(s, p + 2, 2);
        int om = digits(s, p + 4, 2);
        if (oh <= 18 && om <= 59) {
          int sign = s.charAt(p + 1) == '-' ? -1 : 1;
          offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
          p += 6;
        }
      } else if (c == ' ' && p + 4 <= s.length()) {
        String word = s.subSequence(p + 1, Math.min(s.length(), p + 4)).toString();
        if (word.equals("UTC") || word.equals("GMT")) {
          if (p + 4 == s.length() || !Character.isLetter(s.charAt(p + 4))) {
            offset = ZoneOffset.UTC;
            p += 4;
          }
        }
      }
    }
    try {
      LocalDateTime ldt = LocalDateTime.of(y, mo, d, h, mi, sec, nanos);
      if (offset != null) {
        return new Read(ldt.atOffset(offset), p, true);
      }
      return new Read(ldt.atZone(zone).toOffsetDateTime(), p, false);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** The month (1-12) of a three-letter English abbreviation at {@code i}, or -1. */
  public static int month(CharSequence s, int i) {
    if (i + 3 > s.length()) {
      return -1;
    }
    char a = Character.toLowerCase(s.charAt(i));
    char b = Character.toLowerCase(s.charAt(i + 1));
    char c = Character.toLowerCase(s.charAt(i + 2));
    for (int m = 0; m < 12; m++) {
      String n = MONTHS[m];
      if (n.charAt(0) == a && n.charAt(1) == b && n.charAt(2) == c) {
        return m + 1;
      }
    }
    return -1;
  }

  /**
   * Reads an RFC 3164 timestamp {@code Mmm dd HH:MM:SS} at {@code i} in {@code year}.
   *
   * @return what was read, or {@code null}
   */
  public static Read bsd(CharSequence s, int i, int year, ZoneId zone) {
    int mo = month(s, i);
    if (mo < 0 || i + 15 > s.length() || s.charAt(i + 3) != ' ') {
      return null;
    }
    int p = i + 4;
    if (s.charAt(p) == ' ') {
      p++;
    }
    int d = digits(s, p, 2);
    int q = p + 2;
    if (d < 0) {
      d = digits(s, p, 1);
      q = p + 1;
    }
    if (d < 1 || d > 31 || q >= s.length() || s.charAt(q) != ' ') {
      return null;
    }
    return timeOfDay(s, q + 1, year, mo, d, zone);
  }

  /**
   * Reads the access-log form {@code dd/Mmm/yyyy:HH:MM:SS +zzzz} at {@code i}.
   *
   * @return what was read, or {@code null}
   */
  public static Read clf(CharSequence s, int i, ZoneId zone) {
    int d = digits(s, i, 2);
    if (d < 1 || i + 20 > s.length() || s.charAt(i + 2) != '/' || s.charAt(i + 6) != '/') {
      return null;
    }
    int mo = month(s, i + 3);
    int y = digits(s, i + 7, 4);
    if (mo < 0 || y < 0 || s.charAt(i + 11) != ':') {
      return null;
    }
    return timeOfDay(s, i + 12, y, mo, d, zone);
  }

  /**
   * Reads a value from a structured record: ISO-8601, epoch seconds or milliseconds, or any
   * form the Markdown importer reads.
   *
   * @return the time, or {@code null}
   */
  public static OffsetDateTime value(String v, ZoneId zone, TimeParser.DateOrder order) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (isEpoch(s)) {
      try {
        BigDecimal n = new BigDecimal(s);
        Instant at = n.compareTo(BigDecimal.valueOf(100_000_000_000L)) < 0
            ? Instant.ofEpochSecond(n.longValue(), n.remainder(BigDecimal.ONE).movePointRight(9).longValue())
            : Instant.ofEpochMilli(n.longValue());
        return at.atOffset(ZoneOffset.UTC);
      } catch (ArithmeticException | DateTimeException e) {
        return null;
      }
    }
    Read r = iso(s, 0, zone);
    if (r != null && r.end == s.length()) {
      return r.at;
    }
    if (r != null && r.end < s.length() && s.charAt(r.end) == '[') {
      return r.at; // 2026-10-14T09:14+02:00[Europe/Berlin]
    }
    if (s.length() == 10 && iso(s + "T00:00", 0, zone) != null) {
      return null; // a date alone is not a time
    }
    TimeParser.Parsed p = TimeParser.parse(s, order, 0);
    if (p == null || p.date() == null || p.time() == null || p.consumed() < s.length() - 6) {
      return null;
    }
    try {
      return p.date().atTime(p.time()).atZone(p.zone() != null ? p.zone() : zone).toOffsetDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isEpoch(String s) {
    int dot = s.indexOf('.');
    int intLen = dot < 0 ? s.length() : dot;
    if (intLen < 9 || intLen > 13) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isDigit(c) || (c == '.' && i == dot))) {
        return false;
      }
    }
    return dot != s.length() - 1;
  }
}

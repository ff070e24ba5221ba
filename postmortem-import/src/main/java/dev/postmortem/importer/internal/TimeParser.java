package dev.postmortem.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times people write in post-mortems: ISO-8601, {@code 14:02}, {@code 2:02 PM}, {@code
 * May 1, 14:02 PDT}, {@code 2021-12-10 15:40}, month-first and day-first dates, named zones,
 * approximate markers ({@code ~07:00}, "about", 頃). It reads a prefix of a string, token by
 * token, and says how much it consumed, so that "14:02 UTC - Pager fired" splits into a time and a
 * description.
 */
public final class TimeParser {
  private TimeParser() {}

  /** Which way round numeric dates like 01/02/2024 are written. */
  public enum DateOrder {
    MONTH_FIRST,
    DAY_FIRST,
    UNKNOWN
  }

  /**
   * What was read.
   *
   * @param date the date, or {@code null}
   * @param time the time of day, or {@code null}
   * @param zone the zone written next to the time, or {@code null}
   * @param zoneText how the zone was written, or {@code null}
   * @param approximate whether an approximate marker was present
   * @param ambiguous whether a numeric date could be read both ways
   * @param yearMissing whether the date had no year (the year given by the caller was used)
   * @param consumed how many characters of the input belong to the time
   */
  public record Parsed(
      LocalDate date, LocalTime time, ZoneId zone, String zoneText, boolean approximate,
      boolean ambiguous, boolean yearMissing, int consumed) {}

  private static final String MONTHS =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
          + "|janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro"
          + "|novembro|dezembro)\\.?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern SEP = Pattern.compile("[\\s,]+|\\bat\\b|\\bon\\b|às|\\bde\\b|T(?=\\d)", FLAGS);
  private static final Pattern APPROX = Pattern.compile(
      "(?:~|≈|±|\\bca\\.?|\\bcirca\\b|\\babout\\b|\\baround\\b|\\bapprox(?:\\.|imately)?\\b|\\broughly\\b"
          + "|\\bcerca de\\b|\\baproximadamente\\b|約|頃|ごろ|\\bish\\b)", FLAGS);
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?(?![a-z])"
          + "|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|[月火水木金土日]曜日?",
      FLAGS);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern JA_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern NUM_DATE = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile(
      MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:)(?:,?\\s+(\\d{4})(?!\\d|:))?", FLAGS);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:of\\s+|de\\s+)?" + MONTHS + "(?:,?\\s+(?:de\\s+)?(\\d{4})(?!\\d|:))?",
      FLAGS);
  private static final Pattern TIME = Pattern.compile(
      "\\[?(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?!\\d)\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?)?(?![a-y])\\]?", FLAGS);
  private static final Pattern TIME_AMPM = Pattern.compile("(\\d{1,2})\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])", FLAGS);
  private static final Pattern JA_TIME = Pattern.compile("(\\d{1,2})時(?:(\\d{1,2})分)?");
  private static final Pattern OFFSET = Pattern.compile("(?:(UTC|GMT)\\s*)?([+-−])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
  private static final Pattern ZONE_WORD = Pattern.compile("\\(?([A-Za-z][A-Za-z/_]*)(?:\\s+time)?\\)?", FLAGS);

  private static final Map<String, ZoneId> ZONES = new HashMap<>();
  private static final Map<String, Integer> MONTH_NUMBERS = new HashMap<>();

  static {
    ZoneId utc = ZoneOffset.UTC;
    for (String z : new String[] {"UTC", "GMT", "Z", "UT", "ZULU"}) {
      ZONES.put(z, utc);
    }
    zone("PST", "-08:00");
    zone("PDT", "-07:00");
    zone("MST", "-07:00");
    zone("MDT", "-06:00");
    zone("CST", "-06:00");
    zone("CDT", "-05:00");
    zone("EST", "-05:00");
    zone("EDT", "-04:00");
    zone("AKST", "-09:00");
    zone("AKDT", "-08:00");
    zone("HST", "-10:00");
    zone("WET", "+00:00");
    zone("WEST", "+01:00");
    zone("BST", "+01:00");
    zone("CET", "+01:00");
    zone("CEST", "+02:00");
    zone("MEZ", "+01:00");
    zone("MESZ", "+02:00");
    zone("EET", "+02:00");
    zone("EEST", "+03:00");
    zone("MSK", "+03:00");
    zone("IST", "+05:30");
    zone("SGT", "+08:00");
    zone("HKT", "+08:00");
    zone("AWST", "+08:00");
    zone("JST", "+09:00");
    zone("KST", "+09:00");
    zone("ACST", "+09:30");
    zone("AEST", "+10:00");
    zone("AEDT", "+11:00");
    zone("NZST", "+12:00");
    zone("NZDT", "+13:00");
    zone("BRT", "-03:00");
    zone("ART", "-03:00");
    ZONES.put("PT", ZoneId.of("America/Los_Angeles"));
    ZONES.put("PACIFIC", ZoneId.of("America/Los_Angeles"));
    ZONES.put("MT", ZoneId.of("America/Denver"));
    ZONES.put("MOUNTAIN", ZoneId.of("America/Denver"));
    ZONES.put("CT", ZoneId.of("America/Chicago"));
    ZONES.put("CENTRAL", ZoneId.of("America/Chicago"));
    ZONES.put("ET", ZoneId.of("America/New_York"));
    ZONES.put("EASTERN", ZoneId.of("America/New_York"));
    ZONES.put("BRASÍLIA", ZoneId.of("America/Sao_Paulo"));
    ZONES.put("BRASILIA", ZoneId.of("America/Sao_Paulo"));
    String[][] months = {
      {"jan", "janeiro"}, {"feb", "fevereiro"}, {"mar", "março", "marco"}, {"apr", "abril"},
      {"may", "maio"}, {"jun", "junho"}, {"jul", "julho"}, {"aug", "agosto"},
      {"sep", "setembro"}, {"oct", "outubro"}, {"nov", "novembro"}, {"dec", "dezembro"}
    };
    for (int i = 0; i < months.length; i++) {
      for (String m : months[i]) {
        MONTH_NUMBERS.put(m, i + 1);
      }
    }
  }

  private static void zone(String abbr, String offset) {
    ZONES.put(abbr, ZoneOffset.of(offset));
  }

  /** The zone a single token names ({@code UTC}, {@code PDT}, {@code Eastern}, {@code +02:00}). */
  public static ZoneId zoneOf(String token) {
    if (token == null) {
      return null;
    }
    String t = token.strip();
    Matcher m = OFFSET.matcher(t);
    if (m.matches()) {
      return offset(m);
    }
    if (t.indexOf('/') > 0 && Character.isUpperCase(t.charAt(0))) {
      try {
        return ZoneId.of(t);
      } catch (DateTimeException e) {
        return null;
      }
    }
    String upper = t.toUpperCase(Locale.ROOT);
    boolean abbreviation = t.equals(upper) && t.length() <= 5;
    if (abbreviation || upper.equals("EASTERN") || upper.equals("PACIFIC") || upper.equals("CENTRAL")
        || upper.equals("MOUNTAIN") || upper.startsWith("BRAS")) {
      return ZONES.get(upper);
    }
    return null;
  }

  private static ZoneId offset(Matcher m) {
    int sign = m.group(2).equals("+") ? 1 : -1;
    int h = Integer.parseInt(m.group(3));
    int min = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    if (h > 18 || min > 59) {
      return null;
    }
    try {
      return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads a date and/or time at the start of {@code s}.
   *
   * @param year the year for dates written without one, or 0 when unknown
   * @return what was read, or {@code null} when {@code s} does not start with a date or time
   */
  public static Parsed parse(String s, DateOrder order, int year) {
    int i = 0;
    int n = s.length();
    LocalDate date = null;
    LocalTime time = null;
    ZoneId zone = null;
    String zoneText = null;
    boolean approx = false;
    boolean ambiguous = false;
    boolean yearMissing = false;
    int end = 0;
    boolean progress = true;
    while (progress && i < n) {
      progress = false;
      Matcher m;
      if ((m = at(SEP, s, i)) != null && m.end() > i) {
        i = m.end();
        progress = true;
        continue;
      }
      if ((m = at(APPROX, s, i)) != null) {
        approx = true;
        i = m.end();
        end = date != null || time != null ? i : end;
        progress = true;
        continue;
      }
      if (date == null && (m = at(WEEKDAY, s, i)) != null) {
        i = m.end();
        progress = true;
        continue;
      }
      if (date == null && (m = at(ISO_DATE, s, i)) != null) {
        date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date != null) {
          i = end = m.end();
          progress = true;
          continue;
        }
      }
      if (date == null && (m = at(JA_DATE, s, i)) != null) {
        int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
        yearMissing = m.group(1) == null;
        date = y == 0 ? null : date(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date != null) {
          i = end = m.end();
          progress = true;
          continue;
        }
      }
      if (date == null && (m = at(NUM_DATE, s, i)) != null) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int y = Integer.parseInt(m.group(4));
        if (y < 100) {
          y += 2000;
        }
        boolean dotted = m.group(2).equals(".");
        DateOrder o;
        if (a > 12 && b <= 12) {
          o = DateOrder.DAY_FIRST;
        } else if (b > 12 && a <= 12) {
          o = DateOrder.MONTH_FIRST;
        } else {
          o = order != DateOrder.UNKNOWN ? order : dotted ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
          ambiguous = a != b;
        }
        date = o == DateOrder.DAY_FIRST ? date(y, b, a) : date(y, a, b);
        if (date != null) {
          i = end = m.end();
          progress = true;
          continue;
        }
        ambiguous = false;
      }
      if (date == null && (m = at(MONTH_DAY, s, i)) != null) {
        Integer mon = month(m.group(1));
        int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
        if (mon != null && y != 0) {
          date = date(y, mon, Integer.parseInt(m.group(2)));
          yearMissing = m.group(3) == null;
          if (date != null) {
            i = end = m.end();
            progress = true;
            continue;
          }
        }
      }
      if (date == null && (m = at(DAY_MONTH, s, i)) != null) {
        Integer mon = month(m.group(2));
        int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
        if (mon != null && y != 0) {
          date = date(y, mon, Integer.parseInt(m.group(1)));
          yearMissing = m.group(3) == null;
          if (date != null) {
            i = end = m.end();
            progress = true;
            continue;
          }
        }
      }
      if (time == null && (m = at(TIME, s, i)) != null) {
        LocalTime t = time(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        if (t != null) {
          time = t;
          i = end = m.end();
          progress = true;
          continue;
        }
      }
      if (time == null && (m = at(TIME_AMPM, s, i)) != null) {
        LocalTime t = time(m.group(1), "00", null, null, m.group(2));
        if (t != null) {
          time = t;
          i = end = m.end();
          progress = true;
          continue;
        }
      }
      if (time == null && (m = at(JA_TIME, s, i)) != null) {
        LocalTime t = time(m.group(1), m.group(2) == null ? "00" : m.group(2), null, null, null);
        if (t != null) {
          time = t;
          i = end = m.end();
          progress = true;
          continue;
        }
      }
      if (zone == null && (date != null || time != null)) {
        if ((m = at(OFFSET, s, i)) != null && (time != null)) {
          ZoneId z = offset(m);
          if (z != null) {
            zone = z;
            zoneText = m.group();
            i = end = m.end();
            progress = true;
            continue;
          }
        }
        if ((m = at(ZONE_WORD, s, i)) != null) {
          String w = m.group(1);
          ZoneId z = zoneOf(w);
          if (z == null && w.length() == 1 && w.equals("Z")) {
            z = ZoneOffset.UTC;
          }
          if (z != null) {
            zone = z;
            zoneText = w;
            i = end = m.end();
            // "UTC+2", "GMT-3"
            Matcher off = at(OFFSET, s, i);
            if (off != null && off.group(1) == null && (w.equals("UTC") || w.equals("GMT"))) {
              ZoneId oz = offset(off);
              if (oz != null) {
                zone = oz;
                zoneText = w + off.group();
                i = end = off.end();
              }
            }
            progress = true;
            continue;
          }
        }
      }
    }
    if (date == null && time == null) {
      return null;
    }
    return new Parsed(date, time, zone, zoneText, approx, ambiguous, yearMissing, end);
  }

  private static Matcher at(Pattern p, String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    boolean digit = c >= '0' && c <= '9';
    if (digit && (p == WEEKDAY || p == MONTH_DAY || p == ZONE_WORD)) {
      return null;
    }
    if (!digit && c != '[' && (p == ISO_DATE || p == JA_DATE || p == NUM_DATE || p == DAY_MONTH
        || p == TIME || p == TIME_AMPM || p == JA_TIME)) {
      return null;
    }
    Matcher m = p.matcher(s);
    m.region(i, s.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() ? m : null;
  }

  private static Integer month(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer v = MONTH_NUMBERS.get(k);
    if (v == null && k.length() >= 3) {
      v = MONTH_NUMBERS.get(k.substring(0, 3));
    }
    return v;
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < 1900 || y > 2200) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(String h, String m, String sec, String frac, String ampm) {
    int hh = Integer.parseInt(h);
    int mm = Integer.parseInt(m);
    int ss = sec == null ? 0 : Integer.parseInt(sec);
    int nanos = 0;
    if (frac != null) {
      nanos = Integer.parseInt((frac + "000000000").substring(0, 9));
    }
    if (ampm != null) {
      if (hh < 1 || hh > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hh = hh % 12 + (pm ? 12 : 0);
    }
    if (hh > 23 || mm > 59 || ss > 60) {
      return null;
    }
    return LocalTime.of(hh, mm, Math.min(ss, 59), nanos);
  }

  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** Decides month-first or day-first from the numeric dates in {@code text}. */
  public static DateOrder evidence(CharSequence text) {
    Matcher m = NUMERIC.matcher(text);
    boolean dayFirst = false;
    boolean monthFirst = false;
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a > 12 && b <= 12) {
        dayFirst = true;
      } else if (b > 12 && a <= 12) {
        monthFirst = true;
      }
    }
    if (dayFirst == monthFirst) {
      return DateOrder.UNKNOWN;
    }
    return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
  }

  private static final Pattern WORDS = Pattern.compile(
      "(?:UTC|GMT)[+-−]\\d{1,2}(?::?\\d{2})?|[A-Z][a-z]+(?:/[A-Z][A-Za-z_]+)+|[\\p{L}]+");
  private static final Pattern TIME_WORDS = Pattern.compile(
      "(?i)\\btimes?\\b|timezone|time zone|\\bzone\\b|\\btz\\b|documented|時刻|時間|日時|hor[aá]rio|\\bhoras?\\b|fuso");

  /**
   * The zone stated in a sentence, heading or column header such as "All times in CET",
   * "Timeline (all times PST)" or "時刻 (JST)"; {@code null} when there is none.
   */
  public static ZoneId zoneStatement(String text) {
    if (text == null || text.length() > 300) {
      return null;
    }
    boolean timeWords = TIME_WORDS.matcher(text).find();
    if (!timeWords && text.length() > 30) {
      return null;
    }
    Matcher words = WORDS.matcher(text);
    while (words.find()) {
      String w = words.group();
      if (w.startsWith("UTC") || w.startsWith("GMT")) {
        Matcher off = OFFSET.matcher(w);
        if (off.matches()) {
          return offset(off);
        }
      }
      ZoneId z = zoneOf(w);
      if (z != null && !(w.equals("Z") || w.equals("UT") || w.equals("CT") || w.equals("MT"))) {
        if (!timeWords && !(w.equals(w.toUpperCase(Locale.ROOT)))) {
          continue;
        }
        return z;
      }
    }
    return null;
  }
}

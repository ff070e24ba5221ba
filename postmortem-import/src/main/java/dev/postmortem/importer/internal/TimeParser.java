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
   * @param end the end of a range ("02:00-04:30"), or {@code null}
   * @param clockConflict whether a 24-hour time carried AM/PM ("13:00 PM", read as 13:00)
   * @param zoneCorrected the abbreviation written, when it contradicts the date ("PST" in July) and
   *     the zone in force that day was used instead; {@code null} otherwise
   */
  public record Parsed(
      LocalDate date, LocalTime time, ZoneId zone, String zoneText, boolean approximate,
      boolean ambiguous, boolean yearMissing, int consumed, LocalTime end, boolean clockConflict,
      String zoneCorrected) {
    /** A parse without range, clock conflict or zone correction. */
    public Parsed(LocalDate date, LocalTime time, ZoneId zone, String zoneText, boolean approximate,
        boolean ambiguous, boolean yearMissing, int consumed) {
      this(date, time, zone, zoneText, approximate, ambiguous, yearMissing, consumed, null, false, null);
    }
  }

  /** Month names: English (full and short), and the full names java.time knows in other languages. */
  private static final Map<String, Integer> MONTH_NUMBERS = monthNames();
  private static final String MONTHS = "(" + MONTH_NUMBERS.keySet().stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x))
      .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\.?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern SEP = Pattern.compile(
      "[\\s,@]+|\\bat\\b|\\bon\\b|às|\\bde\\b|\\bkl\\b\\.?|\\bklokken\\b|\\bkloka\\b|\\bum\\b|\\bom\\b|\\bà\\b"
          + "|\\ba las\\b|\\ba la\\b|\\balle\\b|\\bden\\b|T(?=\\d)|(?<=\\d)[-–](?=\\d{1,2}[:h.]\\d{2})"
          + "|(?<=\\s)[-–|](?=\\s*\\[?\\d{1,2}[:h.]\\d{2})", FLAGS);
  private static final Pattern APPROX = Pattern.compile(
      "(?:~|≈|±|\\bca\\b\\.?|\\bcirca\\b|\\babout\\b|\\baround\\b|\\bapprox(?:\\.|imately)?\\b|\\broughly\\b"
          + "|\\bcerca de\\b|\\baproximadamente\\b|約|頃|ごろ|\\bish\\b)", FLAGS);
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?(?![a-z])"
          + "|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|[月火水木金土日]曜日?",
      FLAGS);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern JA_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern NUM_DATE = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile(
      MONTHS + "[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:)(?:,?[\\s-]+(\\d{4})(?!\\d|:))?", FLAGS);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th|º|\\.)?[\\s-]+(?:of\\s+|de\\s+)?" + MONTHS + "(?![\\p{L}])(?:,?[\\s-]+(?:de\\s+)?(\\d{4})(?!\\d|:))?",
      FLAGS);
  private static final Pattern TIME = Pattern.compile(
      "\\[?(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?!\\d)\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?)?(?![a-y])\\]?", FLAGS);
  private static final Pattern TIME_AMPM = Pattern.compile("(\\d{1,2})\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])", FLAGS);
  private static final Pattern RANGE_END = Pattern.compile(
      "\\s*(?:-|–|—|~|〜|to|until|till|til|bis|à|a|até|tot)\\s*(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?!\\d)\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![a-y])", FLAGS);
  private static final Pattern HHMM = Pattern.compile(
      "([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:UTC|GMT|Z|[A-Z]{2,4}T|hrs?|h)\\b)");
  /** {@code HHMM} right after a date, before a separator: "2022-02-02 1625: …". */
  private static final Pattern HHMM_AFTER_DATE = Pattern.compile(
      "([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:[:|]|\\s[-–—]\\s|$))");
  private static final Pattern JA_TIME = Pattern.compile("(\\d{1,2})時(?:(\\d{1,2})分)?");
  private static final Pattern OFFSET = Pattern.compile("(?:(UTC|GMT)\\s*)?([+-−])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
  private static final Pattern ZONE_WORD = Pattern.compile("\\(?([A-Za-z][A-Za-z/_]*)(?:\\s+time)?\\)?", FLAGS);

  private static final Map<String, ZoneId> ZONES = new HashMap<>();

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
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    java.time.format.TextStyle[] full = {java.time.format.TextStyle.FULL, java.time.format.TextStyle.FULL_STANDALONE};
    String[] languages = {"en", "de", "fr", "es", "pt", "nl", "nb", "nn", "da", "sv", "it", "ru", "pl"};
    for (java.time.Month m : java.time.Month.values()) {
      for (String lang : languages) {
        Locale l = Locale.forLanguageTag(lang);
        for (java.time.format.TextStyle st : full) {
          String name = m.getDisplayName(st, l).toLowerCase(l).replace(".", "");
          if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
            names.putIfAbsent(name, m.getValue());
          }
        }
      }
      String shortEn = m.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      names.putIfAbsent(shortEn, m.getValue());
    }
    names.put("sept", 9);
    // common short forms of other languages that are not English words
    String[][] extra = {{"mär", "3"}, {"mrz", "3"}, {"okt", "10"}, {"dez", "12"}, {"janv", "1"}, {"févr", "2"},
      {"avr", "4"}, {"juil", "7"}, {"déc", "12"}, {"ene", "1"}, {"abr", "4"}, {"dic", "12"}, {"fev", "2"},
      {"mei", "5"}, {"mai", "5"}, {"marco", "3"}};
    for (String[] e : extra) {
      names.putIfAbsent(e[0], Integer.parseInt(e[1]));
    }
    return names;
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
    boolean conflict = false;
    String corrected = null;
    LocalTime rangeEnd = null;
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
        boolean clash = m.group(5) != null && Integer.parseInt(m.group(1)) > 12;
        LocalTime t = time(m.group(1), m.group(2), m.group(3), m.group(4), clash ? null : m.group(5));
        if (t != null) {
          time = t;
          conflict = clash;
          i = end = m.end();
          Matcher r = at(RANGE_END, s, i);
          if (r != null) {
            LocalTime e = time(r.group(1), r.group(2), r.group(3), null,
                r.group(4) != null ? r.group(4) : m.group(5) != null && !clash ? m.group(5) : null);
            if (e != null) {
              rangeEnd = e;
              i = end = r.end();
            }
          }
          progress = true;
          continue;
        }
      }
      if (time == null && ((m = at(HHMM, s, i)) != null
          || date != null && (m = at(HHMM_AFTER_DATE, s, i)) != null)) {
        time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        i = end = m.end();
        progress = true;
        continue;
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
            if (date != null) {
              ZoneId inForce = zoneInForce(w, date, time);
              if (inForce != null) {
                zone = inForce;
                corrected = w;
              }
            }
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
    return new Parsed(date, time, zone, zoneText, approx, ambiguous, yearMissing, end, rangeEnd,
        conflict, corrected);
  }

  private static final Map<String, ZoneId> REGIONS = new HashMap<>();

  static {
    for (String[] r : new String[][] {
      {"America/Los_Angeles", "PST", "PDT"}, {"America/Denver", "MST", "MDT"},
      {"America/Chicago", "CST", "CDT"}, {"America/New_York", "EST", "EDT"},
      {"America/Anchorage", "AKST", "AKDT"}, {"Europe/London", "BST"}, {"Europe/Berlin", "CET", "CEST", "MEZ", "MESZ"},
      {"Europe/Helsinki", "EET", "EEST"}, {"Europe/Lisbon", "WET", "WEST"},
      {"Australia/Sydney", "AEST", "AEDT"}, {"Pacific/Auckland", "NZST", "NZDT"}}) {
      for (int k = 1; k < r.length; k++) {
        REGIONS.put(r[k], ZoneId.of(r[0]));
      }
    }
  }

  /**
   * The zone in force on {@code date} when the abbreviation {@code abbreviation} contradicts it
   * ("PST" in July is read as the Pacific daylight offset); {@code null} when the abbreviation is
   * right for the date or names no seasonal zone.
   *
   * @param time the time of day, or {@code null} for noon
   */
  public static ZoneId zoneInForce(String abbreviation, LocalDate date, LocalTime time) {
    if (abbreviation == null || date == null) {
      return null;
    }
    String a = abbreviation.toUpperCase(Locale.ROOT);
    ZoneId region = REGIONS.get(a);
    ZoneId fixed = ZONES.get(a);
    if (region == null || !(fixed instanceof ZoneOffset written)) {
      return null;
    }
    ZoneOffset actual = region.getRules().getOffset(date.atTime(time == null ? LocalTime.NOON : time));
    return actual.equals(written) ? null : actual;
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
        || p == TIME || p == TIME_AMPM || p == JA_TIME || p == HHMM || p == HHMM_AFTER_DATE)) {
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

  /*
   * MONTH_DAY and DAY_MONTH with any word in the month's place, for scanning a whole document: the
   * alternation of every month name in 13 languages, tried at each position of a long text, made
   * evidence() the slowest step of an import. The word is then looked up among the month names.
   */
  private static final Pattern ANY_WORD_DAY = Pattern.compile(
      "(?<![\\p{L}])(\\p{L}[\\p{L}.]{1,14})[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:)(?:,?[\\s-]+(\\d{4})(?!\\d|:))?",
      FLAGS);
  private static final Pattern DAY_ANY_WORD = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th|º|\\.)?[\\s-]+(?:of\\s+|de\\s+)?(\\p{L}[\\p{L}.]{1,14})(?![\\p{L}])"
          + "(?:,?[\\s-]+(?:de\\s+)?(\\d{4})(?!\\d|:))?", FLAGS);

  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /**
   * Decides month-first or day-first from the dates in {@code text}: a numeric date with a part
   * above 12 is evidence of its order, and so is a numeric date the text also writes out with the
   * month's name ("08-01-2026" next to "8 January 2026" is day-first). Contradicting evidence
   * gives {@link DateOrder#UNKNOWN}.
   */
  public static DateOrder evidence(CharSequence text) {
    java.util.Set<LocalDate> written = new java.util.HashSet<>();
    for (Pattern p : new Pattern[] {ANY_WORD_DAY, DAY_ANY_WORD}) {
      Matcher w = p.matcher(text);
      while (w.find()) {
        boolean md = p == ANY_WORD_DAY;
        String y = w.group(3);
        Integer mon = MONTH_NUMBERS.get(Rx.replaceAll(w.group(md ? 1 : 2).toLowerCase(Locale.ROOT), "\\.", ""));
        if (y != null && mon != null) {
          LocalDate d = date(Integer.parseInt(y), mon, Integer.parseInt(md ? w.group(2) : w.group(1)));
          if (d != null) {
            written.add(d);
          }
        }
      }
    }
    Matcher m = NUMERIC.matcher(text);
    boolean dayFirst = false;
    boolean monthFirst = false;
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int y = Integer.parseInt(m.group(4));
      if (a > 12 && b <= 12) {
        dayFirst = true;
      } else if (b > 12 && a <= 12) {
        monthFirst = true;
      } else if (a != b) {
        LocalDate df = date(y, b, a);
        LocalDate mf = date(y, a, b);
        boolean dfSeen = df != null && written.contains(df);
        boolean mfSeen = mf != null && written.contains(mf);
        if (dfSeen && !mfSeen) {
          dayFirst = true;
        } else if (mfSeen && !dfSeen) {
          monthFirst = true;
        }
      }
    }
    if (dayFirst == monthFirst) {
      return DateOrder.UNKNOWN;
    }
    return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
  }

  /**
   * The first date written anywhere in {@code text} without a time of day ("All times UTC, 14
   * October 2026"), or {@code null}.
   */
  public static LocalDate findDate(String text, DateOrder order, int year) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length() && i < 500; i++) {
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        continue;
      }
      Parsed p = parse(text.substring(i), order, year);
      if (p != null && p.date() != null && p.time() == null) {
        return p.date();
      }
    }
    return null;
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

package dev.postmortem.validate.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written in text (with a year), each with every reading it allows: ISO
 * {@code 2023-05-24}, day-first {@code 24.05.2023}, {@code 24/05/2023} or month-first
 * {@code 05/24/2023} (both tried when ambiguous), and English month names ("May 24, 2023", "24 May
 * 2023"). Bounded: at most 20 dates per text.
 */
final class DateMentions {
  private DateMentions() {}

  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.\\-/])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");
  /** A labelled header line: "Date: 27.01.2019", "**Dato:** ...". */
  private static final Pattern LABELLED = Pattern.compile("(?m)^[\\s*_#>-]*\\p{L}[\\p{L}/ ]{1,24}[*_]*:[*_]*\\s*(.{6,40})$");
  /** Day-first with a two-digit year and dots: "27.01.20" (read as 2000 + year). */
  private static final Pattern DOTTED_SHORT = Pattern.compile("(?<![\\p{L}\\d.+])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\p{L}\\d.+\\-])");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(?:the\\s+)?(\\S+(?:\\s+\\S+){0,2})");

  /** The dates in a text, each as the list of its possible readings. */
  static List<List<LocalDate>> in(String text) {
    List<List<LocalDate>> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = ISO.matcher(text);
    while (m.find() && out.size() < 20) {
      add(out, date(m.group(1), m.group(2), m.group(3)));
    }
    m = NUMERIC.matcher(text);
    while (m.find() && out.size() < 20) {
      List<LocalDate> r = new ArrayList<>();
      addTo(r, date(m.group(4), m.group(3), m.group(1)));
      if (!m.group(2).equals(".")) {
        addTo(r, date(m.group(4), m.group(1), m.group(3)));
      }
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    m = DOTTED_SHORT.matcher(text);
    while (m.find() && out.size() < 20) {
      add(out, date("20" + m.group(3), m.group(2), m.group(1)));
    }
    m = MONTH_FIRST.matcher(text);
    while (m.find() && out.size() < 20) {
      add(out, date(m.group(3), Integer.toString(month(m.group(1))), m.group(2)));
    }
    m = DAY_FIRST.matcher(text);
    while (m.find() && out.size() < 20) {
      add(out, date(m.group(3), Integer.toString(month(m.group(2))), m.group(1)));
    }
    return out;
  }

  /** The dates on labelled header lines ("Date: ...") among the first ten lines of a text. */
  static List<List<LocalDate>> labelled(String text) {
    List<List<LocalDate>> out = new ArrayList<>();
    String[] lines = text.split("\n", 11);
    for (int i = 0; i < Math.min(10, lines.length); i++) {
      Matcher m = LABELLED.matcher(lines[i]);
      if (m.matches()) {
        List<List<LocalDate>> d = in(m.group(1));
        if (d.size() == 1) {
          out.addAll(d);
        }
      }
    }
    return out;
  }

  /**
   * Weekdays written before a date that none of the date's readings falls on: "Thursday 12/8/2017"
   * (a Friday). Each result is the weekday as written and the first reading.
   */
  static List<Object[]> wrongWeekdays(String text) {
    List<Object[]> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WEEKDAY.matcher(text);
    while (m.find() && out.size() < 10) {
      List<List<LocalDate>> dates = in(m.group(2));
      if (dates.isEmpty()) {
        continue;
      }
      java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      List<LocalDate> readings = dates.get(0);
      if (readings.stream().noneMatch(d -> d.getDayOfWeek() == day)) {
        out.add(new Object[] {m.group(1), m.group(2).split("\\s")[0], readings});
      }
    }
    return out;
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1970 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static void add(List<List<LocalDate>> out, LocalDate d) {
    if (d != null) {
      List<LocalDate> r = new ArrayList<>();
      r.add(d);
      out.add(r);
    }
  }

  private static void addTo(List<LocalDate> r, LocalDate d) {
    if (d != null && !r.contains(d)) {
      r.add(d);
    }
  }
}

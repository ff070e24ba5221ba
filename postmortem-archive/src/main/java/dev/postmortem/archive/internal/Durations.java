package dev.postmortem.archive.internal;

import java.time.Duration;

/** Durations for people: {@code 1 h 12 min}, {@code 3 d 4 h}, {@code 45 s}. */
public final class Durations {
  private Durations() {}

  /** A duration in at most two units. */
  public static String format(Duration d) {
    boolean negative = d.isNegative();
    long s = Math.abs(d.getSeconds());
    String out;
    if (s < 60) {
      out = s + " s";
    } else if (s < 3600) {
      out = (s / 60) + " min";
    } else if (s < 86400) {
      long m = (s % 3600) / 60;
      out = (s / 3600) + " h" + (m > 0 ? " " + m + " min" : "");
    } else {
      long h = (s % 86400) / 3600;
      out = (s / 86400) + " d" + (h > 0 ? " " + h + " h" : "");
    }
    return negative ? "-" + out : out;
  }

  /** A whole number of days, for cadences and deadlines: {@code 7 days}. */
  public static String days(Duration d) {
    long days = d.toDays();
    if (days * 86400 != d.getSeconds()) {
      return format(d);
    }
    return days == 1 ? "1 day" : days + " days";
  }
}

package dev.postmortem.validate.internal;

import java.time.Duration;

/** Human-readable durations for messages. */
final class Fmt {
  private Fmt() {}

  static String duration(Duration d) {
    long minutes = Math.abs(d.toMinutes());
    if (minutes < 1) {
      return Math.abs(d.getSeconds()) + " s";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    long days = minutes / (24 * 60);
    if (days >= 2 && minutes % (24 * 60) == 0) {
      return days + " days";
    }
    if (days >= 2) {
      return days + " days " + (minutes % (24 * 60)) / 60 + " h";
    }
    long h = minutes / 60;
    long m = minutes % 60;
    return m == 0 ? h + " h" : h + " h " + m + " min";
  }

  /** A duration with its sign: "-30 days". */
  static String signedDuration(Duration d) {
    return (d.isNegative() ? "-" : "") + duration(d);
  }

  /** A UTC offset in minutes as "+05:30" (or "Z" for 0). */
  static String offset(int minutes) {
    if (minutes == 0) {
      return "+00:00";
    }
    int a = Math.abs(minutes);
    return (minutes < 0 ? "-" : "+") + (a / 60 < 10 ? "0" : "") + a / 60 + ":" + (a % 60 < 10 ? "0" : "") + a % 60;
  }

  static String days(Duration d) {
    long days = d.toDays();
    return days == 1 ? "1 day" : days + " days";
  }
}

package dev.postmortem.archive.internal;

import dev.postmortem.metrics.DurationFormat;
import java.time.Duration;

/** Durations for people: {@code 1 h 12 min}, {@code 3 d 4 h}, {@code 45 s}. */
public final class Durations {
  private Durations() {}

  /** A duration in the kit's one format ({@link DurationFormat}): at most two units. */
  public static String format(Duration d) {
    return DurationFormat.format(d);
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

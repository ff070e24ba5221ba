package dev.postmortem.validate.internal;

import dev.postmortem.metrics.DurationFormat;
import java.time.Duration;

/** Human-readable durations for messages. */
final class Fmt {
  private Fmt() {}

  /** A duration without its sign, in the kit's one format ({@link DurationFormat}): "1 h 19 min". */
  static String duration(Duration d) {
    return DurationFormat.format(d.abs());
  }

  /** A duration with its sign: "-30 days". */
  static String signedDuration(Duration d) {
    return DurationFormat.format(d);
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

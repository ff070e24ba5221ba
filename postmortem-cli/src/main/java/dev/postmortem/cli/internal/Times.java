package dev.postmortem.cli.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the times given on the command line. */
final class Times {
  private Times() {}

  /**
   * A clock fixed at {@code text} (an ISO offset date-time, or a date meaning its start in UTC), or
   * the system clock in UTC when {@code text} is {@code null}.
   */
  static Clock clock(String text, String option) {
    if (text == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException notADateTime) {
      try {
        return Clock.fixed(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      } catch (DateTimeParseException notADate) {
        throw new CliException(option + ": '" + text + "' is neither a date-time with offset"
            + " (2026-03-02T14:05:00+01:00) nor a date (2026-03-02)");
      }
    }
  }
}

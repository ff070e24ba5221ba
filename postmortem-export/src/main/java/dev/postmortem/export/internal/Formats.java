package dev.postmortem.export.internal;

import dev.postmortem.metrics.DurationFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Date, time and duration formatting in a display zone and locale. */
public final class Formats {
  private final ZoneId zone;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter time;
  private final DateTimeFormatter date;

  public Formats(ZoneId zone, Locale locale) {
    this.zone = zone;
    this.dateTime = pattern(FormatStyle.MEDIUM, FormatStyle.SHORT, locale);
    this.time = pattern(null, FormatStyle.SHORT, locale);
    this.date = pattern(FormatStyle.MEDIUM, null, locale);
  }

  private static DateTimeFormatter pattern(FormatStyle d, FormatStyle t, Locale locale) {
    String p = DateTimeFormatterBuilder.getLocalizedDateTimePattern(d, t, IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(p, locale);
  }

  public ZoneId zone() {
    return zone;
  }

  public OffsetDateTime inZone(OffsetDateTime t) {
    return t.atZoneSameInstant(zone).toOffsetDateTime();
  }

  public String dateTime(OffsetDateTime t) {
    return dateTime.format(t.atZoneSameInstant(zone));
  }

  public String time(OffsetDateTime t) {
    return time.format(t.atZoneSameInstant(zone));
  }

  public String date(LocalDate d) {
    return date.format(d);
  }

  public String zoneName() {
    return zoneName(zone);
  }

  /**
   * A zone's name for readers: {@code UTC}, {@code UTC+02:00} for an offset, the region id such as
   * {@code Europe/Berlin} otherwise.
   */
  public static String zoneName(ZoneId zone) {
    String id = zone.getId();
    if (id.equals("Z")) {
      return "UTC";
    }
    return zone instanceof java.time.ZoneOffset ? "UTC" + id : id;
  }

  /** A duration in the kit's one format ({@link DurationFormat}): {@code 1 h 19 min}. */
  public static String duration(Duration d) {
    return DurationFormat.format(d);
  }
}

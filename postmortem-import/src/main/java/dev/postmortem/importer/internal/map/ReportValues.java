package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.importer.internal.TimeParser.Parsed;
import dev.postmortem.model.SloMeasurement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values the kit's reports write in words back into the model: dates, times, SLO
 * measurements ("6 violations, 99.81 %, 16 Sept 2026, 00:00 – 14 Oct 2026, 00:00"), windows
 * ("28 days", "1 h 30 min") and enum values written as words ("In progress", "Won't do").
 * Shared by the readers of the sections only reports of the kit write (SLOs, recreation,
 * follow-up reviews, action details).
 */
final class ReportValues {
  private static final Pattern MEASUREMENT = Pattern.compile(
      "(?is)^\\s*(\\d+)\\s+violations?(?:\\s*,\\s*([0-9][0-9.,\\u00a0\\u202f ]*)\\s*%)?\\s*[,;\\n]\\s*"
          + "(.+?)\\s+[–—-]\\s+(.+?)\\s*(?:\\((?:improved|no improvement)\\))?\\s*$");
  private static final Pattern DURATION_PART = Pattern.compile(
      "(?i)(\\d+)\\s*(days?|d|hours?|h|minutes?|min|m|seconds?|s)\\b");

  private final Draft d;

  ReportValues(Draft d) {
    this.d = d;
  }

  /** A date, or empty when the text holds none. */
  Optional<LocalDate> date(String text) {
    Parsed p = TimeParser.parse(text.strip(), d.order, d.year());
    return p == null || p.date() == null ? Optional.empty() : Optional.of(p.date());
  }

  /** A date and time (in the document's zone when none is written), or empty. */
  Optional<OffsetDateTime> dateTime(String text) {
    Parsed p = TimeParser.parse(text.strip(), d.order, d.year());
    if (p == null || p.date() == null || p.time() == null) {
      return Optional.empty();
    }
    return Optional.of(Draft.odt(p.date(), p.time(), d.zoneFor(p.zone())));
  }

  /** A measurement as the reports write it, or empty. */
  Optional<SloMeasurement> measurement(String text) {
    Matcher m = MEASUREMENT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> start = dateTime(m.group(3));
    Optional<OffsetDateTime> end = dateTime(m.group(4));
    if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
      return Optional.empty();
    }
    var b = SloMeasurement.builder().violations(Long.parseLong(m.group(1)))
        .start(start.get()).end(end.get());
    if (m.group(2) != null) {
      number(m.group(2)).ifPresent(b::attained);
    }
    return Optional.of(b.build());
  }

  /** A number as the reports write it ("99.81", "1,234.5"), or empty. */
  static Optional<BigDecimal> number(String text) {
    String t = text.replaceAll("[\\s\\u00a0\\u202f]", "");
    if (t.indexOf('.') < 0 && t.matches("\\d+,\\d{1,2}")) {
      t = t.replace(',', '.');
    }
    t = t.replace(",", "");
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A window as the reports write it ("28 days", "2 d 6 h", "1 h 30 min"), or empty. */
  static Optional<Duration> duration(String text) {
    Matcher m = DURATION_PART.matcher(text);
    Duration sum = Duration.ZERO;
    int end = 0;
    boolean any = false;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        return Optional.empty();
      }
      long n = Long.parseLong(m.group(1));
      char u = Character.toLowerCase(m.group(2).charAt(0));
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      sum = sum.plus(u == 'd' ? Duration.ofDays(n) : u == 'h' ? Duration.ofHours(n)
          : unit.startsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n));
      end = m.end();
      any = true;
    }
    return any && text.substring(end).isBlank() ? Optional.of(sum) : Optional.empty();
  }

  /** The enum value written as words ("In progress", "Won't do", "SLO"), or null. */
  static <E> E words(String text, Function<String, E> fromId) {
    String id = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace("won't", "wont")
        .replaceAll("[\\s_]+", "-");
    if (id.isEmpty()) {
      return null;
    }
    try {
      return fromId.apply(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A cell or line without the code marks around ids ({@code `AI-1`}). */
  static String id(String text) {
    return text.replace("`", "").strip();
  }
}

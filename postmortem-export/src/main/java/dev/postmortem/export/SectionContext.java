package dev.postmortem.export;

import dev.postmortem.model.Postmortem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What a {@link SectionRenderer} works with during one export. */
public interface SectionContext {
  /**
   * The post-mortem as the audience may see it: for the external audience, with everything
   * internal removed and people, e-mail addresses and internal links redacted.
   */
  Postmortem postmortem();

  /** The exporter's options. */
  ReportOptions options();

  /**
   * The zone times are shown in: the one set on the exporter, else the document's own (see
   * {@link ReportOptions#zone(Postmortem)}).
   *
   * @return the zone
   */
  default java.time.ZoneId zone() {
    return options().zone(postmortem());
  }

  /** Where to write the report's blocks. */
  ReportWriter writer();

  /** The validation findings for the appendix; empty unless the appendix is on. */
  List<ReportFinding> findings();

  /** The report's creation time. */
  Instant createdAt();

  /** The section's title in the chosen template. */
  String title(ReportSection section);

  /** A date and time in the display zone and locale, for example {@code 21 Oct 2026, 14:32}. */
  String formatDateTime(OffsetDateTime time);

  /** A time of day in the display zone and locale, for example {@code 14:32}. */
  String formatTime(OffsetDateTime time);

  /** A date in the display locale, for example {@code 21 Oct 2026}. */
  String formatDate(LocalDate date);

  /** A duration, for example {@code 1 h 12 min}. */
  String formatDuration(Duration duration);

  /**
   * A report label (a heading, table header or field name) in the reader's language, chosen by
   * the language of {@link ReportOptions#locale()}: English, German, French, Spanish, Portuguese or
   * Japanese, English for any other.
   *
   * @param key the label's key, such as {@code severity}
   * @param args what goes in its places {@code {0}}, {@code {1}}...
   * @return the label
   */
  default String label(String key, Object... args) {
    return dev.postmortem.export.internal.Labels.of(options().locale()).get(key, args);
  }
}

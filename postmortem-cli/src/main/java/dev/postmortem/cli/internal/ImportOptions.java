package dev.postmortem.cli.internal;

import dev.postmortem.importer.ImportMapping;
import dev.postmortem.importer.PostmortemImportException;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.PostmortemReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The options of reading input, shared by {@code convert}, {@code validate} and {@code render}:
 * how Markdown and Word documents are imported ({@code --mapping}, {@code --zone},
 * {@code --date-order}, {@code --reference-date}) and whether JSON and YAML files are read
 * leniently ({@code --lenient}), and the text encoding of the files ({@code --input-encoding}). Each flag overrides the same key of the mapping file.
 */
public final class ImportOptions {
  @Option(names = "--mapping", paramLabel = "FILE",
      description = "Markdown/Word import: a YAML file of the team's words (sections, fields, "
          + "statuses, severities) and defaults (dateOrder, zone, referenceDate).")
  Path mapping;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Markdown/Word import: the zone of times written without one, for example "
          + "Europe/Berlin or +02:00 (default: the document's own statement, else UTC).")
  String zone;

  @Option(names = "--date-order", paramLabel = "ORDER",
      description = "Markdown/Word import: read numeric dates like 03/04/2026 day-first or "
          + "month-first (default: decided by each document, else month-first with a note).")
  String dateOrder;

  @Option(names = "--reference-date", paramLabel = "DATE",
      description = "Markdown/Word import: the date of times written without one when the "
          + "document gives none, for example 2026-03-04.")
  String referenceDate;

  @Option(names = "--lenient",
      description = "JSON/YAML: keep unknown properties in the extensions instead of failing. "
          + "(Markdown and Word are always imported leniently: what has no place is kept and noted.)")
  boolean lenient;

  @Option(names = "--input-encoding", paramLabel = "CHARSET",
      description = "JSON/YAML/Markdown: the encoding of the input files, for example UTF-16LE or "
          + "windows-1252 (default: UTF-8, or UTF-16/UTF-32 when a byte order mark or the first "
          + "bytes say so, as PowerShell's output does).")
  Charset inputEncoding;

  /** Used by picocli. */
  public ImportOptions() {}

  /**
   * The encoding given with {@code --input-encoding}.
   *
   * @return the encoding, or {@code null} to detect it
   */
  public Charset inputEncoding() {
    return inputEncoding;
  }

  /** Whether JSON and YAML are read leniently. */
  public boolean lenient() {
    return lenient;
  }

  /** The importer these options describe. */
  public PostmortemImporter importer() {
    PostmortemImporter.Builder b = PostmortemImporter.builder();
    if (mapping != null) {
      try {
        b.mapping(ImportMapping.read(mapping));
      } catch (PostmortemImportException e) {
        throw new CliException("--mapping: " + e.getMessage(), e);
      }
    }
    if (zone != null) {
      try {
        b.defaultZone(ZoneId.of(zone.strip()));
      } catch (RuntimeException e) {
        throw new CliException("--zone: '" + zone + "' is not a zone such as UTC, +02:00 or Europe/Berlin");
      }
    }
    if (dateOrder != null) {
      ImportMapping.DateOrder o = ImportMapping.dateOrder(dateOrder);
      if (o == null) {
        throw new CliException("--date-order: '" + dateOrder + "' is neither day-first nor month-first");
      }
      b.dateOrder(o);
    }
    if (referenceDate != null) {
      try {
        b.referenceDate(LocalDate.parse(referenceDate.strip()));
      } catch (DateTimeParseException e) {
        throw new CliException("--reference-date: '" + referenceDate + "' is not a date such as 2026-03-04");
      }
    }
    return b.build();
  }

  /** The reader of JSON and YAML these options describe. */
  public PostmortemReader reader() {
    return lenient ? PostmortemReader.builder().lenient(true).build() : Warmup.reader();
  }
}

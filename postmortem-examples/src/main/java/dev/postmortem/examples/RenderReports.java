package dev.postmortem.examples;

import dev.postmortem.export.Audience;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a post-mortem in every format (Markdown, DOCX, PDF) for every audience (internal,
 * executive, external) into a directory, and prints its validation findings.
 *
 * <pre>{@code
 * Validator validator = Validator.create();
 * PdfExporter pdf = PdfExporter.builder()
 *     .audience(Audience.EXECUTIVE)
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .validator(validator)            // adds the findings appendix
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("executive.pdf"))) {
 *   pdf.write(postmortem, out);
 * }
 * }</pre>
 */
public final class RenderReports {
  private RenderReports() {}

  /**
   * Renders the example post-mortem into {@code target/reports} (or the directory given as the
   * first argument, or the {@code postmortem.reports.dir} system property).
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0]
        : System.getProperty("postmortem.reports.dir", "target/reports"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(ExamplePostmortem.create(), dir, Clock.systemUTC(), out);
  }

  /**
   * Validates {@code pm}, prints the findings, and writes nine reports into {@code dir}.
   *
   * @return the files written
   */
  public static List<Path> run(Postmortem pm, Path dir, Clock clock, PrintStream out) {
    Validator validator = Validator.builder().clock(clock).build();
    ValidationReport report = validator.validate(pm);
    out.println("# Validation findings of " + pm.id() + " (" + report.findings().size() + ")");
    for (Finding f : report.findings()) {
      out.printf(Locale.ROOT, "%-7s %-28s %-24s %s%n", f.level().name().toLowerCase(Locale.ROOT),
          f.ruleId(), f.pointer(), f.message());
      f.suggestion().ifPresent(s -> out.printf(Locale.ROOT, "%62s%s%n", "", "→ " + s));
    }
    if (report.findings().isEmpty()) {
      out.println("none");
    }
    List<Path> written = new ArrayList<>();
    Instant now = clock.instant();
    try {
      Files.createDirectories(dir);
      for (Audience audience : Audience.values()) {
        // The findings appendix is for the team: the internal report only.
        boolean appendix = audience == Audience.INTERNAL;
        MarkdownExporter.Builder md = MarkdownExporter.builder();
        DocxExporter.Builder docx = DocxExporter.builder();
        PdfExporter.Builder pdf = PdfExporter.builder();
        if (appendix) {
          md.validator(validator);
          docx.validator(validator);
          pdf.validator(validator);
        }
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Exporter> exporters = List.of(
            md.audience(audience).zone(zone).creationTime(now).build(),
            docx.audience(audience).zone(zone).creationTime(now).build(),
            pdf.audience(audience).zone(zone).creationTime(now).build());
        for (Exporter e : exporters) {
          Path file = dir.resolve(pm.id() + "-" + audience.id() + "." + e.fileExtension());
          try (OutputStream o = Files.newOutputStream(file)) {
            e.write(pm, o);
          }
          written.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + dir, e);
    }
    out.println();
    out.println("# Reports written to " + dir.toAbsolutePath().normalize());
    for (Path p : written) {
      try {
        out.printf(Locale.ROOT, "%-40s %,9d bytes%n", p.getFileName(), Files.size(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return written;
  }
}

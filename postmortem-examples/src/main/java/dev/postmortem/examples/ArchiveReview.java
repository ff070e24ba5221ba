package dev.postmortem.examples;

import dev.postmortem.archive.Archive;
import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ReviewPack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The README's archive example: the review pack of a folder of post-mortems. */
public final class ArchiveReview {
  private ArchiveReview() {}

  /**
   * Analyses {@code folder} as of {@code asOf}, prints what the weekly review needs first and
   * writes the review pack as PDF to {@code pdf}.
   *
   * @param folder the archive
   * @param asOf the day of the review
   * @param pdf where to write the PDF
   * @param out where to print
   * @return the report
   * @throws java.io.UncheckedIOException when the folder or the PDF cannot be read or written
   */
  public static ArchiveReport run(Path folder, LocalDate asOf, Path pdf, PrintStream out) {
    // tag::archive[]
    Archive archive = Archive.builder()
        .policy(ArchivePolicy.create())                 // or ArchivePolicy.read(policyFile)
        .asOf(asOf)                                       // fixes "today": byte-identical output
        .exclude("templates/**")                          // globs of files to leave out
        .build();
    ArchiveReport report = archive.analyse(List.of(folder));
    out.println(report.backlog().overdueCount() + " overdue action items, "
        + report.agenda().size() + " reviews due, "
        + report.patterns().themes().size() + " recurring themes");
    for (ArchiveReport.Theme theme : report.patterns().themes()) {
      out.println(theme.name() + ": " + theme.postmortems());  // connection / pool / exhausted: [...]
    }
    ReviewPack.create(ReviewPack.Format.PDF).write(report, pdf);  // also MARKDOWN, DOCX, JSON
    // end::archive[]
    return report;
  }
}

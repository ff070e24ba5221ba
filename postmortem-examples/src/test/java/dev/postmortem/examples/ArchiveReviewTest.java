package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ArchiveGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReviewTest {
  @Test
  void printsTheOverdueItemsDueReviewsAndThemesAndWritesThePdf(@TempDir Path dir) throws IOException {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    ArchiveGenerator.Archive a = ArchiveGenerator.seeded(11).postmortems(60).asOf(asOf).generate();
    Path folder = Files.createDirectories(dir.resolve("postmortems"));
    for (Postmortem pm : a.postmortems()) {
      Files.writeString(folder.resolve(pm.id() + ".yaml"), PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(pm));
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ArchiveReport report = ArchiveReview.run(folder, asOf, dir.resolve("pack.pdf"),
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith(a.planted().overdueItems().size() + " overdue action items, "
        + a.planted().dueReviews().size() + " reviews due, "
        + a.planted().themes().size() + " recurring themes");
    assertThat(report.patterns().themes()).hasSize(a.planted().themes().size());
    assertThat(Files.readAllBytes(dir.resolve("pack.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }
}

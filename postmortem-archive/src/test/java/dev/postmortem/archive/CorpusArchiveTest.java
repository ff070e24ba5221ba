package dev.postmortem.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.archive.ArchiveReport.ProblemKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared corpus of real post-mortems (Markdown, one YAML), when it is there. */
class CorpusArchiveTest {
  @Test
  void everyFileIsAnalysedOrListedAndTheOutputIsStable() throws IOException {
    Path corpus = Path.of(System.getProperty("postmortem.shared.dir", "../../shared"), "corpus");
    assumeTrue(Files.isDirectory(corpus), "no shared corpus");
    long files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> dev.postmortem.archive.internal.Loader.Kind.of(p).isPresent()).count();
    }
    Archive archive = Archive.builder().asOf(LocalDate.of(2026, 12, 3)).build();
    ArchiveReport report = archive.analyse(List.of(corpus));
    long skippedOrUnreadable = report.problems().stream()
        .filter(p -> p.kind() != ProblemKind.DUPLICATE_ID).count();
    assertThat(report.postmortems().size() + skippedOrUnreadable).isEqualTo(files);
    assertThat(report.postmortems().size()).isGreaterThan((int) files / 2);
    assertThat(report.problems()).anySatisfy(p -> {
      assertThat(p.file()).endsWith("README.md");
      assertThat(p.kind()).isEqualTo(ProblemKind.SKIPPED);
    });
    for (ReviewPack.Format f : ReviewPack.Format.values()) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      ReviewPack.create(f).write(report, a);
      ReviewPack.create(f).write(archive.analyse(List.of(corpus)), b);
      assertThat(a.toByteArray()).as(f.name()).isEqualTo(b.toByteArray());
    }
  }
}

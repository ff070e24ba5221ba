package dev.postmortem.bench;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ArchiveGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a generated archive for the archive benchmark (bench/archive.sh): {@code N} post-mortems
 * of {@link ArchiveGenerator} with seed 18 as of 2026-06-30, half as YAML and half as the Markdown
 * report of {@link MarkdownExporter}.
 *
 * <p>{@code java -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.ArchiveCorpus DIR N}
 */
public final class ArchiveCorpus {
  private ArchiveCorpus() {}

  /**
   * Writes the archive.
   *
   * @param args the directory and the number of post-mortems
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<Postmortem> pms = ArchiveGenerator.seeded(18).postmortems(n)
        .asOf(LocalDate.of(2026, 6, 30)).generate().postmortems();
    Files.createDirectories(dir);
    MarkdownExporter md = MarkdownExporter.builder().build();
    for (int i = 0; i < pms.size(); i++) {
      Postmortem pm = pms.get(i);
      if (i % 2 == 0) {
        Files.writeString(dir.resolve(pm.id() + ".yaml"), PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(pm));
      } else {
        Files.writeString(dir.resolve(pm.id() + ".md"), md.toString(pm));
      }
    }
  }
}

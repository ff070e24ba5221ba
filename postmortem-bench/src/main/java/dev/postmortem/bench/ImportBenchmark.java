package dev.postmortem.bench;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Importing a Markdown post-mortem whose timeline is a GFM table of N rows, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {
  /** Timeline rows; action items are a twentieth of this. */
  @Param({"100", "1000", "10000", "50000"})
  public int events;

  private String markdown;
  private final PostmortemImporter importer = PostmortemImporter.create();

  /** Writes the Markdown input. */
  @Setup
  public void setUp() throws IOException {
    StringWriter w = new StringWriter();
    MarkdownInput.write(PostmortemGenerator.seeded(events).timelineEvents(events)
        .actionItems(Math.max(1, events / 20)).next(), w);
    markdown = w.toString();
  }

  /** Markdown to model with diagnostics and source positions. */
  @Benchmark
  public ImportResult importMarkdown() {
    return importer.importMarkdown(markdown, "bench.md");
  }
}

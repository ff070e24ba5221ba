package dev.postmortem.bench;

import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
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

/**
 * Exporting to Markdown, DOCX and PDF, warm. {@code events = 0} exports the example post-mortem;
 * other values a generated one with that many timeline events. Output goes to a counting stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ExportBenchmark {
  /** Timeline events; 0 means the example post-mortem. */
  @Param({"0", "100", "1000", "10000", "50000"})
  public int events;

  private Postmortem postmortem;
  private MarkdownExporter markdown;
  private DocxExporter docx;
  private PdfExporter pdf;

  /** Builds the exporters with a fixed creation time and the input. */
  @Setup
  public void setUp() {
    Instant created = Instant.parse("2026-11-24T00:00:00Z");
    markdown = MarkdownExporter.builder().creationTime(created).build();
    docx = DocxExporter.builder().creationTime(created).build();
    pdf = PdfExporter.builder().creationTime(created).build();
    postmortem = events == 0 ? ExamplePostmortem.create()
        : PostmortemGenerator.seeded(events).timelineEvents(events).next();
  }

  /** Model to Markdown. */
  @Benchmark
  public String markdown() {
    return markdown.toString(postmortem);
  }

  /** Model to DOCX. */
  @Benchmark
  public long docx() throws IOException {
    CountingStream out = new CountingStream();
    docx.write(postmortem, out);
    return out.count;
  }

  /** Model to PDF. */
  @Benchmark
  public long pdf() throws IOException {
    CountingStream out = new CountingStream();
    pdf.write(postmortem, out);
    return out.count;
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}

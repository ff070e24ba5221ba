package dev.postmortem.bench;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.charset.StandardCharsets;
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

/** Reading and writing the JSON/YAML file format, warm, for post-mortems of N timeline events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FileFormatBenchmark {
  /** Timeline events; action items are a twentieth of this. */
  @Param({"100", "1000", "10000", "50000"})
  public int events;

  private Postmortem postmortem;
  private byte[] json;
  private byte[] yaml;
  private final PostmortemReader reader = PostmortemReader.create();

  /** Generates the post-mortem and its serialized forms. */
  @Setup
  public void setUp() {
    postmortem = PostmortemGenerator.seeded(7).timelineEvents(events).next();
    json = PostmortemWriter.create(Format.JSON).toString(postmortem).getBytes(StandardCharsets.UTF_8);
    yaml = PostmortemWriter.create(Format.YAML).toString(postmortem).getBytes(StandardCharsets.UTF_8);
  }

  /** JSON to model, without source positions. */
  @Benchmark
  public Postmortem readJson() {
    return reader.read(new String(json, StandardCharsets.UTF_8), Format.JSON);
  }

  /** YAML to model, without source positions. */
  @Benchmark
  public Postmortem readYaml() {
    return reader.read(new String(yaml, StandardCharsets.UTF_8), Format.YAML);
  }

  /** YAML to model with the position of every value (what the validator's CLI path uses). */
  @Benchmark
  public Object readYamlWithPositions() {
    return reader.readDocument(yaml, Format.YAML, "bench.yaml");
  }

  /** Model to canonical JSON. */
  @Benchmark
  public String writeJson() {
    return PostmortemWriter.create(Format.JSON).toString(postmortem);
  }

  /** Model to canonical YAML. */
  @Benchmark
  public String writeYaml() {
    return PostmortemWriter.create(Format.YAML).toString(postmortem);
  }
}

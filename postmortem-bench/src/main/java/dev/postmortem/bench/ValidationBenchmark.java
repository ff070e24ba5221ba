package dev.postmortem.bench;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** Validating with the standard profile, warm: the example post-mortem and generated ones. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  /** Timeline events of the generated post-mortem. */
  @Param({"100", "1000", "10000", "50000"})
  public int events;

  private Postmortem example;
  private Postmortem generated;
  private Validator validator;

  /** Builds the validator with a fixed clock and the inputs. */
  @Setup
  public void setUp() {
    validator = Validator.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC)).build();
    example = ExamplePostmortem.create();
    generated = PostmortemGenerator.seeded(events).timelineEvents(events).next();
  }

  /** The example post-mortem (independent of the parameter). */
  @Benchmark
  public ValidationReport example() {
    return validator.validate(example);
  }

  /** A generated post-mortem of N timeline events. */
  @Benchmark
  public ValidationReport generated() {
    return validator.validate(generated);
  }
}

package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs a parser over many inputs and checks what every one of them gives: a value, or a
 * documented typed exception that says where. Anything else — another exception, an error such as
 * {@link OutOfMemoryError} or {@link StackOverflowError}, or more than {@link #MAX_MILLIS} for one
 * input — fails with the seed and the input saved under {@code target/fuzz-failures}.
 */
final class Fuzz {
  /**
   * CPU time allowed for one input, in milliseconds (inputs take a few; CPU rather than wall time
   * so that a busy shared machine does not fail the build).
   */
  static final long MAX_MILLIS = 1_000;

  private Fuzz() {}

  /** Inputs per format: {@code -Dpostmortem.fuzz.tries}, 10,000 by default. */
  static int tries() {
    return Integer.getInteger("postmortem.fuzz.tries", 10_000);
  }

  /** What a target does with one input. */
  interface Target {
    void accept(byte[] input) throws Exception;
  }

  /**
   * The outcome of one run.
   */
  static final class Stats {
    final String name;
    int inputs;
    int accepted;
    long slowestNanos;
    final Map<String, Integer> rejected = new TreeMap<>();

    Stats(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: %d inputs, %d accepted, %s rejected, slowest %.1f ms CPU",
          name, inputs, accepted, rejected, slowestNanos / 1e6);
    }
  }

  /**
   * Runs one input.
   *
   * @param located gives the location text of a documented exception, or null when {@code e}
   *     is not documented; a blank location is a failure too
   */
  static void one(Stats stats, long seed, int index, byte[] input, Target target,
      Function<Throwable, String> located) {
    stats.inputs++;
    long start = Attacks.cpuNanos();
    Throwable thrown = null;
    try {
      target.accept(input);
    } catch (Throwable t) {
      thrown = t;
    }
    long took = Attacks.cpuNanos() - start;
    stats.slowestNanos = Math.max(stats.slowestNanos, took);
    String where = "seed " + seed + ", input " + index;
    if (took > MAX_MILLIS * 1_000_000L) {
      fail(where + ": took " + took / 1_000_000 + " ms of CPU time (limit " + MAX_MILLIS + " ms); input in "
          + save(stats.name, seed, index, input));
    }
    if (thrown == null) {
      stats.accepted++;
      return;
    }
    if (thrown instanceof Error) {
      throw new AssertionError(where + ": " + thrown + "; input in " + save(stats.name, seed, index, input), thrown);
    }
    String location = located.apply(thrown);
    if (location == null) {
      throw new AssertionError(where + ": undocumented exception " + thrown + "; input in "
          + save(stats.name, seed, index, input), thrown);
    }
    if (location.isBlank() || thrown.getMessage() == null || thrown.getMessage().isBlank()) {
      throw new AssertionError(where + ": exception without position or message: " + thrown
          + "; input in " + save(stats.name, seed, index, input), thrown);
    }
    stats.rejected.merge(thrown.getClass().getSimpleName(), 1, Integer::sum);
  }

  private static Path save(String name, long seed, int index, byte[] input) {
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      String file = name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + seed + "-" + index + ".bin";
      return Files.write(dir.resolve(file), input).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

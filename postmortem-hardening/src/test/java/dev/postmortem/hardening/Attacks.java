package dev.postmortem.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Shared helpers for the known-attack tests. */
final class Attacks {
  /**
   * How long one attack may take to be rejected: one second of CPU time of the reading thread,
   * scaled by {@code -Dpostmortem.attack.scale}. CPU time rather than wall time, so that a busy
   * shared machine does not fail the build; wall time is capped at ten times that.
   */
  static final Duration LIMIT = Duration.ofMillis(
      (long) (1000 * Double.parseDouble(System.getProperty("postmortem.attack.scale", "1"))));

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Attacks() {}

  /** CPU time of the current thread in nanoseconds, or wall time where the JVM cannot tell. */
  static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Runs the attack, failing when it takes longer than {@link #LIMIT}; returns what it threw. */
  static Throwable rejectedInTime(ThrowingSupplier<?> attack) {
    return assertTimeoutPreemptively(LIMIT.multipliedBy(10), () -> {
      long start = cpuNanos();
      Throwable thrown = null;
      Object result = null;
      try {
        result = attack.get();
      } catch (Throwable t) {
        thrown = t;
      }
      long took = cpuNanos() - start;
      if (thrown == null) {
        throw new AssertionError("the attack was accepted: " + result);
      }
      if (took > LIMIT.toNanos()) {
        throw new AssertionError("rejected, but only after " + took / 1_000_000 + " ms of CPU time (limit "
            + LIMIT.toMillis() + " ms): " + thrown, thrown);
      }
      return thrown;
    });
  }

  /**
   * Runs input that may be read or rejected, failing when it takes longer than {@link #LIMIT}
   * of CPU time; returns what it threw, or null when it was read.
   */
  static Throwable handledInTime(ThrowingSupplier<?> input) {
    return assertTimeoutPreemptively(LIMIT.multipliedBy(10), () -> {
      long start = cpuNanos();
      Throwable thrown = null;
      try {
        input.get();
      } catch (Throwable t) {
        thrown = t;
      }
      long took = cpuNanos() - start;
      if (took > LIMIT.toNanos()) {
        throw new AssertionError("took " + took / 1_000_000 + " ms of CPU time (limit "
            + LIMIT.toMillis() + " ms)", thrown);
      }
      if (thrown instanceof Error) {
        throw new AssertionError("failed with " + thrown, thrown);
      }
      return thrown;
    });
  }

  /**
   * A stream of {@code prefix}, then {@code count} repetitions of {@code fill}, then
   * {@code suffix}, produced as it is read: a 100 MB document without 100 MB in memory.
   */
  static InputStream generated(String prefix, byte fill, long count, String suffix) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
    long total = head.length + count + tail.length;
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= total) {
          return -1;
        }
        long p = pos++;
        if (p < head.length) {
          return head[(int) p] & 0xFF;
        }
        if (p < head.length + count) {
          return fill & 0xFF;
        }
        return tail[(int) (p - head.length - count)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < total) {
          if (pos >= head.length && pos < head.length + count) {
            int run = (int) Math.min(len - n, head.length + count - pos);
            java.util.Arrays.fill(b, off + n, off + n + run, fill);
            n += run;
            pos += run;
          } else {
            b[off + n++] = (byte) read();
          }
        }
        return n;
      }
    };
  }
}

package dev.postmortem.cli.internal;

import dev.postmortem.export.ExportException;
import dev.postmortem.io.PostmortemFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The watchdog around the work on one input file: runs it on a thread of its own and turns
 * whatever would otherwise leave the command line raw into one {@link CliException} that names the
 * file.
 *
 * <ul>
 *   <li>work still running after the time budget ({@link #budget()}, 60 s unless the system
 *       property {@code postmortem.timeBudget} gives other seconds) is abandoned: the thread is
 *       interrupted and left as a daemon, the caller gets an error at once and goes on with the
 *       next file;
 *   <li>{@link StackOverflowError} and {@link OutOfMemoryError} become "too deeply nested" and
 *       "too large for the memory" errors;
 *   <li>any other unexpected exception becomes an error that says the file could not be processed
 *       (with no Java class name; {@code --debug} shows the stack trace of its cause).
 * </ul>
 *
 * <p>Expected failures ({@link PostmortemFormatException}, {@link IOException}, {@link
 * CliException}, {@link ExportException}) pass through unchanged.
 */
public final class Guard {
  /** The default time budget for one input file. */
  static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  /** The stack of the worker thread: the same for every run, whatever the JVM's default. */
  static final long STACK_BYTES = 4L << 20;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private Guard() {}

  /** The time budget of one input file. */
  public static Duration budget() {
    String s = System.getProperty("postmortem.timeBudget");
    if (s != null) {
      try {
        double seconds = Double.parseDouble(s.strip());
        if (seconds > 0 && seconds < 1e6) {
          return Duration.ofMillis((long) (seconds * 1000));
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return DEFAULT_BUDGET;
  }

  /**
   * Runs {@code work} for {@code file} within {@link #budget()}.
   *
   * @param file the input the work is about, named in errors
   * @param work what to do
   * @param <T> the result type
   * @return what {@code work} returned
   * @throws IOException when {@code work} threw one
   * @throws CliException for a time-out, a stack or memory overflow or an unexpected exception
   */
  public static <T> T run(String file, Callable<T> work) throws IOException {
    return run(file, budget(), work);
  }

  static <T> T run(String file, Duration budget, Callable<T> work) throws IOException {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = work.call();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "postmortem-worker-" + THREADS.incrementAndGet(), STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(Math.max(1, budget.toMillis()));
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new CliException(file + ": interrupted", e);
    }
    if (worker.isAlive()) {
      worker.interrupt();
      throw new CliException(file + ": not finished within the time budget of "
          + seconds(budget) + " (a limit of the command line against inputs that would take"
          + " unbounded time; raise it with -Dpostmortem.timeBudget=SECONDS)");
    }
    Throwable t = failure[0];
    if (t == null) {
      @SuppressWarnings("unchecked")
      T r = (T) result[0];
      return r;
    }
    throw translate(file, t);
  }

  /** What a failure of the work on {@code file} becomes. */
  static RuntimeException translateUnchecked(String file, Throwable t) {
    if (t instanceof StackOverflowError) {
      return new CliException(file + ": the input is nested too deeply to be processed", t);
    }
    if (t instanceof OutOfMemoryError) {
      return new CliException(file + ": the input needs more memory than the JVM has (give it"
          + " more with -Xmx, or split the input)", t);
    }
    if (t instanceof CliException || t instanceof PostmortemFormatException
        || t instanceof ExportException || t instanceof UncheckedIOException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new CliException(file + ": could not be processed (an unexpected failure: a bug;"
        + " run again with --debug for the details and report it)", t);
  }

  private static IOException ioOrThrow(String file, Throwable t) {
    if (t instanceof IOException io) {
      return io;
    }
    throw translateUnchecked(file, t);
  }

  private static RuntimeException translate(String file, Throwable t) throws IOException {
    throw ioOrThrow(file, t);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    // exact to the millisecond, in ASCII digits whatever the locale: 60 s, 0.2 s, 0.001 s
    return java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
  }
}

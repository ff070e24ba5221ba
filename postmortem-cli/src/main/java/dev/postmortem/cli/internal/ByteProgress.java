package dev.postmortem.cli.internal;

import dev.postmortem.importer.timeline.TimelineSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A one-line progress bar over bytes read, on standard error, redrawn with carriage returns at
 * most once a percent and erased at the end. Does nothing when disabled.
 */
final class ByteProgress implements AutoCloseable {
  private static final int WIDTH = 30;
  /** Below this, reading is quick enough not to need a bar. */
  static final long THRESHOLD = 16L << 20;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private long done;
  private int lastPercent = -1;
  private int lastLength;

  private ByteProgress(PrintWriter err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = Math.max(1, total);
  }

  /**
   * A bar for reading {@code sources}.
   *
   * @param requested {@code true} or {@code false} to force it, {@code null} for automatic: on
   *     when standard error is a terminal and the sources pass {@link #THRESHOLD}
   */
  static ByteProgress of(PrintWriter err, Boolean requested, List<TimelineSource> sources) {
    long total = 0;
    for (TimelineSource s : sources) {
      total += size(s.path());
    }
    boolean on = requested != null ? requested
        : total >= THRESHOLD && Progress.standardErrorIsTerminal() && !"dumb".equals(System.getenv("TERM"));
    return new ByteProgress(err, on, total);
  }

  private static long size(Path p) {
    try {
      if (Files.isRegularFile(p)) {
        return Files.size(p);
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p, 3)) {
          return s.filter(Files::isRegularFile).limit(100_000).mapToLong(f -> {
            try {
              return Files.size(f);
            } catch (IOException e) {
              return 0;
            }
          }).sum();
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  /** Counts {@code bytes} more read. */
  void add(long bytes) {
    if (!enabled) {
      return;
    }
    done += bytes;
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    StringBuilder sb = new StringBuilder("\r[");
    sb.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
    sb.append(percent).append("% ").append(done >> 20).append(" of ").append(total >> 20).append(" MB");
    int length = sb.length();
    if (length < lastLength) {
      sb.append(" ".repeat(lastLength - length));
    }
    lastLength = length;
    err.print(sb);
    err.flush();
  }

  /** Whether the bar is drawn. */
  boolean enabled() {
    return enabled;
  }

  @Override
  public void close() {
    if (enabled && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}

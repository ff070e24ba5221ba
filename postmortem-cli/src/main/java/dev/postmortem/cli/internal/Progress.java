package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on standard error, redrawn with carriage returns and erased at the
 * end. Does nothing when disabled.
 */
public final class Progress implements AutoCloseable {
  private static final int WIDTH = 30;
  private static final int NAME_WIDTH = 40;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private int done;
  private int lastLength;

  private Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  /**
   * A progress bar.
   *
   * @param requested {@code true} or {@code false} to force it on or off, {@code null} for
   *     automatic: on when standard error is a terminal and there are at least 10 files
   */
  public static Progress of(PrintWriter err, Boolean requested, int total) {
    boolean on = requested != null
        ? requested
        : total >= 10 && standardErrorIsTerminal() && !"dumb".equals(System.getenv("TERM"));
    return new Progress(err, on && total > 0, total);
  }

  /**
   * Whether standard error is a terminal. Java 17 only says so for standard input and output
   * together ({@link System#console()}), which misses {@code validate --format sarif > out}; on
   * Linux, standard error's file descriptor tells.
   */
  static boolean standardErrorIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Whether the bar is drawn. */
  public boolean enabled() {
    return enabled;
  }

  /** Shows that work on {@code name} starts. */
  public void next(String name) {
    if (!enabled) {
      return;
    }
    done++;
    int filled = (int) ((long) WIDTH * done / total);
    StringBuilder sb = new StringBuilder("\r[");
    sb.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
    sb.append(done).append('/').append(total).append(' ');
    String shown = name.length() > NAME_WIDTH ? "…" + name.substring(name.length() - NAME_WIDTH + 1) : name;
    sb.append(shown);
    int length = sb.length();
    if (length < lastLength) {
      sb.append(" ".repeat(lastLength - length));
    }
    lastLength = length;
    err.print(sb);
    err.flush();
  }

  /** Erases the bar. */
  @Override
  public void close() {
    if (enabled && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}

package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files without following links and without leaving broken files: the content goes
 * to a new temporary file with an unpredictable name in the target's own directory (created
 * exclusively, so a link planted under any name is never written through), which is then moved
 * over the target in one step. Moving replaces a link at the target's name by the file; it never
 * writes to where the link points. Work the watchdog ({@link Guard}) has abandoned never replaces
 * the target: a thread interrupted by then stops before the move.
 */
public final class SafeFiles {
  private SafeFiles() {}

  /** Writes the content to the stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write it
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} from {@code content}.
   *
   * @param target the file to write; its directory must exist
   * @param content what to write into it
   * @throws IOException when the file cannot be written
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path name = target.getFileName();
    // Files.createTempFile creates the file with CREATE_NEW (O_EXCL: no link is followed) under a
    // random name, readable by the owner only where the file system has permissions
    Path tmp = Files.createTempFile(dir, "." + (name == null ? "out" : name) + ".", ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        content.writeTo(os);
      }
      if (Thread.currentThread().isInterrupted()) {
        // the watchdog gave up on this work and has reported it: leave the target alone
        throw new java.io.InterruptedIOException(target + ": abandoned after the time budget");
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

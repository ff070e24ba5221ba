package dev.postmortem.export;

import dev.postmortem.model.Postmortem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a post-mortem as a report. Implementations are immutable and thread-safe: configure one
 * with its builder and use it for any number of post-mortems, from any number of threads.
 *
 * <p>Every exporter has the same three outputs: {@link #toBytes(Postmortem)}, {@link
 * #write(Postmortem, OutputStream)} and {@link #write(Postmortem, Path)}; text formats add {@code
 * toString(Postmortem)}. All failures are unchecked: an {@link ExportException} when the report
 * cannot be produced, an {@link UncheckedIOException} when the stream or file cannot be written.
 */
public interface Exporter {
  /**
   * The report as bytes.
   *
   * @param postmortem the post-mortem
   * @return the report file's content
   * @throws ExportException when the report cannot be produced; the message says why
   */
  byte[] toBytes(Postmortem postmortem);

  /**
   * Writes the report of {@code postmortem} to {@code out}; does not close the stream.
   *
   * @param postmortem the post-mortem
   * @param out the stream
   * @throws UncheckedIOException when writing to {@code out} fails
   * @throws ExportException when the report cannot be produced; the message says why
   */
  void write(Postmortem postmortem, OutputStream out);

  /**
   * Writes the report of {@code postmortem} to a file, replacing it if it exists. The report is
   * written to a temporary file in the same directory first and then moved into place, so a
   * failed export never leaves a partial file behind.
   *
   * @param postmortem the post-mortem
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written
   * @throws ExportException when the report cannot be produced; the message says why
   */
  default void write(Postmortem postmortem, Path file) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        write(postmortem, out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the export failed already; that failure is the one to report
        }
      }
    }
  }

  /**
   * The options this exporter was built with.
   *
   * @return the options
   */
  ReportOptions options();

  /**
   * The file extension of its output, without the dot, for example {@code pdf}.
   *
   * @return the extension
   */
  String fileExtension();
}

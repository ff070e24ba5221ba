package dev.postmortem.export;

import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a post-mortem as a report. Implementations are immutable and thread-safe: configure one
 * with its builder and use it for any number of post-mortems, from any number of threads.
 */
public interface Exporter {
  /**
   * Writes the report of {@code postmortem} to {@code out}; does not close the stream.
   *
   * @throws IOException when writing to {@code out} fails
   * @throws ExportException when the report cannot be produced; the message says why
   */
  void export(Postmortem postmortem, OutputStream out) throws IOException;

  /** The options this exporter was built with. */
  ReportOptions options();

  /** The file extension of its output, without the dot, for example {@code pdf}. */
  String fileExtension();
}

package dev.postmortem.importer.internal.timeline;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one family of sources into entries. */
public interface SourceReader {
  /**
   * Reads {@code path}, giving each entry to {@link ReadContext#emit}.
   *
   * @throws IOException when the file cannot be read
   * @throws SourceException when its content is not of this family
   */
  void read(Path path, ReadContext ctx) throws IOException;
}

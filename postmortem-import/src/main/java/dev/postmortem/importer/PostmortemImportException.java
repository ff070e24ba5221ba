package dev.postmortem.importer;

import dev.postmortem.io.PostmortemFormatException;

/**
 * A document could not be imported at all: binary data where text was expected, invalid UTF-8, a
 * damaged or hostile Word file (zip bomb, XML entities), an exceeded size limit. It says where
 * (file, line and column, or the part of a Word file) and what.
 */
public class PostmortemImportException extends PostmortemFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file name, or {@code null}
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param problem what is wrong
   * @param cause the underlying exception, or {@code null}
   */
  public PostmortemImportException(
      String source, int line, int column, String problem, Throwable cause) {
    super(source, line, column, "", problem, cause);
  }
}

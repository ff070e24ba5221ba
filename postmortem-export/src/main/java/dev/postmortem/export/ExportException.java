package dev.postmortem.export;

/**
 * A report could not be produced: the post-mortem cannot be shown to the chosen audience (for
 * example an {@code internalFields} pointer that matches nothing), or a document library failed.
 * The message says what and where.
 */
public class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public ExportException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}

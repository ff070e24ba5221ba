package dev.postmortem.cli.internal;

/**
 * An expected failure of a command (a missing file, an unreadable document, an unsupported
 * option combination): printed as one line without a stack trace, exit code 2.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message that says where and what. */
  public CliException(String message) {
    super(message);
  }

  /** A failure with a message that says where and what, and its cause (shown with --debug). */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}

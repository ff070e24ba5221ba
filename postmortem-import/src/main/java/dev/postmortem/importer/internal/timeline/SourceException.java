package dev.postmortem.importer.internal.timeline;

/** A source whose content cannot be read as its family: says where and why. */
public final class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;

  public SourceException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }
}

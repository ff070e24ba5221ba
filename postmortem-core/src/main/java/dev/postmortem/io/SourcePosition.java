package dev.postmortem.io;

import java.util.Objects;
import java.util.Optional;

/** A place in a source file: the file's name (when known), a 1-based line and column. */
public final class SourcePosition {
  private final String source;
  private final int line;
  private final int column;

  private SourcePosition(String source, int line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * A position.
   *
   * @param source the file name, or {@code null} when unknown
   * @param line 1-based line
   * @param column 1-based column, or 0 when unknown
   */
  public static SourcePosition of(String source, int line, int column) {
    if (line < 1 || column < 0) {
      throw new IllegalArgumentException("line must be >= 1 and column >= 0: " + line + ":" + column);
    }
    return new SourcePosition(source, line, column);
  }

  /** The file name, when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** {@code file:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    return (source == null ? "" : source + ":") + line + (column > 0 ? ":" + column : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition
        && Objects.equals(((SourcePosition) o).source, source)
        && ((SourcePosition) o).line == line
        && ((SourcePosition) o).column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }
}

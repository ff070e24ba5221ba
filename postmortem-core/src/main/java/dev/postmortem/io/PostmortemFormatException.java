package dev.postmortem.io;

import java.util.Optional;

/**
 * A post-mortem file (or a policy or other file in the same format) could not be read: a syntax
 * error, a wrong type, an unknown enum value or property, a missing required field, a time
 * without a UTC offset, an exceeded size limit.
 *
 * <p>It always says what is wrong ({@link #problem()}) and where: the JSON pointer of the value
 * ({@link #pointer()}) and, when known, the line and column in the file.
 */
public class PostmortemFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file name, or {@code null}
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param pointer JSON pointer of the offending value ({@code ""} for the document)
   * @param problem what is wrong and, where possible, how to fix it
   * @param cause the underlying exception, or {@code null}
   */
  public PostmortemFormatException(
      String source, int line, int column, String pointer, String problem, Throwable cause) {
    super(format(source, line, column, pointer, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String pointer, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(source == null ? "<input>" : source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!pointer.isEmpty()) {
      sb.append("at ").append(pointer).append(": ");
    }
    return sb.append(problem).toString();
  }

  /** The file name, when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the offending value; {@code ""} is the whole document. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}

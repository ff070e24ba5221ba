package dev.postmortem.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post-mortem file (or a policy or other file in the same format) could not be read: a syntax
 * error, a wrong type, an unknown enum value or property, a missing required field, a time
 * without a UTC offset, an exceeded size limit.
 *
 * <p>It always says what is wrong ({@link #problem()}) and where: the JSON pointer of the value
 * ({@link #pointer()}) and, when known, the line and column in the file.
 *
 * <p>When a document breaks several of the model's invariants (unknown causes named by {@code
 * ledTo} or a why chain, duplicate cause ids, blank ids and titles, an unsupported {@code
 * schemaVersion}…), the reader reports them all at once: {@link #problems()} lists each with its
 * own line, column and pointer, the message has one line per problem, and {@link #line()}, {@link
 * #column()}, {@link #pointer()} and {@link #problem()} describe the first.
 */
public class PostmortemFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;
  private final List<Problem> problems;

  /**
   * One problem of a document: where and what.
   *
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param pointer JSON pointer of the offending value ({@code ""} for the document)
   * @param problem what is wrong
   */
  public record Problem(int line, int column, String pointer, String problem) {
    /**
     * Checks the parts.
     *
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param pointer JSON pointer of the offending value ({@code ""} for the document)
     * @param problem what is wrong
     */
    public Problem {
      Objects.requireNonNull(pointer, "pointer must not be null");
      Objects.requireNonNull(problem, "problem must not be null");
    }
  }

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
    this.problems = List.of(new Problem(line, column, pointer, problem));
  }

  /**
   * Creates the exception for several problems of one document; the message has one line per
   * problem.
   *
   * @param source the file name, or {@code null}
   * @param problems the problems, at least one, in the order to report them
   * @param cause the underlying exception, or {@code null}
   */
  public PostmortemFormatException(String source, List<Problem> problems, Throwable cause) {
    super(format(source, problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    Problem first = problems.get(0);
    this.source = source;
    this.line = first.line();
    this.column = first.column();
    this.pointer = first.pointer();
    this.problem = first.problem();
    this.problems = List.copyOf(problems);
  }

  private static String format(String source, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(format(source, p.line(), p.column(), p.pointer(), p.problem()));
    }
    return sb.toString();
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

  /**
   * Every problem found, in document order; one for syntax, type and limit errors, which stop the
   * reading where they are.
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The file name, when known.
   *
   * @return the file name
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The 1-based line (of the first problem), or 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column (of the first problem), or 0 when unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The JSON pointer of the (first) offending value; {@code ""} is the whole document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong (the first problem), without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}

package dev.postmortem.cli.internal;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing to report about one file: a validation finding or the reason the file could not be
 * read.
 *
 * @param file the file as named on the command line
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param level how serious it is
 * @param ruleId the stable rule id, for example {@code timeline-order}
 * @param message what is wrong and how to fix it
 * @param pointer the JSON pointer of the value concerned ({@code ""} for the document)
 * @param suggestion a suggested rewording, or {@code null}
 */
public record Diagnostic(
    String file, int line, int column, Level level, String ruleId, String message, String pointer,
    String suggestion) {

  /** The rule id of diagnostics for files that could not be read at all. */
  public static final String UNREADABLE = "unreadable-input";

  /** Orders by line, column, severity, rule id, pointer and message: stable output. */
  public static final Comparator<Diagnostic> ORDER = Comparator.comparingInt(Diagnostic::line)
      .thenComparingInt(Diagnostic::column)
      .thenComparing(Diagnostic::level)
      .thenComparing(Diagnostic::ruleId)
      .thenComparing(Diagnostic::pointer)
      .thenComparing(Diagnostic::message);

  /** A diagnostic without a suggestion. */
  public Diagnostic(
      String file, int line, int column, Level level, String ruleId, String message, String pointer) {
    this(file, line, column, level, ruleId, message, pointer, null);
  }

  /** The message followed by the suggestion, if any, for formats with a single text. */
  public String fullMessage() {
    return suggestion == null ? message : message + " (suggestion: " + suggestion + ")";
  }

  /** Checks the components. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }
}

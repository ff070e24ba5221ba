package dev.postmortem.importer;

import java.util.Objects;

/**
 * Something the importer noticed or had to guess, with where: an ambiguous date, an assumed time
 * zone, a section it could not map, a time it could not read.
 */
public final class ImportDiagnostic {
  /** How much the diagnostic matters. */
  public enum Level {
    /** Information: a decision that is very likely right. */
    INFO,
    /** A guess the author should check. */
    WARNING
  }

  /** What the diagnostic is about. */
  public enum Kind {
    /** A section whose heading matched nothing; it was kept as an additional section. */
    UNMAPPED_SECTION,
    /** Content of a mapped section that had no place in the model; kept as an additional section. */
    UNMAPPED_CONTENT,
    /** A metadata field the model has no place for; kept in the extensions. */
    UNMAPPED_METADATA,
    /** A date that could be read month-first or day-first. */
    AMBIGUOUS_DATE,
    /** A time zone that was assumed (stated once in the document, or the default). */
    ASSUMED_ZONE,
    /** A date taken from elsewhere (an earlier row, a heading, the document date, the reference). */
    ASSUMED_DATE,
    /** A time that could not be read; kept as text. */
    UNPARSEABLE_TIME,
    /** An event earlier than the one before it, placed on the next day. */
    CROSSED_MIDNIGHT,
    /** An event earlier than the one before it. */
    OUT_OF_ORDER,
    /** A value the importer guessed or normalised (status, severity, role, owner, type). */
    GUESSED_VALUE,
    /** An id that was generated because the document has none. */
    GENERATED_ID,
    /** Template guidance (prompts, placeholders) that was not taken as content. */
    TEMPLATE_GUIDANCE,
    /** Input that could not be read and was skipped (for example a malformed log line). */
    SKIPPED_INPUT
  }

  private final Level level;
  private final Kind kind;
  private final String message;
  private final String source;
  private final int line;
  private final int column;
  private final String pointer;

  /**
   * A diagnostic.
   *
   * @param source the file name, or {@code null}
   * @param line 1-based line (paragraph number for Word documents), or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param pointer the JSON pointer of the value concerned, or {@code ""}
   */
  public ImportDiagnostic(
      Level level, Kind kind, String message, String source, int line, int column, String pointer) {
    this.level = Objects.requireNonNull(level, "level");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer == null ? "" : pointer;
  }

  /** How much it matters. */
  public Level level() {
    return level;
  }

  /** What it is about. */
  public Kind kind() {
    return kind;
  }

  /** What happened, in a sentence. */
  public String message() {
    return message;
  }

  /** The file name, or {@code null}. */
  public String source() {
    return source;
  }

  /** The 1-based line (paragraph number for Word documents), or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the value concerned, or {@code ""}. */
  public String pointer() {
    return pointer;
  }

  /** {@code file:line:column: LEVEL kind: message (at pointer)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(level).append(' ').append(kind.name().toLowerCase(java.util.Locale.ROOT))
        .append(": ").append(message);
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }
}

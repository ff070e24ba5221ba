package dev.postmortem.validate;

import dev.postmortem.io.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a {@link Rule} found in a post-mortem: which rule, how serious, what to do about it
 * and where.
 *
 * <p>A finding is a value, never an exception: rules report findings and the {@link Validator}
 * collects them in a {@link ValidationReport}.
 *
 * <pre>{@code
 * ERROR action-owner /actionItems/2: action item 'AI-3' has no owner; name a person or team who will drive it (incident.yaml:88)
 * }</pre>
 */
public final class Finding {
  /** How serious a finding is, from {@link #ERROR} (most serious) to {@link #INFO}. */
  public enum Level {
    /**
     * The post-mortem is wrong or unfit for its status: fix it before publishing. A report with
     * errors fails {@link ValidationReport#hasErrors()}.
     */
    ERROR,
    /** A weakness a reviewer would ask about; fix it or accept it knowingly. */
    WARNING,
    /** A hint: worth a look, often fine as it is. */
    INFO;

    /** Whether this level is as serious as {@code other} or more. */
    public boolean isAtLeast(Level other) {
      return ordinal() <= other.ordinal();
    }
  }

  private final String ruleId;
  private final Level level;
  private final String message;
  private final String pointer;
  private final String suggestion;
  private final SourcePosition position;

  private Finding(
      String ruleId, Level level, String message, String pointer, String suggestion,
      SourcePosition position) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId must not be null");
    this.level = Objects.requireNonNull(level, "level must not be null");
    this.message = Objects.requireNonNull(message, "message must not be null");
    this.pointer = Objects.requireNonNull(pointer, "pointer must not be null");
    this.suggestion = suggestion;
    this.position = position;
  }

  /**
   * A finding.
   *
   * @param ruleId the id of the rule that found it
   * @param level how serious it is
   * @param message what is wrong and how to fix it, without a trailing period
   * @param pointer the JSON pointer (RFC 6901) of the offending value, {@code ""} for the document
   * @param suggestion a suggested rewording, or {@code null}
   * @param position where the value starts in the source file, or {@code null} when unknown
   */
  public static Finding of(
      String ruleId, Level level, String message, String pointer, String suggestion,
      SourcePosition position) {
    return new Finding(ruleId, level, message, pointer, suggestion, position);
  }

  /** The id of the rule that reported this finding, for example {@code action-owner}. */
  public String ruleId() {
    return ruleId;
  }

  /** How serious it is, after any override configured on the {@link Validator}. */
  public Level level() {
    return level;
  }

  /** What is wrong and how to fix it. */
  public String message() {
    return message;
  }

  /** The JSON pointer of the offending value; {@code ""} is the whole document. */
  public String pointer() {
    return pointer;
  }

  /** A suggested rewording of the offending text, when the rule has one. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /** Where the offending value starts in the source file, when the document came from one. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** A copy with a source position. */
  Finding withPosition(SourcePosition newPosition) {
    return new Finding(ruleId, level, message, pointer, suggestion, newPosition);
  }

  /**
   * {@code LEVEL rule-id pointer: message (file:line)}, followed by the suggestion on its own line
   * when there is one.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(level).append(' ').append(ruleId).append(' ')
        .append(pointer.isEmpty() ? "/" : pointer).append(": ").append(message);
    if (position != null) {
      sb.append(" (").append(position).append(')');
    }
    if (suggestion != null) {
      sb.append("\n  suggestion: ").append(suggestion);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId) && level == f.level && message.equals(f.message)
        && pointer.equals(f.pointer) && Objects.equals(suggestion, f.suggestion)
        && Objects.equals(position, f.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, level, message, pointer, suggestion, position);
  }
}

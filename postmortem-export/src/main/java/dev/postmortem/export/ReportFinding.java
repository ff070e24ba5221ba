package dev.postmortem.export;

import java.util.Objects;
import java.util.Optional;

/**
 * A validation finding as shown in the report's appendix: its severity, rule, location and
 * message.
 */
public final class ReportFinding {
  private final String severity;
  private final String ruleId;
  private final String location;
  private final String message;
  private final String hint;

  private ReportFinding(String severity, String ruleId, String location, String message, String hint) {
    this.severity = Objects.requireNonNull(severity, "severity must not be null");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId must not be null");
    this.location = Objects.requireNonNull(location, "location must not be null");
    this.message = Objects.requireNonNull(message, "message must not be null");
    this.hint = hint;
  }

  /**
   * A finding.
   *
   * @param severity for example {@code error}, {@code warning}, {@code info}
   * @param ruleId the rule's id
   * @param location a JSON pointer into the post-mortem, for example {@code /actionItems/2}
   * @param message what is wrong and how to fix it
   * @param hint a suggestion, or {@code null}
   */
  public static ReportFinding of(
      String severity, String ruleId, String location, String message, String hint) {
    return new ReportFinding(severity, ruleId, location, message, hint);
  }

  /**
   * The appendix form of a validator's finding; the location gets the file line when the finding
   * has one, for example {@code /actionItems/2 (line 41)}.
   */
  public static ReportFinding from(dev.postmortem.validate.Finding finding) {
    Objects.requireNonNull(finding, "finding must not be null");
    String location = finding.pointer().isEmpty() ? "/" : finding.pointer();
    if (finding.position().isPresent()) {
      location += " (line " + finding.position().get().line() + ")";
    }
    return new ReportFinding(finding.level().name().toLowerCase(java.util.Locale.ROOT),
        finding.ruleId(), location, finding.message(), finding.suggestion().orElse(null));
  }

  /** The severity, for example {@code warning}. */
  public String severity() {
    return severity;
  }

  /** The rule's id. */
  public String ruleId() {
    return ruleId;
  }

  /** The JSON pointer of what the finding is about. */
  public String location() {
    return location;
  }

  /** The message. */
  public String message() {
    return message;
  }

  /** A suggestion, such as a blameless rewording. */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** The tone the severity is shown in. */
  public Tone tone() {
    switch (severity.toLowerCase(java.util.Locale.ROOT)) {
      case "error":
        return Tone.CRITICAL;
      case "warning":
        return Tone.WARNING;
      default:
        return Tone.INFO;
    }
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " " + location + " " + message;
  }
}

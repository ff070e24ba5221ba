package dev.postmortem.validate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What a {@link Rule} sees besides the post-mortem, and where it reports. A new context is made
 * for every rule and every validation; it is not thread-safe and must not be kept.
 */
public interface RuleContext {
  /** The policy in force. */
  Policy policy();

  /** The profile the validator runs. */
  Profile profile();

  /** The clock "now" is read from (for overdue items and deadlines). */
  Clock clock();

  /** Today's date in the clock's time zone. */
  default LocalDate today() {
    return LocalDate.now(clock());
  }

  /**
   * Reports a finding at the rule's level.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the document
   * @param message what is wrong and how to fix it, without a trailing period
   */
  void report(String pointer, String message);

  /**
   * Reports a finding at the rule's level with a suggested rewording.
   *
   * @param suggestion a suggested rewording, or {@code null}
   */
  void report(String pointer, String message, String suggestion);

  /**
   * Reports a finding at a level the rule chooses (for example lower for quoted text). A level
   * override configured on the validator still wins.
   *
   * @param suggestion a suggested rewording, or {@code null}
   */
  void report(Finding.Level level, String pointer, String message, String suggestion);
}

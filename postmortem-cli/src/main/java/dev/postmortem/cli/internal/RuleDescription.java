package dev.postmortem.cli.internal;

/**
 * What reports say about a rule.
 *
 * @param id the stable rule id
 * @param level its default severity
 * @param summary one line saying what the rule checks
 * @param helpUri the rule's documentation page, or null
 */
public record RuleDescription(String id, Level level, String summary, String helpUri) {
  /**
   * A rule without a documentation page.
   *
   * @param id the stable rule id
   * @param level its default severity
   * @param summary one line saying what the rule checks
   */
  public RuleDescription(String id, Level level, String summary) {
    this(id, level, summary, null);
  }

  /** The built-in description of {@link Diagnostic#UNREADABLE}. */
  public static final RuleDescription UNREADABLE = new RuleDescription(
      Diagnostic.UNREADABLE, Level.ERROR,
      "The file can be read and is a post-mortem in a supported format");
}

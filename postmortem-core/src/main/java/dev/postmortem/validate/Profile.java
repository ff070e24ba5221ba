package dev.postmortem.validate;

/**
 * A named set of rules. Each {@link Rule} names the smallest profile it belongs to; a {@link
 * Validator} built with a profile runs the rules of that profile and of every smaller one.
 */
public enum Profile {
  /** Only what makes a post-mortem wrong: broken references, time running backwards, cycles. */
  MINIMAL,
  /** What a good post-mortem needs: the default. */
  STANDARD,
  /** Everything, including evidence on every why step and an incident recreation. */
  STRICT;

  /** Whether a rule whose smallest profile is {@code ruleProfile} runs under this profile. */
  public boolean includes(Profile ruleProfile) {
    return ruleProfile.ordinal() <= ordinal();
  }
}

package dev.postmortem.validate.internal;

import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Rule;

/**
 * Base of the built-in rules: the metadata (the rule's doc page in {@code docs/rules/} is
 * generated from it) and small helpers.
 */
public abstract class BuiltinRule implements Rule {
  private final String id;
  private final Finding.Level level;
  private final Profile profile;
  private final String summary;
  private final String rationale;
  private final String fix;

  protected BuiltinRule(
      String id, Finding.Level level, Profile profile, String summary, String rationale, String fix) {
    this.id = id;
    this.level = level;
    this.profile = profile;
    this.summary = summary;
    this.rationale = rationale;
    this.fix = fix;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final Finding.Level defaultLevel() {
    return level;
  }

  @Override
  public final Profile profile() {
    return profile;
  }

  /** The base of the built-in rules' doc pages: the project's {@code docs/rules/} on GitHub. */
  public static final String DOCS_BASE = "https://github.com/postmortem-kit/postmortem-kit/blob/main/docs/rules/";

  /** The rule's doc page, {@code docs/rules/<id>.md}. */
  @Override
  public final java.util.Optional<String> helpUri() {
    return java.util.Optional.of(DOCS_BASE + id + ".md");
  }

  /** Why the rule exists (Markdown, for the doc page). */
  public final String rationale() {
    return rationale;
  }

  /** How to fix a finding (Markdown, for the doc page). */
  public final String fix() {
    return fix;
  }

  /** The family shown on the doc page: the class that holds the rule. */
  public final String family() {
    Class<?> enclosing = getClass().getEnclosingClass();
    return enclosing == null ? getClass().getSimpleName() : enclosing.getSimpleName();
  }

  static boolean isDraft(Postmortem pm) {
    return pm.status() == Status.DRAFT;
  }

  static boolean isPublished(Postmortem pm) {
    return pm.status() == Status.PUBLISHED || pm.status() == Status.CLOSED;
  }

  /** {@link Finding.Level#ERROR} once published, {@link Finding.Level#WARNING} before. */
  static Finding.Level errorOncePublished(Postmortem pm) {
    return isPublished(pm) ? Finding.Level.ERROR : Finding.Level.WARNING;
  }

  static boolean blank(java.util.Optional<String> s) {
    return s.isEmpty() || s.get().isBlank();
  }
}

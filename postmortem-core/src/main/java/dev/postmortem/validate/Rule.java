package dev.postmortem.validate;

import dev.postmortem.model.Postmortem;

/**
 * A check of a post-mortem: the extension point of the validator.
 *
 * <p>A rule inspects the post-mortem and reports what it finds through {@link
 * RuleContext#report(String, String)}; it never throws. (If it does, the {@link Validator} turns
 * the exception into an {@link Finding.Level#ERROR ERROR} finding that names the rule.) Rules
 * must be stateless or thread-safe: one instance serves every validation.
 *
 * <p>Add your own rules with {@link Validator.Builder#rule(Rule)}, or publish them as a service
 * ({@code provides dev.postmortem.validate.Rule with ...} in your module, or a {@code
 * META-INF/services/dev.postmortem.validate.Rule} file on the class path) and build the validator
 * with {@link Validator.Builder#discoverRules(ClassLoader)}. A service-loaded rule needs a public
 * no-argument constructor.
 *
 * <pre>{@code
 * public final class TicketLinked implements Rule {
 *   public String id() { return "acme-ticket-linked"; }
 *   public String summary() { return "Every action item links a ticket"; }
 *   public Finding.Level defaultLevel() { return Finding.Level.WARNING; }
 *   public void check(Postmortem pm, RuleContext ctx) {
 *     for (int i = 0; i < pm.actionItems().size(); i++) {
 *       if (pm.actionItems().get(i).ticket().isEmpty()) {
 *         ctx.report("/actionItems/" + i, "link the tracking ticket");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Rule {
  /**
   * A stable id in lowercase kebab-case, for example {@code action-owner}. Ids of your own rules
   * should start with a prefix of your own ({@code acme-...}).
   */
  String id();

  /** A one-line summary of what the rule checks, without a trailing period. */
  String summary();

  /** The level of its findings unless the validator overrides it. */
  Finding.Level defaultLevel();

  /** The smallest profile the rule belongs to; defaults to {@link Profile#STANDARD}. */
  default Profile profile() {
    return Profile.STANDARD;
  }

  /**
   * Where the rule is documented, for reports that link each finding to its rule (SARIF's
   * {@code helpUri}); empty by default. The built-in rules link their page in {@code docs/rules/}.
   *
   * @return an absolute URI, or empty
   */
  default java.util.Optional<String> helpUri() {
    return java.util.Optional.empty();
  }

  /** Checks the post-mortem, reporting through {@code context}. */
  void check(Postmortem postmortem, RuleContext context);
}

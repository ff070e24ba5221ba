package dev.postmortem.validate;

import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.SourceMap;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.internal.BuiltinRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Checks post-mortems against the rule catalog (see {@code docs/rules/}), the blameless-language
 * and action-quality linters, your own rules, and a {@link Policy}.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .profile(Profile.STRICT)
 *     .policy(Policy.read(Path.of("policy.yaml")))
 *     .level("timeline-gap", Finding.Level.INFO)
 *     .build();
 * ValidationReport report = validator.validate(PostmortemReader.create().readDocument(path));
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>Rules never make validation fail: a rule that throws becomes an {@link Finding.Level#ERROR
 * ERROR} finding with the rule's id that names the exception.
 */
public final class Validator {
  private final Profile profile;
  private final Policy policy;
  private final Clock clock;
  private final List<Rule> rules;
  private final Map<String, Finding.Level> levels;

  private Validator(Builder b) {
    this.profile = b.profile;
    this.policy = b.policy;
    this.clock = b.clock;
    this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(b.levels));
    Map<String, Rule> byId = new LinkedHashMap<>();
    List<Rule> candidates = new ArrayList<>(BuiltinRules.all());
    candidates.addAll(b.rules);
    for (Rule r : candidates) {
      String id = Objects.requireNonNull(r.id(), () -> r.getClass().getName() + ".id() is null");
      if (!BuiltinRules.isValidId(id)) {
        throw new IllegalArgumentException(
            "rule id '" + id + "' of " + r.getClass().getName() + " is not lowercase kebab-case");
      }
      if (byId.put(id, r) != null) {
        throw new IllegalArgumentException("two rules have the id '" + id + "'");
      }
    }
    for (String id : b.levels.keySet()) {
      requireKnown(byId, id, "level");
    }
    for (String id : b.disabled) {
      requireKnown(byId, id, "disable");
    }
    List<Rule> active = new ArrayList<>();
    for (Rule r : byId.values()) {
      if (!b.disabled.contains(r.id()) && profile.includes(r.profile())) {
        active.add(r);
      }
    }
    this.rules = Collections.unmodifiableList(active);
  }

  private static void requireKnown(Map<String, Rule> byId, String id, String option) {
    if (!byId.containsKey(id)) {
      throw new IllegalArgumentException(
          option + "(\"" + id + "\"): no rule has this id; known ids: " + String.join(", ", byId.keySet()));
    }
  }

  /**
   * A builder: standard profile, default policy, system clock (UTC), built-in rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A validator with the defaults: the standard profile, the default policy, the system clock.
   *
   * @return the validator
   */
  public static Validator create() {
    return builder().build();
  }

  /** The rules this validator runs, built-in first, in catalog order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** Validates a post-mortem; findings carry JSON pointers only. */
  public ValidationReport validate(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    return run(postmortem, SourceMap.empty());
  }

  /**
   * Validates a post-mortem read from a file or imported from a document; findings also carry the
   * source file and line where the document has one for the pointer (or its nearest parent).
   */
  public ValidationReport validate(PostmortemDocument document) {
    Objects.requireNonNull(document, "document must not be null");
    return run(document.postmortem(), document.positions());
  }

  private ValidationReport run(Postmortem pm, SourceMap positions) {
    List<Finding> all = new ArrayList<>();
    BuiltinRules.resetSharedState();
    try {
      runRules(pm, all);
    } finally {
      BuiltinRules.resetSharedState();
    }
    if (positions.size() > 0) {
      for (int i = 0; i < all.size(); i++) {
        Finding f = all.get(i);
        var pos = positions.find(f.pointer());
        if (pos.isPresent()) {
          all.set(i, f.withPosition(pos.get()));
        }
      }
    }
    return ValidationReport.of(all);
  }

  private void runRules(Postmortem pm, List<Finding> all) {
    for (Rule rule : rules) {
      Context ctx = new Context(rule, levels.get(rule.id()));
      try {
        rule.check(pm, ctx);
        all.addAll(ctx.findings);
      } catch (RuntimeException | StackOverflowError e) {
        Finding.Level level = levels.getOrDefault(rule.id(), Finding.Level.ERROR);
        all.add(Finding.of(rule.id(), level,
            "rule '" + rule.id() + "' (" + rule.getClass().getName() + ") crashed with "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "; its findings are missing; report this to the rule's author",
            "", null, null));
      }
    }
  }

  private final class Context implements RuleContext {
    private final Rule rule;
    private final Finding.Level override;
    private final List<Finding> findings = new ArrayList<>();

    Context(Rule rule, Finding.Level override) {
      this.rule = rule;
      this.override = override;
    }

    @Override
    public Policy policy() {
      return policy;
    }

    @Override
    public Profile profile() {
      return profile;
    }

    @Override
    public Clock clock() {
      return clock;
    }

    @Override
    public void report(String pointer, String message) {
      report(rule.defaultLevel(), pointer, message, null);
    }

    @Override
    public void report(String pointer, String message, String suggestion) {
      report(rule.defaultLevel(), pointer, message, suggestion);
    }

    @Override
    public void report(Finding.Level level, String pointer, String message, String suggestion) {
      Objects.requireNonNull(level, "level must not be null");
      findings.add(Finding.of(rule.id(), override != null ? override : level, message,
          pointer, suggestion, null));
    }
  }

  /** Configures a {@link Validator}. */
  public static final class Builder {
    private Profile profile = Profile.STANDARD;
    private Policy policy = Policy.create();
    private Clock clock = Clock.systemUTC();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Finding.Level> levels = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The profile: which rules run; defaults to {@link Profile#STANDARD}.
     *
     * @return {@code this}
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile must not be null");
      return this;
    }

    /**
     * The policy; defaults to {@link Policy#create()}.
     *
     * @return {@code this}
     */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * The clock for "today" (overdue items, deadlines, missed reviews); defaults to the system
     * clock in UTC. Pass a fixed clock for reproducible reports.
     *
     * @return {@code this}
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Adds a rule of your own. It runs when the profile includes {@link Rule#profile()}.
     *
     * @return {@code this}
     * @throws IllegalArgumentException at {@link #build()} when two rules share an id
     */
    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Adds the rules published as {@link Rule} services that {@code loader} can see (module
     * {@code provides} clauses and {@code META-INF/services} files), in the service loader's order.
     *
     * @return {@code this}
     */
    public Builder discoverRules(ClassLoader loader) {
      for (Rule r : ServiceLoader.load(Rule.class, loader)) {
        rules.add(r);
      }
      return this;
    }

    /**
     * Overrides the level of every finding of a rule.
     *
     * @return {@code this}
     * @throws IllegalArgumentException at {@link #build()} when no rule has the id
     */
    public Builder level(String ruleId, Finding.Level level) {
      levels.put(Objects.requireNonNull(ruleId, "ruleId must not be null"),
          Objects.requireNonNull(level, "level must not be null"));
      return this;
    }

    /**
     * Turns a rule off.
     *
     * @return {@code this}
     * @throws IllegalArgumentException at {@link #build()} when no rule has the id
     */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId must not be null"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @throws IllegalArgumentException when two rules share an id, an id is not kebab-case, or a
     *     level override or disabled id names no rule
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}

package dev.postmortem.archive;

import dev.postmortem.archive.internal.PolicyFile;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Severity;
import dev.postmortem.validate.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What steers an archive review: the follow-up review cadence and the publication deadline by
 * severity, which action types must be verified before they count as closed, the due-soon windows,
 * and the thresholds of the recurring-pattern analysis.
 *
 * <p>{@link #create()} takes the cadence and the deadlines from the validator's {@link
 * Policy#create()} (weekly reviews for SEV0–SEV1, monthly for the rest), so the archive and
 * {@code postmortem validate} agree. {@link #read(Path)} reads a YAML or JSON file where every key
 * is optional; the validator's own keys are accepted and ignored, so a team can keep one policy
 * file. See {@code docs/ARCHIVE.md} for every key.
 *
 * <pre>{@code
 * # archive-policy.yaml
 * reviewEvery: {sev0: P7D, sev1: P7D, sev2: P14D, sev3: P31D, sev4: P31D, sev5: P31D}
 * verificationRequired: [prevent, mitigate, detect]
 * themeThreshold: 0.3
 * }</pre>
 */
public final class ArchivePolicy {
  private final Map<Severity, Duration> reviewEvery;
  private final Map<Severity, Duration> publishWithin;
  private final Set<ActionType> verificationRequired;
  private final List<Duration> dueSoon;
  private final double themeThreshold;
  private final int themeMinPostmortems;
  private final Set<CauseCategory> systemicCategories;
  private final List<String> customerDetectionTerms;
  private final Map<String, List<String>> triggerKinds;

  private ArchivePolicy(Builder b) {
    this.reviewEvery = Collections.unmodifiableMap(new EnumMap<>(b.reviewEvery));
    this.publishWithin = Collections.unmodifiableMap(new EnumMap<>(b.publishWithin));
    this.verificationRequired = Collections.unmodifiableSet(
        b.verificationRequired.isEmpty() ? EnumSet.noneOf(ActionType.class)
            : EnumSet.copyOf(b.verificationRequired));
    this.dueSoon = List.copyOf(b.dueSoon);
    this.themeThreshold = b.themeThreshold;
    this.themeMinPostmortems = b.themeMinPostmortems;
    this.systemicCategories = Collections.unmodifiableSet(
        b.systemicCategories.isEmpty() ? EnumSet.noneOf(CauseCategory.class)
            : EnumSet.copyOf(b.systemicCategories));
    this.customerDetectionTerms = List.copyOf(b.customerDetectionTerms);
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    b.triggerKinds.forEach((k, v) -> kinds.put(k, List.copyOf(v)));
    this.triggerKinds = Collections.unmodifiableMap(kinds);
  }

  /**
   * The built-in policy.
   *
   * @return the default policy
   */
  public static ArchivePolicy create() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a policy file (YAML or JSON by extension); keys left out keep their defaults.
   *
   * @param path the file
   * @return the policy
   * @throws UncheckedIOException when the file cannot be read
   * @throws PostmortemFormatException when a key is unknown or a value malformed, with line and
   *     JSON pointer
   */
  public static ArchivePolicy read(Path path) {
    Objects.requireNonNull(path, "path must not be null");
    try {
      return PolicyFile.read(path, builder()).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The longest time between follow-up reviews of a post-mortem with open action items, by
   * severity; defaults to 7 days for SEV0–SEV1 and 31 days for the others.
   *
   * @return the cadence by severity
   */
  public Map<Severity, Duration> reviewEvery() {
    return reviewEvery;
  }

  /**
   * The cadence for a severity; a post-mortem without a severity is reviewed at the slowest cadence
   * the policy names.
   *
   * @param severity the severity, if known
   * @return the cadence
   */
  public Duration cadence(Optional<Severity> severity) {
    if (severity.isPresent() && reviewEvery.containsKey(severity.get())) {
      return reviewEvery.get(severity.get());
    }
    return reviewEvery.values().stream().max(Duration::compareTo).orElse(Duration.ofDays(31));
  }

  /**
   * Time from resolution to publication, by severity; defaults to the validator's (5 days for
   * SEV0–SEV1, 10 for SEV2, 30 for the others).
   *
   * @return the deadline by severity
   */
  public Map<Severity, Duration> publishWithin() {
    return publishWithin;
  }

  /**
   * Action types whose items count as closed only once verified (status {@code verified}); a
   * {@code done} item of these types is listed as "done but not verified". Defaults to prevent,
   * mitigate and detect: close such items only when the metrics show the improvement.
   *
   * @return the types
   */
  public Set<ActionType> verificationRequired() {
    return verificationRequired;
  }

  /**
   * The windows of the "due soon" lists, in increasing order; defaults to 7 and 30 days.
   *
   * @return the windows
   */
  public List<Duration> dueSoon() {
    return dueSoon;
  }

  /**
   * The least cosine similarity (0–1) between a cause and a theme's centroid for the cause to join
   * the theme; defaults to 0.3.
   *
   * @return the threshold
   */
  public double themeThreshold() {
    return themeThreshold;
  }

  /**
   * How many different post-mortems a group of similar causes must span to be reported as a
   * theme; defaults to 2.
   *
   * @return the minimum
   */
  public int themeMinPostmortems() {
    return themeMinPostmortems;
  }

  /**
   * Cause categories that count as systemic for learning health: a 5 Whys chain that ends at a
   * cause of one of these categories reached a systemic cause. Defaults to process,
   * organizational, monitoring and communication.
   *
   * @return the categories
   */
  public Set<CauseCategory> systemicCategories() {
    return systemicCategories;
  }

  /**
   * Words that, in the detection text or the first detection event, say the incident was
   * reported from outside (customers, support) rather than found by an alert; matched as whole
   * words, case-insensitively.
   *
   * @return the terms
   */
  public List<String> customerDetectionTerms() {
    return customerDetectionTerms;
  }

  /**
   * Kinds of trigger and the words that identify each in a trigger's description, in order of
   * precedence; a trigger matching none is of kind {@code other}.
   *
   * @return the kinds
   */
  public Map<String, List<String>> triggerKinds() {
    return triggerKinds;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ArchivePolicy)) {
      return false;
    }
    ArchivePolicy p = (ArchivePolicy) o;
    return reviewEvery.equals(p.reviewEvery) && publishWithin.equals(p.publishWithin)
        && verificationRequired.equals(p.verificationRequired) && dueSoon.equals(p.dueSoon)
        && themeThreshold == p.themeThreshold && themeMinPostmortems == p.themeMinPostmortems
        && systemicCategories.equals(p.systemicCategories)
        && customerDetectionTerms.equals(p.customerDetectionTerms)
        && triggerKinds.equals(p.triggerKinds);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(reviewEvery, publishWithin, verificationRequired, dueSoon,
        themeThreshold, themeMinPostmortems, systemicCategories, customerDetectionTerms,
        triggerKinds);
  }

  /** Configures an {@link ArchivePolicy}; starts from the defaults. */
  public static final class Builder {
    private final Map<Severity, Duration> reviewEvery = new EnumMap<>(Policy.create().reviewEvery());
    private final Map<Severity, Duration> publishWithin =
        new EnumMap<>(Policy.create().publishWithin());
    private Set<ActionType> verificationRequired =
        EnumSet.of(ActionType.PREVENT, ActionType.MITIGATE, ActionType.DETECT);
    private List<Duration> dueSoon = List.of(Duration.ofDays(7), Duration.ofDays(30));
    private double themeThreshold = 0.3;
    private int themeMinPostmortems = 2;
    private Set<CauseCategory> systemicCategories = EnumSet.of(CauseCategory.PROCESS,
        CauseCategory.ORGANIZATIONAL, CauseCategory.MONITORING, CauseCategory.COMMUNICATION);
    private List<String> customerDetectionTerms = List.of("customer", "customers", "user",
        "users", "support", "ticket", "tickets", "complaint", "complaints", "reported", "tweet",
        "twitter", "partner", "merchant", "merchants", "client", "clients");
    private Map<String, List<String>> triggerKinds = defaultTriggerKinds();

    private Builder() {}

    private static Map<String, List<String>> defaultTriggerKinds() {
      Map<String, List<String>> m = new LinkedHashMap<>();
      m.put("deployment", List.of("deploy", "deployed", "deployment", "release", "released",
          "rollout", "rolled", "upgrade", "upgraded", "migration", "merged"));
      m.put("configuration", List.of("config", "configuration", "setting", "settings", "flag",
          "toggle", "parameter", "dns", "firewall", "rule"));
      m.put("expiry", List.of("expired", "expiry", "expiration", "certificate", "cert",
          "token", "license", "renewal"));
      m.put("capacity", List.of("traffic", "load", "spike", "surge", "capacity", "quota",
          "limit", "exhausted", "full", "memory", "disk"));
      m.put("dependency", List.of("vendor", "provider", "third-party", "upstream", "outage",
          "dependency", "api", "partner"));
      m.put("infrastructure", List.of("hardware", "node", "host", "network", "power", "region",
          "zone", "datacenter", "instance", "cluster"));
      return m;
    }

    /**
     * Review cadences by severity; replaces the default map as a whole.
     *
     * @param reviewEvery the cadences, each positive
     * @return {@code this}
     */
    public Builder reviewEvery(Map<Severity, Duration> reviewEvery) {
      Objects.requireNonNull(reviewEvery, "reviewEvery must not be null");
      reviewEvery.forEach((s, d) -> positive(d, "reviewEvery." + s.id()));
      this.reviewEvery.clear();
      this.reviewEvery.putAll(reviewEvery);
      return this;
    }

    /**
     * Publication deadlines by severity; replaces the default map as a whole.
     *
     * @param publishWithin the deadlines, each positive
     * @return {@code this}
     */
    public Builder publishWithin(Map<Severity, Duration> publishWithin) {
      Objects.requireNonNull(publishWithin, "publishWithin must not be null");
      publishWithin.forEach((s, d) -> positive(d, "publishWithin." + s.id()));
      this.publishWithin.clear();
      this.publishWithin.putAll(publishWithin);
      return this;
    }

    /**
     * Action types that need verification.
     *
     * @param types the types
     * @return {@code this}
     */
    public Builder verificationRequired(Set<ActionType> types) {
      this.verificationRequired = Set.copyOf(Objects.requireNonNull(types, "types must not be null"));
      return this;
    }

    /**
     * The due-soon windows.
     *
     * @param windows one or more positive durations, in increasing order
     * @return {@code this}
     */
    public Builder dueSoon(List<Duration> windows) {
      Objects.requireNonNull(windows, "windows must not be null");
      if (windows.isEmpty()) {
        throw new IllegalArgumentException("dueSoon needs at least one window");
      }
      for (int i = 0; i < windows.size(); i++) {
        positive(windows.get(i), "dueSoon[" + i + "]");
        if (i > 0 && windows.get(i).compareTo(windows.get(i - 1)) <= 0) {
          throw new IllegalArgumentException("dueSoon windows must increase: " + windows);
        }
      }
      this.dueSoon = List.copyOf(windows);
      return this;
    }

    /**
     * The theme similarity threshold.
     *
     * @param threshold greater than 0, at most 1
     * @return {@code this}
     */
    public Builder themeThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("themeThreshold must be in (0, 1], not " + threshold);
      }
      this.themeThreshold = threshold;
      return this;
    }

    /**
     * How many post-mortems a theme must span.
     *
     * @param min at least 2
     * @return {@code this}
     */
    public Builder themeMinPostmortems(int min) {
      if (min < 2) {
        throw new IllegalArgumentException("themeMinPostmortems must be at least 2, not " + min);
      }
      this.themeMinPostmortems = min;
      return this;
    }

    /**
     * The systemic cause categories.
     *
     * @param categories the categories
     * @return {@code this}
     */
    public Builder systemicCategories(Set<CauseCategory> categories) {
      this.systemicCategories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
      return this;
    }

    /**
     * The customer-detection words.
     *
     * @param terms non-blank words
     * @return {@code this}
     */
    public Builder customerDetectionTerms(List<String> terms) {
      Objects.requireNonNull(terms, "terms must not be null");
      for (String t : terms) {
        if (t == null || t.isBlank()) {
          throw new IllegalArgumentException("customerDetectionTerms must not contain a blank term");
        }
      }
      this.customerDetectionTerms = List.copyOf(terms);
      return this;
    }

    /**
     * The trigger kinds; replaces the default map as a whole.
     *
     * @param kinds kind name to identifying words, in order of precedence
     * @return {@code this}
     */
    public Builder triggerKinds(Map<String, List<String>> kinds) {
      Objects.requireNonNull(kinds, "kinds must not be null");
      Map<String, List<String>> copy = new LinkedHashMap<>();
      kinds.forEach((k, v) -> {
        if (k == null || k.isBlank() || "other".equals(k)) {
          throw new IllegalArgumentException("triggerKinds: a kind needs a name other than 'other'");
        }
        copy.put(k, List.copyOf(v));
      });
      this.triggerKinds = copy;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public ArchivePolicy build() {
      return new ArchivePolicy(this);
    }

    private static void positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " must not be null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + d);
      }
    }
  }
}

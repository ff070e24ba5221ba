package dev.postmortem.validate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import dev.postmortem.internal.DocumentReader;
import dev.postmortem.internal.Jackson;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A team's post-mortem policy as data: which incidents need a post-mortem, the deadlines and review
 * cadence by severity, the sections each severity requires, due-date horizons by priority, the
 * thresholds of the time and 5 Whys rules, and the blameless-language allow and deny lists.
 *
 * <p>{@link #create()} is the built-in policy (shown in full in {@code docs/policy/default.yaml});
 * {@link #read(Path)} reads one from a YAML or JSON file, where every field is optional and a
 * missing one keeps its default. A map given in a file replaces the default map as a whole. A
 * malformed file raises a {@link PostmortemFormatException} with line, column and JSON pointer,
 * exactly like a malformed post-mortem.
 *
 * <pre>{@code
 * # policy.yaml
 * draftWithin: {sev1: P2D, sev2: P5D}
 * reviewEvery: {sev1: P7D, sev2: P30D}
 * timelineGap: PT20M
 * denyTerms: [heroics]
 * ticketUrl: https://jira.example.com/browse/{key}
 * }</pre>
 */
@Value.Immutable
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
@JsonSerialize(as = ImmutablePolicy.class)
@JsonDeserialize(as = ImmutablePolicy.class)
@JsonPropertyOrder({
  "postmortemRequired", "draftWithin", "publishWithin", "reviewEvery", "requiredSections",
  "dueWithin", "recreationRequired", "timelineGap", "timelineMargin", "minWhySteps",
  "minFunctions", "minEvidenceKinds", "allowTerms", "denyTerms", "ticketUrl"
})
public abstract class Policy {
  Policy() {}

  /** The sections a {@code requiredSections} entry may name (JSON property names of the model). */
  public static final Set<String> SECTIONS = Set.of(
      "severity", "summary", "objectives", "authors", "incident", "impact", "detection", "trigger",
      "resolution", "participants", "timeline", "causes", "fiveWhys", "lessonsLearned",
      "startStopContinue", "actionItems", "evidence", "recreation", "slos");

  /** Severities that require a post-mortem; defaults to SEV0 to SEV2. */
  @Value.Default
  public Set<Severity> postmortemRequired() {
    return Set.of(Severity.SEV0, Severity.SEV1, Severity.SEV2);
  }

  /**
   * Time from resolution to a complete draft, by severity; defaults to 2 days for SEV0–SEV1, 5
   * for SEV2, 10 for SEV3–SEV5.
   */
  @Value.Default
  public Map<Severity, Duration> draftWithin() {
    return bySeverity(Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(5), Duration.ofDays(10),
        Duration.ofDays(10), Duration.ofDays(10));
  }

  /**
   * Time from resolution to publication, by severity; defaults to 5 days for SEV0–SEV1, 10 for
   * SEV2, 30 for SEV3–SEV5.
   */
  @Value.Default
  public Map<Severity, Duration> publishWithin() {
    return bySeverity(Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(10), Duration.ofDays(30),
        Duration.ofDays(30), Duration.ofDays(30));
  }

  /**
   * The longest time between follow-up reviews while action items are open, by severity; defaults
   * to weekly (7 days) for SEV0–SEV1 and monthly (31 days) for the others.
   */
  @Value.Default
  public Map<Severity, Duration> reviewEvery() {
    return bySeverity(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(31), Duration.ofDays(31),
        Duration.ofDays(31), Duration.ofDays(31));
  }

  /**
   * The sections a post-mortem in review or published must have, by severity (names from {@link
   * #SECTIONS}); by default every severity needs summary, impact, timeline, causes and action
   * items, and SEV0–SEV2 also detection, trigger, resolution, 5 Whys, lessons learned and evidence.
   */
  @Value.Default
  public Map<Severity, List<String>> requiredSections() {
    List<String> base = List.of("severity", "summary", "incident", "impact", "timeline", "causes",
        "actionItems");
    List<String> major = List.of("severity", "summary", "incident", "impact", "detection",
        "trigger", "resolution", "participants", "timeline", "causes", "fiveWhys",
        "lessonsLearned", "actionItems", "evidence");
    return bySeverity(major, major, major, base, base, base);
  }

  /**
   * The longest time from the end of the incident to an action item's due date, by priority;
   * defaults to P0 7 days, P1 30, P2 90, P3 180, P4 365.
   */
  @Value.Default
  public Map<Priority, Duration> dueWithin() {
    Map<Priority, Duration> m = new EnumMap<>(Priority.class);
    m.put(Priority.P0, Duration.ofDays(7));
    m.put(Priority.P1, Duration.ofDays(30));
    m.put(Priority.P2, Duration.ofDays(90));
    m.put(Priority.P3, Duration.ofDays(180));
    m.put(Priority.P4, Duration.ofDays(365));
    return m;
  }

  /** Severities whose post-mortem records an incident recreation (strict profile); defaults to SEV0–SEV1. */
  @Value.Default
  public Set<Severity> recreationRequired() {
    return Set.of(Severity.SEV0, Severity.SEV1);
  }

  /** The longest silence in the timeline while the impact lasts; defaults to 30 minutes. */
  @Value.Default
  public Duration timelineGap() {
    return Duration.ofMinutes(30);
  }

  /**
   * How far before the start and after the resolution a timeline event may lie; defaults to 7 days
   * (the lead-up and the aftermath belong in the timeline, last month's deploy does not).
   */
  @Value.Default
  public Duration timelineMargin() {
    return Duration.ofDays(7);
  }

  /** The fewest steps a 5 Whys chain should have; defaults to 3. */
  @Value.Default
  public int minWhySteps() {
    return 3;
  }

  /**
   * How many of the functions development, testing and operations should take part; defaults to
   * 2.
   */
  @Value.Default
  public int minFunctions() {
    return 2;
  }

  /**
   * How many kinds of evidence among logs, metrics, error reports and communication records the
   * analysis should rest on; defaults to 2.
   */
  @Value.Default
  public int minEvidenceKinds() {
    return 2;
  }

  /** Words and phrases the blameless-language linter never flags; defaults to none. */
  public abstract List<String> allowTerms();

  /** Extra words and phrases the blameless-language linter always flags; defaults to none. */
  public abstract List<String> denyTerms();

  /**
   * Where a ticket key such as {@code OPS-123} points: an http or https URL with {@code {key}} where
   * the key goes, for example {@code https://jira.example.com/browse/{key}}; defaults to none.
   * Reports link an action item's ticket key through it (see the exporters' {@code ticketUrl}).
   */
  public abstract Optional<String> ticketUrl();

  /** Whether incidents of this severity require a post-mortem. */
  public boolean requiresPostmortem(Severity severity) {
    return postmortemRequired().contains(severity);
  }

  /** The draft deadline for the severity, if the policy sets one. */
  public Optional<Duration> draftDeadline(Severity severity) {
    return Optional.ofNullable(draftWithin().get(severity));
  }

  /** The publication deadline for the severity, if the policy sets one. */
  public Optional<Duration> publicationDeadline(Severity severity) {
    return Optional.ofNullable(publishWithin().get(severity));
  }

  /** The follow-up review cadence for the severity, if the policy sets one. */
  public Optional<Duration> reviewCadence(Severity severity) {
    return Optional.ofNullable(reviewEvery().get(severity));
  }

  /** The due-date horizon for the priority, if the policy sets one. */
  public Optional<Duration> dueHorizon(Priority priority) {
    return Optional.ofNullable(dueWithin().get(priority));
  }

  /**
   * The sections required at the severity; when the severity is unknown, the sections every
   * severity requires.
   */
  public List<String> sectionsRequired(Optional<Severity> severity) {
    if (severity.isPresent()) {
      return requiredSections().getOrDefault(severity.get(), List.of());
    }
    List<String> common = null;
    for (Severity s : Severity.values()) {
      List<String> l = requiredSections().getOrDefault(s, List.of());
      if (common == null) {
        common = new java.util.ArrayList<>(l);
      } else {
        common.retainAll(l);
      }
    }
    return common == null ? List.of() : List.copyOf(common);
  }

  /**
   * The built-in default policy.
   *
   * @return the default policy
   */
  public static Policy create() {
    return ImmutablePolicy.builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static ImmutablePolicy.Builder builder() {
    return ImmutablePolicy.builder();
  }

  /**
   * Reads a policy file; the format comes from the extension ({@code .yaml}, {@code .yml}, {@code
   * .json}).
   *
   * @param path the file
   * @return the policy
   * @throws UncheckedIOException when the file cannot be read
   * @throws PostmortemFormatException when it is not a valid policy, with line and pointer
   */
  public static Policy read(Path path) {
    Objects.requireNonNull(path, "path must not be null");
    String name = path.toString();
    Format format = Format.fromFileName(name).orElseThrow(() -> new PostmortemFormatException(
        name, 0, 0, "", "unknown file extension; expected .json, .yaml or .yml", null));
    byte[] content;
    try (InputStream in = Files.newInputStream(path)) {
      content = reader().readBounded(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return read(content, format, name);
  }

  /**
   * Reads a policy from text.
   *
   * @param text the policy document
   * @param format its format
   * @param source the name to report in errors, or {@code null}
   * @return the policy
   * @throws PostmortemFormatException when it is not a valid policy, with line and pointer
   */
  public static Policy read(String text, Format format, String source) {
    Objects.requireNonNull(text, "text must not be null");
    return read(text.getBytes(StandardCharsets.UTF_8), format, source);
  }

  private static Policy read(byte[] content, Format format, String source) {
    Objects.requireNonNull(format, "format must not be null");
    return reader().read(content, format, source, false).value;
  }

  @Value.Check
  void check() {
    Checks.check(minWhySteps() >= 1, "Policy.minWhySteps must be at least 1, not " + minWhySteps());
    Checks.check(minFunctions() >= 0 && minFunctions() <= 3,
        "Policy.minFunctions must be between 0 and 3 (development, testing, operations), not "
            + minFunctions());
    Checks.check(minEvidenceKinds() >= 0 && minEvidenceKinds() <= 4,
        "Policy.minEvidenceKinds must be between 0 and 4 (log, metric, error-report, communication), not "
            + minEvidenceKinds());
    positive(timelineGap(), "timelineGap");
    positive(timelineMargin(), "timelineMargin");
    draftWithin().forEach((s, d) -> positive(d, "draftWithin." + s.id()));
    publishWithin().forEach((s, d) -> positive(d, "publishWithin." + s.id()));
    reviewEvery().forEach((s, d) -> positive(d, "reviewEvery." + s.id()));
    dueWithin().forEach((p, d) -> positive(d, "dueWithin." + p.id()));
    requiredSections().forEach((s, list) -> {
      for (String section : list) {
        Checks.check(SECTIONS.contains(section),
            "Policy.requiredSections." + s.id() + " names unknown section '" + section
                + "'; known sections: " + String.join(", ", new java.util.TreeSet<>(SECTIONS)));
      }
    });
    for (String t : allowTerms()) {
      Checks.check(!t.isBlank(), "Policy.allowTerms must not contain a blank term");
    }
    for (String t : denyTerms()) {
      Checks.check(!t.isBlank(), "Policy.denyTerms must not contain a blank term");
    }
    ticketUrl().ifPresent(u -> Checks.check(u.matches("(?i)https?://[^\\s{}]+[^\\s]*")
        && u.contains("{key}") && u.replace("{key}", "").indexOf('{') < 0,
        "Policy.ticketUrl must be an http or https URL with {key} where the ticket key goes, not '" + u + "'"));
  }

  private static void positive(Duration d, String name) {
    Checks.check(!d.isNegative() && !d.isZero(), "Policy." + name + " must be positive, not " + d);
  }

  private static <T> Map<Severity, T> bySeverity(T s0, T s1, T s2, T s3, T s4, T s5) {
    Map<Severity, T> m = new EnumMap<>(Severity.class);
    m.put(Severity.SEV0, s0);
    m.put(Severity.SEV1, s1);
    m.put(Severity.SEV2, s2);
    m.put(Severity.SEV3, s3);
    m.put(Severity.SEV4, s4);
    m.put(Severity.SEV5, s5);
    return m;
  }

  private static DocumentReader<Policy> reader() {
    return new DocumentReader<>(Policy.class, Jackson.Limits.DEFAULT);
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A post-mortem: the analysis of one incident, from what happened to what will be done about it.
 *
 * <p>Build one with {@link #builder()}; read and write one with {@link
 * dev.postmortem.io.PostmortemReader} and {@link dev.postmortem.io.PostmortemWriter}:
 *
 * <pre>{@code
 * Postmortem pm = Postmortem.builder()
 *     .id("PM-2026-014")
 *     .title("Checkout errors after connection-pool change")
 *     .severity(Severity.SEV2)
 *     .build();
 * }</pre>
 *
 * <p>Building fails with an {@link IllegalStateException} naming the value when an invariant
 * breaks: a blank id or title, duplicate cause ids, a cause edge or a why step pointing at an
 * unknown cause, an unsupported schema version.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostmortem.class)
@JsonDeserialize(as = ImmutablePostmortem.class)
@JsonPropertyOrder({
  "$schema", "schemaVersion", "id", "title", "status", "severity", "summary", "objectives", "tags",
  "authors", "lifecycle", "incident", "impact", "detection", "trigger", "resolution",
  "participants", "timeline", "causes", "fiveWhys", "lessonsLearned", "startStopContinue",
  "actionItems", "evidence", "recreation", "followUps", "slos", "links", "internalFields",
  "additionalSections", "extensions"
})
public abstract class Postmortem {
  Postmortem() {}

  /** The file format version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /** The JSON Schema the document declares ({@code $schema} in files), if any. */
  @JsonProperty("$schema")
  public abstract Optional<String> schema();

  /** The file format version; always {@value #SCHEMA_VERSION} for now. */
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** A unique identifier, for example {@code PM-2026-014}. */
  public abstract String id();

  /** A short title that says what happened. */
  public abstract String title();

  /** Where the document is in its lifecycle. */
  @Value.Default
  public Status status() {
    return Status.DRAFT;
  }

  /** The incident's severity. */
  public abstract Optional<Severity> severity();

  /** A short summary of the incident: what happened, the impact, the fix. */
  public abstract Optional<String> summary();

  /** What the analysis sets out to learn or decide. */
  public abstract List<String> objectives();

  /** Free tags for search and grouping. */
  public abstract List<String> tags();

  /** Who wrote the post-mortem. */
  public abstract List<String> authors();

  /** When the document reached each stage. */
  @Value.Default
  public Lifecycle lifecycle() {
    return Lifecycle.empty();
  }

  /** The incident's milestones; {@code incident} in files. */
  @JsonProperty("incident")
  @Value.Default
  public Milestones incident() {
    return Milestones.empty();
  }

  /** Who and what was affected. */
  public abstract Optional<Impact> impact();

  /** How the incident was detected. */
  public abstract Optional<String> detection();

  /** What set the incident off, in prose (the graph marks the trigger cause too). */
  public abstract Optional<String> trigger();

  /** How the incident was mitigated and resolved. */
  public abstract Optional<String> resolution();

  /** The people involved and their roles. */
  public abstract List<Participant> participants();

  /** The timeline of events. */
  public abstract List<TimelineEvent> timeline();

  /** The cause graph: contributing factors linked by "led to" edges. */
  public abstract List<Cause> causes();

  /** The 5 Whys chains. */
  public abstract List<WhyChain> fiveWhys();

  /** What went well, what went wrong, where we got lucky. */
  @Value.Default
  public Lessons lessonsLearned() {
    return Lessons.empty();
  }

  /** Practices to start, stop and continue. */
  @Value.Default
  public StartStopContinue startStopContinue() {
    return StartStopContinue.empty();
  }

  /** The action items. */
  public abstract List<ActionItem> actionItems();

  /** The evidence the analysis rests on. */
  public abstract List<Evidence> evidence();

  /** The incident recreation, if one was attempted or consciously skipped. */
  public abstract Optional<Recreation> recreation();

  /** Follow-up reviews of the action items. */
  public abstract List<FollowUpReview> followUps();

  /** The SLOs the incident touched, with measurements before and after the fixes. */
  public abstract List<Slo> slos();

  /** Related links: tickets, dashboards, chat channels, related incidents. */
  public abstract List<Link> links();

  /**
   * JSON pointers of fields only internal audiences may see, for example {@code /detection} or
   * {@code /impact/quantities/2}. Items also carry their own {@code internal} flag.
   */
  public abstract List<String> internalFields();

  /** Sections the model has no place for, kept with their Markdown. */
  public abstract List<AdditionalSection> additionalSections();

  /**
   * Data kept verbatim from an import or a lenient read, keyed by the JSON pointer or name of
   * where it came from, so nothing is lost.
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, JsonNode> extensions();

  /** Looks up a cause by id. */
  public Optional<Cause> cause(String id) {
    return causes().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Looks up an action item by id (the first one, when ids repeat). */
  public Optional<ActionItem> actionItem(String id) {
    return actionItems().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** A builder. */
  public static ImmutablePostmortem.Builder builder() {
    return ImmutablePostmortem.builder();
  }

  /** A copy of {@code postmortem} with {@code with*} methods for changes. */
  public static ImmutablePostmortem copyOf(Postmortem postmortem) {
    return ImmutablePostmortem.copyOf(postmortem);
  }

  @Value.Check
  void check() {
    Checks.check(
        schemaVersion() == SCHEMA_VERSION,
        "Postmortem.schemaVersion " + schemaVersion() + " is not supported; this library reads "
            + SCHEMA_VERSION);
    Checks.notBlank(id(), "Postmortem", "id", "");
    Checks.notBlank(title(), "Postmortem", "title", "id=" + id());
    Set<String> ids = new HashSet<>();
    for (Cause c : causes()) {
      Checks.check(ids.add(c.id()), "Postmortem has two causes with id '" + c.id() + "'");
    }
    for (Cause c : causes()) {
      for (String target : c.ledTo()) {
        Checks.check(
            ids.contains(target),
            "Cause '" + c.id() + "' has a 'ledTo' edge to unknown cause '" + target + "'");
      }
    }
    for (int i = 0; i < fiveWhys().size(); i++) {
      WhyChain chain = fiveWhys().get(i);
      String name = chain.id().orElse("#" + (i + 1));
      chain.rootCause().ifPresent(rc -> Checks.check(
          ids.contains(rc), "WhyChain '" + name + "' ends at unknown cause '" + rc + "'"));
      for (int s = 0; s < chain.steps().size(); s++) {
        int step = s + 1;
        chain.steps().get(s).cause().ifPresent(cid -> Checks.check(
            ids.contains(cid),
            "WhyChain '" + name + "' step " + step + " refers to unknown cause '" + cid + "'"));
      }
    }
    for (Map.Entry<String, JsonNode> e : extensions().entrySet()) {
      Checks.check(e.getValue() != null, "Postmortem.extensions '" + e.getKey() + "' is null");
    }
  }
}

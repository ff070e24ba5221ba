package dev.postmortem.importer.timeline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.internal.timeline.Similarity;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.ImmutableMilestones;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A drafted timeline: events in time order with their evidence, one evidence item a source,
 * candidate milestones, what each source gave and what could not be read. Becomes a draft
 * post-mortem ({@link #toPostmortem()}) or is merged into one ({@link #mergeInto}).
 *
 * <p>What was inferred is recorded in the post-mortem's {@code extensions.timelineDraft}: for
 * each drafted event (by its {@code source}) the excerpt it was read from, how many repeats it
 * stands for, whether its kind was inferred, and the milestones filled from drafted events.
 */
public final class DraftedTimeline {
  /** The name of the extension recording what was drafted and inferred. */
  public static final String EXTENSION = "timelineDraft";

  /**
   * What one source gave.
   *
   * @param source the file or folder
   * @param format the family it was read as, or {@code null} when it could not be told
   * @param records how many records were read
   * @param events how many events were drafted
   */
  public record SourceSummary(String source, SourceFormat format, int records, int events) {}

  private static final List<String> MILESTONES =
      List.of("started", "detected", "acknowledged", "mitigated", "resolved", "statusPageUpdated");

  private final List<DraftedEvent> events;
  private final List<Evidence> evidence;
  private final List<ImportDiagnostic> diagnostics;
  private final List<SourceSummary> sources;
  private final ZoneId zone;

  DraftedTimeline(List<DraftedEvent> events, List<Evidence> evidence, List<ImportDiagnostic> diagnostics,
      List<SourceSummary> sources, ZoneId zone) {
    this.events = List.copyOf(events);
    this.evidence = List.copyOf(evidence);
    this.diagnostics = List.copyOf(diagnostics);
    this.sources = List.copyOf(sources);
    this.zone = zone;
  }

  /**
   * The drafted events, in time order.
   *
   * @return the events
   */
  public List<DraftedEvent> events() {
    return events;
  }

  /**
   * One evidence item for each source that gave events.
   *
   * @return the evidence items
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * Warnings (a source not read, and why; a source that gave nothing) and notes.
   *
   * @return the diagnostics, source by source
   */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * What each source gave, in the order given.
   *
   * @return one summary a source
   */
  public List<SourceSummary> sources() {
    return sources;
  }

  /**
   * The earliest drafted event that is a candidate for each milestone.
   *
   * @return milestone field name ({@code detected}, ...) to event, in milestone order
   */
  public Map<String, DraftedEvent> candidateMilestones() {
    Map<String, DraftedEvent> out = new LinkedHashMap<>();
    for (String m : MILESTONES) {
      for (DraftedEvent e : events) {
        if (e.milestone().filter(m::equals).isPresent()) {
          out.put(m, e);
          break;
        }
      }
    }
    return out;
  }

  /**
   * A draft post-mortem holding the drafted timeline, its evidence and the candidate milestones
   * (marked inferred in {@code extensions.timelineDraft}).
   *
   * @return the draft
   */
  public Postmortem toPostmortem() {
    OffsetDateTime first = events.isEmpty() ? null : events.get(0).event().at().orElse(null);
    String day = first == null ? "undated" : first.format(DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT));
    String id = "DRAFT-" + (first == null ? "TIMELINE" : first.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT)));
    Map<String, DraftedEvent> milestones = candidateMilestones();
    Postmortem empty = Postmortem.builder().id(id).title("Incident of " + day + " (drafted timeline)")
        .status(Status.DRAFT)
        .summary("Timeline drafted by postmortem timeline from " + sourcesSentence()
            + ". Review every event: kinds and milestones were inferred from the records' words.")
        .build();
    return merge(empty, Duration.ZERO, false).postmortem();
  }

  /**
   * Adds the drafted events to {@code postmortem}: an event already there (within {@code
   * tolerance} of the same time, with similar words) is not added again; everything the author
   * wrote is kept; empty milestones are filled from candidate events and marked inferred.
   *
   * @param postmortem the author's post-mortem
   * @param tolerance how far apart two times may be and still be the same event
   * @return the merged post-mortem, what was added and what was a duplicate
   */
  public MergeResult mergeInto(Postmortem postmortem, Duration tolerance) {
    return merge(postmortem, tolerance, true);
  }

  private MergeResult merge(Postmortem pm, Duration tolerance, boolean dedupe) {
    List<TimelineEvent> existing = pm.timeline();
    Map<DraftedEvent, TimelineEvent> duplicates = new LinkedHashMap<>();
    List<DraftedEvent> added = new ArrayList<>();
    for (DraftedEvent d : events) {
      TimelineEvent dup = dedupe ? duplicateOf(d, existing, tolerance) : null;
      if (dup == null) { // the same event in two sources (a page in PagerDuty and in Opsgenie)
        List<TimelineEvent> others = added.stream().filter(a -> !a.file().equals(d.file()))
            .map(DraftedEvent::event).toList();
        dup = duplicateOf(d, others, tolerance);
      }
      if (dup != null) {
        duplicates.put(d, dup);
      } else {
        added.add(d);
      }
    }
    // interleave: a drafted event goes before the first author's event that is later than it
    List<TimelineEvent> timeline = new ArrayList<>();
    int j = 0;
    OffsetDateTime carried = null;
    for (TimelineEvent e : existing) {
      OffsetDateTime t = e.at().orElse(carried);
      while (t != null && j < added.size() && added.get(j).event().at().orElseThrow().isBefore(t)) {
        timeline.add(added.get(j++).event());
      }
      timeline.add(e);
      carried = t;
    }
    while (j < added.size()) {
      timeline.add(added.get(j++).event());
    }
    // evidence: one item a source that gave an added event; ids kept unique
    Set<String> ids = new HashSet<>();
    pm.evidence().forEach(e -> ids.add(e.id()));
    Set<String> used = new HashSet<>();
    added.forEach(d -> used.addAll(d.event().evidence()));
    List<Evidence> evidenceOut = new ArrayList<>(pm.evidence());
    Map<String, String> renamed = new TreeMap<>();
    for (Evidence e : evidence) {
      if (!used.contains(e.id())) {
        continue;
      }
      String id = e.id();
      for (int i = 2; ids.contains(id); i++) {
        id = e.id() + "-" + i;
      }
      ids.add(id);
      if (!id.equals(e.id())) {
        renamed.put(e.id(), id);
      }
      evidenceOut.add(Evidence.builder().from(e).id(id).build());
    }
    if (!renamed.isEmpty()) {
      List<TimelineEvent> re = new ArrayList<>();
      Set<TimelineEvent> mine = new HashSet<>();
      added.forEach(d -> mine.add(d.event()));
      for (TimelineEvent e : timeline) {
        if (mine.contains(e)) {
          List<String> ev = e.evidence().stream().map(x -> renamed.getOrDefault(x, x)).toList();
          re.add(TimelineEvent.builder().from(e).evidence(ev).build());
        } else {
          re.add(e);
        }
      }
      timeline = re;
    }
    // milestones: only those the author left empty
    Map<String, DraftedEvent> filled = new LinkedHashMap<>();
    ImmutableMilestones.Builder mb = ImmutableMilestones.builder().from(pm.incident());
    Milestones m = pm.incident();
    for (Map.Entry<String, DraftedEvent> c : candidateMilestones().entrySet()) {
      OffsetDateTime at = c.getValue().event().at().orElseThrow();
      boolean empty = switch (c.getKey()) {
        case "started" -> m.started().isEmpty();
        case "detected" -> m.detected().isEmpty();
        case "acknowledged" -> m.acknowledged().isEmpty();
        case "mitigated" -> m.mitigated().isEmpty();
        case "resolved" -> m.resolved().isEmpty();
        default -> m.statusPageUpdated().isEmpty();
      };
      if (!empty) {
        continue;
      }
      switch (c.getKey()) {
        case "started" -> mb.started(at);
        case "detected" -> mb.detected(at);
        case "acknowledged" -> mb.acknowledged(at);
        case "mitigated" -> mb.mitigated(at);
        case "resolved" -> mb.resolved(at);
        default -> mb.statusPageUpdated(at);
      }
      filled.put(c.getKey(), c.getValue());
    }
    Map<String, JsonNode> extensions = new TreeMap<>(pm.extensions());
    extensions.put(EXTENSION, record(pm.extensions().get(EXTENSION), added, filled));
    Postmortem out = Postmortem.copyOf(pm).withTimeline(timeline).withEvidence(evidenceOut)
        .withIncident(mb.build()).withExtensions(extensions);
    return new MergeResult(out, List.copyOf(added), duplicates, filled);
  }

  private static TimelineEvent duplicateOf(DraftedEvent d, List<TimelineEvent> existing, Duration tolerance) {
    OffsetDateTime at = d.event().at().orElseThrow();
    for (TimelineEvent e : existing) {
      if (e.at().isEmpty()) {
        continue;
      }
      Duration gap = Duration.between(e.at().get(), at).abs();
      if (gap.compareTo(tolerance) <= 0 && Similarity.similar(e.description(), d.event().description())) {
        return e;
      }
    }
    return null;
  }

  private ObjectNode record(JsonNode previous, List<DraftedEvent> added, Map<String, DraftedEvent> filled) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = previous != null && previous.isObject() ? ((ObjectNode) previous).deepCopy() : f.objectNode();
    root.put("generatedBy", "postmortem timeline");
    var src = root.withArray("sources");
    for (SourceSummary s : sources) {
      ObjectNode o = f.objectNode();
      o.put("file", s.source());
      o.put("format", s.format() == null ? "unknown" : s.format().id());
      o.put("records", s.records());
      o.put("events", s.events());
      src.add(o);
    }
    ObjectNode ev = root.withObject("events");
    for (DraftedEvent d : added) {
      ObjectNode o = f.objectNode();
      o.put("file", d.file());
      o.put("ref", d.ref());
      o.put("excerpt", d.excerpt());
      if (d.count() > 1) {
        o.put("count", d.count());
        d.lastAt().ifPresent(t -> o.put("lastAt", t.toString()));
      }
      o.put("kind", d.event().kind().id());
      o.put("kindInferred", d.kindInferred());
      d.milestone().ifPresent(mm -> o.put("candidateMilestone", mm));
      ev.set(d.event().source().orElse(d.file() + " " + d.ref()), o);
    }
    ObjectNode ms = root.withObject("inferredMilestones");
    for (Map.Entry<String, DraftedEvent> e : filled.entrySet()) {
      ObjectNode o = f.objectNode();
      o.put("at", e.getValue().event().at().orElseThrow().toString());
      o.put("from", e.getValue().event().source().orElse(""));
      o.put("description", e.getValue().event().description());
      ms.set(e.getKey(), o);
    }
    return root;
  }

  private String sourcesSentence() {
    List<String> parts = new ArrayList<>();
    for (SourceSummary s : sources) {
      if (s.events() > 0) {
        String name = java.nio.file.Path.of(s.source()).getFileName() == null ? s.source()
            : java.nio.file.Path.of(s.source()).getFileName().toString();
        parts.add(name + " (" + s.format().id() + ", " + s.events() + " event" + (s.events() == 1 ? "" : "s") + ")");
      }
    }
    return parts.isEmpty() ? "no source" : String.join(", ", parts);
  }

  /**
   * The zone the drafted times are given in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  Optional<DraftedEvent> first() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
  }
}

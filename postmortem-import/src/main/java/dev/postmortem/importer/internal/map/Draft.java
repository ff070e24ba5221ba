package dev.postmortem.importer.internal.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.SectionKind;
import dev.postmortem.importer.SectionSynonyms;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Code;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Heading;
import dev.postmortem.importer.internal.Blocks.Html;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Quote;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.importer.internal.Blocks.TextLine;
import dev.postmortem.importer.internal.Blocks;
import dev.postmortem.importer.internal.Collector;
import dev.postmortem.importer.internal.Rx;
import dev.postmortem.importer.internal.TimeParser.DateOrder;
import dev.postmortem.importer.internal.TimeParser.Parsed;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.SourceMap;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutableMilestones;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Link;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static dev.postmortem.importer.internal.map.Texts.*;
import dev.postmortem.importer.internal.map.DocMapper.Options;

/** The post-mortem under construction, and the state shared by the readers of one import. */
final class Draft {
  final Options options;
  final Doc doc;
  final Collector out;
  final DocMapper mapper;
  final SectionTree sectionTree = new SectionTree(this);
  final MetadataReader metadataReader = new MetadataReader(this);
  final ProseReader proseReader = new ProseReader(this);
  final CauseReader causeReader = new CauseReader(this);
  final LessonsReader lessonsReader = new LessonsReader(this);
  final ParticipantReader participantReader = new ParticipantReader(this);
  final ObjectivesReader objectivesReader = new ObjectivesReader(this);
  final EvidenceReader evidenceReader = new EvidenceReader(this);
  final LinksReader linksReader = new LinksReader(this);
  final WhysReader whysReader = new WhysReader(this);
  final TimelineReader timelineReader = new TimelineReader(this);
  final HeadingEntryReader headingEntryReader = new HeadingEntryReader(this);
  final TimelineTableReader timelineTableReader = new TimelineTableReader(this);
  final EventAssembler eventAssembler = new EventAssembler(this);
  final ActionReader actionReader = new ActionReader(this);
  final ActionTableReader actionTableReader = new ActionTableReader(this);
  final SloReader sloReader = new SloReader(this);
  final RecreationReader recreationReader = new RecreationReader(this);
  final FollowUpReader followUpReader = new FollowUpReader(this);
  final ActionDetails actionDetails = new ActionDetails(this);

  Draft(Options options, Doc doc, DocMapper mapper) {
    this.options = options;
    this.doc = doc;
    this.mapper = mapper;
    this.out = new Collector(doc.source());
  }

  // state
  String title;
  int titleLine;
  String id;
  int idLine;
  final ImmutablePostmortem.Builder pm = Postmortem.builder();
  final List<TimelineEvent> timeline = new ArrayList<>();
  /** The source line of each timeline event, by index. */
  final List<Integer> timelineLines = new ArrayList<>();
  final List<ActionItem> actions = new ArrayList<>();
  final List<Cause> causes = new ArrayList<>();
  final List<WhyChain> whys = new ArrayList<>();
  final List<Object[]> pendingWhys = new ArrayList<>();
  final List<String> sscStart = new ArrayList<>();
  final List<String> sscStop = new ArrayList<>();
  final List<String> sscKeep = new ArrayList<>();
  final List<String> objectives = new ArrayList<>();
  final List<dev.postmortem.model.Evidence> evidence = new ArrayList<>();
  final List<dev.postmortem.model.Slo> slos = new ArrayList<>();
  final List<dev.postmortem.model.FollowUpReview> followUps = new ArrayList<>();
  dev.postmortem.model.Recreation recreation;
  int nearMisses;
  final dev.postmortem.model.ImmutableImpact.Builder impact = Impact.builder();
  boolean impactSet;
  final List<AdditionalSection> additional = new ArrayList<>();
  final List<Participant> participants = new ArrayList<>();
  final List<String> authors = new ArrayList<>();
  final List<String> tags = new ArrayList<>();
  final List<Link> links = new ArrayList<>();
  final dev.postmortem.model.ImmutableLessons.Builder lessons = Lessons.builder();
  int wentWell;
  int wentWrong;
  int gotLucky;
  final Map<String, JsonNode> extensions = new TreeMap<>();
  final Map<SectionKind, StringBuilder> texts = new LinkedHashMap<>();
  final Map<SectionKind, int[]> textLines = new LinkedHashMap<>();
  final ImmutableMilestones.Builder milestones = ImmutableMilestones.builder();
  final Set<String> milestoneSet = new HashSet<>();
  final Map<String, OffsetDateTime> milestoneAt = new LinkedHashMap<>();
  final Set<String> actionIds = new HashSet<>();
  Status status;
  Severity severity;
  LocalDate docDate;
  ZoneId docZone;
  /** A date the document states for its times ("All times UTC, 14 October 2026"), or null. */
  LocalDate statedDate;
  /** How many timeline sections were read. */
  int timelineSections;
  /** The heading of the timeline section each event of {@link #timeline} comes from (null: none). */
  final List<String> timelineSectionOf = new ArrayList<>();
  DateOrder order;
  final List<Block> intro = new ArrayList<>();
  /** Whether the document is a report of the kit (it has no template guidance, see ReportMarkers). */
  boolean ownReport;

  /** Whether {@code name} is a person the document names as a participant or an author. */
  boolean knownPerson(String name) {
    String n = name.strip();
    return authors.stream().anyMatch(a -> a.strip().equalsIgnoreCase(n))
        || participants.stream().anyMatch(p -> p.name().strip().equalsIgnoreCase(n)
            || p.handle().map(h -> h.replace("@", "").equalsIgnoreCase(n.replace("@", ""))).orElse(false));
  }

  boolean guidanceOnly(Section s) {
    return guidance(null, s.body).isEmpty() && s.children.stream().allMatch(this::guidanceOnly);
  }

  /** Drops template guidance: a body made only of block quotes and all-italic paragraphs. */
  List<Block> guidance(Section s, List<Block> body) {
    if (body.isEmpty() || ownReport) {
      return body;
    }
    boolean allGuidance = true;
    for (Block b : body) {
      boolean g = b instanceof Quote
          || (b instanceof Para p && (p.markdown().strip().startsWith("_") || p.markdown().strip().startsWith("*"))
              && p.markdown().strip().endsWith(p.markdown().strip().substring(0, 1))
              && !p.markdown().strip().startsWith("**"))
          || (b instanceof Html h && h.html().strip().startsWith("<!--"))
          || (b instanceof ListBlock l && l.items().stream().allMatch(i -> i.text().isBlank() && i.children().isEmpty()));
      allGuidance &= g;
    }
    if (!allGuidance) {
      return body;
    }
    if (s != null) {
      String text = body.get(0).markdown().strip();
      out.info(Kind.TEMPLATE_GUIDANCE, body.get(0).line(), 1, "", "template guidance in section '"
          + s.title() + "' was not taken as content: " + Texts.shorten(text));
    }
    return List.of();
  }

  void putExtension(String key, String value, int line, int column) {
    String k = key;
    int n = 2;
    while (extensions.containsKey(k) && !extensions.get(k).asText().equals(value)) {
      k = key + " (" + n++ + ")";
    }
    extensions.put(k, TextNode.valueOf(value));
    out.at("/extensions/" + Collector.segment(k), line, column);
  }

  void milestone(String field, OffsetDateTime at, int line, int column, boolean zoneAssumed) {
    if (!milestoneSet.add(field)) {
      return;
    }
    milestoneAt.put(field, at);
    switch (field) {
      case "started" -> milestones.started(at);
      case "detected" -> milestones.detected(at);
      case "acknowledged" -> milestones.acknowledged(at);
      case "mitigated" -> milestones.mitigated(at);
      default -> milestones.resolved(at);
    }
    out.at("/incident/" + field, line, column);
    if (zoneAssumed) {
      out.info(Kind.ASSUMED_ZONE, line, column, "/incident/" + field,
          "no zone next to the " + field + " time; assumed " + zoneFor(null));
    }
  }

  void addText(SectionKind k, String text, int line) {
    StringBuilder sb = texts.computeIfAbsent(k, x -> new StringBuilder());
    if (sb.length() > 0) {
      sb.append("\n\n");
    }
    sb.append(text);
    textLines.putIfAbsent(k, new int[] {line});
  }

  int year() {
    if (options.referenceDate() != null) {
      return options.referenceDate().getYear();
    }
    return docDate == null ? 0 : docDate.getYear();
  }

  ZoneId zoneFor(ZoneId explicit) {
    if (explicit != null) {
      return explicit;
    }
    if (docZone != null) {
      return docZone;
    }
    return options.defaultZone() != null ? options.defaultZone() : ZoneOffset.UTC;
  }

  static OffsetDateTime odt(LocalDate d, LocalTime t, ZoneId zone) {
    return ZonedDateTime.of(d, t, zone).toOffsetDateTime();
  }

}

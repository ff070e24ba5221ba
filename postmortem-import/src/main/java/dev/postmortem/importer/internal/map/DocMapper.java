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

/**
 * Maps the intermediate {@link Doc} (from Markdown or Word) to a {@link Postmortem}: sections
 * through the synonym table, metadata, timelines, action items, causes, 5 Whys, lessons; whatever
 * has no place is kept as an additional section or an extension, and every guess is reported.
 *
 * <p>A pipeline: the front matter and the preamble give the metadata ({@link MetadataReader}); the
 * headings make a {@link Section} tree ({@link SectionTree}); each section goes, by the kind its
 * title names, to the reader of that kind — {@link TimelineReader}, {@link ActionReader}, {@link
 * CauseReader}, {@link WhysReader}, {@link LessonsReader}, {@link ParticipantReader}, {@link
 * ProseReader}, {@link EvidenceReader}, {@link LinksReader}, {@link ObjectivesReader}; whatever no
 * reader takes is kept as an additional section. All readers write into one {@link Draft}.
 */
public final class DocMapper {
  /** Options of one import. */
  public record Options(
      SectionSynonyms synonyms, LocalDate referenceDate, ZoneId defaultZone, String idHint,
      DateOrder dateOrder, dev.postmortem.importer.ImportMapping mapping) {
    /** Options that decide the date order by the document and rewrite no words. */
    public Options(SectionSynonyms synonyms, LocalDate referenceDate, ZoneId defaultZone, String idHint) {
      this(synonyms, referenceDate, defaultZone, idHint, null, null);
    }
  }

  private final Draft d;

  private DocMapper(Options options, Doc doc) {
    this.d = new Draft(options, doc, this);
  }

  /** Maps {@code doc}. */
  public static ImportResult map(Doc doc, Options options) {
    return new DocMapper(options, MappingRewriter.rewrite(doc, options.mapping())).run();
  }

  ImportResult run() {
    StringBuilder all = new StringBuilder();
    d.metadataReader.collectText(d.doc.blocks(), all);
    d.order = d.options.dateOrder() != null ? d.options.dateOrder() : TimeParser.evidence(all);
    d.metadataReader.frontMatter();
    d.ownReport = ReportMarkers.ownReport(d);
    d.metadataReader.documentZone();
    Section root = d.sectionTree.tree();
    d.metadataReader.preamble(root);
    for (Section s : root.children) {
      section(s, null);
    }
    return build();
  }

  void section(Section s, SectionKind parentKind) {
    Optional<SectionKind> kind = d.options.synonyms().kindOf(s.title());
    Parsed entry = kind.isEmpty() ? d.headingEntryReader.entryTime(s) : null;
    if (entry != null) {
      List<Block> leftovers = new ArrayList<>();
      d.headingEntryReader.readLoose(s, entry, leftovers);
      keepLeftovers(s, leftovers, List.of());
      return;
    }
    if (kind.isEmpty()) {
      if (d.metadataReader.metadataHeading(s)) {
        return;
      }
      unmapped(s);
      return;
    }
    List<Block> body = d.guidance(s, s.body);
    List<Block> leftovers = new ArrayList<>();
    SectionKind k = kind.get();
    if (k != SectionKind.METADATA && k != SectionKind.ACTION_ITEMS && k != SectionKind.TIMELINE) {
      d.metadataReader.boldLabels(body);
    }
    switch (k) {
      case METADATA -> d.metadataReader.metadataBlocks(body, leftovers);
      case IMPACT -> d.proseReader.prose(k, s, d.proseReader.impactFacts(
          FactTables.unfold(body, l -> ProseReader.impactKey(l + ":") != null)), leftovers);
      case SUMMARY, DETECTION, TRIGGER, RESOLUTION -> d.proseReader.prose(k, s, body, leftovers);
      case ROOT_CAUSES, CONTRIBUTING_FACTORS -> d.causeReader.causes(k, body, leftovers);
      case TIMELINE -> d.timelineReader.timeline(s, body, leftovers);
      case ACTION_ITEMS -> d.actionReader.actions(s, body, leftovers,
          ActionWords.actionType(s.title()), ActionWords.actionStatus(s.title()));
      case LESSONS_LEARNED -> leftovers.addAll(body);
      case WENT_WELL, WENT_WRONG, GOT_LUCKY -> d.lessonsReader.lessons(k, body, leftovers);
      case FIVE_WHYS -> {
        d.whysReader.whys(s, body, leftovers, null, null);
        for (Section c : s.children) {
          Matcher wm = Rx.p("^([\\p{L}]{0,4}\\d+)\\s*[:：.]\\s*(.+)$").matcher(c.title());
          if (wm.matches() && d.options.synonyms().kindOf(c.title()).isEmpty()) {
            d.whysReader.whys(c, c.body, leftovers, wm.group(1), wm.group(2));
          }
        }
      }
      case PARTICIPANTS -> d.participantReader.participants(body, leftovers);
      case LINKS -> d.linksReader.links(body, leftovers);
      case OBJECTIVES -> d.objectivesReader.objectives(body, leftovers);
      case START_STOP_CONTINUE -> {
        leftovers.addAll(body);
        for (Section c : s.children) {
          String n = c.title().toLowerCase(Locale.ROOT).strip();
          List<String> target = n.startsWith("start") || n.startsWith("começar") ? d.sscStart
              : n.startsWith("stop") || n.startsWith("parar") ? d.sscStop
              : n.startsWith("continue") || n.startsWith("keep") || n.startsWith("continuar") ? d.sscKeep : null;
          if (target == null) {
            Texts.appendLeftoverSection(leftovers, c);
            continue;
          }
          String field = target == d.sscStart ? "start" : target == d.sscStop ? "stop" : "continue";
          for (Block b : c.body) {
            if (b instanceof ListBlock l) {
              for (Item it : l.items()) {
                d.out.at("/startStopContinue/" + field + "/" + target.size(), it.line(), 1);
                target.add(Texts.itemText(it));
              }
            } else {
              leftovers.add(b);
            }
          }
        }
      }
      case EVIDENCE -> d.evidenceReader.evidenceTable(body, leftovers);
      case NEAR_MISSES -> d.lessonsReader.lessons(k, body, leftovers);
      case SLOS -> d.sloReader.slos(body, leftovers);
      case RECREATION -> d.recreationReader.recreation(s, body, leftovers);
      case FOLLOW_UPS -> d.followUpReader.followUps(s, body, leftovers);
      default -> leftovers.addAll(body);
    }
    List<Section> unmappedChildren = new ArrayList<>();
    for (Section c : s.children) {
      if (k == SectionKind.START_STOP_CONTINUE) {
        continue;
      }
      if (k == SectionKind.FIVE_WHYS && Rx.matches(c.title(), "^([\\p{L}]{0,4}\\d+)\\s*[:：.]\\s*(.+)$")
          && d.options.synonyms().kindOf(c.title()).isEmpty()) {
        continue;
      }
      if (k == SectionKind.TIMELINE || k == SectionKind.ACTION_ITEMS || k == SectionKind.RECREATION
          || k == SectionKind.FOLLOW_UPS) {
        continue; // handled inside: per-day headings, action groups, steps, one review each
      }
      if (d.options.synonyms().kindOf(c.title()).isPresent() || d.headingEntryReader.entryTime(c) != null
          || k == SectionKind.LESSONS_LEARNED
          || k == SectionKind.ROOT_CAUSES || k == SectionKind.LINKS) {
        section(c, k);
      } else {
        unmappedChildren.add(c);
      }
    }
    keepLeftovers(s, leftovers, unmappedChildren);
  }

  /** Keeps what the readers of section {@code s} left as an additional section of its title. */
  private void keepLeftovers(Section s, List<Block> leftovers, List<Section> unmappedChildren) {
    if (leftovers.isEmpty() && unmappedChildren.isEmpty()) {
      return;
    }
    StringBuilder md = new StringBuilder();
    for (Block b : leftovers) {
      Texts.append(md, b.markdown());
    }
    for (Section c : unmappedChildren) {
      Texts.appendSection(md, c);
    }
    if (!md.toString().isBlank()) {
      String ptr = "/additionalSections/" + d.additional.size();
      d.additional.add(AdditionalSection.of(s.title(), md.toString().strip()));
      int line = leftovers.isEmpty() ? unmappedChildren.get(0).line() : leftovers.get(0).line();
      d.out.at(ptr, line, 1);
      d.out.info(Kind.UNMAPPED_CONTENT, line, 1, ptr, "content of section '" + s.title()
          + "' that has no place in the model was kept as an additional section");
    }
  }

  void unmapped(Section s) {
    if (s.heading != null && d.guidance(null, s.body).isEmpty() && !s.children.isEmpty()
        && s.children.stream().allMatch(c -> d.options.synonyms().kindOf(c.title()).isEmpty()
            && d.headingEntryReader.entryTime(c) == null)) {
      // a container heading ("Additional information", "Appendix"): each sub-section stands alone
      for (Section c : s.children) {
        unmapped(c);
      }
      return;
    }
    List<Section> keep = new ArrayList<>();
    List<Section> mapped = new ArrayList<>();
    for (Section c : s.children) {
      (d.options.synonyms().kindOf(c.title()).isPresent() || d.headingEntryReader.entryTime(c) != null
          ? mapped : keep).add(c);
    }
    List<Block> body = d.guidance(s, s.body);
    StringBuilder md = new StringBuilder();
    for (Block b : body) {
      Texts.append(md, b.markdown());
    }
    for (Section c : keep) {
      StringBuilder sub = new StringBuilder();
      Texts.appendSection(sub, c);
      if (!d.guidanceOnly(c)) {
        Texts.append(md, sub.toString());
      }
    }
    if (md.toString().isBlank()) {
      if (s.heading != null) {
        d.out.info(Kind.TEMPLATE_GUIDANCE, s.line(), 1, "",
            "section '" + s.title() + "' is empty and was left out");
      }
    } else {
      String ptr = "/additionalSections/" + d.additional.size();
      d.additional.add(AdditionalSection.of(s.title().isBlank() ? "Untitled" : s.title(),
          md.toString().strip()));
      d.out.at(ptr, s.line(), 1);
      d.out.info(Kind.UNMAPPED_SECTION, s.line(), 1, ptr,
          "section '" + s.title() + "' matches no known section; kept as an additional section");
    }
    for (Section c : mapped) {
      section(c, null);
    }
  }

  // ---------------------------------------------------------------- build

  ImportResult build() {
    String src = d.doc.source();
    if (d.title == null || d.title.isBlank()) {
      d.title = d.options.idHint() != null ? d.options.idHint() : "Untitled post-mortem";
      d.out.warn(Kind.GUESSED_VALUE, 1, 1, "/title", "the document has no title; used '" + d.title + "'");
    } else {
      d.out.at("/title", Math.max(1, d.titleLine), 1);
    }
    if (d.id == null) {
      d.id = idFrom(d.title);
      d.out.info(Kind.GENERATED_ID, Math.max(1, d.titleLine), 1, "/id", "the document has no id; generated '" + d.id + "'");
      d.idLine = d.titleLine;
    }
    d.pm.id(d.id).title(d.title);
    if (d.status != null) {
      d.pm.status(d.status);
    }
    if (d.severity != null) {
      d.pm.severity(d.severity);
    }
    if (!d.intro.isEmpty()) {
      if (!d.texts.containsKey(SectionKind.SUMMARY)) {
        StringBuilder sb = new StringBuilder();
        List<Block> rest = new ArrayList<>();
        for (Block b : d.intro) {
          String t = Texts.plain(b);
          if (t == null) {
            rest.add(b);
          } else {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(t);
          }
        }
        if (sb.length() > 0) {
          d.addText(SectionKind.SUMMARY, sb.toString(), d.intro.get(0).line());
          d.out.info(Kind.GUESSED_VALUE, d.intro.get(0).line(), 1, "/summary",
              "the introduction has been taken as the summary");
        }
        if (!rest.isEmpty()) {
          introSection(rest);
        }
      } else {
        introSection(d.intro);
      }
    }
    d.texts.forEach((k, sb) -> {
      String v = sb.toString();
      int line = d.textLines.get(k)[0];
      switch (k) {
        case SUMMARY -> {
          d.pm.summary(v);
          d.out.at("/summary", line, 1);
        }
        case IMPACT -> {
          d.impact.description(v);
          d.impactSet = true;
          d.out.at("/impact", line, 1);
        }
        case DETECTION -> {
          d.pm.detection(v);
          d.out.at("/detection", line, 1);
        }
        case TRIGGER -> {
          d.pm.trigger(v);
          d.out.at("/trigger", line, 1);
        }
        case RESOLUTION -> {
          d.pm.resolution(v);
          d.out.at("/resolution", line, 1);
        }
        default -> { }
      }
    });
    TimelineMerge.merge(d);
    MilestoneInference.infer(d);
    if (d.impactSet) {
      d.pm.impact(d.impact.build());
    }
    d.pm.objectives(d.objectives).evidence(d.evidence).startStopContinue(
        dev.postmortem.model.StartStopContinue.builder().start(d.sscStart).stop(d.sscStop).keep(d.sscKeep).build());
    d.pm.authors(d.authors).tags(d.tags).participants(d.participants).timeline(d.timeline).causes(d.causes)
        .fiveWhys(d.whys).actionItems(d.actions).links(d.links).additionalSections(d.additional)
        .lessonsLearned(d.lessons.build()).incident(d.milestones.build()).extensions(d.extensions)
        .slos(d.slos).followUps(d.followUps);
    if (d.recreation != null) {
      d.pm.recreation(d.recreation);
    }
    Postmortem p = ReportMarkers.apply(d.pm.build(), d);
    return new ImportResult(PostmortemDocument.of(p, src, SourceMap.of(d.out.positions())),
        OverrideHints.annotate(sortDiagnostics(d.out.diagnostics())));
  }

  void introSection(List<Block> blocks) {
    StringBuilder md = new StringBuilder();
    for (Block b : blocks) {
      Texts.append(md, b.markdown());
    }
    if (md.toString().isBlank()) {
      return;
    }
    String ptr = "/additionalSections/" + d.additional.size();
    d.additional.add(0, AdditionalSection.of("Introduction", md.toString().strip()));
    d.out.at("/additionalSections/0", blocks.get(0).line(), 1);
    d.out.info(Kind.UNMAPPED_CONTENT, blocks.get(0).line(), 1, ptr,
        "the text before the first section was kept as the additional section 'Introduction'");
  }

  static List<dev.postmortem.importer.ImportDiagnostic> sortDiagnostics(
      List<dev.postmortem.importer.ImportDiagnostic> ds) {
    List<dev.postmortem.importer.ImportDiagnostic> copy = new ArrayList<>(ds);
    copy.sort(java.util.Comparator.comparingInt(dev.postmortem.importer.ImportDiagnostic::line));
    return copy;
  }

  String idFrom(String t) {
    Matcher m = Rx.p("(?i)\\b([A-Z]{2,10}-\\d{2,4}-\\d{1,5}|[A-Z]{2,10}-\\d{1,6}|INC-?\\d+)\\b").matcher(t);
    if (m.find()) {
      return m.group(1);
    }
    if (d.options.idHint() != null && !d.options.idHint().isBlank()) {
      return d.options.idHint();
    }
    String slug = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "imported" : slug;
  }

  static JsonNode text(String s) {
    return JsonNodeFactory.instance.textNode(s);
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}

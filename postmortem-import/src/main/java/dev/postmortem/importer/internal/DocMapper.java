package dev.postmortem.importer.internal;

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
import dev.postmortem.importer.internal.TimeParser.DateOrder;
import dev.postmortem.importer.internal.TimeParser.Parsed;
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

/**
 * Maps the intermediate {@link Doc} (from Markdown or Word) to a {@link Postmortem}: sections
 * through the synonym table, metadata, timelines, action items, causes, 5 Whys, lessons; whatever
 * has no place is kept as an additional section or an extension, and every guess is reported.
 */
public final class DocMapper {
  /** Options of one import. */
  public record Options(
      SectionSynonyms synonyms, LocalDate referenceDate, ZoneId defaultZone, String idHint) {}

  private final Options options;
  private final Doc doc;
  private final Collector out;

  // state
  private String title;
  private int titleLine;
  private String id;
  private int idLine;
  private final ImmutablePostmortem.Builder pm = Postmortem.builder();
  private final List<TimelineEvent> timeline = new ArrayList<>();
  private final List<ActionItem> actions = new ArrayList<>();
  private final List<Cause> causes = new ArrayList<>();
  private final List<WhyChain> whys = new ArrayList<>();
  private final List<Object[]> pendingWhys = new ArrayList<>();
  private final List<String> sscStart = new ArrayList<>();
  private final List<String> sscStop = new ArrayList<>();
  private final List<String> sscKeep = new ArrayList<>();
  private final List<String> objectives = new ArrayList<>();
  private final List<dev.postmortem.model.Evidence> evidence = new ArrayList<>();
  private final dev.postmortem.model.ImmutableImpact.Builder impact = Impact.builder();
  private boolean impactSet;
  private final List<AdditionalSection> additional = new ArrayList<>();
  private final List<Participant> participants = new ArrayList<>();
  private final List<String> authors = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final dev.postmortem.model.ImmutableLessons.Builder lessons = Lessons.builder();
  private int wentWell;
  private int wentWrong;
  private int gotLucky;
  private final Map<String, JsonNode> extensions = new TreeMap<>();
  private final Map<SectionKind, StringBuilder> texts = new LinkedHashMap<>();
  private final Map<SectionKind, int[]> textLines = new LinkedHashMap<>();
  private final ImmutableMilestones.Builder milestones = ImmutableMilestones.builder();
  private final Set<String> milestoneSet = new HashSet<>();
  private final Set<String> actionIds = new HashSet<>();
  private Status status;
  private Severity severity;
  private LocalDate docDate;
  private ZoneId docZone;
  private DateOrder order;
  private final List<Block> intro = new ArrayList<>();

  private DocMapper(Options options, Doc doc) {
    this.options = options;
    this.doc = doc;
    this.out = new Collector(doc.source());
  }

  /** Maps {@code doc}. */
  public static ImportResult map(Doc doc, Options options) {
    return new DocMapper(options, doc).run();
  }

  // ---------------------------------------------------------------- sections

  /** A heading and what belongs to it. */
  private static final class Section {
    final Heading heading;
    final int level;
    final List<Block> body = new ArrayList<>();
    final List<Section> children = new ArrayList<>();

    Section(Heading heading, int level) {
      this.heading = heading;
      this.level = level;
    }

    String title() {
      return heading == null ? "" : heading.text();
    }

    int line() {
      return heading == null ? 1 : heading.line();
    }
  }

  private ImportResult run() {
    StringBuilder all = new StringBuilder();
    collectText(doc.blocks(), all);
    order = TimeParser.evidence(all);
    frontMatter();
    documentZone();
    Section root = tree();
    preamble(root);
    for (Section s : root.children) {
      section(s, null);
    }
    return build();
  }

  /** A zone stated once for the whole document ("All times are Europe/Berlin."). */
  private void documentZone() {
    ZoneId found = null;
    int line = 0;
    for (Block b : doc.blocks()) {
      if (b instanceof Para p && zoneStatementOnly(p)
          && Rx.matches(p.text().toLowerCase(Locale.ROOT), "(?s).*\\b(all|every)\\b.*")) {
        ZoneId z = TimeParser.zoneStatement(p.text());
        if (found != null && !found.equals(z)) {
          return;
        }
        found = z;
        line = p.line();
      }
    }
    if (found != null) {
      docZone = found;
      out.info(Kind.ASSUMED_ZONE, line, 1, "", "times without a zone are read in " + found
          + ", as the document states here");
    }
  }

  private void collectText(List<Block> blocks, StringBuilder sb) {
    for (Block b : blocks) {
      if (sb.length() > 2_000_000) {
        return;
      }
      if (b instanceof Heading h) {
        sb.append(h.text()).append('\n');
      } else if (b instanceof Para p) {
        sb.append(p.text()).append('\n');
      } else if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          sb.append(it.text()).append('\n');
          collectText(it.children(), sb);
        }
      } else if (b instanceof Table t) {
        for (Row r : t.rows()) {
          for (Inline c : r.cells()) {
            sb.append(c.text()).append(' ');
          }
          sb.append('\n');
        }
      } else if (b instanceof Code c && c.info() == null) {
        sb.append(c.literal());
      }
    }
  }

  private Section tree() {
    Section root = new Section(null, 0);
    List<Section> stack = new ArrayList<>();
    stack.add(root);
    boolean first = true;
    for (Block b : doc.blocks()) {
      Heading h = null;
      if (b instanceof Heading hh) {
        h = hh;
      } else if (b instanceof Para p) {
        h = pseudoHeading(p, stack);
        if (h == null) {
          Para value = labelledSection(p, stack);
          if (value != null) {
            Heading lh = new Heading(level(stack), new Inline(label(p), null, List.of()), p.line(),
                p.column(), p.markdown());
            Section s = open(stack, lh);
            s.body.add(value);
            first = false;
            continue;
          }
        }
      }
      if (h != null) {
        if (first && h.level() == 1 && title != null
            && Rx.replaceAll(h.text(), "\\s+", " ").strip().equals(Rx.replaceAll(title, "\\s+", " ").strip())) {
          titleLine = h.line();
          first = false;
          continue;
        }
        if (first && title == null && h.level() == 1
            && options.synonyms().exactKindOf(h.text()).isEmpty()) {
          title = h.text().isBlank() ? null : h.text();
          titleLine = h.line();
          first = false;
          continue;
        }
        first = false;
        open(stack, h);
        continue;
      }
      if (!(b instanceof Quote) && !(b instanceof Html)) {
        first = false;
      }
      stack.get(stack.size() - 1).body.add(b);
    }
    return root;
  }

  private static Section open(List<Section> stack, Heading h) {
    while (stack.size() > 1 && stack.get(stack.size() - 1).level >= h.level()) {
      stack.remove(stack.size() - 1);
    }
    Section s = new Section(h, h.level());
    stack.get(stack.size() - 1).children.add(s);
    stack.add(s);
    return s;
  }

  private static int level(List<Section> stack) {
    Section top = stack.get(stack.size() - 1);
    return top.heading == null ? 2 : Math.max(2, top.level);
  }

  /** A paragraph that only says "Action Items" (or "**Timeline**") acts as a heading. */
  private Heading pseudoHeading(Para p, List<Section> stack) {
    String t = p.text().strip();
    if (t.isEmpty() || t.length() > 60 || t.contains("\n") || p.lines().size() > 1) {
      return null;
    }
    String label = t.endsWith(":") || t.endsWith("：") ? t.substring(0, t.length() - 1) : t;
    if (options.synonyms().exactKindOf(label).isEmpty()) {
      return null;
    }
    return new Heading(level(stack), new Inline(label.strip(), null, List.of()), p.line(),
        p.column(), p.markdown());
  }

  private static String label(Para p) {
    String lead = p.inline().lead();
    String l = lead.endsWith(":") || lead.endsWith("：") ? lead.substring(0, lead.length() - 1) : lead;
    return l.strip();
  }

  /** "**Root cause:** the pool ran dry" becomes a Root Causes section holding the rest. */
  private Para labelledSection(Para p, List<Section> stack) {
    String lead = p.inline().lead();
    if (lead == null || lead.length() > 60) {
      return null;
    }
    String text = p.text();
    if (!text.startsWith(lead)) {
      return null;
    }
    String rest = text.substring(lead.length());
    boolean colon = lead.endsWith(":") || lead.endsWith("：");
    if (!colon) {
      if (!(rest.startsWith(":") || rest.startsWith("："))) {
        return null;
      }
      rest = rest.substring(1);
    }
    String key = colon ? lead.substring(0, lead.length() - 1) : lead;
    if (options.synonyms().exactKindOf(key).isEmpty() || rest.isBlank()) {
      return null;
    }
    return new Para(new Inline(rest.strip(), null, p.inline().links()),
        List.of(new TextLine(new Inline(rest.strip(), null, p.inline().links()), p.line())),
        p.line(), p.column(), p.markdown());
  }

  private void section(Section s, SectionKind parentKind) {
    Optional<SectionKind> kind = options.synonyms().kindOf(s.title());
    if (kind.isEmpty()) {
      if (metadataHeading(s)) {
        return;
      }
      unmapped(s);
      return;
    }
    List<Block> body = guidance(s, s.body);
    List<Block> leftovers = new ArrayList<>();
    SectionKind k = kind.get();
    switch (k) {
      case METADATA -> metadataBlocks(body, leftovers);
      case IMPACT -> prose(k, s, impactFacts(body), leftovers);
      case SUMMARY, DETECTION, TRIGGER, RESOLUTION -> prose(k, s, body, leftovers);
      case ROOT_CAUSES, CONTRIBUTING_FACTORS -> causes(k, body, leftovers);
      case TIMELINE -> timeline(s, body, leftovers);
      case ACTION_ITEMS -> actions(s, body, leftovers, null, null);
      case LESSONS_LEARNED -> leftovers.addAll(body);
      case WENT_WELL, WENT_WRONG, GOT_LUCKY -> lessons(k, body, leftovers);
      case FIVE_WHYS -> {
        whys(s, body, leftovers, null, null);
        for (Section c : s.children) {
          Matcher wm = Rx.p("^([\\p{L}]{0,4}\\d+)\\s*[:：.]\\s*(.+)$").matcher(c.title());
          if (wm.matches() && options.synonyms().kindOf(c.title()).isEmpty()) {
            whys(c, c.body, leftovers, wm.group(1), wm.group(2));
          }
        }
      }
      case PARTICIPANTS -> participants(body, leftovers);
      case LINKS -> links(body, leftovers);
      case OBJECTIVES -> objectives(body, leftovers);
      case START_STOP_CONTINUE -> {
        leftovers.addAll(body);
        for (Section c : s.children) {
          String n = c.title().toLowerCase(Locale.ROOT).strip();
          List<String> target = n.startsWith("start") || n.startsWith("começar") ? sscStart
              : n.startsWith("stop") || n.startsWith("parar") ? sscStop
              : n.startsWith("continue") || n.startsWith("keep") || n.startsWith("continuar") ? sscKeep : null;
          if (target == null) {
            appendLeftoverSection(leftovers, c);
            continue;
          }
          String field = target == sscStart ? "start" : target == sscStop ? "stop" : "continue";
          for (Block b : c.body) {
            if (b instanceof ListBlock l) {
              for (Item it : l.items()) {
                out.at("/startStopContinue/" + field + "/" + target.size(), it.line(), 1);
                target.add(itemText(it));
              }
            } else {
              leftovers.add(b);
            }
          }
        }
      }
      case EVIDENCE -> evidenceTable(body, leftovers);
      default -> leftovers.addAll(body);
    }
    List<Section> unmappedChildren = new ArrayList<>();
    for (Section c : s.children) {
      if (k == SectionKind.START_STOP_CONTINUE) {
        continue;
      }
      if (k == SectionKind.FIVE_WHYS && Rx.matches(c.title(), "^([\\p{L}]{0,4}\\d+)\\s*[:：.]\\s*(.+)$")
          && options.synonyms().kindOf(c.title()).isEmpty()) {
        continue;
      }
      if (k == SectionKind.TIMELINE || k == SectionKind.ACTION_ITEMS) {
        continue; // handled inside: per-day headings, action groups
      }
      if (options.synonyms().kindOf(c.title()).isPresent() || k == SectionKind.LESSONS_LEARNED
          || k == SectionKind.ROOT_CAUSES || k == SectionKind.LINKS) {
        section(c, k);
      } else {
        unmappedChildren.add(c);
      }
    }
    if (!leftovers.isEmpty() || !unmappedChildren.isEmpty()) {
      StringBuilder md = new StringBuilder();
      for (Block b : leftovers) {
        append(md, b.markdown());
      }
      for (Section c : unmappedChildren) {
        appendSection(md, c);
      }
      if (!md.toString().isBlank()) {
        String ptr = "/additionalSections/" + additional.size();
        additional.add(AdditionalSection.of(s.title(), md.toString().strip()));
        int line = leftovers.isEmpty() ? unmappedChildren.get(0).line() : leftovers.get(0).line();
        out.at(ptr, line, 1);
        out.info(Kind.UNMAPPED_CONTENT, line, 1, ptr, "content of section '" + s.title()
            + "' that has no place in the model was kept as an additional section");
      }
    }
  }

  private static void append(StringBuilder md, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (md.length() > 0) {
      md.append("\n\n");
    }
    md.append(text.strip());
  }

  private void appendSection(StringBuilder md, Section s) {
    append(md, s.heading.markdown());
    for (Block b : s.body) {
      append(md, b.markdown());
    }
    for (Section c : s.children) {
      appendSection(md, c);
    }
  }

  private void unmapped(Section s) {
    if (s.heading != null && guidance(null, s.body).isEmpty() && !s.children.isEmpty()
        && s.children.stream().allMatch(c -> options.synonyms().kindOf(c.title()).isEmpty())) {
      // a container heading ("Additional information", "Appendix"): each sub-section stands alone
      for (Section c : s.children) {
        unmapped(c);
      }
      return;
    }
    List<Section> keep = new ArrayList<>();
    List<Section> mapped = new ArrayList<>();
    for (Section c : s.children) {
      (options.synonyms().kindOf(c.title()).isPresent() ? mapped : keep).add(c);
    }
    List<Block> body = guidance(s, s.body);
    StringBuilder md = new StringBuilder();
    for (Block b : body) {
      append(md, b.markdown());
    }
    for (Section c : keep) {
      StringBuilder sub = new StringBuilder();
      appendSection(sub, c);
      if (!guidanceOnly(c)) {
        append(md, sub.toString());
      }
    }
    if (md.toString().isBlank()) {
      if (s.heading != null) {
        out.info(Kind.TEMPLATE_GUIDANCE, s.line(), 1, "",
            "section '" + s.title() + "' is empty and was left out");
      }
    } else {
      String ptr = "/additionalSections/" + additional.size();
      additional.add(AdditionalSection.of(s.title().isBlank() ? "Untitled" : s.title(),
          md.toString().strip()));
      out.at(ptr, s.line(), 1);
      out.info(Kind.UNMAPPED_SECTION, s.line(), 1, ptr,
          "section '" + s.title() + "' matches no known section; kept as an additional section");
    }
    for (Section c : mapped) {
      section(c, null);
    }
  }

  private boolean guidanceOnly(Section s) {
    return guidance(null, s.body).isEmpty() && s.children.stream().allMatch(this::guidanceOnly);
  }

  /** Drops template guidance: a body made only of block quotes and all-italic paragraphs. */
  private List<Block> guidance(Section s, List<Block> body) {
    if (body.isEmpty()) {
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
          + s.title() + "' was not taken as content: " + shorten(text));
    }
    return List.of();
  }

  private static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }

  // ---------------------------------------------------------------- metadata

  // made on first use: most Markdown documents have no front matter, and a mapper costs a
  // short-lived process (the command line) some 70 ms of class initialisation
  private static final class FrontMatterMappers {
    static final ObjectMapper TOML = new TomlMapper();
    static final ObjectMapper YAML = new YAMLMapper();
  }

  private static final Map<String, String> META = new LinkedHashMap<>();

  static {
    meta("id", "id", "incident id", "incident number", "incident no", "incident #", "incident",
        "postmortem id", "report id", "number", "インシデントid", "インシデント番号", "número",
        "numero", "identificador");
    meta("title", "title", "タイトル", "件名", "título", "titulo");
    meta("date", "date", "incident date", "date of the incident", "postmortem date", "日付",
        "発生日", "data", "data do incidente", "fecha", "datum");
    meta("started", "start", "started", "start time", "started at", "start date", "impact start",
        "incident start", "began", "発生日時", "発生時刻", "開始", "開始日時", "início", "inicio",
        "começo");
    meta("detected", "detected", "detection time", "detected at", "time detected", "検知日時",
        "検知時刻", "detectado");
    meta("acknowledged", "acknowledged", "acknowledged at");
    meta("mitigated", "mitigated", "mitigated at", "mitigation time", "緩和日時");
    meta("resolved", "end", "ended", "end time", "end date", "ended at", "resolved",
        "resolved at", "resolution time", "impact end", "incident end", "復旧日時", "復旧時刻",
        "終了", "終了日時", "fim", "término", "resolvido");
    meta("authors", "author", "authors", "by", "written by", "created by", "owner",
        "postmortem owner", "postmortem lead", "report owner", "作成者", "執筆者", "著者",
        "autor", "autores", "autoria", "responsável pelo postmortem");
    meta("status", "status", "report status", "document status", "state", "ステータス", "状態",
        "situação", "estado");
    meta("severity", "severity", "sev", "incident severity", "sev level", "severity level",
        "impact level", "重大度", "深刻度", "重要度", "severidade", "gravidade", "severidad");
    meta("tags", "tags", "labels", "keywords", "タグ", "etiquetas");
    meta("commander", "incident lead", "incident commander", "ic", "incident manager",
        "incident mgmt lead", "インシデントコマンダー", "コマンダー", "líder do incidente",
        "comandante do incidente");
    meta("reviewers", "reviewer", "reviewers", "approver", "approvers", "レビュアー", "レビュワー",
        "revisor", "revisores");
    meta("summary", "summary", "tl dr", "tldr", "サマリー", "概要", "resumo");
  }

  private static void meta(String field, String... keys) {
    for (String k : keys) {
      META.put(k, field);
    }
  }

  private static String metaField(String key) {
    String k = key.toLowerCase(Locale.ROOT).replaceAll("[*_`:：]", "").replaceAll("\\s+", " ").strip();
    k = k.replaceAll("\\s*\\(.*\\)$", "").strip();
    return META.get(k);
  }

  private void frontMatter() {
    if (doc.frontMatter() == null) {
      return;
    }
    ObjectMapper mapper = "toml".equals(doc.frontMatterFormat())
        ? FrontMatterMappers.TOML : FrontMatterMappers.YAML;
    JsonNode node;
    try {
      node = mapper.readTree(doc.frontMatter());
    } catch (Exception e) {
      String ptr = "/extensions/" + Collector.segment("frontMatter");
      extensions.put("frontMatter", TextNode.valueOf(doc.frontMatter()));
      out.at(ptr, doc.frontMatterLine(), 1);
      out.warn(Kind.SKIPPED_INPUT, doc.frontMatterLine(), 1, ptr, "the " + doc.frontMatterFormat()
          + " front matter could not be read (" + firstLine(e.getMessage())
          + "); kept verbatim in the extensions");
      return;
    }
    if (node == null || !node.isObject()) {
      return;
    }
    int line = doc.frontMatterLine();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      int l = line + lineOfKey(doc.frontMatter(), key);
      String field = metaField(key);
      if (field != null && (v.isValueNode() || (v.isArray() && field.equals("authors")) || (v.isArray() && field.equals("tags")))) {
        if (v.isArray()) {
          for (JsonNode item : v) {
            metadata(key, item.asText(), l, 1, null);
          }
        } else {
          metadata(key, v.asText(), l, 1, null);
        }
        if (field.equals("date") || field.equals("id") || field.equals("title") || field.equals("tags") || field.equals("authors")) {
          continue;
        }
      }
      if (field == null || !(field.equals("date"))) {
        if (field == null) {
          String ptr = "/extensions/" + Collector.segment("frontMatter/" + key);
          extensions.put("frontMatter/" + key, v);
          out.at(ptr, l, 1);
        }
      }
    }
  }

  private static int lineOfKey(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith(key + ":") || l.startsWith(key + " =") || l.startsWith(key + "=")
          || l.startsWith("\"" + key + "\"")) {
        return i;
      }
    }
    return 0;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Applies one metadata value; returns whether the key was known. */
  private boolean metadata(String key, String value, int line, int column, String raw) {
    String field = metaField(key);
    String v = value.strip();
    String extKey = "metadata/" + key.strip();
    if (field == null) {
      putExtension(extKey, v, line, column);
      out.info(Kind.UNMAPPED_METADATA, line, column, "/extensions/" + Collector.segment(extKey),
          "metadata field '" + key.strip() + "' has no place in the model; kept in the extensions");
      return false;
    }
    if (v.isEmpty() || v.equals("—") || v.equals("-") || v.equalsIgnoreCase("n/a")) {
      return true;
    }
    switch (field) {
      case "id" -> {
        if (id == null) {
          id = v;
          idLine = line;
          out.at("/id", line, column);
        }
      }
      case "title" -> {
        if (title == null) {
          title = v;
          titleLine = line;
        }
      }
      case "date" -> {
        Parsed p = TimeParser.parse(v, order, 0);
        if (p != null && p.date() != null && docDate == null) {
          docDate = p.date();
        }
        putExtension(extKey, v, line, column);
      }
      case "started", "detected", "acknowledged", "mitigated", "resolved" -> {
        Parsed p = TimeParser.parse(v, order, docDate == null ? 0 : docDate.getYear());
        if (p != null && p.date() != null && p.time() != null) {
          ZoneId z = p.zone() != null ? p.zone() : zoneFor(null);
          OffsetDateTime at = odt(p.date(), p.time(), z);
          milestone(field, at, line, column, p.zone() == null);
          if (p.consumed() < v.length() && !v.substring(p.consumed()).isBlank()) {
            putExtension(extKey, v, line, column);
          }
        } else {
          if (p != null && p.date() != null && docDate == null) {
            docDate = p.date();
          }
          putExtension(extKey, v, line, column);
          out.info(Kind.UNPARSEABLE_TIME, line, column, "/extensions/" + Collector.segment(extKey),
              "'" + shorten(v) + "' is not a complete date and time; kept in the extensions");
        }
      }
      case "authors" -> {
        for (String a : v.split("\\s*[,、;]\\s*|\\s+and\\s+|\\s*&\\s*")) {
          if (!a.isBlank() && !authors.contains(a.strip())) {
            out.at("/authors/" + authors.size(), line, column);
            authors.add(a.strip());
          }
        }
      }
      case "commander", "reviewers" -> {
        Role role = field.equals("commander") ? Role.INCIDENT_COMMANDER : Role.REVIEWER;
        for (String a : v.split("\\s*[,、;]\\s*")) {
          String name = a.replaceAll("\\s*[(（][^)）]*[)）]\\s*$", "").strip();
          if (!name.isBlank()) {
            out.at("/participants/" + participants.size(), line, column);
            participants.add(Participant.builder().name(name).addRole(role).build());
          }
        }
      }
      case "status" -> {
        Status s = status(v);
        if (s == null) {
          putExtension(extKey, v, line, column);
          out.warn(Kind.GUESSED_VALUE, line, column, "/status", "status '" + shorten(v)
              + "' is not a document status; kept in the extensions, status left as draft");
        } else {
          status = s;
          out.at("/status", line, column);
          if (!s.id().equalsIgnoreCase(v.replace(' ', '-'))) {
            putExtension(extKey, v, line, column);
            out.info(Kind.GUESSED_VALUE, line, column, "/status",
                "status '" + shorten(v) + "' read as " + s.id());
          }
        }
      }
      case "severity" -> {
        Severity s = severity(v);
        if (s == null) {
          putExtension(extKey, v, line, column);
          out.warn(Kind.GUESSED_VALUE, line, column, "/severity",
              "severity '" + shorten(v) + "' was not recognised; kept in the extensions");
        } else {
          severity = s;
          out.at("/severity", line, column);
          if (!v.equalsIgnoreCase(s.id())) {
            putExtension(extKey, v, line, column);
          }
        }
      }
      case "tags" -> {
        for (String t : v.split("\\s*[,;、]\\s*")) {
          if (!t.isBlank()) {
            tags.add(t.strip());
          }
        }
      }
      case "summary" -> addText(SectionKind.SUMMARY, v, line);
      default -> putExtension(extKey, v, line, column);
    }
    return true;
  }

  private void putExtension(String key, String value, int line, int column) {
    String k = key;
    int n = 2;
    while (extensions.containsKey(k) && !extensions.get(k).asText().equals(value)) {
      k = key + " (" + n++ + ")";
    }
    extensions.put(k, TextNode.valueOf(value));
    out.at("/extensions/" + Collector.segment(k), line, column);
  }

  private void milestone(String field, OffsetDateTime at, int line, int column, boolean zoneAssumed) {
    if (!milestoneSet.add(field)) {
      return;
    }
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

  private static Status status(String v) {
    String s = v.toLowerCase(Locale.ROOT).strip();
    if (Rx.matches(s, "draft.*|wip|work in progress|in progress|rascunho|ドラフト|下書き|作成中|borrador")) {
      return Status.DRAFT;
    }
    if (Rx.matches(s, "(in[ -])?review.*|under review|reviewing|em revisão|レビュー中")) {
      return Status.IN_REVIEW;
    }
    if (Rx.matches(s, "closed.*|fechado|クローズ|完了済み|cerrado")) {
      return Status.CLOSED;
    }
    if (Rx.matches(s, "(published|final|complete|completed|done|approved|reviewed|resolved|publicado|"
        + "concluído|concluido|resolvido|公開|完了|解決済み|resolved).*")) {
      return Status.PUBLISHED;
    }
    return null;
  }

  private static final Pattern SEV = Pattern.compile("(?i)\\b(sev|p)\\s*[-_ ]?\\s*([0-5])\\b");

  private static Severity severity(String v) {
    Matcher m = SEV.matcher(v);
    if (m.find()) {
      try {
        return Severity.fromId(m.group(1) + m.group(2));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    try {
      return Severity.fromId(v.split("[\\s(（,]")[0]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean metadataHeading(Section s) {
    if (metaField(s.title()) == null || !s.children.isEmpty() || s.body.size() > 2) {
      return false;
    }
    StringBuilder v = new StringBuilder();
    for (Block b : s.body) {
      if (!(b instanceof Para p)) {
        return false;
      }
      for (TextLine l : p.lines()) {
        String t = l.inline().text();
        int colon = t.indexOf(':');
        if (colon > 0 && colon < 30 && metaField(t.substring(0, colon)) != null) {
          metadata(t.substring(0, colon), t.substring(colon + 1), l.line(), 1, null);
        } else {
          if (v.length() > 0) {
            v.append(", ");
          }
          v.append(t);
        }
      }
    }
    if (v.length() > 0) {
      metadata(s.title(), v.toString(), s.body.get(0).line(), 1, null);
    } else if (s.body.isEmpty()) {
      out.info(Kind.TEMPLATE_GUIDANCE, s.line(), 1, "", "metadata heading '" + s.title()
          + "' has no value");
    }
    return true;
  }

  /** Metadata as a table or key/value list; returns the blocks that were not metadata. */
  private void metadataBlocks(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof Table t && (t.header().size() == 2)) {
        for (Row r : t.rows()) {
          if (r.cells().size() >= 2) {
            metadata(r.cells().get(0).text(), r.cells().get(1).text(), r.line(), 1, null);
          }
        }
      } else if (b instanceof Table t && t.rows().size() == 1) {
        Row r = t.rows().get(0);
        for (int i = 0; i < t.header().size() && i < r.cells().size(); i++) {
          metadata(t.header().get(i).text(), r.cells().get(i).text(), r.line(), 1, null);
        }
      } else if (!keyValues(b)) {
        leftovers.add(b);
      }
    }
  }

  private static final Pattern KV = Pattern.compile("^([^:：]{1,40}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);

  /** Reads "Key: value" lines of a paragraph or list; false when the block is not one. */
  private boolean keyValues(Block b) {
    List<TextLine> lines = new ArrayList<>();
    if (b instanceof Para p) {
      lines.addAll(p.lines());
    } else if (b instanceof ListBlock l) {
      for (Item it : l.items()) {
        if (!it.children().isEmpty()) {
          return false;
        }
        lines.add(new TextLine(it.inline(), it.line()));
      }
    } else {
      return false;
    }
    List<String[]> kvs = new ArrayList<>();
    for (TextLine l : lines) {
      String t = l.inline().text();
      Matcher m = KV.matcher(t);
      if (!m.matches() || m.group(1).contains("http") || m.group(2).isBlank() && lines.size() > 1) {
        return false;
      }
      kvs.add(new String[] {m.group(1), m.group(2), String.valueOf(l.line())});
    }
    for (String[] kv : kvs) {
      metadata(kv[0], kv[1], Integer.parseInt(kv[2]), 1, null);
    }
    return true;
  }

  private void preamble(Section root) {
    List<Block> rest = new ArrayList<>();
    for (Block b : root.body) {
      if (b instanceof Para p && zoneStatementOnly(p)) {
        docZone = TimeParser.zoneStatement(p.text());
        out.info(Kind.ASSUMED_ZONE, p.line(), p.column(), "", "times without a zone are read in "
            + docZone + ", as stated here");
        continue;
      }
      if ((b instanceof Para || b instanceof ListBlock) && metadataLike(b)) {
        keyValues(b);
        continue;
      }
      if (b instanceof Table t && pairTable(t)) {
        List<Row> all = new ArrayList<>();
        all.add(new Row(t.header(), t.line()));
        all.addAll(t.rows());
        for (Row r : all) {
          for (int i = 0; i + 1 < r.cells().size(); i += 2) {
            if (!r.cells().get(i).text().isBlank()) {
              metadata(r.cells().get(i).text(), r.cells().get(i + 1).text(), r.line(), 1, null);
            }
          }
        }
        continue;
      }
      if (b instanceof Table t && t.header().size() == 2 && t.rows().stream()
          .anyMatch(r -> r.cells().size() >= 2 && metaField(r.cells().get(0).text()) != null)) {
        metadataBlocks(List.of(b), rest);
        continue;
      }
      rest.add(b);
    }
    rest = guidance(null, rest);
    intro.addAll(rest);
    if (docDate == null && title != null) {
      Matcher m = Rx.p("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}|[A-Z][a-z]+\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4}").matcher(title);
      while (m.find() && docDate == null) {
        Parsed p = TimeParser.parse(m.group(), order, 0);
        if (p != null && p.date() != null) {
          docDate = p.date();
        }
      }
    }
    if (docDate == null) {
      for (Block b : rest) {
        if (b instanceof Para p) {
          Matcher m = Rx.p("\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]+\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}").matcher(p.text());
          if (m.find()) {
            Parsed pp = TimeParser.parse(m.group(), order, 0);
            if (pp != null && pp.date() != null) {
              docDate = pp.date();
              break;
            }
          }
        }
      }
    }
  }

  /** A table of key/value pairs side by side (Key | Value | Key | Value), keys known. */
  private static boolean pairTable(Table t) {
    int n = t.header().size();
    if (n < 4 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (metaField(t.header().get(i).text()) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean metadataLike(Block b) {
    List<String> lines = new ArrayList<>();
    if (b instanceof Para p) {
      p.lines().forEach(l -> lines.add(l.inline().text()));
    } else if (b instanceof ListBlock l) {
      l.items().forEach(i -> lines.add(i.text()));
    }
    if (lines.isEmpty()) {
      return false;
    }
    int known = 0;
    for (String l : lines) {
      Matcher m = KV.matcher(l);
      if (!m.matches() || m.group(2).length() > 200) {
        return false;
      }
      if (metaField(m.group(1)) != null) {
        known++;
      }
    }
    return known > 0 || lines.size() == 1 && lines.get(0).length() < 120;
  }

  private boolean zoneStatementOnly(Para p) {
    String t = p.text();
    return t.length() < 120 && TimeParser.zoneStatement(t) != null
        && TimeParser.parse(t, order, 0) == null
        && t.toLowerCase(Locale.ROOT).matches("(?s).*(time|times|時刻|時間|hor[aá]rio|horas|documented).*");
  }

  // ---------------------------------------------------------------- prose sections

  private void prose(SectionKind k, Section s, List<Block> body, List<Block> leftovers) {
    StringBuilder sb = new StringBuilder();
    int line = 0;
    for (Block b : body) {
      String t = plain(b);
      if (t == null) {
        leftovers.add(b);
        continue;
      }
      if (line == 0) {
        line = b.line();
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(t);
    }
    if (sb.length() > 0) {
      addText(k, sb.toString(), line);
    }
  }

  private static final Pattern QUANTITY = Pattern.compile(
      "^([-+]?[\\d,]*\\.?\\d+)\\s*(.*?)\\s*(\\((?:estimate|estimated|est\\.?|推定|estimativa)\\))?$");

  /** Takes impact facts ("Customer-facing: Yes") and a measures table out of the body. */
  private List<Block> impactFacts(List<Block> body) {
    List<Block> rest = new ArrayList<>();
    for (Block b : body) {
      if (b instanceof ListBlock l && !l.items().isEmpty() && l.items().stream().allMatch(i -> impactKey(i.text()) != null)) {
        for (Item it : l.items()) {
          String key = impactKey(it.text());
          String v = it.text().substring(it.text().indexOf(':') + 1).strip();
          impactSet = true;
          switch (key) {
            case "customer" -> impact.customerFacing(Rx.matches(v.toLowerCase(Locale.ROOT), "yes|true|y|はい|sim"));
            case "services" -> impact.addAllAffectedServices(List.of(v.split("\\s*,\\s*")));
            case "users" -> impact.addAffectedUsers(v);
            default -> impact.addAllSlosBreached(List.of(v.split("\\s*,\\s*")));
          }
          out.at("/impact", it.line(), 1);
        }
      } else if (b instanceof Table t && t.header().size() == 2 && impactKey(t.header().get(0).text() + ":") != null
          && t.rows().stream().allMatch(r -> r.cells().size() == 2 && impactKey(r.cells().get(0).text() + ":") != null)) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(new Inline(t.header().get(0).text() + ": " + t.header().get(1).text(), null, List.of()),
            List.of(), null, List.of(), t.line(), ""));
        for (Row r : t.rows()) {
          items.add(new Item(new Inline(cell(r, 0) + ": " + cell(r, 1), null, List.of()), List.of(), null,
              List.of(), r.line(), ""));
        }
        rest.addAll(impactFacts(List.of(new ListBlock(false, items, t.line(), 1, t.markdown()))));
      } else if (b instanceof Table t && t.header().size() == 2
          && column(t.header(), "measure", "metric", "quantity", "指標", "メトリクス", "medida") == 0) {
        for (Row r : t.rows()) {
          Matcher m = QUANTITY.matcher(cell(r, 1));
          if (cell(r, 0).isBlank() || !m.matches()) {
            rest.add(new Para(new Inline(cell(r, 0) + ": " + cell(r, 1), null, List.of()), List.of(), r.line(), 1,
                cell(r, 0) + ": " + cell(r, 1)));
            continue;
          }
          dev.postmortem.model.ImmutableQuantity.Builder q = dev.postmortem.model.Quantity.builder()
              .metric(cell(r, 0)).value(new java.math.BigDecimal(m.group(1).replace(",", "")))
              .estimated(m.group(3) != null);
          if (!m.group(2).isBlank()) {
            q.unit(m.group(2));
          }
          impact.addQuantities(q.build());
          impactSet = true;
        }
      } else {
        rest.add(b);
      }
    }
    return rest;
  }

  private static String impactKey(String text) {
    int c = text.indexOf(':');
    if (c <= 0) {
      return null;
    }
    String k = text.substring(0, c).toLowerCase(Locale.ROOT).strip();
    return switch (k) {
      case "customer-facing", "customer facing", "customers affected?", "顧客影響" -> "customer";
      case "services affected", "affected services", "services", "影響を受けたサービス", "serviços afetados" -> "services";
      case "users affected", "affected users", "影響を受けたユーザー", "usuários afetados" -> "users";
      case "slos breached", "slo breached", "slos violated", "違反した slo" -> "slos";
      default -> null;
    };
  }

  private void addText(SectionKind k, String text, int line) {
    StringBuilder sb = texts.computeIfAbsent(k, x -> new StringBuilder());
    if (sb.length() > 0) {
      sb.append("\n\n");
    }
    sb.append(text);
    textLines.putIfAbsent(k, new int[] {line});
  }

  /** Plain text of paragraphs and lists; {@code null} for blocks that have no plain form. */
  private static String plain(Block b) {
    if (b instanceof Para p) {
      return p.text().isBlank() ? null : p.text();
    }
    if (b instanceof ListBlock l) {
      StringBuilder sb = new StringBuilder();
      int n = 1;
      for (Item it : l.items()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(l.ordered() ? (n++) + ". " : "- ").append(itemText(it));
      }
      return sb.toString();
    }
    return null;
  }

  /** An item's text with the text of its nested paragraphs and lists. */
  private static String itemText(Item it) {
    StringBuilder sb = new StringBuilder(it.text());
    for (Block c : it.children()) {
      String t = plain(c);
      if (t != null) {
        sb.append(sb.length() > 0 ? "\n" : "").append(t.replace("\n", "\n  "));
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- causes

  private void causes(SectionKind k, List<Block> body, List<Block> leftovers) {
    boolean hasList = body.stream().anyMatch(b -> b instanceof ListBlock);
    StringBuilder prose = new StringBuilder();
    int proseLine = 0;
    for (Block b : body) {
      if (b instanceof Table t) {
        causeTable(k, t, leftovers);
      } else if (b instanceof ListBlock l && hasList) {
        for (Item it : l.items()) {
          String t = itemText(it);
          if (!t.isBlank()) {
            addCause(k, t, it.line());
          }
        }
      } else if (b instanceof Para p && !hasList) {
        if (proseLine == 0) {
          proseLine = p.line();
        }
        prose.append(prose.length() > 0 ? "\n\n" : "").append(p.text());
      } else {
        leftovers.add(b);
      }
    }
    if (prose.length() > 0) {
      addCause(k, prose.toString(), proseLine);
    }
  }

  private static final Pattern EVIDENCE_LINE = Pattern.compile(
      "(?i)^\\(?(?:source:\\s*(.*?))?(?:;?\\s*evidence:\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*))?\\)?$");

  /** Splits "text\nEvidence: E1, E2" (as tables write it) into the text and the evidence ids. */
  private static String[] trailer(String text) {
    int nl = text.lastIndexOf('\n');
    if (nl < 0) {
      return new String[] {text, null, null};
    }
    String last = text.substring(nl + 1).strip();
    Matcher m = EVIDENCE_LINE.matcher(last);
    if (!last.isEmpty() && m.matches() && (m.group(1) != null || m.group(2) != null)) {
      return new String[] {text.substring(0, nl).strip(), m.group(1), m.group(2)};
    }
    return new String[] {text, null, null};
  }

  private static List<String> ids(String s) {
    List<String> out = new ArrayList<>();
    if (s != null) {
      for (String x : s.split("\\s*[,;]\\s*")) {
        String v = x.replace("`", "").strip();
        if (!v.isEmpty()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private void causeTable(SectionKind k, Table t, List<Block> leftovers) {
    List<Inline> h = t.header();
    int ic = column(h, "id", "#");
    int dc = column(h, "condition", "cause", "description", "factor", "what", "原因", "内容", "causa", "descrição");
    int cc = column(h, "category", "type", "kind", "分類", "categoria");
    int rc = column(h, "role", "roles", "役割", "papel");
    int lc = column(h, "led to", "leads to", "ledto", "caused", "→");
    if (dc < 0) {
      leftovers.add(t);
      return;
    }
    List<Cause> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Cause c : causes) {
      seen.add(c.id());
    }
    for (Row r : t.rows()) {
      String[] tr = trailer(cell(r, dc));
      if (tr[0].isBlank()) {
        continue;
      }
      String cid = ic >= 0 ? cell(r, ic).replace("`", "").strip() : "";
      if (cid.isEmpty() || !seen.add(cid)) {
        cid = "C" + (causes.size() + rows.size() + 1);
        seen.add(cid);
      }
      dev.postmortem.model.ImmutableCause.Builder cb = Cause.builder().id(cid).description(tr[0])
          .addAllEvidence(ids(tr[2]));
      String role = cell(r, rc).toLowerCase(Locale.ROOT);
      boolean root = rc >= 0 ? role.contains("root") || role.contains("根本") || role.contains("raiz")
          : k == SectionKind.ROOT_CAUSES;
      cb.rootCause(root).trigger(role.contains("trigger") || role.contains("トリガー") || role.contains("gatilho"));
      String cat = cell(r, cc);
      if (!cat.isBlank()) {
        try {
          cb.category(dev.postmortem.model.CauseCategory.fromId(cat.strip().replace(' ', '-')));
        } catch (IllegalArgumentException e) {
          out.info(Kind.GUESSED_VALUE, r.line(), 1, "/causes/" + (causes.size() + rows.size()),
              "cause category '" + shorten(cat) + "' is not known; left as the default");
        }
      }
      cb.addAllLedTo(ids(cell(r, lc)));
      rows.add(cb.build());
      lines.add(r.line());
    }
    // edges to causes that are not in the table would make the model invalid: keep them as text
    Set<String> known = new HashSet<>();
    causes.forEach(c -> known.add(c.id()));
    rows.forEach(c -> known.add(c.id()));
    for (int i = 0; i < rows.size(); i++) {
      Cause c = rows.get(i);
      List<String> bad = c.ledTo().stream().filter(x -> !known.contains(x)).toList();
      if (!bad.isEmpty()) {
        c = dev.postmortem.model.ImmutableCause.copyOf(c)
            .withLedTo(c.ledTo().stream().filter(known::contains).toList())
            .withJustification("Led to: " + String.join(", ", bad));
        out.warn(Kind.GUESSED_VALUE, lines.get(i), 1, "/causes/" + causes.size(),
            "'led to' names unknown causes " + bad + "; kept as text in the justification");
      }
      out.at("/causes/" + causes.size(), lines.get(i), 1);
      causes.add(c);
    }
  }

  private void addCause(SectionKind k, String text, int line) {
    String cid = "C" + (causes.size() + 1);
    String ptr = "/causes/" + causes.size();
    causes.add(Cause.builder().id(cid).description(text).rootCause(k == SectionKind.ROOT_CAUSES).build());
    out.at(ptr, line, 1);
  }

  // ---------------------------------------------------------------- lessons, participants, links

  private void lessons(SectionKind k, List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      List<String[]> entries = new ArrayList<>();
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          entries.add(new String[] {itemText(it), String.valueOf(it.line())});
        }
      } else if (b instanceof Para p) {
        for (TextLine tl : p.lines()) {
          entries.add(new String[] {tl.inline().text(), String.valueOf(tl.line())});
        }
      } else {
        leftovers.add(b);
      }
      for (String[] e : entries) {
        if (e[0].isBlank()) {
          continue;
        }
        int line = Integer.parseInt(e[1]);
        switch (k) {
          case WENT_WELL -> {
            out.at("/lessonsLearned/wentWell/" + wentWell++, line, 1);
            lessons.addWentWell(e[0]);
          }
          case WENT_WRONG -> {
            out.at("/lessonsLearned/wentWrong/" + wentWrong++, line, 1);
            lessons.addWentWrong(e[0]);
          }
          default -> {
            out.at("/lessonsLearned/gotLucky/" + gotLucky++, line, 1);
            lessons.addGotLucky(e[0]);
          }
        }
      }
    }
  }

  private static final Map<String, Role> ROLES = new LinkedHashMap<>();

  static {
    for (String r : new String[] {"incident commander", "ic", "incident lead", "incident manager",
        "commander", "インシデントコマンダー", "comandante"}) {
      ROLES.put(r, Role.INCIDENT_COMMANDER);
    }
    for (String r : new String[] {"comms", "communications", "communications lead", "comms lead",
        "cmoc", "広報"}) {
      ROLES.put(r, Role.COMMUNICATIONS_LEAD);
    }
    for (String r : new String[] {"scribe", "note taker", "書記"}) {
      ROLES.put(r, Role.SCRIBE);
    }
    for (String r : new String[] {"responder", "on-call", "oncall", "on call", "engineer", "sre",
        "対応者", "オンコール"}) {
      ROLES.put(r, Role.RESPONDER);
    }
    for (String r : new String[] {"sme", "subject matter expert", "expert"}) {
      ROLES.put(r, Role.SUBJECT_MATTER_EXPERT);
    }
    for (String r : new String[] {"author", "作成者", "autor"}) {
      ROLES.put(r, Role.AUTHOR);
    }
    for (String r : new String[] {"reviewer", "レビュアー", "revisor"}) {
      ROLES.put(r, Role.REVIEWER);
    }
    for (String r : new String[] {"facilitator", "moderator", "ファシリテーター", "facilitador"}) {
      ROLES.put(r, Role.FACILITATOR);
    }
    for (String r : new String[] {"approver", "承認者", "aprovador"}) {
      ROLES.put(r, Role.APPROVER);
    }
    for (String r : new String[] {"observer", "オブザーバー", "observador"}) {
      ROLES.put(r, Role.OBSERVER);
    }
  }

  private static Role role(String s) {
    String k = s.toLowerCase(Locale.ROOT).strip();
    Role r = ROLES.get(k);
    if (r == null) {
      try {
        r = Role.fromId(k.replace(' ', '-'));
      } catch (IllegalArgumentException e) {
        r = null;
      }
    }
    return r;
  }

  private void participants(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          participantText(it.text(), it.line());
        }
      } else if (b instanceof Para p) {
        for (TextLine tl : p.lines()) {
          participantText(tl.inline().text(), tl.line());
        }
      } else if (b instanceof Table t) {
        int name = column(t.header(), "name", "who", "person", "名前", "氏名", "nome", "participant");
        int role = column(t.header(), "role", "roles", "役割", "papel");
        int team = column(t.header(), "team", "チーム", "equipe", "time");
        int disc = column(t.header(), "function", "discipline", "職種", "função", "disciplina");
        for (Row r : t.rows()) {
          Inline ni = r.cells().isEmpty() ? Inline.EMPTY : r.cells().get(Math.max(0, Math.min(name < 0 ? 0 : name, r.cells().size() - 1)));
          String n = ni.text().strip();
          if (n.isBlank()) {
            continue;
          }
          String email = null;
          for (String l : ni.links()) {
            if (l.startsWith("mailto:")) {
              email = l.substring(7);
            }
          }
          if (email != null && n.endsWith(email)) {
            n = n.substring(0, n.length() - email.length()).strip();
          }
          String handle = null;
          Matcher hm = Rx.p("^(.*?)\\s*\\(@?([^()\\s]+)\\)$").matcher(n);
          if (hm.matches() && !hm.group(1).isBlank()) {
            n = hm.group(1).strip();
            handle = hm.group(2);
          }
          dev.postmortem.model.ImmutableParticipant.Builder pb = Participant.builder().name(n);
          if (email != null) {
            pb.email(email);
          }
          if (handle != null) {
            pb.handle(handle);
          }
          if (team >= 0 && !cell(r, team).isBlank()) {
            pb.team(cell(r, team));
          }
          if (disc >= 0 && !cell(r, disc).isBlank()) {
            try {
              pb.discipline(dev.postmortem.model.Discipline.fromId(cell(r, disc).replace(' ', '-')));
            } catch (IllegalArgumentException e) {
              out.info(Kind.GUESSED_VALUE, r.line(), 1, "/participants/" + participants.size(),
                  "function '" + shorten(cell(r, disc)) + "' is not a known discipline; left out");
            }
          }
          String rs = role < 0 ? "" : cell(r, role);
          addRoles(pb, rs, r.line());
          out.at("/participants/" + participants.size(), r.line(), 1);
          participants.add(pb.build());
        }
      } else {
        leftovers.add(b);
      }
    }
  }

  private void participantText(String text, int line) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    Matcher m = Rx.p("^(.+?)\\s*(?:\\((.+)\\)|[-–—:]\\s+(.+))$").matcher(t);
    if (m.matches()) {
      dev.postmortem.model.ImmutableParticipant.Builder pb = Participant.builder().name(m.group(1).strip());
      addRoles(pb, m.group(2) != null ? m.group(2) : m.group(3), line);
      out.at("/participants/" + participants.size(), line, 1);
      participants.add(pb.build());
      return;
    }
    for (String n : t.split("\\s*[,、;]\\s*")) {
      if (!n.isBlank()) {
        out.at("/participants/" + participants.size(), line, 1);
        participants.add(Participant.builder().name(n.strip()).build());
      }
    }
  }

  private void addRoles(dev.postmortem.model.ImmutableParticipant.Builder pb, String roles, int line) {
    if (roles == null || roles.isBlank()) {
      return;
    }
    for (String r : roles.split("\\s*[,/、]\\s*")) {
      Role role = role(r);
      if (role != null) {
        pb.addRole(role);
      } else if (!r.isBlank()) {
        pb.addRole(Role.OTHER);
        out.info(Kind.GUESSED_VALUE, line, 1, "/participants/" + participants.size(),
            "role '" + shorten(r) + "' is not a known role; recorded as other");
        pb.team(r.strip());
      }
    }
  }

  private void objectives(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          out.at("/objectives/" + objectives.size(), it.line(), 1);
          objectives.add(itemText(it));
        }
      } else if (b instanceof Para p) {
        out.at("/objectives/" + objectives.size(), p.line(), 1);
        objectives.add(p.text());
      } else {
        leftovers.add(b);
      }
    }
  }

  private void evidenceTable(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (!(b instanceof Table t)) {
        leftovers.add(b);
        continue;
      }
      List<Inline> h = t.header();
      int ic = column(h, "id", "#");
      int kc = column(h, "kind", "type", "種別", "tipo");
      int tc = column(h, "evidence", "title", "name", "description", "内容", "evidência");
      int cc = column(h, "captured", "captured at", "date", "time", "取得日時", "coletado");
      if (tc < 0) {
        leftovers.add(b);
        continue;
      }
      for (Row r : t.rows()) {
        Inline ti = r.cells().size() > tc ? r.cells().get(tc) : Inline.EMPTY;
        if (ti.text().isBlank()) {
          continue;
        }
        String eid = ic >= 0 ? cell(r, ic).replace("`", "").strip() : "";
        if (eid.isEmpty()) {
          eid = "E" + (evidence.size() + 1);
        }
        dev.postmortem.model.EvidenceKind kind = dev.postmortem.model.EvidenceKind.OTHER;
        if (kc >= 0 && !cell(r, kc).isBlank()) {
          try {
            kind = dev.postmortem.model.EvidenceKind.fromId(cell(r, kc).replace(' ', '-'));
          } catch (IllegalArgumentException e) {
            out.info(Kind.GUESSED_VALUE, r.line(), 1, "/evidence/" + evidence.size(),
                "evidence kind '" + shorten(cell(r, kc)) + "' is not known; recorded as other");
          }
        }
        String[] tr = trailer(ti.text());
        dev.postmortem.model.ImmutableEvidence.Builder eb = dev.postmortem.model.Evidence.builder()
            .id(eid).kind(kind).title(tr[0]);
        if (!ti.links().isEmpty()) {
          eb.link(ti.links().get(0));
        }
        String cap = cell(r, cc);
        if (!cap.isBlank()) {
          Parsed p = TimeParser.parse(cap, order, year());
          if (p != null && p.date() != null && p.time() != null) {
            eb.capturedAt(odt(p.date(), p.time(), p.zone() != null ? p.zone() : zoneFor(null)));
          }
        }
        out.at("/evidence/" + evidence.size(), r.line(), 1);
        evidence.add(eb.build());
      }
    }
  }

  private void links(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof ListBlock l && l.items().stream().allMatch(i -> !i.inline().links().isEmpty())) {
        for (Item it : l.items()) {
          out.at("/links/" + links.size(), it.line(), 1);
          String url = it.inline().links().get(0);
          dev.postmortem.model.ImmutableLink.Builder lb = Link.builder().url(url);
          if (!it.text().isBlank() && !it.text().equals(url)) {
            lb.title(it.text());
          }
          links.add(lb.build());
        }
      } else {
        leftovers.add(b);
      }
    }
  }

  // ---------------------------------------------------------------- 5 whys

  private static final Pattern WHY_CAUSE = Pattern.compile("\\s*`?→\\s*([\\w.\\-]+)`?\\s*(?:\\(evidence:\\s*([^)]*)\\))?\\s*$");
  private static final Pattern ROOT_REACHED = Pattern.compile("(?i)^root cause(?: reached)?\\s*[:：]\\s*`?([\\w.\\-]+)`?.*$", Pattern.DOTALL);

  private void whys(Section s, List<Block> body, List<Block> leftovers, String chainId, String chainProblem) {
    String problem = chainProblem;
    int problemLine = chainProblem == null ? 0 : s.line();
    String rootCause = null;
    for (Block b : body) {
      if (b instanceof Para rp && chainId != null) {
        Matcher rm = ROOT_REACHED.matcher(rp.text());
        if (rm.matches()) {
          rootCause = rm.group(1);
          continue;
        }
      }
      if (b instanceof Para p && problem == null && !p.text().isBlank()
          && !(body.indexOf(b) == body.size() - 1)) {
        problem = p.text();
        problemLine = p.line();
        continue;
      }
      List<String[]> steps = new ArrayList<>();
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          String q = it.text();
          String a = "";
          String lead = it.inline().lead();
          int qm = indexOfQuestionMark(q);
          if (lead != null && q.startsWith(lead) && indexOfQuestionMark(lead) >= 0) {
            a = q.substring(lead.length());
            q = lead;
          } else if (qm >= 0) {
            a = q.substring(qm + 1);
            q = q.substring(0, qm + 1);
          } else {
            a = q;
            q = "Why?";
            out.info(Kind.GUESSED_VALUE, it.line(), 1, "/fiveWhys/" + whys.size(),
                "5 Whys item without a question; read as the answer to 'Why?'");
          }
          StringBuilder ans = new StringBuilder(a.strip().replaceFirst("^(→|->|=>|⇒|:|：|A:|Because[,:]?)\\s*", ""));
          for (Block c : it.children()) {
            String t = plain(c);
            if (t != null) {
              ans.append(ans.length() > 0 ? "\n" : "")
                  .append(t.replaceFirst("^(→|->|=>|⇒|A:)\\s*", ""));
            }
          }
          String answer = ans.toString().strip();
          String cause = null;
          String ev = null;
          Matcher cm = WHY_CAUSE.matcher(answer);
          if (cm.find()) {
            cause = cm.group(1);
            ev = cm.group(2);
            answer = answer.substring(0, cm.start()).strip();
          } else {
            Matcher em = Rx.p("\\s*\\(evidence:\\s*([^)]*)\\)\\s*$").matcher(answer);
            if (em.find()) {
              ev = em.group(1);
              answer = answer.substring(0, em.start()).strip();
            }
          }
          steps.add(new String[] {q.strip(), answer, String.valueOf(it.line()), cause, ev});
        }
      } else if (b instanceof Table t) {
        int qc = column(t.header(), "why", "question", "なぜ", "問い", "pergunta", "por quê", "porque");
        int ac = column(t.header(), "answer", "because", "reason", "回答", "答え", "理由", "resposta");
        for (Row r : t.rows()) {
          String q = cell(r, qc < 0 ? 0 : qc);
          String a = cell(r, ac < 0 ? (t.header().size() > 1 ? 1 : 0) : ac);
          if (!q.isBlank() || !a.isBlank()) {
            steps.add(new String[] {q.isBlank() ? "Why?" : q, a, String.valueOf(r.line()), null, null});
          }
        }
      } else {
        leftovers.add(b);
        continue;
      }
      if (steps.isEmpty()) {
        continue;
      }
      String ptr = "/fiveWhys/" + whys.size();
      String wid = chainId != null && whys.stream().noneMatch(w -> w.id().orElse("").equals(chainId))
          ? chainId : "W" + (whys.size() + 1);
      dev.postmortem.model.ImmutableWhyChain.Builder wb = WhyChain.builder().id(wid);
      String prob = problem != null ? problem : steps.get(0)[0];
      if (prob.isBlank()) { // found by JazzerFuzzTest: a first "why" with no visible text
        prob = "Why?";
      }
      wb.problem(prob);
      out.at(ptr, problem != null ? problemLine : b.line(), 1);
      for (int i = 0; i < steps.size(); i++) {
        String[] st = steps.get(i);
        dev.postmortem.model.ImmutableWhyStep.Builder sb = WhyStep.builder().question(st[0]);
        if (!st[1].isBlank()) {
          sb.answer(st[1]);
        }
        if (st[3] != null) {
          sb.cause(st[3]);
        }
        sb.addAllEvidence(ids(st[4]));
        wb.addStep(sb.build());
        out.at(ptr + "/steps/" + i, Integer.parseInt(st[2]), 1);
      }
      pendingWhys.add(new Object[] {wb, ptr, whys.size()});
      whys.add(wb.build());
      problem = null;
    }
    if (rootCause != null && !pendingWhys.isEmpty()) {
      Object[] last = pendingWhys.get(pendingWhys.size() - 1);
      ((dev.postmortem.model.ImmutableWhyChain.Builder) last[0]).rootCause(rootCause);
      whys.set((Integer) last[2], ((dev.postmortem.model.ImmutableWhyChain.Builder) last[0]).build());
    }
    if (problem != null) {
      leftovers.add(0, body.get(0));
    }
  }

  private static int indexOfQuestionMark(String s) {
    int a = s.indexOf('?');
    int b = s.indexOf('？');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  // ---------------------------------------------------------------- tables

  private static int column(List<Inline> header, String... names) {
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).text().toLowerCase(Locale.ROOT).replaceAll("[*_`:：]", "")
            .replaceAll("\\s*[(（].*$", "").strip();
        if (h.equals(n)) {
          return i;
        }
      }
    }
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).text().toLowerCase(Locale.ROOT);
        if (n.length() > 2 && h.contains(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String cell(Row r, int i) {
    return i >= 0 && i < r.cells().size() ? r.cells().get(i).text().strip() : "";
  }

  // ---------------------------------------------------------------- timeline

  /** Timeline state while one timeline section is read. */
  private final class TimelineState {
    LocalDate date;
    LocalDateTime last;
    ZoneId zone;
    boolean approximate;
    boolean zoneReported;
    boolean dateReported;
    ImmutableTimelineEvent.Builder pending;
    StringBuilder pendingText;
    int pendingLine;
  }

  private void timeline(Section s, List<Block> body, List<Block> leftovers) {
    TimelineState st = new TimelineState();
    String h = s.title();
    st.zone = TimeParser.zoneStatement(h);
    if (st.zone != null) {
      out.info(Kind.ASSUMED_ZONE, s.line(), 1, "", "times without a zone in this timeline are read in "
          + st.zone + ", as the heading states");
    }
    st.approximate = h.toLowerCase(Locale.ROOT).matches(".*\\b(approx|approximat|roughly|about).*");
    timelineBlocks(st, body, leftovers);
    for (Section c : s.children) {
      timelineChild(st, c, leftovers);
    }
  }

  /** A sub-section of a timeline: a per-day heading, a continuation, or another kind of section. */
  private void timelineChild(TimelineState st, Section c, List<Block> leftovers) {
    Parsed p = TimeParser.parse(c.title(), order, year());
    Optional<SectionKind> kind = options.synonyms().kindOf(c.title());
    if (p != null && p.date() != null) {
      st.date = p.date();
      st.last = null;
      if (p.zone() != null) {
        st.zone = p.zone();
      }
      timelineBlocks(st, guidance(c, c.body), leftovers);
    } else if (kind.isPresent() && kind.get() != SectionKind.TIMELINE) {
      section(c, SectionKind.TIMELINE);
      return;
    } else {
      ZoneId z = TimeParser.zoneStatement(c.title());
      if (z != null) {
        st.zone = z;
      }
      int before = timeline.size();
      List<Block> lo = new ArrayList<>();
      timelineBlocks(st, guidance(c, c.body), lo);
      if (timeline.size() == before && c.children.isEmpty()) {
        appendLeftoverSection(leftovers, c);
        return;
      }
      if (!lo.isEmpty()) {
        leftovers.add(c.heading);
        leftovers.addAll(lo);
      }
    }
    for (Section cc : c.children) {
      timelineChild(st, cc, leftovers);
    }
  }

  private void appendLeftoverSection(List<Block> leftovers, Section c) {
    leftovers.add(c.heading);
    leftovers.addAll(c.body);
    for (Section cc : c.children) {
      appendLeftoverSection(leftovers, cc);
    }
  }

  private int year() {
    if (options.referenceDate() != null) {
      return options.referenceDate().getYear();
    }
    return docDate == null ? 0 : docDate.getYear();
  }

  private void timelineBlocks(TimelineState st, List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof Para p) {
        if (p.text().length() < 200 && TimeParser.zoneStatement(p.text()) != null
            && TimeParser.parse(p.text(), order, year()) == null) {
          st.zone = TimeParser.zoneStatement(p.text());
          if (p.text().toLowerCase(Locale.ROOT).matches(".*\\b(approx|approximat|roughly).*")) {
            st.approximate = true;
          }
          out.info(Kind.ASSUMED_ZONE, p.line(), p.column(), "",
              "times without a zone in this timeline are read in " + st.zone + ", as stated here");
          // a zone statement may carry a date: "All times in PST, on February 5th 2019"
          Matcher dm = Rx.p("(?i)(?:on|em|de)\\s+(.+)$").matcher(p.text());
          if (dm.find()) {
            Parsed dp = TimeParser.parse(dm.group(1), order, year());
            if (dp != null && dp.date() != null && dp.time() == null) {
              st.date = dp.date();
            }
          }
          continue;
        }
        if (!lines(st, p.lines(), p.column(), p)) {
          leftovers.add(b);
        }
      } else if (b instanceof ListBlock l) {
        List<Item> unread = new ArrayList<>();
        for (Item it : l.items()) {
          if (!item(st, it)) {
            unread.add(it);
          }
        }
        flush(st);
        if (!unread.isEmpty()) {
          StringBuilder md = new StringBuilder();
          for (Item it : unread) {
            md.append(md.length() > 0 ? "\n" : "").append(it.markdown());
          }
          leftovers.add(new Para(Inline.EMPTY, List.of(), unread.get(0).line(), 1, md.toString()));
        }
      } else if (b instanceof Table t) {
        table(st, t, leftovers);
      } else if (b instanceof Code c && c.info() != null && c.info().strip().equals("mermaid")
          && ganttMilestones(c)) {
        leftovers.add(b);
      } else if (b instanceof Code c && c.info() != null && c.info().strip().equals("mermaid")
          && ganttMilestones(c)) {
        leftovers.add(b);
      } else if (b instanceof Code c && c.info() == null) {
        String[] ls = c.literal().split("\n");
        List<TextLine> tl = new ArrayList<>();
        for (int i = 0; i < ls.length; i++) {
          if (!ls[i].isBlank()) {
            tl.add(new TextLine(new Inline(ls[i].strip(), null, List.of()), c.line() + i));
          }
        }
        if (!lines(st, tl, 1, null)) {
          leftovers.add(b);
        }
      } else if (b instanceof Heading) {
        leftovers.add(b);
      } else {
        flush(st);
        leftovers.add(b);
      }
    }
    flush(st);
  }

  /** Reads time-led lines; false when none of the lines starts with a time. */
  private boolean lines(TimelineState st, List<TextLine> lines, int column, Para p) {
    boolean any = false;
    List<String> unread = new ArrayList<>();
    for (TextLine tl : lines) {
      String t = tl.inline().text();
      Parsed parsed = TimeParser.parse(t, order, year());
      if (parsed != null && parsed.consumed() > 0) {
        String rest = stripSeparators(t.substring(parsed.consumed()));
        ZoneId stated = rest.length() < 60 ? TimeParser.zoneStatement(rest) : null;
        if ((rest.isEmpty() || stated != null) && parsed.time() == null && parsed.date() != null) {
          flush(st);
          st.date = parsed.date();
          if (stated != null) {
            st.zone = stated;
            out.info(Kind.ASSUMED_ZONE, tl.line(), column, "",
                "times without a zone in this timeline are read in " + stated + ", as stated here");
          }
          any = true;
          continue;
        }
        flush(st);
        startEvent(st, parsed, t.substring(0, parsed.consumed()).strip(), rest, tl.line(), column);
        any = true;
      } else if (st.pending != null) {
        st.pendingText.append(' ').append(t);
      } else {
        unread.add(t);
      }
    }
    if (any && !unread.isEmpty() && p != null) {
      // lines before the first time-led line: keep them as text in the leftovers
      return true;
    }
    return any;
  }

  private boolean item(TimelineState st, Item it) {
    String text = it.text();
    Parsed parsed = null;
    String timeText;
    String rest;
    String lead = it.inline().lead();
    if (lead != null && text.startsWith(lead)) {
      Parsed lp = TimeParser.parse(lead, order, year());
      if (lp != null && stripSeparators(lead.substring(lp.consumed())).isEmpty()) {
        parsed = lp;
        timeText = lead;
        rest = stripSeparators(text.substring(lead.length()));
        return emit(st, it, parsed, timeText, rest);
      }
      if (lp != null && lp.consumed() > 0) {
        // "**21:17 UTC: the authors published**": time inside a bold item
        parsed = lp;
        timeText = lead.substring(0, lp.consumed());
        rest = stripSeparators(text.substring(lp.consumed()));
        return emit(st, it, parsed, timeText, rest);
      }
    }
    parsed = TimeParser.parse(text, order, year());
    if (parsed != null && parsed.consumed() > 0) {
      timeText = text.substring(0, parsed.consumed()).strip();
      rest = stripSeparators(text.substring(parsed.consumed()));
      if (rest.isEmpty() && parsed.time() == null && it.children().isEmpty()) {
        flush(st);
        st.date = parsed.date();
        return true;
      }
      return emit(st, it, parsed, timeText, rest);
    }
    // "2023-MM-DD[^1]: text": a term that is meant as a time but cannot be read
    Matcher m = Pattern.compile("^([^:：]{1,40}?)[:：]\\s*(.*)$", Pattern.DOTALL).matcher(text);
    if (m.matches() && (m.group(1).matches(".*\\d.*") || m.group(1).toLowerCase(Locale.ROOT).matches(
        "(?s).*\\b(morning|afternoon|evening|night|midnight|noon|later|earlier|next day|yesterday|"
            + "unknown|tbd|manhã|tarde|noite|depois)\\b.*|.*(午前|午後|夜|朝|不明|未定).*"))) {
      return emit(st, it, null, m.group(1).strip(), m.group(2).strip());
    }
    return false;
  }

  private boolean emit(TimelineState st, Item it, Parsed parsed, String timeText, String rest) {
    flush(st);
    StringBuilder desc = new StringBuilder(rest);
    for (Block c : it.children()) {
      String t = plain(c);
      if (t != null) {
        desc.append(desc.length() > 0 ? " " : "").append(t);
      }
    }
    startEvent(st, parsed, timeText, desc.toString(), it.line(), 1);
    flush(st);
    return true;
  }

  private static final Pattern GANTT_MILESTONE = Pattern.compile(
      "(?m)^\\s*(Started|Detected|Acknowledged|Mitigated|Resolved)\\s*:\\s*milestone\\s*,\\s*[\\w-]+\\s*,\\s*"
          + "(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?)");

  /** Reads incident milestones from a Mermaid gantt chart; true when it is one. */
  private boolean ganttMilestones(Code c) {
    String lit = c.literal();
    if (!lit.stripLeading().startsWith("gantt")) {
      return false;
    }
    Matcher title = Rx.p("(?m)^\\s*title\\s+(.*)$").matcher(lit);
    ZoneId zone = title.find() ? TimeParser.zoneStatement(title.group(1)) : null;
    if (zone == null) {
      zone = zoneFor(null);
    }
    Matcher m = GANTT_MILESTONE.matcher(lit);
    while (m.find()) {
      String field = m.group(1).toLowerCase(Locale.ROOT);
      java.time.LocalDateTime ldt = java.time.LocalDateTime.parse(m.group(2).replace(' ', 'T'));
      int line = c.line() + (int) lit.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
      milestone(field, odt(ldt.toLocalDate(), ldt.toLocalTime(), zone), line, 1, false);
    }
    return true;
  }

  private static String stripSeparators(String s) {
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || "-–—:|>)]：、.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return s.substring(i).strip();
  }

  private void table(TimelineState st, Table t, List<Block> leftovers) {
    List<Inline> header = t.header();
    int tc = column(header, "time", "timestamp", "date/time", "date & time", "datetime", "when",
        "date and time", "時刻", "日時", "時間", "hora", "horário", "data/hora", "hora (utc)", "zeit", "uhrzeit");
    int dc = column(header, "date", "day", "日付", "data", "dia", "datum");
    if (tc == dc) {
      dc = -1;
    }
    int ec = column(header, "event", "events", "description", "what happened", "what", "action",
        "action/impact", "details", "activity", "イベント", "出来事", "内容", "事象", "evento",
        "descrição", "o que aconteceu", "ereignis", "beschreibung");
    int ac = column(header, "actor", "who", "who/what", "by", "owner", "person", "担当", "実施者",
        "quem", "responsável");
    int sc = column(header, "source", "data link", "link", "evidence", "reference", "ソース",
        "根拠", "fonte", "evidência");
    int kc = column(header, "kind", "type", "category", "種別", "tipo");
    int wc = column(header, "known at the time", "known", "what we knew", "当時の認識", "o que se sabia");
    if (tc < 0 && dc < 0) {
      tc = 0;
    }
    if (ec < 0 || ec == tc || ec == dc) {
      ec = -1;
      int best = 0;
      for (int i = 0; i < header.size(); i++) {
        if (i != tc && i != dc && i != ac && i != sc && i != kc && header.get(i) != null) {
          int len = 0;
          for (Row r : t.rows()) {
            len += cell(r, i).length();
          }
          if (ec < 0 || len > best) {
            ec = i;
            best = len;
          }
        }
      }
    }
    ZoneId headerZone = null;
    if (tc >= 0 && tc < header.size()) {
      headerZone = TimeParser.zoneStatement(header.get(tc).text());
    }
    if (tc >= 0 && tc < header.size()) {
      Matcher hd = Rx.p("[(（]([^)）]*)[)）]").matcher(header.get(tc).text());
      while (hd.find()) {
        Parsed hp = TimeParser.parse(hd.group(1).strip(), order, year());
        if (hp != null && hp.date() != null) {
          st.date = hp.date();
        }
      }
    }
    if (headerZone != null) {
      st.zone = headerZone;
      out.info(Kind.ASSUMED_ZONE, t.line(), t.column(), "", "times without a zone in this table are read in "
          + headerZone + ", as its header states");
    }
    for (Row r : t.rows()) {
      String timeCell = cell(r, tc);
      String dateCell = cell(r, dc);
      String desc = ec < 0 ? "" : cell(r, ec);
      StringBuilder extra = new StringBuilder();
      for (int i = 0; i < header.size() && i < r.cells().size(); i++) {
        if (i != tc && i != dc && i != ec && i != ac && i != sc && i != kc && i != wc && !cell(r, i).isBlank()) {
          extra.append(extra.length() > 0 ? "; " : "").append(header.get(i).text()).append(": ")
              .append(cell(r, i));
        }
      }
      if (extra.length() > 0) {
        desc = desc.isEmpty() ? extra.toString() : desc + " (" + extra + ")";
      }
      String whole = (dateCell + " " + timeCell).strip();
      Parsed p = whole.isEmpty() ? null : TimeParser.parse(whole, order, year());
      if (p != null && p.consumed() < whole.length()
          && !stripSeparators(whole.substring(p.consumed())).isEmpty()) {
        // the cell holds more than a time: keep what follows in front of the description
        String more = stripSeparators(whole.substring(p.consumed()));
        if (!Rx.matches(more, "[頃ごろ~]+")) {
          desc = desc.isEmpty() ? more : more + " " + desc;
        }
      }
      if (desc.isBlank()) {
        if (p != null && p.date() != null && p.time() == null) {
          st.date = p.date();
          continue;
        }
        if (whole.isEmpty()) {
          continue;
        }
        desc = whole;
      }
      boolean inflection = false;
      boolean key = false;
      String source = null;
      List<String> evidence = List.of();
      if (ec >= 0 && extra.length() == 0) {
        String[] tr = trailer(desc);
        desc = tr[0];
        source = tr[1] == null || tr[1].isBlank() ? null : tr[1].strip();
        evidence = ids(tr[2]);
        Matcher im = Rx.p("(?i)^◆\\s*(?:inflection point|turning point)\\s*[:：]\\s*").matcher(desc);
        if (im.find()) {
          inflection = true;
          desc = desc.substring(im.end());
        }
        String first = desc.contains("\n") ? desc.substring(0, desc.indexOf('\n')) : desc;
        key = ec < r.cells().size() && r.cells().get(ec).strong().contains(desc)
            && !first.isEmpty();
      }
      startEvent(st, p, p == null ? whole : whole.substring(0, p.consumed()).strip(), desc, r.line(), 1);
      st.pending.inflectionPoint(inflection).keyEvent(key).addAllEvidence(evidence);
      if (source != null) {
        st.pending.source(source);
      }
      if (wc >= 0 && !cell(r, wc).isBlank()) {
        st.pending.knownAtTheTime(cell(r, wc));
      }
      if (ac >= 0 && !cell(r, ac).isBlank()) {
        st.pending.actor(cell(r, ac));
      }
      if (sc >= 0 && !cell(r, sc).isBlank()) {
        Inline si = r.cells().get(sc);
        st.pending.source(si.links().isEmpty() ? si.text() : si.links().get(0));
      }
      if (kc >= 0 && !cell(r, kc).isBlank()) {
        try {
          st.pending.kind(EventKind.fromId(cell(r, kc).replace(' ', '-')));
        } catch (IllegalArgumentException e) {
          st.pendingText.append(" (").append(header.get(kc).text()).append(": ").append(cell(r, kc)).append(')');
        }
      }
      flush(st);
    }
  }

  private void startEvent(TimelineState st, Parsed p, String timeText, String desc, int line, int column) {
    flush(st);
    String ptr = "/timeline/" + timeline.size();
    ImmutableTimelineEvent.Builder eb = TimelineEvent.builder();
    boolean approx = st.approximate || (p != null && p.approximate());
    if (p == null || (p.date() == null && st.date == null && docDate == null && options.referenceDate() == null)) {
      eb.timeText(timeText.isEmpty() ? "unknown" : timeText);
      if (p == null) {
        out.warn(Kind.UNPARSEABLE_TIME, line, column, ptr, "'" + shorten(timeText)
            + "' is not a time this importer can read; kept as text");
      } else {
        out.warn(Kind.UNPARSEABLE_TIME, line, column, ptr, "'" + shorten(timeText)
            + "' has no date and none is known from the document; kept as text"
            + " (pass a reference date to place it)");
      }
    } else {
      LocalDate date = p.date();
      if (date == null) {
        date = st.date;
        if (date == null) {
          date = options.referenceDate() != null ? options.referenceDate() : docDate;
          if (!st.dateReported) {
            st.dateReported = true;
            out.info(Kind.ASSUMED_DATE, line, column, ptr, "times without a date are placed on "
                + date + (options.referenceDate() != null ? ", the reference date" : ", the document's date"));
          }
        }
      } else {
        st.date = date;
        if (p.ambiguous()) {
          out.warn(Kind.AMBIGUOUS_DATE, line, column, ptr, "'" + shorten(timeText) + "' could be read "
              + "month-first or day-first; read as " + date
              + (order == DateOrder.UNKNOWN ? " (month-first, no evidence in the document)"
                  : " (" + (order == DateOrder.DAY_FIRST ? "day-first" : "month-first")
                      + ", like other dates in the document)"));
        }
        if (p.yearMissing()) {
          out.info(Kind.ASSUMED_DATE, line, column, ptr, "'" + shorten(timeText)
              + "' has no year; read as " + date.getYear());
        }
      }
      ZoneId zone = p.zone();
      if (zone == null) {
        zone = st.zone != null ? st.zone : zoneFor(null);
        if (st.zone == null && !st.zoneReported) {
          st.zoneReported = true;
          if (docZone != null) {
            out.info(Kind.ASSUMED_ZONE, line, column, ptr, "times without a zone are read in "
                + docZone + ", as the document states");
          } else {
            out.warn(Kind.ASSUMED_ZONE, line, column, ptr, "the document states no time zone; times are read in "
                + zone + (options.defaultZone() != null ? " (the default zone)" : " (assumed)"));
          }
        }
      }
      LocalTime time = p.time();
      boolean dateOnly = time == null;
      if (dateOnly) {
        time = LocalTime.MIDNIGHT;
        approx = true;
        eb.timeText(timeText);
        out.info(Kind.ASSUMED_DATE, line, column, ptr, "'" + shorten(timeText)
            + "' has a date but no time; placed at 00:00 and marked approximate");
      }
      LocalDateTime ldt = LocalDateTime.of(date, time);
      if (st.last != null && ldt.isBefore(st.last) && !dateOnly) {
        if (p.date() == null && Duration.between(ldt, st.last).toHours() >= 12) {
          ldt = ldt.plusDays(1);
          st.date = ldt.toLocalDate();
          out.warn(Kind.CROSSED_MIDNIGHT, line, column, ptr, "'" + shorten(timeText)
              + "' is earlier than the event before it; placed on the next day, " + st.date);
        } else {
          out.info(Kind.OUT_OF_ORDER, line, column, ptr, "'" + shorten(timeText)
              + "' is earlier than the event before it (" + st.last + ")");
        }
      }
      if (!dateOnly) {
        st.last = ldt;
      }
      eb.at(odt(ldt.toLocalDate(), ldt.toLocalTime(), zone));
    }
    eb.approximate(approx);
    st.pending = eb;
    st.pendingText = new StringBuilder(desc.strip());
    st.pendingLine = line;
    out.at(ptr, line, column);
  }

  private void flush(TimelineState st) {
    if (st.pending == null) {
      return;
    }
    String desc = st.pendingText.toString().strip();
    if (desc.isEmpty()) {
      desc = "(no description)";
      out.info(Kind.GUESSED_VALUE, st.pendingLine, 1, "/timeline/" + timeline.size(),
          "timeline entry without a description");
    }
    String lower = desc.toLowerCase(Locale.ROOT);
    st.pending.description(desc);
    TimelineEvent e = st.pending.build();
    if (e.at().isPresent()) {
      markers(lower, e.at().get(), st.pendingLine);
    }
    timeline.add(e);
    st.pending = null;
    st.pendingText = null;
  }

  private static final Pattern STARTED = Pattern.compile("\\b(outage|incident|impact) (begins|began|starts|started)\\b");
  private static final Pattern MITIGATED = Pattern.compile("\\b(outage|incident) mitigated\\b");
  private static final Pattern RESOLVED = Pattern.compile("\\b(outage|incident|impact) (ends|ended|resolved)\\b");

  private void markers(String lower, OffsetDateTime at, int line) {
    if (!(lower.contains("outage") || lower.contains("incident") || lower.contains("impact"))) {
      return;
    }
    String field = null;
    if (STARTED.matcher(lower).find()) {
      field = "started";
    } else if (MITIGATED.matcher(lower).find()) {
      field = "mitigated";
    } else if (RESOLVED.matcher(lower).find()) {
      field = "resolved";
    }
    if (field != null && !milestoneSet.contains(field)) {
      milestone(field, at, line, 1, false);
      out.info(Kind.GUESSED_VALUE, line, 1, "/incident/" + field,
          "the " + field + " milestone was taken from the marker in this timeline entry");
    }
  }

  private ZoneId zoneFor(ZoneId explicit) {
    if (explicit != null) {
      return explicit;
    }
    if (docZone != null) {
      return docZone;
    }
    return options.defaultZone() != null ? options.defaultZone() : ZoneOffset.UTC;
  }

  private static OffsetDateTime odt(LocalDate d, LocalTime t, ZoneId zone) {
    return ZonedDateTime.of(d, t, zone).toOffsetDateTime();
  }

  // ---------------------------------------------------------------- action items

  private static final Pattern OWNER = Pattern.compile(
      "(?i)[(\\[]?\\b(?:(?:owner|owners|assignee|who|担当者?|responsável|dono)\\s*[:：=]|assigned to)\\s*"
          + "(@?[\\p{L}\\p{N}_.\\-]+(?: [\\p{Lu}][\\p{L}.\\-]+)?)[)\\]]?");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*[\\p{L}\\p{N}_])");
  private static final Pattern DUE = Pattern.compile(
      "(?i)[(\\[,;]?\\s*\\b(?:due(?: date)?|by|deadline|until|期限|prazo|até)\\s*[:：]?\\s*"
          + "([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"
          + "|[A-Za-z]{3,9}\\.? [0-9]{1,2}(?:st|nd|rd|th)?(?:,? [0-9]{4})?)[)\\]]?");
  private static final Pattern STATUS_TAG = Pattern.compile(
      "(?i)^\\s*(?:\\[(done|todo|open|in progress|wip|won't do|wont do|verified|closed|completed?)\\]"
          + "|(done|todo|open|in progress|wip|completed?)\\s*[:\\-–])\\s*"
          + "|\\s*[(\\[](done|todo|open|in progress|wip|won't do|wont do|verified|completed?)[)\\]]\\s*$");
  private static final Pattern PRIORITY_TAG = Pattern.compile("(?i)[(\\[]\\s*(P[0-4])\\s*[)\\]]");

  private void actions(Section s, List<Block> body, List<Block> leftovers, ActionType type, ActionStatus status) {
    for (Block b : body) {
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          if (it.text().isBlank() && it.children().isEmpty()) {
            out.info(Kind.TEMPLATE_GUIDANCE, it.line(), 1, "", "empty action item left out");
            continue;
          }
          Matcher dup = Rx.p("^`?([\\p{L}]{1,10}-?\\d{1,6})`?\\s").matcher(it.text());
          if (dup.find() && actionIds.contains(dup.group(1))) {
            detailOf(dup.group(1), itemText(it).substring(dup.end()).strip(), it.line());
            continue;
          }
          actionFromText(itemText(it), it.checked(), it.inline().links(), it.line(), type, status);
        }
      } else if (b instanceof Table t) {
        actionTable(t, type, status, leftovers);
      } else {
        leftovers.add(b);
      }
    }
    for (Section c : s.children) {
      Optional<SectionKind> k = options.synonyms().kindOf(c.title());
      ActionType ct = actionType(c.title());
      ActionStatus cs = actionStatus(c.title());
      boolean structured = c.body.stream().anyMatch(x -> x instanceof ListBlock || x instanceof Table);
      boolean mentions = c.body.stream().anyMatch(x -> x instanceof ListBlock l && l.items().stream()
          .anyMatch(it -> {
            Matcher im = Rx.p("^`?([\\p{L}]{1,10}-?\\d{1,6})`?\\s").matcher(it.text());
            return im.find() && actionIds.contains(im.group(1));
          }));
      if (k.isPresent() && k.get() != SectionKind.ACTION_ITEMS && ct == null && cs == null && !mentions) {
        section(c, SectionKind.ACTION_ITEMS);
      } else if (structured || !c.children.isEmpty() || c.body.isEmpty() && (ct != null || cs != null)) {
        actions(c, guidance(c, c.body), leftovers, ct != null ? ct : type, cs != null ? cs : status);
      } else {
        // one action per sub-heading: "#### @owner Do the thing" followed by prose
        StringBuilder desc = new StringBuilder();
        for (Block x : c.body) {
          if (x instanceof Para p) {
            desc.append(desc.length() > 0 ? "\n\n" : "").append(p.text());
          } else {
            leftovers.add(x);
          }
        }
        int before = actions.size();
        actionFromText(c.title(), null, c.heading.inline().links(), c.line(), type, status);
        if (desc.length() > 0 && actions.size() > before) {
          ActionItem a = actions.get(actions.size() - 1);
          actions.set(actions.size() - 1, ImmutableActionItem.copyOf(a).withDescription(desc.toString()));
        }
      }
    }
  }

  /** A later mention of an existing action item: a checklist repeat, or its details. */
  private void detailOf(String aid, String rest, int line) {
    for (int i = 0; i < actions.size(); i++) {
      ActionItem a = actions.get(i);
      if (!a.id().equals(aid)) {
        continue;
      }
      if (rest.startsWith(a.title())) {
        out.info(Kind.GUESSED_VALUE, line, 1, "/actionItems/" + i, "'" + aid
            + "' repeats an action item listed above; read once");
        return;
      }
      ImmutableActionItem c = ImmutableActionItem.copyOf(a);
      String desc = rest;
      Matcher w = Rx.p("(?is)(?:^|\\n)won't do because:\\s*(.*?)(?:\\s*\\(revisit on ([^)]*)\\))?\\s*$").matcher(desc);
      if (w.find()) {
        c = c.withRationale(w.group(1).strip());
        if (w.group(2) != null) {
          Parsed p = TimeParser.parse(w.group(2), order, year());
          if (p != null && p.date() != null) {
            c = c.withRevisitOn(p.date());
          }
        }
        desc = desc.substring(0, w.start()).strip();
      }
      if (!desc.isEmpty() && a.description().isEmpty()) {
        c = c.withDescription(desc);
      } else if (!desc.isEmpty()) {
        c = c.withDescription(a.description().get() + "\n" + desc);
      }
      actions.set(i, c);
      return;
    }
  }

  private String nextActionId(String wanted) {
    String base = wanted == null || wanted.isBlank() ? "AI-" + (actions.size() + 1) : wanted.strip();
    String idv = base;
    int n = 2;
    while (!actionIds.add(idv)) {
      idv = base + "-" + n++;
    }
    return idv;
  }

  private void actionFromText(String raw, Boolean checked, List<String> linkList, int line,
      ActionType type, ActionStatus status) {
    String ptr = "/actionItems/" + actions.size();
    String text = raw.strip();
    ImmutableActionItem.Builder ab = ActionItem.builder();
    ActionStatus st = status;
    if (checked != null) {
      st = checked ? ActionStatus.DONE : ActionStatus.OPEN;
    }
    Matcher m = STATUS_TAG.matcher(text);
    if (m.find()) {
      String tag = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      ActionStatus ts = actionStatus(tag);
      if (ts != null) {
        st = ts;
        text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
      }
    }
    m = PRIORITY_TAG.matcher(text);
    if (m.find()) {
      ab.priority(Priority.fromId(m.group(1)));
      text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }
    m = DUE.matcher(text);
    if (m.find()) {
      Parsed p = TimeParser.parse(m.group(1), order, year());
      if (p != null && p.date() != null) {
        ab.due(p.date());
        if (p.yearMissing() || p.ambiguous()) {
          out.info(Kind.GUESSED_VALUE, line, 1, ptr + "/due", "due date '" + m.group(1) + "' read as " + p.date());
        }
        text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
      }
    }
    m = OWNER.matcher(text);
    String owner = null;
    if (m.find()) {
      owner = m.group(1).strip();
      text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    } else {
      m = HANDLE.matcher(text);
      if (m.find()) {
        owner = "@" + m.group(1);
        boolean edge = m.start() == 0 || m.end() == text.length()
            || text.substring(0, m.start()).strip().endsWith("(") ;
        if (edge) {
          text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        }
      }
    }
    text = Rx.replaceAll(Rx.replaceAll(Rx.replaceAll(text, "\\(\\s*\\)|\\[\\s*\\]", " "), "[ \\t]{2,}", " "), "^[\\s,;:\\-–—]+|[\\s,;:\\-–—]+$", "").strip();
    if (text.isEmpty()) {
      text = raw.strip();
    }
    if (text.isBlank()) {
      text = "(untitled)";
      out.warn(Kind.GUESSED_VALUE, line, 1, ptr, "action item without a title");
    }
    if (owner != null) {
      ab.owner(owner);
      out.at(ptr + "/owner", line, 1);
    }
    if (!linkList.isEmpty()) {
      ab.ticket(linkList.get(0));
    }
    if (type != null) {
      ab.type(type);
    }
    ab.id(nextActionId(null)).title(text).status(st == null ? ActionStatus.OPEN : st);
    actions.add(ab.build());
    out.at(ptr, line, 1);
  }

  private void actionTable(Table t, ActionType type, ActionStatus status, List<Block> leftovers) {
    List<Inline> h = t.header();
    int ic = column(h, "id", "#", "no", "番号");
    int tc = column(h, "action item", "action", "item", "task", "title", "what", "description",
        "内容", "アクション", "対策", "ação", "acao", "tarefa", "descrição", "acción", "maßnahme");
    int oc = column(h, "owner", "who", "assignee", "assigned to", "担当者", "担当", "responsável",
        "responsavel", "dono", "responsable", "verantwortlich");
    int dc = column(h, "due date", "due", "deadline", "target date", "eta", "by", "期限", "期日",
        "prazo", "data limite", "fecha límite", "fällig");
    int sc = column(h, "status", "state", "done", "状態", "ステータス", "situação", "estado");
    int yc = column(h, "type", "kind", "category", "種別", "分類", "tipo", "typ");
    int pc = column(h, "priority", "prio", "優先度", "prioridade", "prioridad");
    int kc = column(h, "ticket", "bug", "bug #", "issue", "link", "jira", "tracking", "チケット",
        "課題", "チケット番号");
    if (tc < 0) {
      int best = -1;
      int bestLen = -1;
      for (int i = 0; i < h.size(); i++) {
        if (i == ic || i == oc || i == dc || i == sc || i == yc || i == pc || i == kc) {
          continue;
        }
        int len = 0;
        for (Row r : t.rows()) {
          len += cell(r, i).length();
        }
        if (len > bestLen) {
          best = i;
          bestLen = len;
        }
      }
      tc = best;
    }
    if (tc < 0) {
      leftovers.add(t);
      return;
    }
    for (Row r : t.rows()) {
      String title = cell(r, tc);
      List<String> addresses = List.of();
      Matcher am = Rx.p("\\n\\s*(?:addresses|addressing|causes?)\\s*[:：]?\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*)\\s*$").matcher(title.toLowerCase(Locale.ROOT));
      if (am.find()) {
        addresses = ids(title.substring(am.start(1), am.end(1)));
        title = title.substring(0, am.start()).strip();
      }
      if (title.isBlank()) {
        if (r.cells().stream().allMatch(Inline::isBlank)) {
          continue;
        }
        title = "(untitled)";
        out.warn(Kind.GUESSED_VALUE, r.line(), 1, "/actionItems/" + actions.size(),
            "action item row without a title");
      }
      String ptr = "/actionItems/" + actions.size();
      ImmutableActionItem.Builder ab = ActionItem.builder();
      ab.id(nextActionId(ic >= 0 ? cell(r, ic).replace("`", "") : null)).title(title).addAllAddresses(addresses);
      String owner = cell(r, oc);
      if (!owner.isBlank() && !owner.equals("—") && !owner.equals("-")) {
        ab.owner(owner);
      }
      StringBuilder desc = new StringBuilder();
      String due = cell(r, dc);
      if (!due.isBlank()) {
        Parsed p = TimeParser.parse(due, order, year());
        if (p != null && p.date() != null) {
          ab.due(p.date());
          String more = stripSeparators(due.substring(p.consumed()));
          if (!more.isEmpty()) {
            desc.append(h.get(dc).text()).append(": ").append(due);
            out.info(Kind.GUESSED_VALUE, r.line(), 1, ptr + "/due", "due '" + shorten(due)
                + "' read as " + p.date() + "; the full text is kept in the description");
          }
        } else if (!due.equals("—") && !due.equals("-")) {
          desc.append(h.get(dc).text()).append(": ").append(due);
          out.warn(Kind.UNPARSEABLE_TIME, r.line(), 1, ptr + "/due", "due date '" + shorten(due)
              + "' could not be read; kept in the description");
        }
      }
      ActionStatus st = status;
      String sv = cell(r, sc);
      if (!sv.isBlank()) {
        ActionStatus parsed = actionStatus(sv);
        if (parsed != null) {
          st = parsed;
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(sc).text()).append(": ").append(sv);
          out.warn(Kind.GUESSED_VALUE, r.line(), 1, ptr + "/status", "status '" + shorten(sv)
              + "' not recognised; kept in the description");
        }
      }
      ab.status(st == null ? ActionStatus.OPEN : st);
      ActionType ty = type;
      String yv = cell(r, yc);
      if (!yv.isBlank()) {
        ActionType parsed = actionType(yv);
        if (parsed != null) {
          ty = parsed;
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(yc).text()).append(": ").append(yv);
        }
      }
      if (ty != null) {
        ab.type(ty);
      }
      String pv = cell(r, pc);
      if (!pv.isBlank()) {
        Matcher pm2 = Rx.p("(?i)\\bP([0-4])\\b").matcher(pv);
        if (pm2.find()) {
          ab.priority(Priority.fromId("p" + pm2.group(1)));
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(pc).text()).append(": ").append(pv);
        }
      }
      if (kc >= 0 && !cell(r, kc).isBlank() && !cell(r, kc).equalsIgnoreCase("n/a")) {
        Inline ki = r.cells().get(kc);
        ab.ticket(ki.links().isEmpty() ? ki.text() : ki.links().get(0));
      } else if (!r.cells().get(tc).links().isEmpty()) {
        ab.ticket(r.cells().get(tc).links().get(0));
      }
      for (int i = 0; i < h.size() && i < r.cells().size(); i++) {
        if (i != ic && i != tc && i != oc && i != dc && i != sc && i != yc && i != pc && i != kc
            && !cell(r, i).isBlank()) {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(i).text()).append(": ").append(cell(r, i));
        }
      }
      if (desc.length() > 0) {
        ab.description(desc.toString());
      }
      actions.add(ab.build());
      out.at(ptr, r.line(), 1);
    }
  }

  private static ActionType actionType(String s) {
    String v = s.toLowerCase(Locale.ROOT);
    if (Rx.matches(v, "(?s).*(prevent|予防|防止|preven[çc]).*")) {
      return ActionType.PREVENT;
    }
    if (Rx.matches(v, "(?s).*(detect|検知|検出|detec[çc]|monitor).*")) {
      return ActionType.DETECT;
    }
    if (Rx.matches(v, "(?s).*(mitigat|緩和|mitiga[çc]).*")) {
      return ActionType.MITIGATE;
    }
    if (Rx.matches(v, "(?s).*(process|プロセス|processo|運用).*")) {
      return ActionType.PROCESS;
    }
    if (Rx.matches(v, "(?s).*(repair|修正|修復|repar|corre[çc]).*")) {
      return ActionType.REPAIR;
    }
    if (Rx.matches(v, "(?s).*(investigat|調査|investiga).*")) {
      return ActionType.INVESTIGATE;
    }
    if (Rx.matches(v, "(?s).*(document|ドキュメント|文書|documenta).*")) {
      return ActionType.DOCUMENT;
    }
    return null;
  }

  private static ActionStatus actionStatus(String s) {
    String v = s.toLowerCase(Locale.ROOT).strip();
    if (Rx.matches(v, "(?s).*\\b(won'?t do|wont-do|not doing|rejected|declined)\\b.*|.*見送り.*")) {
      return ActionStatus.WONT_DO;
    }
    if (Rx.matches(v, "(?s).*\\bverified\\b.*|.*検証済.*")) {
      return ActionStatus.VERIFIED;
    }
    if (Rx.matches(v, "(?s).*\\b(in progress|in-progress|wip|ongoing|started|doing)\\b.*|.*(対応中|進行中|em andamento).*")) {
      return ActionStatus.IN_PROGRESS;
    }
    if (Rx.matches(v, "(?s).*\\b(done|completed?|closed|fixed|resolved|finished)\\b.*|.*(完了|済|concluíd|feito).*|[✓✔☑x]")) {
      return ActionStatus.DONE;
    }
    if (Rx.matches(v, "(?s).*\\b(todo|to do|open|planned|not started|pending|backlog)\\b.*|.*(未着手|未対応|pendente|aberto).*")) {
      return ActionStatus.OPEN;
    }
    return null;
  }

  // ---------------------------------------------------------------- build

  private ImportResult build() {
    String src = doc.source();
    if (title == null || title.isBlank()) {
      title = options.idHint() != null ? options.idHint() : "Untitled post-mortem";
      out.warn(Kind.GUESSED_VALUE, 1, 1, "/title", "the document has no title; used '" + title + "'");
    } else {
      out.at("/title", Math.max(1, titleLine), 1);
    }
    if (id == null) {
      id = idFrom(title);
      out.info(Kind.GENERATED_ID, Math.max(1, titleLine), 1, "/id", "the document has no id; generated '" + id + "'");
      idLine = titleLine;
    }
    pm.id(id).title(title);
    if (status != null) {
      pm.status(status);
    }
    if (severity != null) {
      pm.severity(severity);
    }
    if (!intro.isEmpty()) {
      if (!texts.containsKey(SectionKind.SUMMARY)) {
        StringBuilder sb = new StringBuilder();
        List<Block> rest = new ArrayList<>();
        for (Block b : intro) {
          String t = plain(b);
          if (t == null) {
            rest.add(b);
          } else {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(t);
          }
        }
        if (sb.length() > 0) {
          addText(SectionKind.SUMMARY, sb.toString(), intro.get(0).line());
          out.info(Kind.GUESSED_VALUE, intro.get(0).line(), 1, "/summary",
              "the introduction has been taken as the summary");
        }
        if (!rest.isEmpty()) {
          introSection(rest);
        }
      } else {
        introSection(intro);
      }
    }
    texts.forEach((k, sb) -> {
      String v = sb.toString();
      int line = textLines.get(k)[0];
      switch (k) {
        case SUMMARY -> {
          pm.summary(v);
          out.at("/summary", line, 1);
        }
        case IMPACT -> {
          impact.description(v);
          impactSet = true;
          out.at("/impact", line, 1);
        }
        case DETECTION -> {
          pm.detection(v);
          out.at("/detection", line, 1);
        }
        case TRIGGER -> {
          pm.trigger(v);
          out.at("/trigger", line, 1);
        }
        case RESOLUTION -> {
          pm.resolution(v);
          out.at("/resolution", line, 1);
        }
        default -> { }
      }
    });
    if (impactSet) {
      pm.impact(impact.build());
    }
    pm.objectives(objectives).evidence(evidence).startStopContinue(
        dev.postmortem.model.StartStopContinue.builder().start(sscStart).stop(sscStop).keep(sscKeep).build());
    pm.authors(authors).tags(tags).participants(participants).timeline(timeline).causes(causes)
        .fiveWhys(whys).actionItems(actions).links(links).additionalSections(additional)
        .lessonsLearned(lessons.build()).incident(milestones.build()).extensions(extensions);
    Postmortem p = pm.build();
    return new ImportResult(PostmortemDocument.of(p, src, SourceMap.of(out.positions())),
        sortDiagnostics(out.diagnostics()));
  }

  private void introSection(List<Block> blocks) {
    StringBuilder md = new StringBuilder();
    for (Block b : blocks) {
      append(md, b.markdown());
    }
    if (md.toString().isBlank()) {
      return;
    }
    String ptr = "/additionalSections/" + additional.size();
    additional.add(0, AdditionalSection.of("Introduction", md.toString().strip()));
    out.at("/additionalSections/0", blocks.get(0).line(), 1);
    out.info(Kind.UNMAPPED_CONTENT, blocks.get(0).line(), 1, ptr,
        "the text before the first section was kept as the additional section 'Introduction'");
  }

  private static List<dev.postmortem.importer.ImportDiagnostic> sortDiagnostics(
      List<dev.postmortem.importer.ImportDiagnostic> ds) {
    List<dev.postmortem.importer.ImportDiagnostic> copy = new ArrayList<>(ds);
    copy.sort(java.util.Comparator.comparingInt(dev.postmortem.importer.ImportDiagnostic::line));
    return copy;
  }

  private String idFrom(String t) {
    Matcher m = Rx.p("(?i)\\b([A-Z]{2,10}-\\d{2,4}-\\d{1,5}|[A-Z]{2,10}-\\d{1,6}|INC-?\\d+)\\b").matcher(t);
    if (m.find()) {
      return m.group(1);
    }
    if (options.idHint() != null && !options.idHint().isBlank()) {
      return options.idHint();
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

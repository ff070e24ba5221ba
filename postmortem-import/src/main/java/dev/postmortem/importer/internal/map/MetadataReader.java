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

final class MetadataReader {
  private final Draft d;

  MetadataReader(Draft d) {
    this.d = d;
  }

  /** A zone stated once for the whole document ("All times are Europe/Berlin."). */
  void documentZone() {
    ZoneId found = null;
    int line = 0;
    for (Block b : d.doc.blocks()) {
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
    if (found != null && line > 0) {
      for (Block b : d.doc.blocks()) {
        if (b.line() == line && b instanceof Para p) {
          d.statedDate = TimeParser.findDate(p.text(), d.order, 0);
        }
      }
    }
    if (found != null) {
      d.docZone = found;
      d.out.info(Kind.ASSUMED_ZONE, line, 1, "", "times without a zone are read in " + found
          + ", as the document states here");
    }
  }

  void collectText(List<Block> blocks, StringBuilder sb) {
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

  // ---------------------------------------------------------------- metadata

  // made on first use: most Markdown documents have no front matter, and a mapper costs a
  // short-lived process (the command line) some 70 ms of class initialisation
  static final class FrontMatterMappers {
    static final ObjectMapper TOML = new TomlMapper();
    static final ObjectMapper YAML = new YAMLMapper();
  }

  static final Map<String, String> META = new LinkedHashMap<>();

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

  static void meta(String field, String... keys) {
    for (String k : keys) {
      META.put(k, field);
    }
  }

  static String metaField(String key) {
    String k = key.toLowerCase(Locale.ROOT).replaceAll("[*_`:：]", "").replaceAll("\\s+", " ").strip();
    k = k.replaceAll("\\s*\\(.*\\)$", "").strip();
    return META.get(k);
  }

  void frontMatter() {
    if (d.doc.frontMatter() == null) {
      return;
    }
    ObjectMapper mapper = "toml".equals(d.doc.frontMatterFormat())
        ? FrontMatterMappers.TOML : FrontMatterMappers.YAML;
    JsonNode node;
    try {
      node = mapper.readTree(d.doc.frontMatter());
    } catch (Exception e) {
      String ptr = "/extensions/" + Collector.segment("frontMatter");
      d.extensions.put("frontMatter", TextNode.valueOf(d.doc.frontMatter()));
      d.out.at(ptr, d.doc.frontMatterLine(), 1);
      d.out.warn(Kind.SKIPPED_INPUT, d.doc.frontMatterLine(), 1, ptr, "the " + d.doc.frontMatterFormat()
          + " front matter could not be read (" + Texts.firstLine(e.getMessage())
          + "); kept verbatim in the extensions");
      return;
    }
    if (node == null || !node.isObject()) {
      return;
    }
    int line = d.doc.frontMatterLine();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      int l = line + lineOfKey(d.doc.frontMatter(), key);
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
          d.extensions.put("frontMatter/" + key, v);
          d.out.at(ptr, l, 1);
        }
      }
    }
  }

  static int lineOfKey(String text, String key) {
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

  /** Applies one metadata value; returns whether the key was known. */
  boolean metadata(String key, String value, int line, int column, String raw) {
    String field = metaField(key);
    String v = value.strip();
    String extKey = "metadata/" + key.strip();
    if (field == null) {
      d.putExtension(extKey, v, line, column);
      d.out.info(Kind.UNMAPPED_METADATA, line, column, "/extensions/" + Collector.segment(extKey),
          "metadata field '" + key.strip() + "' has no place in the model; kept in the extensions");
      return false;
    }
    if (v.isEmpty() || v.equals("—") || v.equals("-") || v.equalsIgnoreCase("n/a")) {
      return true;
    }
    switch (field) {
      case "id" -> {
        if (d.id == null) {
          d.id = v;
          d.idLine = line;
          d.out.at("/id", line, column);
        }
      }
      case "title" -> {
        if (d.title == null) {
          d.title = v;
          d.titleLine = line;
        }
      }
      case "date" -> {
        Parsed p = TimeParser.parse(v, d.order, 0);
        if (p != null && p.date() != null && d.docDate == null) {
          d.docDate = p.date();
        }
        d.putExtension(extKey, v, line, column);
      }
      case "started", "detected", "acknowledged", "mitigated", "resolved" -> {
        Parsed p = TimeParser.parse(v, d.order, d.docDate == null ? 0 : d.docDate.getYear());
        if (p != null && p.date() != null && p.time() != null) {
          ZoneId z = p.zone() != null ? p.zone() : d.zoneFor(null);
          OffsetDateTime at = Draft.odt(p.date(), p.time(), z);
          d.milestone(field, at, line, column, p.zone() == null);
          if (p.consumed() < v.length() && !v.substring(p.consumed()).isBlank()) {
            d.putExtension(extKey, v, line, column);
          }
        } else {
          if (p != null && p.date() != null && d.docDate == null) {
            d.docDate = p.date();
          }
          d.putExtension(extKey, v, line, column);
          d.out.info(Kind.UNPARSEABLE_TIME, line, column, "/extensions/" + Collector.segment(extKey),
              "'" + Texts.shorten(v) + "' is not a complete date and time; kept in the extensions");
        }
      }
      case "authors" -> {
        for (String a : v.split("\\s*[,、;]\\s*|\\s+and\\s+|\\s*&\\s*")) {
          if (!a.isBlank() && !d.authors.contains(a.strip())) {
            d.out.at("/authors/" + d.authors.size(), line, column);
            d.authors.add(a.strip());
          }
        }
      }
      case "commander", "reviewers" -> {
        Role role = field.equals("commander") ? Role.INCIDENT_COMMANDER : Role.REVIEWER;
        for (String a : v.split("\\s*[,、;]\\s*")) {
          String name = a.replaceAll("\\s*[(（][^)）]*[)）]\\s*$", "").strip();
          if (!name.isBlank()) {
            d.out.at("/participants/" + d.participants.size(), line, column);
            d.participants.add(Participant.builder().name(name).addRole(role).build());
          }
        }
      }
      case "status" -> {
        Status s = status(v);
        if (s == null) {
          d.putExtension(extKey, v, line, column);
          d.out.warn(Kind.GUESSED_VALUE, line, column, "/status", "status '" + Texts.shorten(v)
              + "' is not a document status; kept in the extensions, status left as draft");
        } else {
          d.status = s;
          d.out.at("/status", line, column);
          if (!s.id().equalsIgnoreCase(v.replace(' ', '-'))) {
            d.putExtension(extKey, v, line, column);
            d.out.info(Kind.GUESSED_VALUE, line, column, "/status",
                "status '" + Texts.shorten(v) + "' read as " + s.id());
          }
        }
      }
      case "severity" -> {
        Severity s = severity(v);
        if (s == null) {
          d.putExtension(extKey, v, line, column);
          d.out.warn(Kind.GUESSED_VALUE, line, column, "/severity",
              "severity '" + Texts.shorten(v) + "' was not recognised; kept in the extensions");
        } else {
          d.severity = s;
          d.out.at("/severity", line, column);
          if (!v.equalsIgnoreCase(s.id())) {
            d.putExtension(extKey, v, line, column);
          }
        }
      }
      case "tags" -> {
        for (String t : v.split("\\s*[,;、]\\s*")) {
          if (!t.isBlank()) {
            d.tags.add(t.strip());
          }
        }
      }
      case "summary" -> d.addText(SectionKind.SUMMARY, v, line);
      default -> d.putExtension(extKey, v, line, column);
    }
    return true;
  }

  static Status status(String v) {
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

  static final Pattern SEV = Pattern.compile("(?i)\\b(sev|p)\\s*[-_ ]?\\s*([0-5])\\b");

  /** Severity words of common scales that the file format's own names do not cover. */
  private static final Map<String, Severity> SEVERITY_WORDS = Map.ofEntries(
      Map.entry("p0", Severity.SEV0), Map.entry("blocker", Severity.SEV0), Map.entry("emergency", Severity.SEV0),
      Map.entry("urgent", Severity.SEV1), Map.entry("highest", Severity.SEV1), Map.entry("high", Severity.SEV2),
      Map.entry("significant", Severity.SEV2), Map.entry("medium", Severity.SEV3), Map.entry("moderate", Severity.SEV3),
      Map.entry("normal", Severity.SEV3), Map.entry("low", Severity.SEV4), Map.entry("lowest", Severity.SEV5),
      Map.entry("notice", Severity.SEV5), Map.entry("kritisch", Severity.SEV1), Map.entry("hoch", Severity.SEV2),
      Map.entry("mittel", Severity.SEV3), Map.entry("niedrig", Severity.SEV4), Map.entry("høy", Severity.SEV2),
      Map.entry("middels", Severity.SEV3), Map.entry("lav", Severity.SEV4), Map.entry("alta", Severity.SEV2),
      Map.entry("média", Severity.SEV3), Map.entry("media", Severity.SEV3), Map.entry("baixa", Severity.SEV4),
      Map.entry("baja", Severity.SEV4), Map.entry("élevée", Severity.SEV2), Map.entry("moyenne", Severity.SEV3),
      Map.entry("faible", Severity.SEV4), Map.entry("致命的", Severity.SEV0), Map.entry("重大", Severity.SEV1),
      Map.entry("高", Severity.SEV2), Map.entry("中", Severity.SEV3), Map.entry("低", Severity.SEV4));

  static Severity severity(String v) {
    Matcher m = SEV.matcher(v);
    if (m.find()) {
      if (m.group(1).equalsIgnoreCase("p") && m.group(2).equals("0")) {
        return Severity.SEV0;
      }
      try {
        return Severity.fromId(m.group(1) + m.group(2));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String first = v.strip().split("[\\s(（,/]")[0].replaceAll("[*_`.:]", "");
    try {
      return Severity.fromId(first);
    } catch (IllegalArgumentException e) {
      return SEVERITY_WORDS.get(first.toLowerCase(Locale.ROOT));
    }
  }

  private static final java.util.Set<String> LABEL_FIELDS =
      java.util.Set.of("severity", "status", "started", "detected", "acknowledged", "mitigated", "resolved", "commander");

  /**
   * Metadata written as bold labels inside any section ("- **Severity**: SEV-1",
   * "**Status:** resolved"), read without taking the text out of its section.
   */
  void boldLabels(List<Block> body) {
    for (Block b : body) {
      List<Inline> lines = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          lines.add(it.inline());
          at.add(it.line());
        }
      } else if (b instanceof Para p) {
        for (TextLine tl : p.lines()) {
          lines.add(tl.inline());
          at.add(tl.line());
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        Inline in = lines.get(i);
        String lead = in.lead();
        if (lead == null || !in.text().startsWith(lead) || lead.length() > 40) {
          continue;
        }
        String label = lead.replaceAll("[:：]\\s*$", "").strip();
        String rest = in.text().substring(lead.length()).replaceFirst("^\\s*[:：]?\\s*", "").strip();
        String field = metaField(label);
        if (field != null && LABEL_FIELDS.contains(field) && !rest.isEmpty() && rest.length() < 80
            && !d.milestoneSet.contains(field) && !(field.equals("severity") && d.severity != null)
            && !(field.equals("status") && d.status != null)) {
          metadata(label, rest, at.get(i), 1, null);
        }
      }
    }
  }

  boolean metadataHeading(Section s) {
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
      d.out.info(Kind.TEMPLATE_GUIDANCE, s.line(), 1, "", "metadata heading '" + s.title()
          + "' has no value");
    }
    return true;
  }

  /** Metadata as a table or key/value list; returns the blocks that were not metadata. */
  void metadataBlocks(List<Block> body, List<Block> leftovers) {
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

  static final Pattern KV = Pattern.compile("^([^:：]{1,40}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);

  /** Reads "Key: value" lines of a paragraph or list; false when the block is not one. */
  boolean keyValues(Block b) {
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

  void preamble(Section root) {
    List<Block> rest = new ArrayList<>();
    for (Block b : root.body) {
      if (b instanceof Para p && zoneStatementOnly(p)) {
        d.docZone = TimeParser.zoneStatement(p.text());
        LocalDate stated = TimeParser.findDate(p.text(), d.order, 0);
        if (stated != null) {
          d.statedDate = stated;
        }
        d.out.info(Kind.ASSUMED_ZONE, p.line(), p.column(), "", "times without a zone are read in "
            + d.docZone + ", as stated here");
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
    rest = d.guidance(null, rest);
    d.intro.addAll(rest);
    if (d.docDate == null && d.title != null) {
      Matcher m = Rx.p("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}|[A-Z][a-z]+\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4}").matcher(d.title);
      while (m.find() && d.docDate == null) {
        Parsed p = TimeParser.parse(m.group(), d.order, 0);
        if (p != null && p.date() != null) {
          d.docDate = p.date();
        }
      }
    }
    if (d.docDate == null) {
      for (Block b : rest) {
        if (b instanceof Para p) {
          Matcher m = Rx.p("\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]+\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}").matcher(p.text());
          if (m.find()) {
            Parsed pp = TimeParser.parse(m.group(), d.order, 0);
            if (pp != null && pp.date() != null) {
              d.docDate = pp.date();
              break;
            }
          }
        }
      }
    }
  }

  /** A table of key/value pairs side by side (Key | Value | Key | Value), keys known. */
  static boolean pairTable(Table t) {
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

  boolean metadataLike(Block b) {
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

  boolean zoneStatementOnly(Para p) {
    String t = p.text();
    return t.length() < 120 && TimeParser.zoneStatement(t) != null
        && TimeParser.parse(t, d.order, 0) == null
        && t.toLowerCase(Locale.ROOT).matches("(?s).*(time|times|時刻|時間|hor[aá]rio|horas|documented).*");
  }

}

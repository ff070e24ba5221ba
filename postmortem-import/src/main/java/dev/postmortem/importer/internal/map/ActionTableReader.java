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

final class ActionTableReader {
  private final Draft d;

  ActionTableReader(Draft d) {
    this.d = d;
  }

  void actionTable(Table t, ActionType type, ActionStatus status, List<Block> leftovers) {
    List<Inline> h = t.header();
    int ic = Texts.column(h, "id", "#", "no", "番号");
    int tc = Texts.column(h, "action item", "action", "item", "task", "title", "what", "description",
        "内容", "アクション", "対策", "ação", "acao", "tarefa", "descrição", "acción", "maßnahme");
    int oc = Texts.column(h, "owner", "who", "assignee", "assigned to", "dri", "responsible", "owned by",
        "point of contact", "poc", "team", "担当者", "担当", "responsável", "responsavel", "dono", "responsable",
        "verantwortlich", "ansvarlig", "eier", "propriétaire");
    int dc = Texts.column(h, "due date", "due", "deadline", "target date", "eta", "by", "when", "期限", "期日",
        "prazo", "data limite", "fecha límite", "fällig", "frist");
    int sc = Texts.column(h, "status", "state", "done", "状態", "ステータス", "situação", "estado");
    int yc = Texts.column(h, "type", "kind", "category", "種別", "分類", "tipo", "typ");
    int pc = Texts.column(h, "priority", "prio", "優先度", "prioridade", "prioridad");
    int kc = Texts.column(h, "ticket", "bug", "bug #", "issue", "link", "jira", "tracking", "チケット",
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
          len += Texts.cell(r, i).length();
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
      String title = Texts.cell(r, tc);
      List<String> addresses = List.of();
      Matcher am = Rx.p("\\n\\s*(?:addresses|addressing|causes?)\\s*[:：]?\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*)\\s*$").matcher(title.toLowerCase(Locale.ROOT));
      if (am.find()) {
        addresses = Texts.ids(title.substring(am.start(1), am.end(1)));
        title = title.substring(0, am.start()).strip();
      }
      if (!title.isBlank() && Texts.isPlaceholder(title)) {
        d.out.info(Kind.TEMPLATE_GUIDANCE, r.line(), 1, "", "action item row '" + Texts.shorten(title)
            + "' is a template placeholder; left out");
        continue;
      }
      if (title.isBlank()) {
        if (r.cells().stream().allMatch(Inline::isBlank)) {
          continue;
        }
        title = "(untitled)";
        d.out.warn(Kind.GUESSED_VALUE, r.line(), 1, "/actionItems/" + d.actions.size(),
            "action item row without a title");
      }
      String ptr = "/actionItems/" + d.actions.size();
      ImmutableActionItem.Builder ab = ActionItem.builder();
      ab.id(d.actionReader.nextActionId(ic >= 0 ? Texts.cell(r, ic).replace("`", "") : null)).title(title).addAllAddresses(addresses);
      String owner = ownerCell(r, oc);
      if (!Texts.isPlaceholder(owner)) {
        ab.owner(owner);
      }
      StringBuilder desc = new StringBuilder();
      String due = Texts.cell(r, dc);
      if (!due.isBlank()) {
        Parsed p = TimeParser.parse(due, d.order, d.year());
        if (p != null && p.date() != null) {
          ab.due(p.date());
          String more = Texts.stripSeparators(due.substring(p.consumed()));
          if (!more.isEmpty()) {
            desc.append(h.get(dc).text()).append(": ").append(due);
            d.out.info(Kind.GUESSED_VALUE, r.line(), 1, ptr + "/due", "due '" + Texts.shorten(due)
                + "' read as " + p.date() + "; the full text is kept in the description");
          }
        } else if (!due.equals("—") && !due.equals("-")) {
          desc.append(h.get(dc).text()).append(": ").append(due);
          d.out.warn(Kind.UNPARSEABLE_TIME, r.line(), 1, ptr + "/due", "due date '" + Texts.shorten(due)
              + "' could not be read; kept in the description");
        }
      }
      ActionStatus st = status;
      String sv = Texts.cell(r, sc);
      if (!sv.isBlank()) {
        ActionStatus parsed = ActionWords.actionStatus(sv);
        String[] wont = parsed == ActionStatus.WONT_DO ? ActionWords.wontDo(sv) : null;
        if (wont != null) {
          if (!wont[1].isEmpty()) {
            ab.rationale(wont[1]);
          }
          Parsed rp = wont[2] == null ? null : TimeParser.parse(wont[2], d.order, d.year());
          if (rp != null && rp.date() != null) {
            ab.revisitOn(rp.date());
          } else if (wont[2] != null) {
            ab.rationale((wont[1] + " (revisit " + wont[2] + ")").strip());
          }
        }
        if (parsed != null) {
          st = parsed;
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(sc).text()).append(": ").append(sv);
          d.out.warn(Kind.GUESSED_VALUE, r.line(), 1, ptr + "/status", "status '" + Texts.shorten(sv)
              + "' not recognised; kept in the description");
        }
      }
      ab.status(st == null ? ActionStatus.OPEN : st);
      ActionType ty = type;
      String yv = Texts.cell(r, yc);
      if (!yv.isBlank()) {
        ActionType parsed = ActionWords.actionType(yv);
        if (parsed != null) {
          ty = parsed;
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(yc).text()).append(": ").append(yv);
        }
      }
      if (ty != null) {
        ab.type(ty);
      }
      String pv = Texts.cell(r, pc);
      if (!pv.isBlank()) {
        Matcher pm2 = Rx.p("(?i)\\bP([0-4])\\b").matcher(pv);
        if (pm2.find()) {
          ab.priority(Priority.fromId("p" + pm2.group(1)));
        } else {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(pc).text()).append(": ").append(pv);
        }
      }
      if (kc >= 0 && !Texts.cell(r, kc).isBlank() && !Texts.cell(r, kc).equalsIgnoreCase("n/a")) {
        Inline ki = r.cells().get(kc);
        ab.ticket(ki.links().isEmpty() ? ki.text() : ki.links().get(0));
      } else if (!r.cells().get(tc).links().isEmpty()) {
        ab.ticket(r.cells().get(tc).links().get(0));
      }
      for (int i = 0; i < h.size() && i < r.cells().size(); i++) {
        if (i != ic && i != tc && i != oc && i != dc && i != sc && i != yc && i != pc && i != kc
            && !Texts.cell(r, i).isBlank()) {
          desc.append(desc.length() > 0 ? "\n" : "").append(h.get(i).text()).append(": ").append(Texts.cell(r, i));
        }
      }
      if (desc.length() > 0) {
        ab.description(desc.toString());
      }
      d.actions.add(ab.build());
      d.out.at(ptr, r.line(), 1);
    }
  }


  /**
   * The owner cell's text; when the text is cut short ("@gspen...") and the cell links to a profile,
   * the user name is the last segment of the link.
   */
  static String ownerCell(Row r, int oc) {
    String owner = Texts.cell(r, oc);
    if (oc < 0 || oc >= r.cells().size() || !owner.matches("(?s).*(\\.\\.\\.|…)\\s*")) {
      return owner;
    }
    for (String link : r.cells().get(oc).links()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^https?://[^/]+/(?:users?/|u/|@)?([\\w.\\-]+)/?$")
          .matcher(link.strip());
      String stem = Rx.replaceAll(owner, "^@|(\\.\\.\\.|…)\\s*$", "");
      if (m.matches() && m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith(stem.toLowerCase(java.util.Locale.ROOT))) {
        return (owner.startsWith("@") ? "@" : "") + m.group(1);
      }
    }
    return owner;
  }
}

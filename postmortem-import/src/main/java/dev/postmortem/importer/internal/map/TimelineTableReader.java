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

final class TimelineTableReader {
  private final Draft d;

  TimelineTableReader(Draft d) {
    this.d = d;
  }

  void table(TimelineState st, Table t, List<Block> leftovers) {
    List<Inline> header = t.header();
    int tc = Texts.column(header, "time", "timestamp", "date/time", "date & time", "datetime", "when",
        "date and time", "時刻", "日時", "時間", "hora", "horário", "data/hora", "hora (utc)", "zeit", "uhrzeit");
    int dc = Texts.column(header, "date", "day", "日付", "data", "dia", "datum");
    if (tc == dc) {
      dc = -1;
    }
    int ec = Texts.column(header, "event", "events", "description", "what happened", "what", "action",
        "action/impact", "details", "activity", "イベント", "出来事", "内容", "事象", "evento",
        "descrição", "o que aconteceu", "ereignis", "beschreibung");
    int ac = Texts.column(header, "actor", "who", "who/what", "by", "owner", "person", "担当", "実施者",
        "quem", "responsável");
    int sc = Texts.column(header, "source", "data link", "link", "evidence", "reference", "ソース",
        "根拠", "fonte", "evidência");
    int kc = Texts.column(header, "kind", "type", "category", "種別", "tipo");
    int wc = Texts.column(header, "known at the time", "known", "what we knew", "当時の認識", "o que se sabia");
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
            len += Texts.cell(r, i).length();
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
        Parsed hp = TimeParser.parse(hd.group(1).strip(), d.order, d.year());
        if (hp != null && hp.date() != null) {
          st.date = hp.date();
        }
      }
    }
    if (headerZone != null) {
      st.zone = headerZone;
      d.out.info(Kind.ASSUMED_ZONE, t.line(), t.column(), "", "times without a zone in this table are read in "
          + headerZone + ", as its header states");
    }
    for (Row r : t.rows()) {
      String timeCell = Texts.cell(r, tc);
      String dateCell = Texts.cell(r, dc);
      String desc = ec < 0 ? "" : Texts.cell(r, ec);
      StringBuilder extra = new StringBuilder();
      for (int i = 0; i < header.size() && i < r.cells().size(); i++) {
        if (i != tc && i != dc && i != ec && i != ac && i != sc && i != kc && i != wc && !Texts.cell(r, i).isBlank()) {
          extra.append(extra.length() > 0 ? "; " : "").append(header.get(i).text()).append(": ")
              .append(Texts.cell(r, i));
        }
      }
      if (extra.length() > 0) {
        desc = desc.isEmpty() ? extra.toString() : desc + " (" + extra + ")";
      }
      String whole = (dateCell + " " + timeCell).strip();
      Parsed p = whole.isEmpty() ? null : TimeParser.parse(whole, d.order, d.year());
      if (p != null && p.consumed() < whole.length()
          && !Texts.stripSeparators(whole.substring(p.consumed())).isEmpty()) {
        // the cell holds more than a time: keep what follows in front of the description
        String more = Texts.stripSeparators(whole.substring(p.consumed()));
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
        String[] tr = Texts.trailer(desc);
        desc = tr[0];
        source = tr[1] == null || tr[1].isBlank() ? null : tr[1].strip();
        evidence = Texts.ids(tr[2]);
        Matcher im = Rx.p("(?i)^◆\\s*(?:inflection point|turning point)\\s*[:：]\\s*").matcher(desc);
        if (im.find()) {
          inflection = true;
          desc = desc.substring(im.end());
        }
        String first = desc.contains("\n") ? desc.substring(0, desc.indexOf('\n')) : desc;
        key = ec < r.cells().size() && r.cells().get(ec).strong().contains(desc)
            && !first.isEmpty();
      }
      d.eventAssembler.startEvent(st, p, p == null ? whole : whole.substring(0, p.consumed()).strip(), desc, r.line(), 1);
      st.pending.inflectionPoint(inflection).keyEvent(key).addAllEvidence(evidence);
      if (source != null) {
        st.pending.source(source);
      }
      if (wc >= 0 && !Texts.cell(r, wc).isBlank()) {
        st.pending.knownAtTheTime(Texts.cell(r, wc));
      }
      if (ac >= 0 && !Texts.cell(r, ac).isBlank()) {
        st.pending.actor(Texts.cell(r, ac));
      }
      if (sc >= 0 && !Texts.cell(r, sc).isBlank()) {
        Inline si = r.cells().get(sc);
        st.pending.source(si.links().isEmpty() ? si.text() : si.links().get(0));
      }
      if (kc >= 0 && !Texts.cell(r, kc).isBlank()) {
        try {
          st.pending.kind(EventKind.fromId(Texts.cell(r, kc).replace(' ', '-')));
        } catch (IllegalArgumentException e) {
          st.pendingText.append(" (").append(header.get(kc).text()).append(": ").append(Texts.cell(r, kc)).append(')');
        }
      }
      d.eventAssembler.flush(st);
    }
  }

}

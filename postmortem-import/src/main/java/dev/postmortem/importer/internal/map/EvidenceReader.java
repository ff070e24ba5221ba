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

final class EvidenceReader {
  private final Draft d;

  EvidenceReader(Draft d) {
    this.d = d;
  }

  void evidenceTable(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (!(b instanceof Table t)) {
        leftovers.add(b);
        continue;
      }
      List<Inline> h = t.header();
      int ic = Texts.column(h, "id", "#");
      int kc = Texts.column(h, "kind", "type", "種別", "tipo");
      int tc = Texts.column(h, "evidence", "title", "name", "description", "内容", "evidência");
      int cc = Texts.column(h, "captured", "captured at", "date", "time", "取得日時", "coletado");
      if (tc < 0) {
        leftovers.add(b);
        continue;
      }
      for (Row r : t.rows()) {
        Inline ti = r.cells().size() > tc ? r.cells().get(tc) : Inline.EMPTY;
        if (ti.text().isBlank()) {
          continue;
        }
        String eid = ic >= 0 ? Texts.cell(r, ic).replace("`", "").strip() : "";
        if (eid.isEmpty()) {
          eid = "E" + (d.evidence.size() + 1);
        }
        dev.postmortem.model.EvidenceKind kind = dev.postmortem.model.EvidenceKind.OTHER;
        if (kc >= 0 && !Texts.cell(r, kc).isBlank()) {
          try {
            kind = dev.postmortem.model.EvidenceKind.fromId(Texts.cell(r, kc).replace(' ', '-'));
          } catch (IllegalArgumentException e) {
            d.out.info(Kind.GUESSED_VALUE, r.line(), 1, "/evidence/" + d.evidence.size(),
                "evidence kind '" + Texts.shorten(Texts.cell(r, kc)) + "' is not known; recorded as other");
          }
        }
        String[] tr = Texts.trailer(ti.text());
        // the title on the first line; then "File: path" and the description (as reports write it)
        String[] parts = tr[0].split("\n", 2);
        dev.postmortem.model.ImmutableEvidence.Builder eb = dev.postmortem.model.Evidence.builder()
            .id(eid).kind(kind).title(parts.length > 1 && !parts[0].isBlank() ? parts[0].strip() : tr[0]);
        if (parts.length > 1 && !parts[0].isBlank()) {
          String more = parts[1];
          java.util.regex.Matcher fm = Rx.p("(?i)^file:\\s*`?([^`\\n]+?)`?\\s*(?:\\n|$)").matcher(more);
          if (fm.find()) {
            eb.file(fm.group(1).strip());
            more = more.substring(fm.end());
          }
          if (!more.isBlank()) {
            eb.description(more.strip());
          }
        }
        if (!ti.links().isEmpty()) {
          eb.link(ti.links().get(0));
        }
        String cap = Texts.cell(r, cc);
        if (!cap.isBlank()) {
          Parsed p = TimeParser.parse(cap, d.order, d.year());
          if (p != null && p.date() != null && p.time() != null) {
            eb.capturedAt(Draft.odt(p.date(), p.time(), p.zone() != null ? p.zone() : d.zoneFor(null)));
          }
        }
        d.out.at("/evidence/" + d.evidence.size(), r.line(), 1);
        d.evidence.add(eb.build());
      }
    }
  }

}

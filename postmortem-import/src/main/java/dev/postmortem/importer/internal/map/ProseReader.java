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

final class ProseReader {
  private final Draft d;

  ProseReader(Draft d) {
    this.d = d;
  }

  // ---------------------------------------------------------------- prose sections

  void prose(SectionKind k, Section s, List<Block> body, List<Block> leftovers) {
    StringBuilder sb = new StringBuilder();
    int line = 0;
    for (Block b : body) {
      String t = Texts.plain(b);
      if (t == null && b instanceof Blocks.Quote q && !q.markdown().isBlank()) {
        // a quotation in the prose (template guidance, a body of quotes only, is dropped before)
        t = q.markdown().strip();
      } else if (t == null && b instanceof Blocks.Table box && box.header().size() == 1
          && box.rows().isEmpty() && !box.header().get(0).text().isBlank()) {
        // a one-cell table is a callout box (Word writes quotations so): its text is prose
        t = "> " + box.header().get(0).text().strip().replace("\n", "\n> ");
      }
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
      d.addText(k, sb.toString(), line);
    }
  }

  static final Pattern QUANTITY = Pattern.compile(
      "^([-+]?[\\d,]*\\.?\\d+)\\s*(.*?)\\s*(\\((?:estimate|estimated|est\\.?|推定|estimativa)\\))?$");

  /** Takes impact facts ("Customer-facing: Yes") and a measures table out of the body. */
  List<Block> impactFacts(List<Block> body) {
    List<Block> rest = new ArrayList<>();
    for (Block b : body) {
      if (b instanceof ListBlock l && !l.items().isEmpty() && l.items().stream().allMatch(i -> impactKey(i.text()) != null)) {
        for (Item it : l.items()) {
          String key = impactKey(it.text());
          String v = it.text().substring(it.text().indexOf(':') + 1).strip();
          d.impactSet = true;
          switch (key) {
            case "customer" -> d.impact.customerFacing(Rx.matches(v.toLowerCase(Locale.ROOT), "yes|true|y|はい|sim"));
            case "services" -> d.impact.addAllAffectedServices(List.of(v.split("\\s*,\\s*")));
            case "users" -> d.impact.addAffectedUsers(v);
            default -> d.impact.addAllSlosBreached(List.of(v.split("\\s*,\\s*")));
          }
          d.out.at("/impact", it.line(), 1);
        }
      } else if (b instanceof Table t && t.header().size() == 2 && impactKey(t.header().get(0).text() + ":") != null
          && t.rows().stream().allMatch(r -> r.cells().size() == 2 && impactKey(r.cells().get(0).text() + ":") != null)) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(new Inline(t.header().get(0).text() + ": " + t.header().get(1).text(), null, List.of()),
            List.of(), null, List.of(), t.line(), ""));
        for (Row r : t.rows()) {
          items.add(new Item(new Inline(Texts.cell(r, 0) + ": " + Texts.cell(r, 1), null, List.of()), List.of(), null,
              List.of(), r.line(), ""));
        }
        rest.addAll(impactFacts(List.of(new ListBlock(false, items, t.line(), 1, t.markdown()))));
      } else if (b instanceof Table t && t.header().size() == 2
          && Texts.column(t.header(), "measure", "metric", "quantity", "指標", "メトリクス", "medida") == 0) {
        for (Row r : t.rows()) {
          Matcher m = QUANTITY.matcher(Texts.cell(r, 1));
          if (Texts.cell(r, 0).isBlank() || !m.matches()) {
            rest.add(new Para(new Inline(Texts.cell(r, 0) + ": " + Texts.cell(r, 1), null, List.of()), List.of(), r.line(), 1,
                Texts.cell(r, 0) + ": " + Texts.cell(r, 1)));
            continue;
          }
          dev.postmortem.model.ImmutableQuantity.Builder q = dev.postmortem.model.Quantity.builder()
              .metric(Texts.cell(r, 0)).value(new java.math.BigDecimal(m.group(1).replace(",", "")))
              .estimated(m.group(3) != null);
          if (!m.group(2).isBlank()) {
            q.unit(m.group(2));
          }
          d.impact.addQuantities(q.build());
          d.impactSet = true;
        }
      } else {
        rest.add(b);
      }
    }
    return rest;
  }

  static String impactKey(String text) {
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

}

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

final class CauseReader {
  private final Draft d;

  CauseReader(Draft d) {
    this.d = d;
  }

  // ---------------------------------------------------------------- causes

  void causes(SectionKind k, List<Block> body, List<Block> leftovers) {
    boolean hasList = body.stream().anyMatch(b -> b instanceof ListBlock);
    StringBuilder prose = new StringBuilder();
    int proseLine = 0;
    for (Block b : body) {
      if (b instanceof Table t) {
        causeTable(k, t, leftovers);
      } else if (b instanceof ListBlock l && WhysReader.becauseChain(l, new String[1]) != null) {
        // "- The API served private data" then "- Because …" items: a 5 Whys chain, not causes
        String[] problem = new String[1];
        List<String[]> steps = WhysReader.becauseChain(l, problem);
        d.whysReader.addChain(null, problem[0], l.line(), steps);
        d.out.info(Kind.GUESSED_VALUE, l.line(), 1, "/fiveWhys/" + (d.whys.size() - 1),
            "a list of 'Because …' items was read as a 5 Whys chain");
      } else if (b instanceof ListBlock l && hasList) {
        for (Item it : l.items()) {
          String t = Texts.itemText(it);
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

  void causeTable(SectionKind k, Table t, List<Block> leftovers) {
    List<Inline> h = t.header();
    int ic = Texts.column(h, "id", "#");
    int dc = Texts.column(h, "condition", "cause", "description", "factor", "what", "原因", "内容", "causa", "descrição");
    int cc = Texts.column(h, "category", "type", "kind", "分類", "categoria");
    int rc = Texts.column(h, "role", "roles", "役割", "papel");
    int lc = Texts.column(h, "led to", "leads to", "ledto", "caused", "→");
    if (dc < 0) {
      leftovers.add(t);
      return;
    }
    List<Cause> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Cause c : d.causes) {
      seen.add(c.id());
    }
    for (Row r : t.rows()) {
      String[] tr = Texts.trailer(Texts.cell(r, dc));
      if (tr[0].isBlank()) {
        continue;
      }
      String cid = ic >= 0 ? Texts.cell(r, ic).replace("`", "").strip() : "";
      if (cid.isEmpty() || !seen.add(cid)) {
        cid = "C" + (d.causes.size() + rows.size() + 1);
        seen.add(cid);
      }
      dev.postmortem.model.ImmutableCause.Builder cb = Cause.builder().id(cid).description(tr[0])
          .addAllEvidence(Texts.ids(tr[2]));
      String role = Texts.cell(r, rc).toLowerCase(Locale.ROOT);
      boolean root = rc >= 0 ? role.contains("root") || role.contains("根本") || role.contains("raiz")
          : k == SectionKind.ROOT_CAUSES;
      cb.rootCause(root).trigger(role.contains("trigger") || role.contains("トリガー") || role.contains("gatilho"));
      String cat = Texts.cell(r, cc);
      if (!cat.isBlank()) {
        try {
          cb.category(dev.postmortem.model.CauseCategory.fromId(cat.strip().replace(' ', '-')));
        } catch (IllegalArgumentException e) {
          d.out.info(Kind.GUESSED_VALUE, r.line(), 1, "/causes/" + (d.causes.size() + rows.size()),
              "cause category '" + Texts.shorten(cat) + "' is not known; left as the default");
        }
      }
      cb.addAllLedTo(Texts.ids(Texts.cell(r, lc)));
      rows.add(cb.build());
      lines.add(r.line());
    }
    // edges to causes that are not in the table would make the model invalid: keep them as text
    Set<String> known = new HashSet<>();
    d.causes.forEach(c -> known.add(c.id()));
    rows.forEach(c -> known.add(c.id()));
    for (int i = 0; i < rows.size(); i++) {
      Cause c = rows.get(i);
      List<String> bad = c.ledTo().stream().filter(x -> !known.contains(x)).toList();
      if (!bad.isEmpty()) {
        c = dev.postmortem.model.ImmutableCause.copyOf(c)
            .withLedTo(c.ledTo().stream().filter(known::contains).toList())
            .withJustification("Led to: " + String.join(", ", bad));
        d.out.warn(Kind.GUESSED_VALUE, lines.get(i), 1, "/causes/" + d.causes.size(),
            "'led to' names unknown causes " + bad + "; kept as text in the justification");
      }
      d.out.at("/causes/" + d.causes.size(), lines.get(i), 1);
      d.causes.add(c);
    }
  }

  void addCause(SectionKind k, String text, int line) {
    String cid = "C" + (d.causes.size() + 1);
    String ptr = "/causes/" + d.causes.size();
    d.causes.add(Cause.builder().id(cid).description(text).rootCause(k == SectionKind.ROOT_CAUSES).build());
    d.out.at(ptr, line, 1);
  }

}

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

final class SectionTree {
  private final Draft d;

  SectionTree(Draft d) {
    this.d = d;
  }

  Section tree() {
    Section root = new Section(null, 0);
    List<Section> stack = new ArrayList<>();
    stack.add(root);
    boolean first = true;
    for (Block b : d.doc.blocks()) {
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
        if (first && h.level() == 1 && d.title != null
            && Rx.replaceAll(h.text(), "\\s+", " ").strip().equals(Rx.replaceAll(d.title, "\\s+", " ").strip())) {
          d.titleLine = h.line();
          first = false;
          continue;
        }
        if (first && d.title == null && h.level() == 1
            && d.options.synonyms().exactKindOf(h.text()).isEmpty()) {
          d.title = h.text().isBlank() ? null : h.text();
          d.titleLine = h.line();
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

  static Section open(List<Section> stack, Heading h) {
    while (stack.size() > 1 && stack.get(stack.size() - 1).level >= h.level()) {
      stack.remove(stack.size() - 1);
    }
    Section s = new Section(h, h.level());
    stack.get(stack.size() - 1).children.add(s);
    stack.add(s);
    return s;
  }

  static int level(List<Section> stack) {
    Section top = stack.get(stack.size() - 1);
    return top.heading == null ? 2 : Math.max(2, top.level);
  }

  /** A paragraph that only says "Action Items" (or "**Timeline**") acts as a heading. */
  Heading pseudoHeading(Para p, List<Section> stack) {
    String t = p.text().strip();
    if (t.isEmpty() || t.length() > 60 || t.contains("\n") || p.lines().size() > 1) {
      return null;
    }
    String label = t.endsWith(":") || t.endsWith("：") ? t.substring(0, t.length() - 1) : t;
    if (d.options.synonyms().exactKindOf(label).isEmpty()) {
      return null;
    }
    return new Heading(level(stack), new Inline(label.strip(), null, List.of()), p.line(),
        p.column(), p.markdown());
  }

  static String label(Para p) {
    String lead = p.inline().lead();
    String l = lead.endsWith(":") || lead.endsWith("：") ? lead.substring(0, lead.length() - 1) : lead;
    return l.strip();
  }

  /** "**Root cause:** the pool ran dry" becomes a Root Causes section holding the rest. */
  Para labelledSection(Para p, List<Section> stack) {
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
    if (d.options.synonyms().exactKindOf(key).isEmpty() || rest.isBlank()) {
      return null;
    }
    return new Para(new Inline(rest.strip(), null, p.inline().links()),
        List.of(new TextLine(new Inline(rest.strip(), null, p.inline().links()), p.line())),
        p.line(), p.column(), p.markdown());
  }

}

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

final class Texts {
  private Texts() {}

  static void append(StringBuilder md, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (md.length() > 0) {
      md.append("\n\n");
    }
    md.append(text.strip());
  }

  static void appendSection(StringBuilder md, Section s) {
    append(md, s.heading.markdown());
    for (Block b : s.body) {
      append(md, b.markdown());
    }
    for (Section c : s.children) {
      appendSection(md, c);
    }
  }

  static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Plain text of paragraphs and lists; {@code null} for blocks that have no plain form. */
  static String plain(Block b) {
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
  static String itemText(Item it) {
    StringBuilder sb = new StringBuilder(it.text());
    for (Block c : it.children()) {
      String t = plain(c);
      if (t != null) {
        sb.append(sb.length() > 0 ? "\n" : "").append(t.replace("\n", "\n  "));
      }
    }
    return sb.toString();
  }

  static final Pattern EVIDENCE_LINE = Pattern.compile(
      "(?i)^\\(?(?:source:\\s*(.*?))?(?:;?\\s*evidence:\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*))?\\)?$");

  /** Splits "text\nEvidence: E1, E2" (as tables write it) into the text and the evidence ids. */
  static String[] trailer(String text) {
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

  static List<String> ids(String s) {
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

  static int indexOfQuestionMark(String s) {
    int a = s.indexOf('?');
    int b = s.indexOf('？');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  // ---------------------------------------------------------------- tables

  static int column(List<Inline> header, String... names) {
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

  static String cell(Row r, int i) {
    return i >= 0 && i < r.cells().size() ? r.cells().get(i).text().strip() : "";
  }

  static void appendLeftoverSection(List<Block> leftovers, Section c) {
    leftovers.add(c.heading);
    leftovers.addAll(c.body);
    for (Section cc : c.children) {
      appendLeftoverSection(leftovers, cc);
    }
  }

  static String stripSeparators(String s) {
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || "-–—:|>)]：、.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return s.substring(i).strip();
  }


  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
      "(?iu)^(?:[?？!.…\\-–—_*#x]+|tbd|tbc|tba|todo|to do|n/?a|none|unknown|unassigned|nobody|\\{[^}]*\\}|<[^>]*>"
          + "|\\[[^\\]]*\\]|(?:\\.\\.\\.|…).*|.*(?:\\.\\.\\.|…)|xx+|lorem ipsum.*)$");

  /**
   * Whether {@code text} is a template placeholder rather than content: "???", "TBD", "N/A",
   * "{link to the issue}", "… another item".
   */
  static boolean isPlaceholder(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() || PLACEHOLDER.matcher(t).matches();
  }
}

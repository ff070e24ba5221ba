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

final class ActionReader {
  private final Draft d;

  ActionReader(Draft d) {
    this.d = d;
  }

  // ---------------------------------------------------------------- action items

  static final Pattern DUE = Pattern.compile(
      "(?i)[(\\[,;]?\\s*\\b(?:due(?: date)?|by|deadline|until|期限|prazo|até)\\s*[:：]?\\s*"
          + "([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"
          + "|[A-Za-z]{3,9}\\.? [0-9]{1,2}(?:st|nd|rd|th)?(?:,? [0-9]{4})?)[)\\]]?");
  static final Pattern STATUS_TAG = Pattern.compile(
      "(?i)^\\s*(?:\\[(done|todo|open|in progress|wip|won't do|wont do|verified|closed|completed?)\\]"
          + "|(done|todo|open|in progress|wip|completed?)\\s*[:\\-–])\\s*"
          + "|\\s*[(\\[](done|todo|open|in progress|wip|won't do|wont do|verified|completed?)[)\\]]\\s*[.;]?\\s*$");
  static final Pattern PRIORITY_TAG = Pattern.compile("(?i)[(\\[]\\s*(P[0-4])\\s*[)\\]]");

  void actions(Section s, List<Block> body, List<Block> leftovers, ActionType type, ActionStatus status) {
    long paragraphs = body.stream().filter(b -> b instanceof Para p && !Texts.isPlaceholder(p.text())).count();
    boolean labelledGroup = s != null && s.children.isEmpty()
        && (ActionWords.actionStatus(s.title()) != null || ActionWords.actionType(s.title()) != null
            || paragraphs >= 2)
        && body.stream().noneMatch(b -> b instanceof ListBlock || b instanceof Table);
    boolean one = s != null && ActionWords.singular(s.title());
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      if (one && b instanceof Para intro && intro.text().strip().matches("(?s).*[:：]")
          && i + 1 < body.size() && body.get(i + 1) instanceof ListBlock l) {
        // "**Action taken:** We set criteria for X:" and a list: one action, the list its details
        actionFromText(intro.text() + "\n" + Texts.plain(l), null, intro.inline().links(), intro.line(), type, status);
        i++;
        continue;
      }
      if (b instanceof Para pp && Texts.isPlaceholder(pp.text())) {
        d.out.info(Kind.TEMPLATE_GUIDANCE, pp.line(), 1, "", "'" + Texts.shorten(pp.text())
            + "' is a template placeholder; left out");
        continue;
      }
      if (labelledGroup && b instanceof Para p && !p.text().isBlank()) {
        // "**Action taken:** The runbook now says …": each paragraph of a labelled group is an item
        actionFromText(p.text(), null, p.inline().links(), p.line(), type, status);
        continue;
      }
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          if (it.children().isEmpty() && Texts.isPlaceholder(it.text())) {
            d.out.info(Kind.TEMPLATE_GUIDANCE, it.line(), 1, "", "empty or placeholder action item left out");
            continue;
          }
          Matcher dup = Rx.p("^`?([\\p{L}]{1,10}-?\\d{1,6})`?\\s").matcher(it.text());
          if (dup.find() && d.actionIds.contains(dup.group(1))) {
            detailOf(dup.group(1), Texts.itemText(it).substring(dup.end()).strip(), it.line());
            continue;
          }
          actionFromText(Texts.itemText(it), it.checked(), it.inline().links(), it.line(), type, status);
        }
      } else if (b instanceof Table t) {
        d.actionTableReader.actionTable(t, type, status, leftovers);
      } else {
        leftovers.add(b);
      }
    }
    for (Section c : s.children) {
      Optional<SectionKind> k = d.options.synonyms().kindOf(c.title());
      ActionType ct = ActionWords.actionType(c.title());
      ActionStatus cs = ActionWords.actionStatus(c.title());
      boolean structured = c.body.stream().anyMatch(x -> x instanceof ListBlock || x instanceof Table);
      boolean mentions = c.body.stream().anyMatch(x -> x instanceof ListBlock l && l.items().stream()
          .anyMatch(it -> {
            Matcher im = Rx.p("^`?([\\p{L}]{1,10}-?\\d{1,6})`?\\s").matcher(it.text());
            return im.find() && d.actionIds.contains(im.group(1));
          }));
      if (k.isPresent() && k.get() != SectionKind.ACTION_ITEMS && ct == null && cs == null && !mentions) {
        d.mapper.section(c, SectionKind.ACTION_ITEMS);
      } else if (ct == null && cs == null && c.children.isEmpty() && startsWithProse(c)
          && !ActionWords.plural(c.title())) {
        oneActionPerHeading(c, leftovers, type, status);
      } else if (structured || !c.children.isEmpty() || c.body.isEmpty() && (ct != null || cs != null)
          || ct != null || cs != null || ActionWords.plural(c.title())) {
        actions(c, d.guidance(c, c.body), leftovers, ct != null ? ct : type, cs != null ? cs : status);
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
        int before = d.actions.size();
        actionFromText(c.title(), null, c.heading.inline().links(), c.line(), type, status);
        if (desc.length() > 0 && d.actions.size() > before) {
          ActionItem a = d.actions.get(d.actions.size() - 1);
          d.actions.set(d.actions.size() - 1, ImmutableActionItem.copyOf(a).withDescription(desc.toString()));
        }
      }
    }
  }

  private static boolean startsWithProse(Section c) {
    for (Block b : c.body) {
      if (b instanceof Para p && !p.text().isBlank()) {
        return true;
      }
      if (b instanceof ListBlock || b instanceof Table) {
        return false;
      }
    }
    return false;
  }

  /**
   * One action per sub-heading, its body the description: "### Disable introspection" followed by
   * prose, code and lists that explain it.
   */
  private void oneActionPerHeading(Section c, List<Block> leftovers, ActionType type, ActionStatus status) {
    StringBuilder desc = new StringBuilder();
    for (Block x : c.body) {
      String t = x instanceof Para || x instanceof ListBlock ? Texts.plain(x) : null;
      if (t != null) {
        desc.append(desc.length() > 0 ? "\n\n" : "").append(t);
      } else {
        leftovers.add(x);
      }
    }
    int before = d.actions.size();
    actionFromText(c.title(), null, c.heading.inline().links(), c.line(), type, status);
    if (desc.length() > 0 && d.actions.size() > before) {
      ActionItem a = d.actions.get(d.actions.size() - 1);
      String all = a.description().map(x -> x + "\n\n").orElse("") + desc;
      d.actions.set(d.actions.size() - 1, ImmutableActionItem.copyOf(a).withDescription(all));
    }
  }

  /** A later mention of an existing action item: a checklist repeat, or its details. */
  void detailOf(String aid, String rest, int line) {
    for (int i = 0; i < d.actions.size(); i++) {
      ActionItem a = d.actions.get(i);
      if (!a.id().equals(aid)) {
        continue;
      }
      if (rest.startsWith(ReportMarkers.unmarked(a.title()))) {
        d.out.info(Kind.GUESSED_VALUE, line, 1, "/actionItems/" + i, "'" + aid
            + "' repeats an action item listed above; read once");
        return;
      }
      ActionDetails.Read labelled = d.actionDetails.read(ImmutableActionItem.copyOf(a), rest, line,
          "/actionItems/" + i);
      ImmutableActionItem c = labelled.item();
      String desc = labelled.rest();
      Matcher w = Rx.p("(?is)(?:^|\\n)won't do because:\\s*(.*?)(?:\\s*\\(revisit on ([^)]*)\\))?\\s*$").matcher(desc);
      if (w.find()) {
        c = c.withRationale(w.group(1).strip());
        if (w.group(2) != null) {
          Parsed p = TimeParser.parse(w.group(2), d.order, d.year());
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
      d.actions.set(i, c);
      return;
    }
  }

  String nextActionId(String wanted) {
    String base = wanted == null || wanted.isBlank() ? "AI-" + (d.actions.size() + 1) : wanted.strip();
    String idv = base;
    int n = 2;
    while (!d.actionIds.add(idv)) {
      idv = base + "-" + n++;
    }
    return idv;
  }

  void actionFromText(String raw, Boolean checked, List<String> linkList, int line,
      ActionType type, ActionStatus status) {
    String ptr = "/actionItems/" + d.actions.size();
    String text = raw.strip().replace('’', '\'');
    ImmutableActionItem.Builder ab = ActionItem.builder();
    ActionStatus st = status;
    if (checked != null) {
      st = checked ? ActionStatus.DONE : ActionStatus.OPEN;
    }
    String[] wont = ActionWords.wontDo(text);
    if (wont != null && !wont[0].isEmpty()) {
      st = ActionStatus.WONT_DO;
      text = wont[0];
      if (!wont[1].isEmpty()) {
        ab.rationale(wont[1]);
      }
      if (wont[2] != null) {
        Parsed rp = TimeParser.parse(wont[2], d.order, d.year());
        if (rp != null && rp.date() != null) {
          ab.revisitOn(rp.date());
        } else {
          ab.rationale((wont[1] + " (revisit " + wont[2] + ")").strip());
        }
      }
    }
    Matcher m = STATUS_TAG.matcher(text);
    if (m.find()) {
      String tag = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      ActionStatus ts = ActionWords.actionStatus(tag);
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
    OwnerFinder.Found found = OwnerFinder.inFacts(text);
    String owner = null;
    if (found != null) {
      owner = found.owner();
      text = found.rest();
    }
    m = DUE.matcher(text);
    if (m.find()) {
      Parsed p = TimeParser.parse(m.group(1), d.order, d.year());
      if (p != null && p.date() != null) {
        ab.due(p.date());
        if (p.yearMissing() || p.ambiguous()) {
          d.out.info(Kind.GUESSED_VALUE, line, 1, ptr + "/due", "due date '" + m.group(1) + "' read as " + p.date());
        }
        text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
      }
    }
    found = owner == null ? OwnerFinder.find(text, d::knownPerson) : null;
    if (found != null) {
      owner = found.owner();
      text = found.rest();
    }
    text = Rx.replaceAll(Rx.replaceAll(Rx.replaceAll(text, "\\(\\s*\\)|\\[\\s*\\]", " "), "[ \\t]{2,}", " "), "^[\\s,;:\\-–—]+|[\\s,;:\\-–—]+$", "").strip();
    if (text.isEmpty()) {
      text = raw.strip();
    }
    if (text.isBlank()) {
      text = "(untitled)";
      d.out.warn(Kind.GUESSED_VALUE, line, 1, ptr, "action item without a title");
    }
    if (owner != null && Texts.isPlaceholder(owner.replace("@", ""))) {
      owner = null;
    }
    if (owner != null) {
      ab.owner(owner);
      d.out.at(ptr + "/owner", line, 1);
    }
    if (!linkList.isEmpty()) {
      ab.ticket(linkList.get(0));
    }
    if (type != null) {
      ab.type(type);
    }
    int nl = text.indexOf('\n');
    if (nl > 0) {
      // nested bullets and paragraphs are details of the item, not its title
      ab.description(text.substring(nl + 1).strip());
      text = text.substring(0, nl).strip();
    }
    ab.id(nextActionId(null)).title(text).status(st == null ? ActionStatus.OPEN : st);
    d.actions.add(ab.build());
    d.out.at(ptr, line, 1);
  }

}

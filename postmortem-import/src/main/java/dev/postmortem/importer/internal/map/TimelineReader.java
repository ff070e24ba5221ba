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

final class TimelineReader {
  private final Draft d;

  TimelineReader(Draft d) {
    this.d = d;
  }

  void timeline(Section s, List<Block> body, List<Block> leftovers) {
    TimelineState st = new TimelineState();
    String h = s.title();
    st.zone = TimeParser.zoneStatement(h);
    if (st.zone != null) {
      d.out.info(Kind.ASSUMED_ZONE, s.line(), 1, "", "times without a zone in this timeline are read in "
          + st.zone + ", as the heading states");
    }
    st.approximate = h.toLowerCase(Locale.ROOT).matches(".*\\b(approx|approximat|roughly|about).*");
    LocalDate headingDate = TimeParser.findDate(h, d.order, d.year());
    st.date = headingDate != null ? headingDate : d.statedDate;
    d.timelineSections++;
    st.section = h;
    timelineBlocks(st, body, leftovers);
    for (Section c : s.children) {
      timelineChild(st, c, leftovers);
    }
  }

  /** A sub-section of a timeline: a per-day heading, a continuation, or another kind of section. */
  void timelineChild(TimelineState st, Section c, List<Block> leftovers) {
    Parsed entry = d.headingEntryReader.entryTime(c);
    if (entry != null) {
      d.headingEntryReader.read(st, c, entry, leftovers);
      return;
    }
    Parsed p = TimeParser.parse(c.title(), d.order, d.year());
    Optional<SectionKind> kind = d.options.synonyms().kindOf(c.title());
    if (p != null && p.date() != null) {
      st.date = p.date();
      st.last = null;
      if (p.zone() != null) {
        st.zone = p.zone();
      }
      // a per-day heading: prose without a time of its own is an entry of that day
      st.dayText = c.title().strip();
      st.dayEntries = 0;
      timelineBlocks(st, d.guidance(c, c.body), leftovers);
      st.dayText = null;
    } else if (kind.isPresent() && kind.get() != SectionKind.TIMELINE) {
      d.mapper.section(c, SectionKind.TIMELINE);
      return;
    } else {
      ZoneId z = TimeParser.zoneStatement(c.title());
      if (z != null) {
        st.zone = z;
      }
      int before = d.timeline.size();
      List<Block> lo = new ArrayList<>();
      timelineBlocks(st, d.guidance(c, c.body), lo);
      if (d.timeline.size() == before && c.children.isEmpty()) {
        Texts.appendLeftoverSection(leftovers, c);
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

  void timelineBlocks(TimelineState st, List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof Para p) {
        if (p.text().length() < 200 && TimeParser.zoneStatement(p.text()) != null
            && TimeParser.parse(p.text(), d.order, d.year()) == null) {
          st.zone = TimeParser.zoneStatement(p.text());
          if (p.text().toLowerCase(Locale.ROOT).matches(".*\\b(approx|approximat|roughly).*")) {
            st.approximate = true;
          }
          d.out.info(Kind.ASSUMED_ZONE, p.line(), p.column(), "",
              "times without a zone in this timeline are read in " + st.zone + ", as stated here");
          // a zone statement may carry a date: "All times UTC, 14 October 2026"
          LocalDate stated = TimeParser.findDate(p.text(), d.order, d.year());
          if (stated != null) {
            st.date = stated;
            st.last = null;
            d.out.info(Kind.ASSUMED_DATE, p.line(), p.column(), "", "times without a date in this timeline are placed on "
                + stated + ", as stated here");
          }
          continue;
        }
        if (!lines(st, p.lines(), p.column(), p)) {
          if (st.dayText != null && st.date != null && !Texts.isPlaceholder(p.text())) {
            if (st.pending != null) {
              // prose after an entry of the day continues it
              st.pendingText.append("\n\n").append(p.text());
            } else if (st.dayEntries > 0) {
              d.eventAssembler.appendToLast(p.text());
            } else {
              Parsed day = new Parsed(st.date, null, null, null, false, false, false, 0);
              d.eventAssembler.startEvent(st, day, st.dayText, p.text(), p.line(), p.column());
            }
          } else {
            leftovers.add(b);
          }
        }
      } else if (b instanceof ListBlock l && st.pending != null && l.items().stream().noneMatch(this::timeLed)) {
        // "10:00 - Tickets were filed. Specifically:" and bullets without times: details of that entry
        st.pendingText.append('\n').append(Texts.plain(l));
      } else if (b instanceof ListBlock l) {
        List<Item> unread = new ArrayList<>();
        for (Item it : l.items()) {
          if (dayItem(st, it, leftovers)) {
            continue;
          }
          if (!item(st, it)) {
            unread.add(it);
          }
        }
        d.eventAssembler.flush(st);
        if (!unread.isEmpty()) {
          StringBuilder md = new StringBuilder();
          for (Item it : unread) {
            md.append(md.length() > 0 ? "\n" : "").append(it.markdown());
          }
          leftovers.add(new Para(Inline.EMPTY, List.of(), unread.get(0).line(), 1, md.toString()));
        }
      } else if (b instanceof Table t) {
        d.timelineTableReader.table(st, t, leftovers);
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
        d.eventAssembler.flush(st);
        leftovers.add(b);
      }
    }
    d.eventAssembler.flush(st);
  }

  /**
   * A bullet that holds only a date (or a date and a zone) with the day's entries nested below it:
   * "- June 29" then "  - 18:30 Alert fires". True when it was one and its entries were read.
   */
  boolean dayItem(TimelineState st, Item it, List<Block> leftovers) {
    if (it.children().stream().noneMatch(c -> c instanceof ListBlock)) {
      return false;
    }
    String text = it.text().strip();
    Parsed p = TimeParser.parse(text, d.order, d.year());
    if (p == null || p.date() == null || p.time() != null) {
      return false;
    }
    String rest = Texts.stripSeparators(text.substring(p.consumed())).replaceAll("[()]", "").strip();
    if (!rest.isEmpty() && TimeParser.zoneOf(rest) == null) {
      return false;
    }
    d.eventAssembler.flush(st);
    st.date = p.date();
    st.last = null;
    if (p.zone() != null) {
      st.zone = p.zone();
    }
    timelineBlocks(st, it.children(), leftovers);
    return true;
  }

  /** Reads time-led lines; false when none of the lines starts with a time. */
  boolean lines(TimelineState st, List<TextLine> lines, int column, Para p) {
    boolean any = false;
    List<String> unread = new ArrayList<>();
    for (TextLine tl : lines) {
      String t = tl.inline().text();
      Parsed parsed = TimeParser.parse(t, d.order, d.year());
      if (parsed != null && parsed.consumed() > 0) {
        String rest = Texts.stripSeparators(t.substring(parsed.consumed()));
        ZoneId stated = rest.length() < 60 ? TimeParser.zoneStatement(rest) : null;
        if ((rest.isEmpty() || stated != null) && parsed.time() == null && parsed.date() != null) {
          d.eventAssembler.flush(st);
          st.date = parsed.date();
          if (stated != null) {
            st.zone = stated;
            d.out.info(Kind.ASSUMED_ZONE, tl.line(), column, "",
                "times without a zone in this timeline are read in " + stated + ", as stated here");
          }
          any = true;
          continue;
        }
        d.eventAssembler.flush(st);
        d.eventAssembler.startEvent(st, parsed, t.substring(0, parsed.consumed()).strip(), rest, tl.line(), column);
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

  /** Whether an item starts with something read as a time or date. */
  private boolean timeLed(Item it) {
    Parsed p = TimeParser.parse(it.text(), d.order, d.year());
    return p != null && p.consumed() > 0;
  }

  boolean item(TimelineState st, Item it) {
    String text = it.text();
    Parsed parsed = null;
    String timeText;
    String rest;
    String lead = it.inline().lead();
    if (lead != null && text.startsWith(lead)) {
      Parsed lp = TimeParser.parse(lead, d.order, d.year());
      if (lp != null && Texts.stripSeparators(lead.substring(lp.consumed())).isEmpty()) {
        parsed = lp;
        timeText = lead;
        rest = Texts.stripSeparators(text.substring(lead.length()));
        return emit(st, it, parsed, timeText, rest);
      }
      if (lp != null && lp.consumed() > 0) {
        // "**21:17 UTC: the authors published**": time inside a bold item
        parsed = lp;
        timeText = lead.substring(0, lp.consumed());
        rest = Texts.stripSeparators(text.substring(lp.consumed()));
        return emit(st, it, parsed, timeText, rest);
      }
    }
    parsed = TimeParser.parse(text, d.order, d.year());
    if (parsed != null && parsed.consumed() > 0) {
      timeText = text.substring(0, parsed.consumed()).strip();
      rest = Texts.stripSeparators(text.substring(parsed.consumed()));
      if (rest.isEmpty() && parsed.time() == null && it.children().isEmpty()) {
        d.eventAssembler.flush(st);
        st.date = parsed.date();
        return true;
      }
      return emit(st, it, parsed, timeText, rest);
    }
    // "2023-MM-DD[^1]: text": a term that is meant as a time but cannot be read
    Matcher m = Pattern.compile("^([^:：]{1,40}?)[:：]\\s*(.*)$", Pattern.DOTALL).matcher(text);
    if (m.matches() && !TICKET_KEY.matcher(m.group(1).strip()).matches() && (m.group(1).matches(".*\\d.*") || m.group(1).toLowerCase(Locale.ROOT).matches(
        "(?s).*\\b(morning|afternoon|evening|night|midnight|noon|later|earlier|next day|yesterday|"
            + "unknown|tbd|manhã|tarde|noite|depois)\\b.*|.*(午前|午後|夜|朝|不明|未定).*"))) {
      return emit(st, it, null, m.group(1).strip(), m.group(2).strip());
    }
    return false;
  }

  /** A ticket key ("CDP-2437", "INC-12") or a link text: a reference, not a time that cannot be read. */
  static final Pattern TICKET_KEY = Pattern.compile("\\[?[\\p{Lu}][\\p{Lu}\\d]{1,9}-\\d{1,7}\\]?(?:\\(\\S*\\))?");

  boolean emit(TimelineState st, Item it, Parsed parsed, String timeText, String rest) {
    d.eventAssembler.flush(st);
    StringBuilder desc = new StringBuilder(rest);
    for (Block c : it.children()) {
      String t = Texts.plain(c);
      if (t != null) {
        desc.append(desc.length() > 0 ? " " : "").append(t);
      }
    }
    d.eventAssembler.startEvent(st, parsed, timeText, desc.toString(), it.line(), 1);
    d.eventAssembler.flush(st);
    return true;
  }

  static final Pattern GANTT_MILESTONE = Pattern.compile(
      "(?m)^\\s*(Started|Detected|Acknowledged|Mitigated|Resolved)\\s*:\\s*milestone\\s*,\\s*[\\w-]+\\s*,\\s*"
          + "(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?)");

  /** Reads incident milestones from a Mermaid gantt chart; true when it is one. */
  boolean ganttMilestones(Code c) {
    String lit = c.literal();
    if (!lit.stripLeading().startsWith("gantt")) {
      return false;
    }
    Matcher title = Rx.p("(?m)^\\s*title\\s+(.*)$").matcher(lit);
    ZoneId zone = title.find() ? TimeParser.zoneStatement(title.group(1)) : null;
    if (zone == null) {
      zone = d.zoneFor(null);
    }
    Matcher m = GANTT_MILESTONE.matcher(lit);
    while (m.find()) {
      String field = m.group(1).toLowerCase(Locale.ROOT);
      java.time.LocalDateTime ldt = java.time.LocalDateTime.parse(m.group(2).replace(' ', 'T'));
      int line = c.line() + (int) lit.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
      d.milestone(field, Draft.odt(ldt.toLocalDate(), ldt.toLocalTime(), zone), line, 1, false);
    }
    return true;
  }

}

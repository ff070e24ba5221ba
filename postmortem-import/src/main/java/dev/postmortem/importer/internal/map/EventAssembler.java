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
import dev.postmortem.importer.internal.classify.EventClassifier;
import dev.postmortem.importer.internal.classify.EventClassifier.Classification;

final class EventAssembler {
  private final Draft d;

  EventAssembler(Draft d) {
    this.d = d;
  }

  void startEvent(TimelineState st, Parsed p, String timeText, String desc, int line, int column) {
    flush(st);
    if (st.dayText != null) {
      st.dayEntries++;
    }
    String ptr = "/timeline/" + d.timeline.size();
    ImmutableTimelineEvent.Builder eb = TimelineEvent.builder();
    boolean approx = st.approximate || (p != null && p.approximate());
    if (p == null || (p.date() == null && st.date == null && d.docDate == null && d.options.referenceDate() == null)) {
      eb.timeText(timeText.isEmpty() ? "unknown" : timeText);
      if (p == null) {
        d.out.warn(Kind.UNPARSEABLE_TIME, line, column, ptr, "'" + Texts.shorten(timeText)
            + "' is not a time this importer can read; kept as text");
      } else {
        d.out.warn(Kind.UNPARSEABLE_TIME, line, column, ptr, "'" + Texts.shorten(timeText)
            + "' has no date and none is known from the document; kept as text"
            + " (pass --reference-date to place it)");
      }
    } else {
      LocalDate date = p.date();
      if (date == null) {
        date = st.date;
        if (date == null) {
          date = d.options.referenceDate() != null ? d.options.referenceDate() : d.docDate;
          if (!st.dateReported) {
            st.dateReported = true;
            d.out.info(Kind.ASSUMED_DATE, line, column, ptr, "times without a date are placed on "
                + date + (d.options.referenceDate() != null ? ", the reference date" : ", the document's date"));
          }
        }
      } else {
        st.date = date;
        if (p.ambiguous()) {
          d.out.warn(Kind.AMBIGUOUS_DATE, line, column, ptr, "'" + Texts.shorten(timeText) + "' could be read "
              + "month-first or day-first; read as " + date
              + (d.order == DateOrder.UNKNOWN ? " (month-first, no evidence in the document)"
                  : " (" + (d.order == DateOrder.DAY_FIRST ? "day-first" : "month-first")
                      + ", like other dates in the document)"));
        }
        if (p.yearMissing()) {
          d.out.info(Kind.ASSUMED_DATE, line, column, ptr, "'" + Texts.shorten(timeText)
              + "' has no year; read as " + date.getYear());
        }
      }
      ZoneId zone = p.zone();
      if (zone == null) {
        zone = st.zone != null ? st.zone : d.zoneFor(null);
        if (st.zone == null && !st.zoneReported) {
          st.zoneReported = true;
          if (d.docZone != null) {
            d.out.info(Kind.ASSUMED_ZONE, line, column, ptr, "times without a zone are read in "
                + d.docZone + ", as the document states");
          } else {
            d.out.warn(Kind.ASSUMED_ZONE, line, column, ptr, "the document states no time zone; times are read in "
                + zone + (d.options.defaultZone() != null ? " (the default zone)" : " (assumed)"));
          }
        }
      }
      LocalTime time = p.time();
      if (p.zone() != null && p.zoneText() != null) {
        ZoneId inForce = p.zoneCorrected() != null ? p.zone()
            : TimeParser.zoneInForce(p.zoneText(), date, time);
        if (inForce != null) {
          zone = inForce;
          d.out.warn(Kind.GUESSED_VALUE, line, column, ptr, "'" + p.zoneText() + "' is not the zone in force on "
              + date + "; read as " + inForce + ", the offset that day (write the offset to override)");
        }
      }
      if (p.clockConflict()) {
        d.out.warn(Kind.GUESSED_VALUE, line, column, ptr, "'" + Texts.shorten(timeText)
            + "' is a 24-hour time with AM/PM; read as " + time);
      }
      if (p.end() != null) {
        eb.timeText(timeText);
        d.out.info(Kind.GUESSED_VALUE, line, column, ptr, "'" + Texts.shorten(timeText)
            + "' is a range; the event is placed at its start, the range is kept as its time text");
      }
      boolean dateOnly = time == null;
      if (dateOnly) {
        time = LocalTime.MIDNIGHT;
        approx = true;
        eb.timeText(timeText);
        d.out.info(Kind.ASSUMED_DATE, line, column, ptr, "'" + Texts.shorten(timeText)
            + "' has a date but no time; placed at 00:00 and marked approximate");
      }
      LocalDateTime ldt = LocalDateTime.of(date, time);
      if (st.last != null && ldt.isBefore(st.last) && !dateOnly) {
        if (p.date() == null && Duration.between(ldt, st.last).toHours() >= 12) {
          ldt = ldt.plusDays(1);
          st.date = ldt.toLocalDate();
          d.out.warn(Kind.CROSSED_MIDNIGHT, line, column, ptr, "'" + Texts.shorten(timeText)
              + "' is earlier than the event before it; placed on the next day, " + st.date);
        } else {
          d.out.info(Kind.OUT_OF_ORDER, line, column, ptr, "'" + Texts.shorten(timeText)
              + "' is earlier than the event before it (" + st.last + ")");
        }
      }
      if (!dateOnly) {
        st.last = ldt;
      }
      eb.at(Draft.odt(ldt.toLocalDate(), ldt.toLocalTime(), zone));
    }
    eb.approximate(approx);
    st.pending = eb;
    st.pendingText = new StringBuilder(desc.strip());
    st.pendingLine = line;
    d.out.at(ptr, line, column);
  }

  /** Appends a paragraph to the description of the last event read. */
  void appendToLast(String text) {
    int last = d.timeline.size() - 1;
    TimelineEvent e = d.timeline.get(last);
    d.timeline.set(last, ImmutableTimelineEvent.copyOf(e).withDescription(e.description() + "\n\n" + text));
  }

  void flush(TimelineState st) {
    if (st.pending == null) {
      return;
    }
    String desc = st.pendingText.toString().strip();
    String ptr = "/timeline/" + d.timeline.size();
    if (desc.isEmpty()) {
      desc = "(no description)";
      d.out.info(Kind.GUESSED_VALUE, st.pendingLine, 1, ptr, "timeline entry without a description");
    }
    st.pending.description(desc);
    TimelineEvent e = st.pending.build();
    Classification c = EventClassifier.classify(desc);
    if (e.kind() == EventKind.OTHER && c.kind() != EventKind.OTHER) {
      e = ImmutableTimelineEvent.copyOf(e).withKind(c.kind());
      d.out.at(ptr + "/kind", st.pendingLine, 1);
    }
    if (c.marker().isPresent() && e.at().isPresent()) {
      String field = c.marker().get().field();
      if (!d.milestoneSet.contains(field)) {
        d.milestone(field, e.at().get(), st.pendingLine, 1, false);
        d.out.info(Kind.GUESSED_VALUE, st.pendingLine, 1, "/incident/" + field, "the " + field
            + " milestone was taken from the marker '" + shorten(c.cue()) + "' in timeline entry "
            + d.timeline.size() + "; set incident." + field + " in the front matter to override");
      }
    }
    d.timeline.add(e);
    d.timelineLines.add(st.pendingLine);
    d.timelineSectionOf.add(st.section == null || st.section.isBlank() ? null : st.section);
    st.pending = null;
    st.pendingText = null;
  }


}

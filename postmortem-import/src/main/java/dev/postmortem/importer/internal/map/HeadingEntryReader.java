package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.importer.internal.TimeParser.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Timeline entries written as headings, one heading per entry with its body as the description:
 * {@code ### 2021-06-29 18:30}, {@code #### 11:28 UTC}, {@code ### 5:00 PM — Rollback starts}. A
 * heading is an entry when it starts with a time of day and says little else; a heading with only
 * a date is a day heading, read by {@link TimelineReader}. Entries are read inside a timeline
 * section and also where a status-page style document puts them under any other heading.
 */
final class HeadingEntryReader {
  private static final int MAX_TITLE_REST = 100;

  private final Draft d;
  /** The state of entries met outside any timeline section, shared so dates carry over. */
  private TimelineState loose;

  HeadingEntryReader(Draft d) {
    this.d = d;
  }

  /** The time the heading of {@code s} starts with, when the heading is a timeline entry. */
  Parsed entryTime(Section s) {
    if (s.heading == null) {
      return null;
    }
    String title = s.title().strip();
    Parsed p = TimeParser.parse(title, d.order, d.year());
    if (p == null || p.time() == null || p.consumed() == 0) {
      return null;
    }
    String rest = Texts.stripSeparators(title.substring(p.consumed()));
    return rest.length() <= MAX_TITLE_REST ? p : null;
  }

  /** Reads an entry heading met outside a timeline section. */
  void readLoose(Section s, Parsed p, List<Block> leftovers) {
    if (loose == null) {
      loose = new TimelineState();
      loose.date = d.statedDate;
      loose.section = "";
      d.timelineSections++;
    }
    read(loose, s, p, leftovers);
  }

  /** Reads the entry of heading {@code s} (its body becomes the description). */
  void read(TimelineState st, Section s, Parsed p, List<Block> leftovers) {
    String title = s.title().strip();
    String timeText = title.substring(0, p.consumed()).strip();
    String rest = Texts.stripSeparators(title.substring(p.consumed()));
    StringBuilder desc = new StringBuilder(rest);
    List<Block> other = new ArrayList<>();
    for (Block b : d.guidance(null, s.body)) {
      String t = b instanceof Para || b instanceof ListBlock ? Texts.plain(b) : null;
      if (t == null) {
        other.add(b);
      } else {
        desc.append(desc.length() > 0 ? (rest.isEmpty() || desc.length() > rest.length() ? "\n\n" : ": ") : "")
            .append(t);
      }
    }
    if (p.date() != null) {
      st.last = null;
    }
    d.eventAssembler.startEvent(st, p, timeText, desc.toString(), s.line(), 1);
    d.eventAssembler.flush(st);
    leftovers.addAll(other);
    for (Section c : s.children) {
      Parsed cp = entryTime(c);
      if (cp != null) {
        read(st, c, cp, leftovers);
      } else {
        d.timelineReader.timelineChild(st, c, leftovers);
      }
    }
  }
}

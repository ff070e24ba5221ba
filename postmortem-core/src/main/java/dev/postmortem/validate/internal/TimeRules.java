package dev.postmortem.validate.internal;

import dev.postmortem.model.EventKind;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time: milestones, the timeline, and durations quoted in prose. */
final class TimeRules {
  private TimeRules() {}

  static Map<String, OffsetDateTime> milestones(Milestones m) {
    Map<String, OffsetDateTime> all = new LinkedHashMap<>();
    m.started().ifPresent(t -> all.put("started", t));
    m.detected().ifPresent(t -> all.put("detected", t));
    m.acknowledged().ifPresent(t -> all.put("acknowledged", t));
    m.mitigated().ifPresent(t -> all.put("mitigated", t));
    m.resolved().ifPresent(t -> all.put("resolved", t));
    return all;
  }

  static final class MilestonesOrder extends BuiltinRule {
    MilestonesOrder() {
      super("milestones-order", Level.ERROR, Profile.MINIMAL,
          "Milestones are in order: started, detected, acknowledged, mitigated, resolved",
          "Every duration the post-mortem reports (time to detect, to acknowledge, to mitigate, to"
              + " resolve) is the difference of two milestones. A milestone before an earlier one"
              + " is almost always a typo or a wrong UTC offset, and it makes those metrics negative.",
          "Correct the time or its UTC offset. Times written without an offset are a common cause:"
              + " `14:02` in a team's local time is not `14:02Z`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      String latestName = null;
      OffsetDateTime latest = null;
      for (Map.Entry<String, OffsetDateTime> e : milestones(pm.incident()).entrySet()) {
        if (latest != null && e.getValue().isBefore(latest)) {
          ctx.report("/incident/" + e.getKey(),
              e.getKey() + " (" + e.getValue() + ") is before " + latestName + " (" + latest
                  + "); correct the time or its UTC offset so that started <= detected <= acknowledged"
                  + " <= mitigated <= resolved");
        }
        if (latest == null || e.getValue().isAfter(latest)) {
          latest = e.getValue();
          latestName = e.getKey();
        }
      }
    }
  }

  static final class TimelineTime extends BuiltinRule {
    TimelineTime() {
      super("timeline-time", Level.WARNING, Profile.MINIMAL,
          "Every timeline event has a date-time with a UTC offset",
          "An event whose time could not be read (kept as `timeText` by an importer) cannot be"
              + " ordered, checked against the incident window or used for metrics.",
          "Replace `timeText` by `at` with a full ISO-8601 date-time and offset, for example"
              + " `2026-05-01T14:02:00+02:00`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<TimelineEvent> events = pm.timeline();
      for (int i = 0; i < events.size(); i++) {
        TimelineEvent e = events.get(i);
        if (e.at().isEmpty()) {
          ctx.report(Ptr.of("timeline", i, "timeText"),
              "event time '" + e.timeText().orElse("") + "' is not a date-time with offset; write it"
                  + " as 'at', for example 2026-05-01T14:02:00Z");
        }
      }
    }
  }

  static final class TimelineOrder extends BuiltinRule {
    TimelineOrder() {
      super("timeline-order", Level.WARNING, Profile.STANDARD,
          "Timeline events are in chronological order",
          "Readers follow a timeline top to bottom; an event out of order usually hides a wrong"
              + " date, a wrong offset or a pasted line.",
          "Move the event to its place, or correct its time.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      OffsetDateTime latest = null;
      List<TimelineEvent> events = pm.timeline();
      for (int i = 0; i < events.size(); i++) {
        Optional<OffsetDateTime> at = events.get(i).at();
        if (at.isEmpty()) {
          continue;
        }
        if (latest != null && at.get().isBefore(latest)) {
          ctx.report(Ptr.of("timeline", i, "at"),
              "event at " + at.get() + " comes after an event at " + latest
                  + "; move it to its place in time or correct its time");
        } else {
          latest = at.get();
        }
      }
    }
  }

  static final class TimelineWindow extends BuiltinRule {
    TimelineWindow() {
      super("timeline-window", Level.WARNING, Profile.STANDARD,
          "Timeline events lie inside the incident window, give or take the policy's margin",
          "The timeline tells the story of this incident: its lead-up, the response and the"
              + " aftermath. An event long before the start or after the resolution usually has a"
              + " wrong date. The margin is the policy's `timelineMargin` (7 days by default).",
          "Correct the event's date, or the incident's `started`/`resolved` milestones.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Milestones m = pm.incident();
      Optional<OffsetDateTime> start = m.started().or(m::detected);
      Optional<OffsetDateTime> end = m.resolved().or(m::mitigated);
      if (start.isEmpty() && end.isEmpty()) {
        return;
      }
      Duration margin = ctx.policy().timelineMargin();
      List<TimelineEvent> events = pm.timeline();
      for (int i = 0; i < events.size(); i++) {
        Optional<OffsetDateTime> at = events.get(i).at();
        if (at.isEmpty()) {
          continue;
        }
        if (start.isPresent() && at.get().isBefore(start.get().minus(margin))) {
          ctx.report(Ptr.of("timeline", i, "at"),
              "event at " + at.get() + " is " + Fmt.duration(Duration.between(at.get(), start.get()))
                  + " before the incident started (" + start.get() + "), more than the margin of "
                  + Fmt.duration(margin) + "; check its date");
        } else if (end.isPresent() && at.get().isAfter(end.get().plus(margin))) {
          ctx.report(Ptr.of("timeline", i, "at"),
              "event at " + at.get() + " is " + Fmt.duration(Duration.between(end.get(), at.get()))
                  + " after the incident was resolved (" + end.get() + "), more than the margin of "
                  + Fmt.duration(margin) + "; check its date");
        }
      }
    }
  }

  static final class DetectionEvent extends BuiltinRule {
    DetectionEvent() {
      super("detection-event", Level.WARNING, Profile.STANDARD,
          "The timeline records how the incident was detected",
          "How and when the problem was noticed drives the time to detect, and the detection gap"
              + " is one of the most useful things a review can close. A timeline without a"
              + " detection or alert event leaves it unexplained.",
          "Add the event where a person or a system first noticed the problem, with `kind: detection`"
              + " (or `kind: alert` when an alert fired).");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (pm.timeline().isEmpty()) {
        return;
      }
      boolean found = pm.timeline().stream()
          .anyMatch(e -> e.kind() == EventKind.DETECTION || e.kind() == EventKind.ALERT);
      if (!found) {
        ctx.report("/timeline",
            "no timeline event has kind 'detection' or 'alert'; add the moment the problem was first noticed");
      }
    }
  }

  static final class TimelineGap extends BuiltinRule {
    TimelineGap() {
      super("timeline-gap", Level.WARNING, Profile.STANDARD,
          "The timeline has no long silence while the impact lasts",
          "A long gap between events while customers are affected is either missing information"
              + " (what did responders try?) or an inflection point worth analysing. The longest"
              + " allowed gap is the policy's `timelineGap` (30 minutes by default); the impact"
              + " lasts from `started` to `mitigated` (or `resolved`).",
          "Add what happened in the gap, even \"still investigating the pool metrics\", or record why"
              + " nothing happened.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Milestones m = pm.incident();
      if (m.started().isEmpty() || (m.mitigated().isEmpty() && m.resolved().isEmpty())
          || pm.timeline().isEmpty()) {
        return;
      }
      OffsetDateTime start = m.started().get();
      OffsetDateTime end = m.mitigated().orElseGet(() -> m.resolved().get());
      if (!end.isAfter(start)) {
        return;
      }
      List<int[]> order = new ArrayList<>();
      List<TimelineEvent> events = pm.timeline();
      for (int i = 0; i < events.size(); i++) {
        Optional<OffsetDateTime> at = events.get(i).at();
        if (at.isPresent() && !at.get().isBefore(start) && !at.get().isAfter(end)) {
          order.add(new int[] {i});
        }
      }
      order.sort(Comparator.comparing((int[] a) -> events.get(a[0]).at().get()).thenComparingInt(a -> a[0]));
      Duration max = ctx.policy().timelineGap();
      OffsetDateTime previous = start;
      String previousName = "the start of the impact";
      for (int[] idx : order) {
        OffsetDateTime at = events.get(idx[0]).at().get();
        Duration gap = Duration.between(previous, at);
        if (gap.compareTo(max) > 0) {
          ctx.report(Ptr.of("timeline", idx[0], "at"),
              "no timeline event for " + Fmt.duration(gap) + " between " + previousName + " ("
                  + previous + ") and this event while the impact lasted (policy: at most "
                  + Fmt.duration(max) + "); add what happened in between");
        }
        previous = at;
        previousName = "the previous event";
      }
      Duration tail = Duration.between(previous, end);
      if (tail.compareTo(max) > 0) {
        ctx.report("/timeline",
            "no timeline event for " + Fmt.duration(tail) + " between " + previousName + " ("
                + previous + ") and the end of the impact (" + end + ") (policy: at most "
                + Fmt.duration(max) + "); add what happened in between");
      }
    }
  }

  static final class SummaryDuration extends BuiltinRule {
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?)";
    private static final String UNIT = "(minutes?|mins?|m|hours?|hrs?|h|days?|d)";
    static final Pattern QUOTED = Pattern.compile(
        "\\b(?:for|lasted|lasting|lasts|outage of|duration of|down for|total of|over a period of|span(?:ned|ning)?)"
            + "\\s+(?:about\\s+|around\\s+|roughly\\s+|approximately\\s+|nearly\\s+|almost\\s+|over\\s+|under\\s+|just\\s+|~)?"
            + "(" + NUMBER + "\\s*-?\\s*" + UNIT + "\\b(?:\\s*(?:and\\s+)?" + NUMBER + "\\s*-?\\s*" + UNIT + "\\b)?)",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(NUMBER + "\\s*-?\\s*" + UNIT + "\\b", Pattern.CASE_INSENSITIVE);

    SummaryDuration() {
      super("summary-duration", Level.WARNING, Profile.STANDARD,
          "A duration quoted in the summary agrees with the milestones",
          "Summaries are what most people read, and they are usually written before the timeline"
              + " is final. When the summary says \"for 45 minutes\" and the milestones span two"
              + " hours, one of them is wrong. The rule looks at durations introduced by \"for\","
              + " \"lasted\", \"outage of\" and similar words and accepts any span between two"
              + " milestones, within 10 % or 2 minutes.",
          "Correct the summary or the milestones so that they agree.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (blank(pm.summary())) {
        return;
      }
      List<OffsetDateTime> times = new ArrayList<>(milestones(pm.incident()).values());
      if (times.size() < 2) {
        return;
      }
      for (String text : quotedDurations(pm.summary().get())) {
        Duration quoted = parse(text);
        if (quoted == null || quoted.isZero()) {
          continue;
        }
        if (!matchesSomeSpan(quoted, times)) {
          OffsetDateTime first = times.get(0);
          OffsetDateTime last = times.get(times.size() - 1);
          ctx.report("/summary",
              "the summary quotes '" + text.trim() + "' but no two milestones are that far apart"
                  + " (first to last: " + Fmt.duration(Duration.between(first, last))
                  + "); correct the summary or the milestones");
        }
      }
    }

    /**
     * Group 1 of every match of QUOTED in the summary, in order: the same as a {@code find()} loop,
     * but the pattern is tried only where a match can start (QUOTED begins with \b and a word
     * whose first letter is one of "fldots").
     */
    static List<String> quotedDurations(String summary) {
      List<String> out = new ArrayList<>();
      Matcher m = QUOTED.matcher(summary).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      while ((from = candidate(summary, from)) >= 0) {
        m.region(from, summary.length());
        if (m.lookingAt()) {
          out.add(m.group(1));
          from = m.end();
        } else {
          from++;
        }
      }
      return out;
    }

    /**
     * The first index at or after {@code from} where QUOTED can start a match: one of the letters
     * that start its introducing words, not preceded by a letter, digit or underscore; or -1.
     */
    static int candidate(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        switch (s.charAt(i)) {
          case 'f': case 'F': case 'l': case 'L': case 'o': case 'O': case 'd': case 'D':
          case 't': case 'T': case 's': case 'S':
            if (i == 0 || !(Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
              return i;
            }
            break;
          default:
        }
      }
      return -1;
    }

    static boolean matchesSomeSpan(Duration quoted, List<OffsetDateTime> times) {
      long q = quoted.getSeconds();
      long tolerance = Math.max(120, q / 10);
      for (int i = 0; i < times.size(); i++) {
        for (int j = i + 1; j < times.size(); j++) {
          long span = Math.abs(Duration.between(times.get(i), times.get(j)).getSeconds());
          if (Math.abs(span - q) <= tolerance) {
            return true;
          }
        }
      }
      return false;
    }

    static Duration parse(String text) {
      Matcher p = PART.matcher(text);
      double seconds = 0;
      while (p.find()) {
        double n = number(p.group(1).toLowerCase(java.util.Locale.ROOT));
        String unit = p.group(2).toLowerCase(java.util.Locale.ROOT);
        double factor = unit.startsWith("d") ? 86400 : unit.startsWith("h") ? 3600 : 60;
        seconds += n * factor;
      }
      return Duration.ofSeconds(Math.round(seconds));
    }

    private static double number(String n) {
      switch (n) {
        case "a": case "an": case "one": return 1;
        case "half a": case "half an": return 0.5;
        case "two": return 2;
        case "three": return 3;
        case "four": return 4;
        case "five": return 5;
        case "six": return 6;
        case "seven": return 7;
        case "eight": return 8;
        case "nine": return 9;
        case "ten": return 10;
        case "eleven": return 11;
        case "twelve": return 12;
        default: return Double.parseDouble(n.replace(',', '.'));
      }
    }
  }
}

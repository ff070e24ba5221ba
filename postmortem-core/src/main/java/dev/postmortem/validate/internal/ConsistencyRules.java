package dev.postmortem.validate.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.metrics.Metric;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Consistency: values that cannot all be true at once (a negative duration, a published
 * post-mortem without a publication date, a pointer to nothing, placeholder text, a zone or a date
 * the document contradicts).
 */
final class ConsistencyRules {
  private ConsistencyRules() {}

  /** The JSON pointer of a metric anchor, such as {@code /lifecycle/published}. */
  static String pointer(dev.postmortem.metrics.Anchor a) {
    String name = a.name().toLowerCase(Locale.ROOT);
    return (a.ordinal() <= dev.postmortem.metrics.Anchor.RESOLVED.ordinal() ? "/incident/" : "/lifecycle/") + name;
  }

  static final class DurationNegative extends BuiltinRule {
    DurationNegative() {
      super("duration-negative", Level.ERROR, Profile.MINIMAL,
          "No duration metric is negative: each metric's end is not before its start",
          "Every metric is the time from one anchor to another (time to acknowledge: detected →"
              + " acknowledged; time to publish: resolved → published). A negative value means an"
              + " anchor is wrong (a mistyped date, a local time recorded as UTC), and averaged into"
              + " a team's metrics it hides real values. The metrics skip negative values and say how"
              + " many they skipped.",
          "Correct the anchor that is wrong; the finding names both.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (Metric m : Metric.values()) {
        Optional<Duration> d = m.measure(pm);
        if (d.isPresent() && d.get().isNegative()) {
          OffsetDateTime from = m.from().in(pm).orElseThrow();
          OffsetDateTime to = m.to().in(pm).orElseThrow();
          ctx.report(pointer(m.to()), m.label() + " is " + Fmt.signedDuration(d.get()) + ": "
              + m.to().name().toLowerCase(Locale.ROOT) + " (" + to + ") is before "
              + m.from().name().toLowerCase(Locale.ROOT) + " (" + from + "); metrics skip this value");
        }
      }
    }
  }

  static final class LifecyclePublishedMissing extends BuiltinRule {
    LifecyclePublishedMissing() {
      super("lifecycle-published-missing", Level.ERROR, Profile.STANDARD,
          "A published or closed post-mortem records when it was published",
          "`timeliness` and `follow-up-cadence` measure from `lifecycle.published`, and the time to"
              + " publish metric ends there. Without it a published post-mortem silently turns those"
              + " checks off.",
          "Set `lifecycle.published` to the date and time the post-mortem was shared.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if ((pm.status() == Status.PUBLISHED || pm.status() == Status.CLOSED)
          && pm.lifecycle().published().isEmpty()) {
        ctx.report("/lifecycle/published", "the status is " + pm.status().id() + " but lifecycle.published is"
            + " not set; timeliness, follow-up-cadence and the time to publish cannot be measured");
      }
    }
  }

  static final class InternalFieldPointer extends BuiltinRule {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    InternalFieldPointer() {
      super("internal-field-pointer", Level.ERROR, Profile.MINIMAL,
          "Every `internalFields` entry is a JSON pointer to a value of the post-mortem",
          "`internalFields` names what the external report must not show. A pointer that is not"
              + " a JSON pointer, that points at the whole document, or that matches nothing makes"
              + " the external render fail, or would show what it was meant to hide.",
          "Fix the pointer, for example `/impact/quantities/0` or `/timeline/3/description`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<String> pointers = pm.internalFields();
      if (pointers.isEmpty()) {
        return;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(PostmortemWriter.create(dev.postmortem.io.Format.JSON).toString(pm));
      } catch (IOException | RuntimeException e) {
        return;
      }
      for (int i = 0; i < pointers.size(); i++) {
        String p = pointers.get(i);
        JsonPointer ptr;
        try {
          ptr = JsonPointer.compile(p);
        } catch (IllegalArgumentException e) {
          ctx.report("/internalFields/" + i, "'" + p + "' is not a JSON pointer (it must start with '/')");
          continue;
        }
        if (ptr.matches()) {
          ctx.report("/internalFields/" + i, "'" + p + "' points at the whole post-mortem");
        } else if (root.at(ptr).isMissingNode()) {
          ctx.report("/internalFields/" + i, "'" + p + "' matches nothing in the post-mortem; the external"
              + " render would fail");
        }
      }
    }
  }

  static final class PlaceholderText extends BuiltinRule {
    PlaceholderText() {
      super("placeholder-text", Level.ERROR, Profile.MINIMAL,
          "No field holds only placeholder text: TODO, TBD, TBW, [???], N/A, 20xx-MM-DD",
          "A template's placeholders pass every presence check: a required section that says only"
              + " \"TBD\" or \"N/A\" is present but empty, and a date written \"20xx-MM-DD\" is no date."
              + " A required section that is only a placeholder is an error once the post-mortem is"
              + " published and a warning before; a placeholder elsewhere is a warning.",
          "Write the section, or remove it and state why it does not apply.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Set<String> required = new HashSet<>(ctx.policy().sectionsRequired(pm.severity()));
      Level requiredLevel = errorOncePublished(pm);
      Set<String> sectionsReported = new HashSet<>();
      if (Placeholders.isPlaceholder(pm.title()) || Placeholders.hasTemplateToken(pm.title())) {
        ctx.report(requiredLevel, "/title", "the title '" + Placeholders.shorten(pm.title())
            + "' is a placeholder", null);
      }
      // sections whose every text is a placeholder
      for (String section : required) {
        List<String> texts = Placeholders.sectionTexts(pm, section);
        if (!texts.isEmpty() && texts.stream().allMatch(Placeholders::isPlaceholder)) {
          sectionsReported.add(section);
          ctx.report(requiredLevel, "/" + section, "section '" + section + "' holds only a placeholder ('"
              + Placeholders.shorten(texts.get(0)) + "')", null);
        }
      }
      Texts.walk(pm, (place, text, scope) -> {
        String pointer = place.pointer();
        String section = pointer.substring(1).split("/")[0];
        if (sectionsReported.contains(section) || pointer.equals("/title")) {
          return;
        }
        if (Placeholders.isPlaceholder(text)) {
          ctx.report(Level.WARNING, pointer, "'" + Placeholders.shorten(text) + "' is a placeholder", null);
        }
      });
      List<TimelineEvent> timeline = pm.timeline();
      for (int i = 0; i < timeline.size(); i++) {
        Optional<String> t = timeline.get(i).timeText();
        if (t.isPresent() && Placeholders.hasTemplateToken(t.get())) {
          ctx.report(Level.WARNING, "/timeline/" + i + "/timeText", "the time '" + Placeholders.shorten(t.get())
              + "' is a placeholder, not a date", null);
        }
      }
    }
  }

  static final class ZoneContradiction extends BuiltinRule {
    ZoneContradiction() {
      super("zone-contradiction", Level.WARNING, Profile.STANDARD,
          "The time zone the text states agrees with the recorded times and with the season",
          "Real documents say \"14:05 IST\" while the recorded time is 14:05Z, state \"all times in"
              + " IST\" over timestamps in UTC, or write PST for a date in July, when the Pacific coast"
              + " keeps PDT. Each is an hour or more of error in every duration measured from those"
              + " times. A clock time with a zone in an event's text is compared with the event's"
              + " recorded time; a zone the document states for its times is compared with the"
              + " offsets of all recorded times; a regional zone name is compared with the daylight"
              + " saving rules of its region on the date it is used.",
          "Record the times with the offset of the zone the team used (`2026-07-14T09:05:00-07:00`),"
              + " and name the zone that was in force on that date.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<TimelineEvent> timeline = pm.timeline();
      Set<String> seasonReported = new HashSet<>();
      boolean clockReported = false;
      for (int i = 0; i < timeline.size(); i++) {
        TimelineEvent e = timeline.get(i);
        if (e.at().isEmpty()) {
          continue;
        }
        OffsetDateTime at = e.at().get();
        String text = e.timeText().orElse("") + " " + e.description();
        for (Zones.ClockMention c : Zones.clocks(text)) {
          int offset = at.getOffset().getTotalSeconds() / 60;
          boolean sameClock = at.getHour() == c.hour && at.getMinute() == c.minute;
          if (sameClock && !c.zone.allows(offset)) {
            ctx.report("/timeline/" + i + "/at", "the text says " + two(c.hour) + ":" + two(c.minute) + " "
                + c.zone.name + " (" + c.zone.offsetsText() + ") but the time is recorded as " + at
                + "; a local time was recorded with the wrong offset");
            clockReported = true;
            break;
          }
          if (c.zone.wrongSeason(at.toInstant()) && seasonReported.add(c.zone.name)) {
            ctx.report("/timeline/" + i + "/description", c.zone.name + " is used on " + at.toLocalDate()
                + ", when the zone in force is " + c.zone.inUse(at.toInstant()));
          }
        }
      }
      // A zone the document states for its times, against the recorded offsets.
      List<String> statements = new ArrayList<>();
      pm.summary().ifPresent(statements::add);
      statements.add(pm.title());
      pm.additionalSections().forEach(s -> statements.add(s.title() + "\n" + s.markdown()));
      timeline.forEach(e -> {
        statements.add(e.description());
        e.timeText().ifPresent(statements::add);
      });
      Optional<Zones.Zone> stated = Optional.empty();
      boolean utcNamed = false;
      for (String s : statements) {
        if (stated.isEmpty()) {
          stated = Zones.firstLocal(s);
        }
        utcNamed |= Zones.namesUtc(s);
      }
      List<OffsetDateTime> times = new ArrayList<>();
      timeline.forEach(e -> e.at().ifPresent(times::add));
      pm.incident().started().ifPresent(times::add);
      pm.incident().resolved().ifPresent(times::add);
      if (stated.isPresent() && !utcNamed && !times.isEmpty()) {
        Zones.Zone z = stated.get();
        boolean anyMatch = times.stream().anyMatch(t -> z.allows(t.getOffset().getTotalSeconds() / 60));
        int firstOffset = times.get(0).getOffset().getTotalSeconds();
        boolean oneOffset = times.stream().allMatch(t -> t.getOffset().getTotalSeconds() == firstOffset);
        if (!anyMatch && oneOffset && !clockReported) {
          ctx.report(timeline.stream().anyMatch(e -> e.at().isPresent()) ? "/timeline" : "/incident",
              "the text states " + z.name + " (" + z.offsetsText() + ") but every recorded time is at "
                  + (firstOffset == 0 ? "UTC" : Fmt.offset(firstOffset / 60)) + "; were local times recorded"
                  + " with the wrong offset?");
        }
        OffsetDateTime first = times.get(0);
        if (z.wrongSeason(first.toInstant()) && seasonReported.add(z.name)) {
          ctx.report("/summary", z.name + " is stated for an incident on " + first.toLocalDate()
              + ", when the zone in force is " + z.inUse(first.toInstant()));
        }
      }
    }

    private static String two(int n) {
      return n < 10 ? "0" + n : Integer.toString(n);
    }
  }

  static final class DateContradiction extends BuiltinRule {
    /** Dates further apart than this from every recorded date of the incident contradict it. */
    static final long TOLERANCE_DAYS = 45;

    DateContradiction() {
      super("date-contradiction", Level.WARNING, Profile.STANDARD,
          "The dates the title and the header state agree with the incident's recorded dates",
          "A title that says 2022 over a timeline in 2023, or a header date a year before the"
              + " events, is a typo that sorts the post-mortem into the wrong year and makes every"
              + " \"days since\" figure wrong. A date in the title, on a labelled line at the start"
              + " of the summary or of an additional section (\"Date: ...\"), or in a header field an"
              + " importer kept as an extension, is compared with the incident's milestones and the"
              + " timeline's dates (or, when no time is recorded, with the dates the timeline's and the"
              + " body's text give); one more than " + TOLERANCE_DAYS + " days from all of them is"
              + " reported. Day-first and month-first readings of an ambiguous date are both tried. A"
              + " weekday written before a date (\"Thursday 12/8/2017\") must be that date's weekday.",
          "Correct the date that is wrong: the title, the header or the recorded times.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<LocalDate> recorded = new ArrayList<>();
      pm.incident().started().ifPresent(t -> recorded.add(t.toLocalDate()));
      pm.incident().resolved().ifPresent(t -> recorded.add(t.toLocalDate()));
      pm.incident().detected().ifPresent(t -> recorded.add(t.toLocalDate()));
      pm.timeline().forEach(e -> e.at().ifPresent(t -> recorded.add(t.toLocalDate())));
      if (recorded.isEmpty()) {
        // no recorded times: the dates the timeline's and the body's text give (header lines excluded)
        pm.timeline().forEach(e -> {
          DateMentions.in(e.timeText().orElse("")).forEach(r -> recorded.add(r.get(0)));
          DateMentions.in(e.description()).forEach(r -> recorded.add(r.get(0)));
        });
        if (recorded.isEmpty()) {
          pm.additionalSections().forEach(s -> {
            String previous = "";
            for (String line : s.markdown().split("\n")) {
              if (line.isBlank()) {
                continue;
              }
              // a header line ("Date: ...") or the value line under a label ("**Date:**" then the date)
              boolean header = !DateMentions.labelled(line).isEmpty() || previous.strip().matches(".*:[*_]*");
              if (!header) {
                DateMentions.in(line).forEach(r -> recorded.addAll(r));
              }
              previous = line;
            }
          });
        }
      }
      weekdays(pm, ctx);
      if (recorded.isEmpty()) {
        return;
      }
      check(ctx, "/title", "the title", DateMentions.in(pm.title()), recorded);
      pm.summary().ifPresent(s -> check(ctx, "/summary", "the summary's header",
          DateMentions.labelled(s), recorded));
      for (int i = 0; i < pm.additionalSections().size(); i++) {
        check(ctx, "/additionalSections/" + i + "/markdown", "a header line",
            DateMentions.labelled(pm.additionalSections().get(i).markdown()), recorded);
      }
      // header fields an importer kept as extensions ("Date: 27.01.2019" under a document's title)
      pm.extensions().forEach((key, value) -> {
        // when a report or file was generated, exported or updated is not a date of the incident
        boolean aboutTheDocument = key.toLowerCase(java.util.Locale.ROOT)
            .matches(".*(generated|exported|rendered|updated|modified|created|lastmod|written|drafted|published|reviewed).*");
        if (!aboutTheDocument && value.isTextual() && value.asText().length() <= 40) {
          List<List<LocalDate>> d = DateMentions.in(value.asText());
          if (d.size() == 1) {
            check(ctx, "/extensions/" + key.replace("~", "~0").replace("/", "~1"), "the header field '" + key + "'",
                d, recorded);
          }
        }
      });
    }

    private static void weekdays(Postmortem pm, RuleContext ctx) {
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {"/title", pm.title()});
      pm.summary().ifPresent(s -> fields.add(new String[] {"/summary", s}));
      for (int i = 0; i < pm.timeline().size(); i++) {
        fields.add(new String[] {"/timeline/" + i + "/description", pm.timeline().get(i).description()});
      }
      for (int i = 0; i < pm.additionalSections().size(); i++) {
        fields.add(new String[] {"/additionalSections/" + i + "/markdown", pm.additionalSections().get(i).markdown()});
      }
      for (String[] f : fields) {
        for (Object[] w : DateMentions.wrongWeekdays(f[1])) {
          StringBuilder days = new StringBuilder();
          for (Object o : (List<?>) w[2]) {
            LocalDate d = (LocalDate) o;
            String day = d.getDayOfWeek().toString();
            days.append(days.length() == 0 ? "" : " or ").append(d).append(", a ").append(day.charAt(0))
                .append(day.substring(1).toLowerCase(Locale.ROOT));
          }
          ctx.report(f[0], "'" + w[0] + " " + w[1] + "': " + w[1] + " is " + days + ", not a " + w[0]);
          return;
        }
      }
    }

    private static void check(RuleContext ctx, String pointer, String where, List<List<LocalDate>> mentions,
        List<LocalDate> recorded) {
      LocalDate min = recorded.stream().min(LocalDate::compareTo).orElseThrow();
      LocalDate max = recorded.stream().max(LocalDate::compareTo).orElseThrow();
      for (List<LocalDate> readings : mentions) {
        boolean agrees = false;
        for (LocalDate d : readings) {
          for (LocalDate r : recorded) {
            agrees |= Math.abs(ChronoUnit.DAYS.between(d, r)) <= TOLERANCE_DAYS;
          }
        }
        if (!agrees) {
          LocalDate d = readings.get(0);
          ctx.report(pointer, where + " says " + d + " but the incident's recorded dates run from " + min
              + " to " + max + " (" + Math.abs(ChronoUnit.DAYS.between(d, min)) + " days apart)");
          return;
        }
      }
    }
  }
}

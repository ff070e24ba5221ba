package dev.postmortem.archive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ArchiveReport.ActionItemEntry;
import dev.postmortem.archive.ArchiveReport.Group;
import dev.postmortem.archive.ArchiveReport.Learning;
import dev.postmortem.archive.ArchiveReport.PostmortemEntry;
import dev.postmortem.archive.ArchiveReport.Problem;
import dev.postmortem.archive.ArchiveReport.Publishing;
import dev.postmortem.archive.ArchiveReport.ReviewDue;
import dev.postmortem.archive.ArchiveReport.SeenBefore;
import dev.postmortem.archive.ArchiveReport.Stat;
import dev.postmortem.archive.ArchiveReport.Tally;
import dev.postmortem.archive.ArchiveReport.Theme;
import dev.postmortem.archive.ArchiveReport.ThemeMember;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as JSON with stable keys, for other tools. Durations are ISO-8601 strings ({@code
 * PT1H12M}); dates {@code yyyy-MM-dd}; absent values are {@code null}. Keys are documented in
 * docs/ARCHIVE.md and never renamed.
 */
public final class JsonPack {
  private final JsonGenerator g;

  private JsonPack(JsonGenerator g) {
    this.g = g;
  }

  /** Writes the report to {@code out} (not closed). */
  public static void write(ArchiveReport r, OutputStream out) throws IOException {
    JsonFactory f = JsonFactory.builder().build();
    try (JsonGenerator g = f.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      new JsonPack(g).report(r);
      g.writeRaw('\n');
    }
  }

  private void report(ArchiveReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("asOf", r.asOf().toString());
    g.writeArrayFieldStart("postmortems");
    for (PostmortemEntry p : r.postmortems()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("title", p.title());
      str("severity", p.severity().map(Severity::id));
      g.writeStringField("status", p.status().id());
      g.writeStringField("file", p.file());
      str("started", p.started().map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
      g.writeStringField("quarter", p.quarter());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      g.writeStartObject();
      g.writeStringField("file", p.file());
      g.writeStringField("kind", p.kind().id());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("inventory");
    g.writeNumberField("total", r.inventory().total());
    counts("bySeverity", r.inventory().bySeverity());
    counts("byStatus", r.inventory().byStatus());
    counts("byQuarter", r.inventory().byQuarter());
    g.writeEndObject();
    ArchiveReport.Backlog b = r.backlog();
    items("actionItems", b.pending());
    g.writeObjectFieldStart("backlog");
    g.writeNumberField("pending", b.pending().size());
    g.writeNumberField("overdue", b.overdueCount());
    groups("byOwner", b.byOwner());
    groups("byTeam", b.byTeam());
    g.writeObjectFieldStart("dueWithinDays");
    for (Map.Entry<Long, List<ActionItemEntry>> e : b.dueSoon().entrySet()) {
      refs(String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    items("revisitDue", b.revisitDue());
    items("doneNotVerified", b.unverified());
    items("sloChanges", b.sloChanges());
    g.writeEndObject();
    g.writeArrayFieldStart("reviewAgenda");
    for (ReviewDue d : r.agenda()) {
      g.writeStartObject();
      g.writeStringField("postmortem", d.postmortem());
      g.writeStringField("title", d.title());
      str("severity", d.severity().map(Severity::id));
      g.writeStringField("cadence", d.cadence().toString());
      str("lastReview", d.lastReview().map(Object::toString));
      g.writeStringField("due", d.due().toString());
      g.writeNumberField("missed", d.missed());
      strings("openItems", d.openItems());
      g.writeEndObject();
    }
    g.writeEndArray();
    ArchiveReport.Patterns p = r.patterns();
    g.writeArrayFieldStart("themes");
    for (Theme t : p.themes()) {
      g.writeStartObject();
      g.writeStringField("name", t.name());
      strings("terms", t.terms());
      strings("postmortems", t.postmortems());
      g.writeArrayFieldStart("causes");
      for (ThemeMember m : t.causes()) {
        g.writeStartObject();
        g.writeStringField("postmortem", m.postmortem());
        g.writeStringField("id", m.id());
        g.writeStringField("description", m.description());
        strings("sharedTerms", m.sharedTerms());
        g.writeNumberField("similarity", m.similarity());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("seenBefore");
    for (SeenBefore s : p.seenBefore()) {
      g.writeStartObject();
      g.writeStringField("postmortem", s.postmortem());
      g.writeStringField("theme", s.theme());
      strings("earlier", s.earlier());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("patterns");
    tallies("byCategory", p.byCategory());
    tallies("byTrigger", p.byTrigger());
    tallies("byService", p.byService());
    tallies("byTag", p.byTag());
    g.writeObjectFieldStart("detectionGaps");
    g.writeNumberField("withDetection", p.detection().postmortems());
    strings("notByAlert", p.detection().notByAlert());
    strings("byCustomers", p.detection().byCustomers());
    tallies("byService", p.detection().byService());
    g.writeEndObject();
    g.writeEndObject();
    metrics(r.metrics());
    g.writeEndObject();
  }

  private void metrics(ArchiveReport.Metrics m) throws IOException {
    g.writeObjectFieldStart("metrics");
    stats("bySeverity", m.bySeverity());
    stats("byQuarter", m.byQuarter());
    g.writeArrayFieldStart("timeToPublish");
    for (Publishing p : m.publishing()) {
      g.writeStartObject();
      g.writeStringField("severity", p.severity());
      duration("deadline", p.deadline());
      g.writeNumberField("count", p.count());
      duration("median", p.median());
      duration("p90", p.p90());
      g.writeNumberField("late", p.late());
      g.writeNumberField("unpublished", p.unpublished());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("learningHealth");
    for (Learning l : m.learning()) {
      g.writeStartObject();
      g.writeStringField("group", l.group());
      g.writeNumberField("postmortems", l.postmortems());
      g.writeNumberField("withFiveWhys", l.withWhys());
      g.writeNumberField("reachingSystemicCause", l.systemic());
      number("systemicShare", l.systemicShare());
      g.writeNumberField("blamelessFindings", l.blamelessFindings());
      number("blamelessFindingsPerPostmortem", l.blamelessPerPostmortem());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void stats(String name, List<Stat> stats) throws IOException {
    g.writeArrayFieldStart(name);
    for (Stat s : stats) {
      g.writeStartObject();
      g.writeStringField("metric", s.metric());
      g.writeStringField("group", s.group());
      g.writeNumberField("count", s.count());
      duration("median", s.median());
      duration("p90", s.p90());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void items(String name, List<ActionItemEntry> items) throws IOException {
    g.writeArrayFieldStart(name);
    for (ActionItemEntry e : items) {
      g.writeStartObject();
      g.writeStringField("postmortem", e.postmortem());
      g.writeStringField("id", e.id());
      g.writeStringField("title", e.title());
      str("owner", e.owner());
      str("team", e.team());
      str("due", e.due().map(Object::toString));
      g.writeStringField("status", e.status().id());
      str("type", e.type().map(t -> t.id()));
      g.writeNumberField("ageDays", e.ageDays());
      g.writeBooleanField("overdue", e.overdue());
      g.writeNumberField("daysOverdue", e.daysOverdue());
      str("revisitOn", e.revisitOn().map(Object::toString));
      if (e.slo().isPresent()) {
        ArchiveReport.SloChange s = e.slo().get();
        g.writeObjectFieldStart("slo");
        str("slo", s.slo());
        g.writeNumberField("violationsBefore", s.violationsBefore());
        g.writeNumberField("violationsAfter", s.violationsAfter());
        g.writeBooleanField("improved", s.improved());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void refs(String name, List<ActionItemEntry> items) throws IOException {
    g.writeArrayFieldStart(name);
    for (ActionItemEntry e : items) {
      g.writeString(e.postmortem() + "/" + e.id());
    }
    g.writeEndArray();
  }

  private void groups(String name, List<Group> groups) throws IOException {
    g.writeArrayFieldStart(name);
    for (Group x : groups) {
      g.writeStartObject();
      g.writeStringField("name", x.name());
      g.writeNumberField("pending", x.pending());
      g.writeNumberField("overdue", x.overdue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void tallies(String name, List<Tally> tallies) throws IOException {
    g.writeArrayFieldStart(name);
    for (Tally t : tallies) {
      g.writeStartObject();
      g.writeStringField("key", t.key());
      g.writeNumberField("count", t.postmortems().size());
      strings("postmortems", t.postmortems());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void counts(String name, Map<String, Integer> m) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void str(String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private void duration(String name, Optional<Duration> d) throws IOException {
    str(name, d.map(Duration::toString));
  }

  private void number(String name, Optional<Double> v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, Math.round(v.get() * 10000) / 10000.0);
    } else {
      g.writeNullField(name);
    }
  }
}

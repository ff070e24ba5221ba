package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Csv;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PagerDuty incident log entries: the REST API's {@code log_entries} (JSON) or a CSV export with
 * a type, a time and a summary column. Triggers, acknowledgements, escalations, notes and
 * resolutions become events with the kind the entry states; notifications are counted, not kept.
 */
public final class PagerDutyReader implements SourceReader {
  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    int[] notified = {0};
    String head = Detector.head(path, 64).stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      try (InputStream in = ctx.open(path)) {
        Json.forEachRecord(in, Set.of("log_entries", "logEntries"), (e, line) -> {
          if (ctx.full()) {
            return;
          }
          String type = Json.first(e, "type", "log_entry_type");
          String created = Json.first(e, "created_at", "createdAt", "timestamp");
          OffsetDateTime at = Times.value(created, ctx.zone(), TimeParser.DateOrder.UNKNOWN);
          if (type == null || at == null) {
            ctx.out().warn(Kind.SKIPPED_INPUT, line, 0, "", "log entry without a type or a readable created_at; skipped");
            return;
          }
          ctx.counted();
          String note = Json.first(e, "/channel/summary", "note", "/channel/details");
          String incident = Json.first(e, "/incident/summary", "/incident/title");
          entry(type, at, Json.text(e, "summary"), note, incident, Json.first(e, "/agent/summary", "/agent/name"),
              Json.first(e, "id"), line, e.toString(), ctx, notified);
        });
      }
    } else {
      csv(path, ctx, notified);
    }
    if (notified[0] > 0) {
      ctx.out().info(Kind.SKIPPED_INPUT, 0, 0, "", notified[0] + " notification entries (who was paged how) left out");
    }
    if (ctx.records() == 0) {
      throw new SourceException(0, "no PagerDuty log entry (type and created_at) found");
    }
  }

  private void csv(Path path, ReadContext ctx, int[] notified) throws IOException {
    char delimiter = CsvReader.delimiter(path, ctx);
    try (InputStream in = ctx.open(path)) {
      Csv csv = new Csv(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, ctx.options().maxLineChars());
      List<String> header = csv.next();
      if (header == null) {
        throw new SourceException(1, "the CSV file is empty");
      }
      int type = col(header, "type", "log entry type", "entry type", "event type", "action");
      int time = col(header, "created at", "created_at", "created on", "timestamp", "date", "time");
      int summary = col(header, "summary", "description", "details", "message", "channel summary");
      int agent = col(header, "agent", "user", "by", "agent summary");
      int id = col(header, "id", "log entry id");
      int incident = col(header, "incident", "incident title", "incident summary", "title");
      if (type < 0 || time < 0) {
        throw new SourceException(1, "a PagerDuty CSV export needs a type and a created-at column; the header is " + header);
      }
      List<String> row;
      while ((row = csv.next()) != null && !ctx.full()) {
        int n = csv.recordLine();
        OffsetDateTime at = Times.value(CsvReader.get(row, time), ctx.zone(), TimeParser.DateOrder.UNKNOWN);
        String t = CsvReader.get(row, type);
        if (at == null || t == null) {
          ctx.out().warn(Kind.SKIPPED_INPUT, n, 0, "", "row without a type or a readable time; skipped");
          continue;
        }
        ctx.counted();
        entry(t, at, CsvReader.get(row, summary), null, CsvReader.get(row, incident), CsvReader.get(row, agent),
            id >= 0 ? CsvReader.get(row, id) : null, n, String.join(",", row), ctx, notified);
      }
    } catch (Csv.CsvException e) {
      throw new SourceException(e.line(), e.getMessage());
    }
  }

  private static int col(List<String> header, String... names) {
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ').equals(n.replace('_', ' '))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static void entry(String type, OffsetDateTime at, String summary, String note, String incident,
      String agent, String id, int line, String raw, ReadContext ctx, int[] notified) {
    String t = type.toLowerCase(Locale.ROOT).replace("_log_entry", "").replace('_', ' ').strip();
    EventKind kind;
    String milestone = null;
    String text;
    String what = incident != null ? incident : summary;
    if (t.contains("notify") || t.contains("notif")) {
      notified[0]++;
      return;
    } else if (t.startsWith("trigger")) {
      kind = EventKind.ALERT;
      milestone = "detected";
      text = "PagerDuty incident triggered" + (what != null ? ": " + what : "");
    } else if (t.startsWith("unacknowledge")) {
      kind = EventKind.OBSERVATION;
      text = "PagerDuty incident unacknowledged" + (summary != null ? ": " + summary : "");
    } else if (t.startsWith("acknowledge")) {
      kind = EventKind.ACKNOWLEDGEMENT;
      milestone = "acknowledged";
      text = "PagerDuty incident acknowledged" + (agent != null ? " by " + agent : "");
    } else if (t.startsWith("escalate") || t.startsWith("assign") || t.startsWith("reassign")
        || t.startsWith("responder request") || t.contains("responder")) {
      kind = EventKind.ESCALATION;
      text = summary != null ? summary : "PagerDuty incident " + t;
    } else if (t.startsWith("resolve")) {
      kind = EventKind.RESOLUTION;
      milestone = "resolved";
      text = "PagerDuty incident resolved" + (agent != null ? " by " + agent : "");
    } else if (t.startsWith("annotate")) {
      kind = null;
      text = "Note: " + (note != null ? note : summary != null ? summary : "");
    } else if (t.startsWith("status update")) {
      kind = EventKind.COMMUNICATION;
      text = "Status update: " + (note != null ? note : summary != null ? summary : "");
    } else {
      kind = EventKind.OBSERVATION;
      text = summary != null ? summary : "PagerDuty " + t;
    }
    Entry e = new Entry(at, text.strip(), agent, Levels.NONE, kind, milestone,
        id != null ? "entry " + id : "line " + line, line, Entry.excerpt(raw), 1, null, null);
    ctx.emit(e);
  }
}

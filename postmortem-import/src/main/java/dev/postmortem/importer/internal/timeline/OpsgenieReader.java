package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * An Opsgenie alert export: the alert API's list ({@code data} of alerts: created, acknowledged
 * and closed from {@code report}) or an alert's log ({@code data} of log lines).
 */
public final class OpsgenieReader implements SourceReader {
  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    try (InputStream in = ctx.open(path)) {
      Json.forEachRecord(in, Set.of("data", "alerts"), (a, line) -> {
        if (!ctx.full()) {
          record(a, line, ctx);
        }
      });
    }
    if (ctx.records() == 0) {
      throw new SourceException(0, "no Opsgenie alert or alert log with a createdAt found");
    }
  }

  private static void record(JsonNode a, int line, ReadContext ctx) {
    OffsetDateTime at = Times.value(Json.first(a, "createdAt", "created_at"), ctx.zone(), TimeParser.DateOrder.UNKNOWN);
    if (at == null) {
      ctx.out().warn(Kind.SKIPPED_INPUT, line, 0, "", "record without a readable createdAt; skipped");
      return;
    }
    ctx.counted();
    String log = Json.text(a, "log");
    if (log != null) { // an alert's log
      ctx.emit(new Entry(at, log.strip(), Json.text(a, "owner"), Levels.NONE, null, null,
          "log " + Json.first(a, "offset", "createdAt"), line, Entry.excerpt(a.toString()), 1, null, null));
      return;
    }
    String message = Json.first(a, "message", "description");
    if (message == null) {
      return;
    }
    String tiny = Json.first(a, "tinyId", "id");
    String priority = Json.text(a, "priority");
    String name = "Opsgenie alert " + (tiny != null ? "#" + tiny + " " : "") + (priority != null ? "(" + priority + ") " : "");
    String ref = "alert " + Json.first(a, "id", "tinyId", "alias");
    String raw = Entry.excerpt(a.toString());
    ctx.emit(new Entry(at, name.strip() + " created: " + message.strip(), Json.first(a, "source", "owner"),
        Levels.NONE, EventKind.ALERT, "detected", ref, line, raw, 1, null, null));
    JsonNode report = a.path("report");
    long ack = report.path("ackTime").asLong(-1);
    if (ack >= 0 && report.has("ackTime")) {
      String by = Json.text(report, "acknowledgedBy");
      ctx.emit(new Entry(at.plusNanos(ack * 1_000_000L), name.strip() + " acknowledged" + (by != null ? " by " + by : ""),
          by, Levels.NONE, EventKind.ACKNOWLEDGEMENT, "acknowledged", ref + " ack", line, raw, 1, null, null));
    }
    long close = report.path("closeTime").asLong(-1);
    if (close >= 0 && report.has("closeTime")) {
      String by = Json.text(report, "closedBy");
      ctx.emit(new Entry(at.plusNanos(close * 1_000_000L), name.strip() + " closed" + (by != null ? " by " + by : ""),
          by, Levels.NONE, EventKind.OBSERVATION, "mitigated", ref + " close", line, raw, 1, null, null));
    }
  }
}

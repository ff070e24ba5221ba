package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.LineReader;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Prometheus Alertmanager webhook payloads: one payload, an array of them, or one a line as a
 * receiver logs them. Each alert gives a firing event at {@code startsAt} and, once resolved, a
 * resolved event at {@code endsAt}; the same alert sent again is read once.
 */
public final class AlertmanagerReader implements SourceReader {
  private static final int SEEN = 100_000;

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    String head = Detector.head(path, 4096).strip();
    boolean lines = head.startsWith("{") && head.indexOf('\n') > 0
        && head.substring(0, head.indexOf('\n')).strip().endsWith("}");
    try (InputStream in = ctx.open(path)) {
      if (lines) {
        LineReader r = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), ctx.options().maxLineChars());
        String line;
        while ((line = r.next()) != null && !ctx.full()) {
          if (line.isBlank()) {
            continue;
          }
          try {
            payload(Json.MAPPER.readTree(line), r.lineNumber(), ctx, seen);
          } catch (JsonProcessingException e) {
            ctx.out().warn(Kind.SKIPPED_INPUT, r.lineNumber(), 0, "", "not a JSON payload; skipped");
          }
        }
      } else if (head.startsWith("[")) {
        Json.forEachRecord(in, Set.of(), (p, line) -> payload(p, line, ctx, seen));
      } else {
        payload(Json.MAPPER.readTree(in), 1, ctx, seen);
      }
    } catch (JsonProcessingException e) {
      throw new SourceException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + Json.firstLine(e.getOriginalMessage()));
    }
    if (ctx.records() == 0) {
      throw new SourceException(0, "no Alertmanager payload with alerts found");
    }
  }

  private static void payload(JsonNode p, int line, ReadContext ctx, Set<String> seen) {
    JsonNode alerts = p == null ? null : p.get("alerts");
    if (alerts == null || !alerts.isArray()) {
      ctx.out().warn(Kind.SKIPPED_INPUT, line, 0, "", "payload without an 'alerts' array; skipped");
      return;
    }
    String receiver = Json.text(p, "receiver");
    for (JsonNode a : alerts) {
      ctx.counted();
      String name = Json.first(a, "/labels/alertname");
      String summary = Json.first(a, "/annotations/summary", "/annotations/description", "/annotations/message");
      String severity = Json.first(a, "/labels/severity");
      String fp = Json.first(a, "fingerprint");
      OffsetDateTime start = Times.value(Json.text(a, "startsAt"), ctx.zone(), TimeParser.DateOrder.UNKNOWN);
      OffsetDateTime end = Times.value(Json.text(a, "endsAt"), ctx.zone(), TimeParser.DateOrder.UNKNOWN);
      String label = "Alert " + (name == null ? "(unnamed)" : name);
      String raw = Entry.excerpt(a.toString());
      String key = (fp != null ? fp : name + a.path("labels").toString()) + "@" + Json.text(a, "startsAt");
      if (start != null && remember(seen, key + "/firing")) {
        String text = label + " firing" + (severity != null ? " (" + severity + ")" : "") + (summary != null ? ": " + summary : "");
        ctx.emit(new Entry(start, text, receiver != null ? "Alertmanager (" + receiver + ")" : "Alertmanager",
            Levels.NONE, EventKind.ALERT, "detected", "alert " + (fp != null ? fp : name) + " firing", line, raw, 1, null, null));
      }
      if ("resolved".equals(Json.text(a, "status")) && end != null && end.getYear() > 1
          && remember(seen, key + "/resolved")) {
        ctx.emit(new Entry(end, label + " resolved", "Alertmanager", Levels.NONE, EventKind.OBSERVATION, "mitigated",
            "alert " + (fp != null ? fp : name) + " resolved", line, raw, 1, null, null));
      }
    }
  }

  private static boolean remember(Set<String> seen, String key) {
    if (!seen.add(key)) {
      return false;
    }
    if (seen.size() > SEEN) {
      var it = seen.iterator();
      it.next();
      it.remove();
    }
    return true;
  }
}

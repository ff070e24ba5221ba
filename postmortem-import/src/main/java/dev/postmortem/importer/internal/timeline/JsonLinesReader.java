package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * JSON Lines logs (one object a line), or a JSON array of log records. The time, message and
 * level fields are guessed from common names unless named (a property, a dotted path or a JSON
 * pointer). Records with a level are kept at or above the minimum level or when they record a
 * change of state; records without one are all kept. Repeats are collapsed.
 */
public final class JsonLinesReader implements SourceReader {
  static final String[] TIME = {"timestamp", "@timestamp", "time", "ts", "date", "datetime", "eventTime", "created_at"};
  static final String[] MESSAGE = {"message", "msg", "event", "text", "description", "summary", "log"};
  static final String[] LEVEL = {"level", "severity", "lvl", "log.level", "levelname", "loglevel"};
  static final String[] ACTOR = {"service", "service.name", "app", "logger", "logger_name", "host", "user", "actor"};

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    try (InputStream raw = ctx.open(path); PushbackInputStream in = new PushbackInputStream(raw, 1)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      if (c >= 0) {
        in.unread(c);
      }
      Collapser collapser = new Collapser(LogReader.WINDOW, 1024, ctx::emit);
      int[] noTime = {0, 0};
      if (c == '[') {
        Json.forEachRecord(in, Set.of(), (node, line) -> record(node, line, ctx, collapser, noTime));
      } else {
        lines(in, ctx, collapser, noTime);
      }
      collapser.flush();
      if (ctx.records() == 0) {
        throw new SourceException(0, "no JSON record has a time in a field named "
            + (ctx.options().timeField() != null ? "'" + ctx.options().timeField() + "'" : "like 'timestamp' or 'time'")
            + " (name it with --time-field)");
      }
      if (noTime[0] > 0) {
        ctx.out().warn(Kind.UNPARSEABLE_TIME, noTime[1], 0, "", noTime[0]
            + " record(s) without a readable time were left out (first at line " + noTime[1] + ")");
      }
    }
  }

  private void lines(InputStream in, ReadContext ctx, Collapser collapser, int[] noTime) throws IOException {
    int max = ctx.options().maxLineChars();
    LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), max);
    String line;
    int bad = 0;
    while ((line = lines.next()) != null && !ctx.full()) {
      int n = lines.lineNumber();
      if (lines.truncated()) {
        ctx.out().warn(Kind.SKIPPED_INPUT, n, 1, "", "line longer than " + max + " characters; skipped");
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        node = null;
      }
      if (node == null || !node.isObject()) {
        if (bad++ < 5) {
          ctx.out().warn(Kind.SKIPPED_INPUT, n, 1, "", "not a JSON object; skipped");
        }
        continue;
      }
      record(node, n, ctx, collapser, noTime);
    }
    if (bad > 5) {
      ctx.out().warn(Kind.SKIPPED_INPUT, 0, 0, "", bad + " lines in all were not JSON objects");
    }
  }

  private void record(JsonNode node, int line, ReadContext ctx, Collapser collapser, int[] noTime) {
    ReadContext.Options o = ctx.options();
    String ts = o.timeField() != null ? Json.text(node, o.timeField()) : Json.first(node, TIME);
    OffsetDateTime at = Times.value(ts, ctx.zone(), o.order());
    if (at == null) {
      if (noTime[0]++ == 0) {
        noTime[1] = line;
      }
      return;
    }
    ctx.counted();
    String msg = o.messageField() != null ? Json.text(node, o.messageField()) : Json.first(node, MESSAGE);
    if (msg == null) {
      return;
    }
    String lvl = o.levelField() != null ? Json.text(node, o.levelField()) : Json.first(node, LEVEL);
    int sev = Levels.of(lvl);
    if (sev == Levels.NONE && lvl != null && lvl.matches("\\d{1,2}")) {
      int v = Integer.parseInt(lvl);
      // pino and bunyan: 10 trace ... 60 fatal
      sev = v >= 60 ? Levels.CRITICAL : v >= 50 ? Levels.ERROR : v >= 40 ? Levels.WARN
          : v >= 30 ? Levels.INFO : Levels.DEBUG;
    }
    boolean keep = lvl == null || sev >= o.minSeverity() || StateChange.isStateChange(msg);
    if (!keep) {
      return;
    }
    String actor = Json.first(node, ACTOR);
    collapser.accept(Entry.atLine(at, msg.strip(), actor, sev, line, node.toString()));
  }
}

package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Plain-text and syslog logs, streamed line by line: keeps lines at or above the minimum level
 * (warn unless set) and changes of state, collapses repeats, and reads nothing else into memory.
 */
public final class LogReader implements SourceReader {
  /** How long a repeat may come after the last one to join it. */
  static final Duration WINDOW = Duration.ofMinutes(10);

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    try (InputStream in = ctx.open(path)) {
      read(in, ctx);
    }
  }

  /** Reads a stream. */
  public void read(InputStream in, ReadContext ctx) throws IOException {
    int max = ctx.options().maxLineChars();
    LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), max);
    Collapser collapser = new Collapser(WINDOW, 1024, ctx::emit);
    int minSeverity = ctx.options().minSeverity();
    int timed = 0;
    int untimed = 0;
    int firstUntimed = 0;
    int zoneless = 0;
    String firstLine = null;
    String line;
    while ((line = lines.next()) != null) {
      int n = lines.lineNumber();
      if (lines.truncated()) {
        ctx.out().warn(Kind.SKIPPED_INPUT, n, 1, "", "line longer than " + max + " characters; read its start only");
      }
      if (line.isBlank()) {
        continue;
      }
      if (firstLine == null) {
        firstLine = line;
      }
      LogLine l = LogLine.parse(line, ctx.zone(), ctx.options().year());
      if (l == null) {
        if (untimed++ == 0) {
          firstUntimed = n;
        }
        continue;
      }
      timed++;
      ctx.counted();
      if (!l.zoneWritten()) {
        zoneless++;
      }
      int sev = l.severity();
      if (sev == Levels.NONE) {
        sev = StateChange.severityFromWords(l.message());
      }
      boolean keep = sev >= minSeverity || StateChange.isStateChange(l.message());
      if (!keep || l.message().isEmpty()) {
        continue;
      }
      collapser.accept(Entry.atLine(l.at(), l.message(), l.actor(), sev, n, line));
      if (ctx.full()) {
        break;
      }
    }
    collapser.flush();
    if (timed == 0) {
      throw new SourceException(firstUntimed, firstLine == null
          ? "the file is empty"
          : "no line starts with a timestamp this reader knows (syslog, ISO-8601, access or error log); "
              + "the first line is: " + Entry.excerpt(firstLine).substring(0, Math.min(80, Entry.excerpt(firstLine).length()))
              + " (name the format with --format)");
    }
    if (untimed > 0) {
      ctx.out().info(Kind.SKIPPED_INPUT, firstUntimed, 1, "", untimed
          + " line(s) without a timestamp (continuations, stack traces) were not read as events");
    }
    if (zoneless > 0) {
      ctx.out().info(Kind.ASSUMED_ZONE, 0, 0, "", zoneless + " line(s) state no zone; read in "
          + ctx.zone().getId() + " (set it with --zone)");
    }
  }
}

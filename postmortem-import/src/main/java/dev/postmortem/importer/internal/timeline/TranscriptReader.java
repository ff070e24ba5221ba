package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.LineReader;
import dev.postmortem.importer.internal.TimeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain chat transcript: {@code [10:42] name: text}, also with seconds, a date inside the
 * brackets, or a line holding a date alone that applies to the lines after it. Without a date
 * in the file, its name or {@code --since} supply one. A line without a time continues the
 * message before it; a time earlier than the one before by 12 hours or more is the next day.
 */
public final class TranscriptReader implements SourceReader {
  /** A transcript line: the bracketed time, the name and the text. */
  static final Pattern LINE = Pattern.compile(
      "^\\[(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*([AaPp][Mm]))?\\]\\s+([^:]{1,60}?):\\s+(.*)$");
  private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final int MAX_TEXT = 2000;

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    LocalDate date = null;
    Matcher fd = FILE_DATE.matcher(path.getFileName().toString());
    if (fd.find()) {
      date = LocalDate.of(Integer.parseInt(fd.group(1)), Integer.parseInt(fd.group(2)), Integer.parseInt(fd.group(3)));
    } else if (ctx.options().since() != null) {
      date = ctx.options().since().atZoneSameInstant(ctx.zone()).toLocalDate();
    }
    ZoneId zone = ctx.zone();
    try (InputStream in = ctx.open(path)) {
      LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), ctx.options().maxLineChars());
      String line;
      Pending p = null;
      LocalDateTime last = null;
      int firstUndated = 0;
      while ((line = lines.next()) != null && !ctx.full()) {
        int n = lines.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
          LocalDate d = dateLine(line);
          if (d != null) {
            date = d;
            last = null;
          } else if (p != null && p.text.length() < MAX_TEXT) {
            p.text.append(' ').append(line.strip());
          }
          continue;
        }
        if (p != null) {
          emit(p, ctx);
          p = null;
        }
        LocalDate d = m.group(1) != null ? LocalDate.parse(m.group(1)) : date;
        if (d == null) {
          if (firstUndated == 0) {
            firstUndated = n;
          }
          continue;
        }
        LocalTime t = time(m.group(2), m.group(3));
        if (t == null) {
          continue;
        }
        LocalDateTime ldt = LocalDateTime.of(d, t);
        if (m.group(1) == null && last != null && ldt.isBefore(last.minusHours(12))) {
          ldt = ldt.plusDays(1);
          date = ldt.toLocalDate();
          ctx.out().info(Kind.CROSSED_MIDNIGHT, n, 1, "", m.group(2) + " is earlier than the line before; read as "
              + date);
        }
        last = ldt;
        ctx.counted();
        p = new Pending(ldt.atZone(zone).toOffsetDateTime(), m.group(4).strip(), new StringBuilder(m.group(5).strip()),
            n, line);
      }
      if (p != null) {
        emit(p, ctx);
      }
      if (firstUndated > 0) {
        throw new SourceException(firstUndated, "the transcript gives times but no date; add a line with"
            + " the date, put it in the file name (YYYY-MM-DD) or give --since");
      }
      if (ctx.records() == 0) {
        throw new SourceException(0, "no line reads as '[HH:MM] name: text'");
      }
    }
  }

  private record Pending(OffsetDateTime at, String name, StringBuilder text, int line, String raw) {}

  private static void emit(Pending p, ReadContext ctx) {
    String text = p.text.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    ctx.emit(Entry.atLine(p.at, text, p.name, Levels.NONE, p.line, p.raw));
  }

  private static LocalTime time(String hm, String ampm) {
    String[] parts = hm.split(":");
    int h = Integer.parseInt(parts[0]);
    int m = Integer.parseInt(parts[1]);
    int s = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
    if (ampm != null) {
      boolean pm = ampm.equalsIgnoreCase("pm");
      if (h == 12) {
        h = pm ? 12 : 0;
      } else if (pm) {
        h += 12;
      }
    }
    if (h > 23 || m > 59 || s > 59) {
      return null;
    }
    return LocalTime.of(h, m, s);
  }

  /** A line that holds a date and little else, e.g. {@code --- 14 October 2026 ---}. */
  private static LocalDate dateLine(String line) {
    String s = line.strip().replaceAll("^[-=*#\\s]+|[-=*#\\s]+$", "");
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    TimeParser.Parsed p = TimeParser.parse(s, TimeParser.DateOrder.UNKNOWN, 0);
    if (p == null || p.date() == null || p.yearMissing() || p.consumed() < s.length() - 2) {
      return null;
    }
    return p.date();
  }
}

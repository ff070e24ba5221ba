package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Csv;
import dev.postmortem.importer.internal.TimeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * CSV (comma, semicolon or tab separated, RFC 4180 quoting). Whether the first row is a header is
 * decided by its cells (a header has no time in it); the time and message columns are found by
 * name or, without a header, by content. Whether numeric dates are day-first or month-first is
 * decided by the data: a first pass over the time column looks for a day above 12.
 */
public final class CsvReader implements SourceReader {
  static final String[] TIME = {"timestamp", "time", "@timestamp", "date", "datetime", "ts", "when",
      "created at", "created_at", "createdat", "date/time", "time (utc)", "event time"};
  static final String[] MESSAGE = {"message", "msg", "event", "description", "text", "summary", "what",
      "details", "log", "title"};
  static final String[] LEVEL = {"level", "severity", "priority", "lvl"};
  static final String[] ACTOR = {"user", "actor", "author", "who", "service", "source", "host", "owner", "agent"};

  /** Columns found for a file. */
  record Columns(boolean header, int time, int message, int level, int actor, char delimiter) {}

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    char delimiter = delimiter(path, ctx);
    Columns cols;
    TimeParser.DateOrder order = ctx.options().order();
    try (InputStream in = java.nio.file.Files.newInputStream(path)) {
      Csv csv = new Csv(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, ctx.options().maxLineChars());
      List<String> first = csv.next();
      if (first == null) {
        throw new SourceException(1, "the CSV file is empty");
      }
      List<String> second = csv.next();
      cols = columns(first, second, ctx, delimiter);
      if (order == TimeParser.DateOrder.UNKNOWN) {
        order = decideOrder(cols, first, second, csv, ctx);
      }
    } catch (Csv.CsvException e) {
      throw new SourceException(e.line(), e.getMessage());
    }
    try (InputStream in = ctx.open(path)) {
      Csv csv = new Csv(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, ctx.options().maxLineChars());
      if (cols.header()) {
        csv.next();
      }
      Collapser collapser = new Collapser(LogReader.WINDOW, 1024, ctx::emit);
      List<String> row;
      int noTime = 0;
      int firstNoTime = 0;
      while ((row = csv.next()) != null && !ctx.full()) {
        int n = csv.recordLine();
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        OffsetDateTime at = Times.value(get(row, cols.time()), ctx.zone(), order);
        if (at == null) {
          if (noTime++ == 0) {
            firstNoTime = n;
          }
          continue;
        }
        ctx.counted();
        String msg = get(row, cols.message());
        if (msg == null || msg.isBlank()) {
          continue;
        }
        String lvl = get(row, cols.level());
        int sev = Levels.of(lvl);
        boolean keep = cols.level() < 0 || sev >= ctx.options().minSeverity() || StateChange.isStateChange(msg)
            || (sev == Levels.NONE && lvl != null && !lvl.isBlank());
        if (!keep) {
          continue;
        }
        collapser.accept(Entry.atLine(at, msg.strip(), get(row, cols.actor()), sev, n,
            String.join(String.valueOf(delimiter), row)));
      }
      collapser.flush();
      if (noTime > 0) {
        ctx.out().warn(Kind.UNPARSEABLE_TIME, firstNoTime, 0, "", noTime
            + " row(s) without a readable time in column " + (cols.time() + 1) + " were left out");
      }
      if (ctx.records() == 0) {
        throw new SourceException(firstNoTime, "no row has a readable time in column " + (cols.time() + 1));
      }
    } catch (Csv.CsvException e) {
      throw new SourceException(e.line(), e.getMessage());
    }
  }

  /** The delimiter that splits the first line most. */
  static char delimiter(Path path, ReadContext ctx) throws IOException {
    String head = Detector.head(path, 8192);
    int nl = head.indexOf('\n');
    String line = nl < 0 ? head : head.substring(0, nl);
    char best = ',';
    int most = 0;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      int count = 0;
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '"') {
          quoted = !quoted;
        } else if (ch == c && !quoted) {
          count++;
        }
      }
      if (count > most) {
        most = count;
        best = c;
      }
    }
    return best;
  }

  private static Columns columns(List<String> first, List<String> second, ReadContext ctx, char delimiter) {
    ReadContext.Options o = ctx.options();
    boolean header = true;
    for (String cell : first) {
      if (Times.value(cell, ctx.zone(), TimeParser.DateOrder.UNKNOWN) != null) {
        header = false;
        break;
      }
    }
    if (header) {
      int tc = column(first, o.timeField(), TIME);
      int mc = column(first, o.messageField(), MESSAGE);
      if (tc < 0 && o.timeField() == null) {
        tc = byContent(second, ctx, -1, true);
      }
      if (mc < 0 && o.messageField() == null) {
        mc = byContent(second, ctx, tc, false);
      }
      if (tc < 0 || mc < 0) {
        throw new SourceException(1, "the CSV header " + first + " has no "
            + (tc < 0 ? "time" : "message") + " column (name it with "
            + (tc < 0 ? "--time-field" : "--message-field") + ")");
      }
      return new Columns(true, tc, mc, column(first, o.levelField(), LEVEL), column(first, null, ACTOR), delimiter);
    }
    int tc = byContent(first, ctx, -1, true);
    int mc = byContent(first, ctx, tc, false);
    if (tc < 0 || mc < 0) {
      throw new SourceException(1, "could not tell which column holds the time and which the message");
    }
    ctx.out().info(Kind.GUESSED_VALUE, 1, 0, "", "the CSV file has no header row; column " + (tc + 1)
        + " read as the time and column " + (mc + 1) + " as the message");
    return new Columns(false, tc, mc, -1, -1, delimiter);
  }

  private static int byContent(List<String> row, ReadContext ctx, int timeColumn, boolean time) {
    if (row == null) {
      return -1;
    }
    int best = -1;
    int longest = -1;
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      boolean isTime = Times.value(cell, ctx.zone(), TimeParser.DateOrder.UNKNOWN) != null;
      if (time && isTime) {
        return i;
      }
      if (!time && i != timeColumn && !isTime && cell.strip().length() > longest
          && Levels.of(cell) == Levels.NONE) {
        longest = cell.strip().length();
        best = i;
      }
    }
    return time ? -1 : best;
  }

  private static int column(List<String> header, String configured, String... guesses) {
    if (configured != null) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equalsIgnoreCase(configured)) {
          return i;
        }
      }
      return -1;
    }
    for (String g : guesses) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().replace('"', ' ').strip().toLowerCase(Locale.ROOT).equals(g)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static TimeParser.DateOrder decideOrder(Columns cols, List<String> first, List<String> second,
      Csv csv, ReadContext ctx) throws IOException {
    boolean dayFirst = false;
    boolean monthFirst = false;
    boolean numeric = false;
    List<String> row = cols.header() ? second : first;
    boolean pendingSecond = !cols.header();
    while (row != null) {
      String cell = get(row, cols.time());
      if (cell != null) {
        TimeParser.DateOrder o = TimeParser.evidence(cell);
        numeric |= cell.matches("\\s*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}.*");
        dayFirst |= o == TimeParser.DateOrder.DAY_FIRST;
        monthFirst |= o == TimeParser.DateOrder.MONTH_FIRST;
      }
      if (dayFirst && monthFirst) {
        break;
      }
      if (pendingSecond) {
        row = second;
        pendingSecond = false;
      } else {
        row = csv.next();
      }
    }
    if (dayFirst && monthFirst) {
      throw new SourceException(0, "the dates in column " + (cols.time() + 1)
          + " are written both day-first and month-first; give the order with --date-order");
    }
    if (dayFirst) {
      ctx.out().info(Kind.AMBIGUOUS_DATE, 0, 0, "", "dates read day-first: a day above 12 comes first in them");
      return TimeParser.DateOrder.DAY_FIRST;
    }
    if (monthFirst) {
      ctx.out().info(Kind.AMBIGUOUS_DATE, 0, 0, "", "dates read month-first: a day above 12 comes second in them");
      return TimeParser.DateOrder.MONTH_FIRST;
    }
    if (numeric) {
      ctx.out().warn(Kind.AMBIGUOUS_DATE, 0, 0, "", "no date says whether the dates are day-first or"
          + " month-first (every day is 12 or less); read month-first (give the order with --date-order)");
      return TimeParser.DateOrder.MONTH_FIRST;
    }
    return TimeParser.DateOrder.UNKNOWN;
  }

  static String get(List<String> row, int i) {
    return i >= 0 && i < row.size() ? row.get(i) : null;
  }
}

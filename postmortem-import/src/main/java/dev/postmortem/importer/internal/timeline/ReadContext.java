package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Collector;
import dev.postmortem.importer.internal.TimeParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** What a source reader needs: the options, where diagnostics go and where entries go. */
public final class ReadContext {
  /** The options shared by all sources of a run. */
  public record Options(
      ZoneId zone, int year, OffsetDateTime since, OffsetDateTime until, int minSeverity,
      Set<String> channels, String timeField, String messageField, String levelField,
      TimeParser.DateOrder order, int maxEvents, int maxLineChars) {}

  private final Options options;
  private final Collector out;
  private final Consumer<Entry> sink;
  private final LongConsumer progress;
  private int kept;
  private int records;
  private int outOfRange;
  private boolean full;

  /**
   * A context.
   *
   * @param progress told how many bytes were read, as they are read
   */
  public ReadContext(Options options, Collector out, Consumer<Entry> sink, LongConsumer progress) {
    this.options = options;
    this.out = out;
    this.sink = sink;
    this.progress = progress;
  }

  public Options options() {
    return options;
  }

  public ZoneId zone() {
    return options.zone();
  }

  public Collector out() {
    return out;
  }

  /** Counts a record read (kept or not). */
  public void counted() {
    records++;
  }

  /** How many records were read. */
  public int records() {
    return records;
  }

  /** How many entries were kept. */
  public int kept() {
    return kept;
  }

  /** How many entries fell outside --since/--until. */
  public int outOfRange() {
    return outOfRange;
  }

  /** Whether the event limit was reached: readers may stop. */
  public boolean full() {
    return full;
  }

  /** Takes an entry: drops it outside the time range, keeps it otherwise (up to the limit). */
  public void emit(Entry e) {
    if (!inRange(e.at())) {
      outOfRange++;
      return;
    }
    if (kept >= options.maxEvents()) {
      if (!full) {
        out.warn(Kind.SKIPPED_INPUT, e.line(), 0, "", "more than " + options.maxEvents()
            + " events from this source; the rest were left out (narrow it with --since/--until"
            + " or raise --max-events)");
      }
      full = true;
      return;
    }
    kept++;
    sink.accept(e);
  }

  /** Whether {@code at} is within --since/--until. */
  public boolean inRange(OffsetDateTime at) {
    return (options.since() == null || !at.isBefore(options.since()))
        && (options.until() == null || !at.isAfter(options.until()));
  }

  /** Opens a file, reporting the bytes read as progress. */
  public InputStream open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    if (progress == null) {
      return in;
    }
    return new FilterInputStream(in) {
      private long unreported;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          tick(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          tick(n);
        }
        return n;
      }

      private void tick(int n) {
        unreported += n;
        if (unreported >= 1 << 20) {
          progress.accept(unreported);
          unreported = 0;
        }
      }

      @Override
      public void close() throws IOException {
        if (unreported > 0) {
          progress.accept(unreported);
          unreported = 0;
        }
        super.close();
      }
    };
  }
}

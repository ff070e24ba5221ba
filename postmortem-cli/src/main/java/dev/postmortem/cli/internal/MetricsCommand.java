package dev.postmortem.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.metrics.ActionItemCounts;
import dev.postmortem.metrics.Distribution;
import dev.postmortem.metrics.DurationFormat;
import dev.postmortem.metrics.Metric;
import dev.postmortem.metrics.PostmortemMetrics;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem metrics}: durations and action-item counts, and their distribution. */
@Command(
    name = "metrics",
    sortOptions = false,
    description = {
      "Prints the metrics of post-mortems and their distribution.",
      "For each post-mortem: time to detect, acknowledge, mitigate and resolve, impact duration,",
      "time to draft and publish, and action-item counts. For several: count, median, 90th",
      "percentile, minimum and maximum of each metric."
    })
public final class MetricsCommand implements Callable<Integer> {
  /** Output formats of metrics. */
  public enum MetricsFormat {
    /** Aligned text. */
    TEXT,
    /** A JSON document. */
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  MetricsFormat format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Count action items overdue on this day (YYYY-MM-DD; default: today in UTC).")
  LocalDate asOf;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every file as ${COMPLETION-CANDIDATES}, whatever its extension.")
  InputFormat inputFormat;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Post-mortem files or directories.")
  List<Path> paths;

  /** Used by picocli. */
  public MetricsCommand() {}

  private record Entry(String file, Postmortem postmortem, PostmortemMetrics metrics) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC);
    Inputs.Expansion inputs = Inputs.expand(paths);
    int failures = 0;
    for (Inputs.Problem p : inputs.problems) {
      err.println("postmortem: error: " + Terminal.escape(p.path + ": " + p.message));
      failures++;
    }
    DocumentLoader loader = new DocumentLoader(inputFormat);
    List<Entry> entries = new ArrayList<>();
    for (Path file : inputs.files) {
      try {
        // reading and measuring within the watchdog's budget: a crash, a time-out or an
        // overflow is one located line, and the run goes on with the next file
        entries.add(Guard.run(file.toString(), () -> {
          PostmortemDocument doc = loader.load(file);
          return new Entry(file.toString(), doc.postmortem(), PostmortemMetrics.of(doc.postmortem(), day));
        }));
      } catch (IOException | RuntimeException e) {
        if (!Errors.isExpected(e)) {
          throw e instanceof RuntimeException ? (RuntimeException) e : new UncheckedIOException((IOException) e);
        }
        err.println("postmortem: error: " + Terminal.escape(Errors.describe(e)));
        failures++;
      }
    }
    List<Postmortem> all = entries.stream().map(Entry::postmortem).toList();
    Map<Metric, Distribution> summary = PostmortemMetrics.summarize(all);
    if (format == MetricsFormat.JSON) {
      out.print(Json.write(json(entries, summary, day)));
    } else {
      text(entries, summary, out);
    }
    out.flush();
    err.flush();
    return failures > 0 ? 2 : 0;
  }

  private static void text(List<Entry> entries, Map<Metric, Distribution> summary, PrintWriter out) {
    int width = 0;
    for (Metric m : Metric.values()) {
      width = Math.max(width, m.label().length());
    }
    String row = "  %-" + width + "s  %-12s %s%n";
    for (Entry e : entries) {
      // ids, titles and file names come from the input: their control characters are escaped
      out.printf(Locale.ROOT, "%s: %s — %s%n", Terminal.escape(e.file()), Terminal.escape(e.postmortem().id()),
          Terminal.escape(e.postmortem().title()));
      for (Metric m : Metric.values()) {
        Optional<Duration> d = e.metrics().get(m);
        out.printf(Locale.ROOT, row, m.label(), d.map(MetricsCommand::human).orElse("-"),
            m.definition() + (d.isEmpty() ? " (not recorded)" : d.get().isNegative()
                ? " (negative: anchors out of order, see duration-negative; not counted in summaries)" : ""));
      }
      out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", "Action items", items(e.metrics().actionItems()));
      out.println();
    }
    if (entries.size() > 1) {
      out.printf(Locale.ROOT, "Across %d post-mortems:%n", entries.size());
      String srow = "  %-" + width + "s  %5s  %-12s %-12s %-12s %-12s%n";
      out.printf(Locale.ROOT, srow, "Metric", "Count", "Median", "p90", "Min", "Max");
      for (Metric m : Metric.values()) {
        Distribution d = summary.get(m);
        out.printf(Locale.ROOT, srow, m.label(), d.count(), human(d.median()), human(d.p90()), human(d.min()),
            human(d.max()));
      }
      StringBuilder skipped = new StringBuilder();
      for (Metric m : Metric.values()) {
        int n = summary.get(m).skippedNegative();
        if (n > 0) {
          skipped.append(skipped.length() == 0 ? "" : ", ").append(m.label()).append(' ').append(n);
        }
      }
      if (skipped.length() > 0) {
        out.printf(Locale.ROOT, "Note: negative values skipped (anchors out of order; see the duration-negative rule): %s%n",
            skipped);
      }
    }
  }

  private static String items(ActionItemCounts c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.total()).append(" (").append(c.open()).append(" open, ").append(c.inProgress())
        .append(" in progress, ").append(c.done()).append(" done, ").append(c.verified())
        .append(" verified, ").append(c.wontDo()).append(" won't do); ").append(c.overdue())
        .append(" overdue on ").append(c.asOf());
    c.completion().ifPresent(p -> sb.append("; ").append(Math.round(p * 100)).append("% complete"));
    return sb.toString();
  }

  private static ObjectNode json(List<Entry> entries, Map<Metric, Distribution> summary, LocalDate day) {
    ObjectNode root = Json.object();
    root.put("asOf", day.toString());
    ArrayNode list = root.putArray("postmortems");
    for (Entry e : entries) {
      ObjectNode n = list.addObject();
      n.put("file", e.file());
      n.put("id", e.postmortem().id());
      n.put("title", e.postmortem().title());
      ObjectNode metrics = n.putObject("metrics");
      for (Metric m : Metric.values()) {
        Optional<Duration> d = e.metrics().get(m);
        if (d.isPresent()) {
          duration(metrics.putObject(m.id()), d.get());
        } else {
          metrics.putNull(m.id());
        }
      }
      ActionItemCounts c = e.metrics().actionItems();
      ObjectNode items = n.putObject("actionItems");
      items.put("total", c.total());
      items.put("open", c.open());
      items.put("inProgress", c.inProgress());
      items.put("done", c.done());
      items.put("verified", c.verified());
      items.put("wontDo", c.wontDo());
      items.put("overdue", c.overdue());
      if (c.completion().isPresent()) {
        items.put("completion", c.completion().get());
      } else {
        items.putNull("completion");
      }
    }
    ObjectNode across = root.putObject("summary");
    across.put("postmortems", entries.size());
    ObjectNode metrics = across.putObject("metrics");
    for (Metric m : Metric.values()) {
      Distribution d = summary.get(m);
      ObjectNode n = metrics.putObject(m.id());
      n.put("definition", m.definition());
      n.put("count", d.count());
      n.put("skippedNegative", d.skippedNegative());
      stat(n, "median", d.median());
      stat(n, "p90", d.p90());
      stat(n, "min", d.min());
      stat(n, "max", d.max());
    }
    return root;
  }

  private static void stat(ObjectNode n, String name, Optional<Duration> d) {
    if (d.isPresent()) {
      duration(n.putObject(name), d.get());
    } else {
      n.putNull(name);
    }
  }

  private static void duration(ObjectNode n, Duration d) {
    n.put("iso", d.toString());
    n.put("seconds", d.getSeconds());
    n.put("text", human(d));
  }

  private static String human(Optional<Duration> d) {
    return d.map(MetricsCommand::human).orElse("-");
  }

  /** A duration in the kit's one format ({@link DurationFormat}): {@code 1 h 19 min}, {@code -3 min}. */
  static String human(Duration d) {
    return DurationFormat.format(d);
  }
}

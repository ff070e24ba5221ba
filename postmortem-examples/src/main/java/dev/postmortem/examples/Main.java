package dev.postmortem.examples;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.metrics.DurationFormat;
import dev.postmortem.metrics.Metric;
import dev.postmortem.metrics.PostmortemMetrics;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The main job: prints the example post-mortem as YAML and its metrics, then its validation
 * findings, and renders it in Markdown, DOCX and PDF for the internal, executive and external
 * audiences into {@code postmortem-examples/target/reports} ({@link RenderReports}).
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl postmortem-examples -am package -DskipTests exec:java}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the main job.
   *
   * @param args optional: the day to count overdue action items against (ISO date); default today
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now(Clock.systemUTC());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(ExamplePostmortem.create(), asOf, out);
    out.println();
    RenderReports.run(ExamplePostmortem.create(),
        java.nio.file.Path.of(System.getProperty("postmortem.reports.dir", "target/reports")),
        Clock.systemUTC(), out);
  }

  /** Prints the post-mortem and its metrics. */
  static void run(Postmortem pm, LocalDate asOf, PrintStream out) {
    out.print(PostmortemWriter.create(Format.YAML).toString(pm));
    out.println();
    out.println("# Metrics of " + pm.id() + " (action items as of " + asOf + ")");
    PostmortemMetrics metrics = PostmortemMetrics.of(pm, asOf);
    for (Metric m : Metric.values()) {
      out.printf(Locale.ROOT, "%-20s %-12s (%s)%n", m.label(), format(metrics.get(m)), m.definition());
    }
    var items = metrics.actionItems();
    out.printf(Locale.ROOT, "%-20s %d total, %d finished, %d open or in progress, %d won't do, %d overdue%n",
        "Action items", items.total(), items.finished(), items.open() + items.inProgress(),
        items.wontDo(), items.overdue());
    out.printf(Locale.ROOT, "%-20s %s%n", "Completion",
        items.completion().map(c -> String.format(Locale.ROOT, "%.0f%%", c * 100)).orElse("n/a"));
  }

  static String format(Optional<Duration> d) {
    return d.map(DurationFormat::format).orElse("n/a");
  }


}

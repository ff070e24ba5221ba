package dev.postmortem.bench;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyStep;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

/**
 * Writes the benchmark input: a post-mortem in plain GitHub-flavoured Markdown, the way a team
 * writes one from the Google SRE template, with N timeline events as a table, N/20 action items
 * and a 5 Whys list. The same file is fed to {@code postmortem render} and to pandoc.
 *
 * <p>{@code java -cp benchmarks.jar dev.postmortem.bench.MarkdownInput N out.md}
 */
public final class MarkdownInput {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private MarkdownInput() {}

  /**
   * Writes the file.
   *
   * @param args the number of timeline events and the output path
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MarkdownInput <events> <out.md>");
      System.exit(2);
    }
    int events = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Postmortem pm = PostmortemGenerator.seeded(events).timelineEvents(events)
        .actionItems(Math.max(1, events / 20)).next();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      write(pm, w);
    }
  }

  static void write(Postmortem pm, Writer w) throws IOException {
    w.write("# " + pm.title() + "\n\n");
    w.write("**Status:** " + pm.status().id() + "  \n");
    w.write("**Severity:** " + pm.severity().map(s -> s.name()).orElse("") + "  \n");
    w.write("**Authors:** " + String.join(", ", pm.authors()) + "\n\n");
    w.write("## Summary\n\n" + pm.summary().orElse("") + "\n\n");
    w.write("## Impact\n\n" + pm.impact().flatMap(i -> i.description()).orElse("") + "\n\n");
    w.write("## Root Causes\n\n");
    pm.causes().forEach(c -> {
      try {
        w.write("- " + c.description() + "\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    w.write("\n## Trigger\n\n" + pm.trigger().orElse("") + "\n\n");
    w.write("## Resolution\n\n" + pm.resolution().orElse("") + "\n\n");
    w.write("## Detection\n\n" + pm.detection().orElse("") + "\n\n");
    w.write("## Five Whys\n\n");
    int n = 1;
    for (WhyStep s : pm.fiveWhys().get(0).steps()) {
      w.write(n++ + ". " + s.question() + " " + s.answer().orElse("") + "\n");
    }
    w.write("\n## Action Items\n\n| Action item | Type | Owner | Due | Status |\n|---|---|---|---|---|\n");
    for (ActionItem a : pm.actionItems()) {
      w.write("| " + a.title() + " | " + a.type().map(t -> t.id()).orElse("") + " | "
          + a.owner().orElse("") + " | " + a.due().map(Object::toString).orElse("") + " | "
          + a.status().id() + " |\n");
    }
    w.write("\n## Lessons Learned\n\n### What went well\n\n");
    for (String s : pm.lessonsLearned().wentWell()) {
      w.write("- " + s + "\n");
    }
    w.write("\n### What went wrong\n\n");
    for (String s : pm.lessonsLearned().wentWrong()) {
      w.write("- " + s + "\n");
    }
    w.write("\n### Where we got lucky\n\n");
    for (String s : pm.lessonsLearned().gotLucky()) {
      w.write("- " + s + "\n");
    }
    String zone = pm.incident().started().get().getOffset().getId();
    w.write("\n## Timeline\n\nAll times in UTC" + ("Z".equals(zone) ? "" : zone) + ".\n\n| Time | Event |\n|---|---|\n");
    for (TimelineEvent e : pm.timeline()) {
      w.write("| " + e.at().get().format(TIME) + " | " + e.description() + " |\n");
    }
  }
}

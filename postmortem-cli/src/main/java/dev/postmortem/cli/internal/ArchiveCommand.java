package dev.postmortem.cli.internal;

import dev.postmortem.archive.Archive;
import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ReviewPack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code postmortem archive}: the review pack of a whole archive of post-mortems. */
@Command(
    name = "archive",
    sortOptions = false,
    description = {
      "Analyses an archive of post-mortems and writes the review pack: inventory, follow-up",
      "backlog, review agenda, recurring patterns and metrics over time.",
      "Without --to, prints the review pack as Markdown; with --to, writes",
      "DIR/review-pack.<ext> for each format and prints the path of each file written.",
      "Files that are not post-mortems are skipped and unreadable ones listed; the rest is",
      "analysed. See docs/ARCHIVE.md."
    })
public final class ArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
      description = "Directories (walked for .json, .yaml, .yml, .md, .markdown, .mdx, .docx)"
          + " and files.")
  List<Path> paths;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day the review is as of (overdue items, due reviews, ages); fixing it"
          + " makes the output byte-identical (default: today in UTC).")
  String asOf;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "An archive policy (YAML or JSON): review cadence, publication deadlines,"
          + " verification, theme threshold. See docs/ARCHIVE.md.")
  Path policy;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Leave out files matching the glob (relative to the directory given, or the"
          + " file name); repeatable, for example --exclude 'drafts/**' --exclude README.md.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--to", split = ",", paramLabel = "FORMAT",
      description = "Comma-separated formats to write: md, docx, pdf, json (default: Markdown to"
          + " standard output).")
  List<String> to = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "The directory to write to, created if needed (default: the current one).")
  Path out;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every file as json, yaml, md or docx, whatever its extension.")
  InputFormat inputFormat;

  /** Used by picocli. */
  public ArchiveCommand() {}

  @Override
  public Integer call() throws IOException {
    Set<ReviewPack.Format> formats = new LinkedHashSet<>();
    for (String t : to) {
      try {
        formats.add(ReviewPack.Format.fromId(t));
      } catch (IllegalArgumentException e) {
        throw new CliException("--to: " + e.getMessage());
      }
    }
    Archive.Builder b = Archive.builder();
    if (asOf != null) {
      b.asOf(LocalDate.ofInstant(Times.clock(asOf, "--as-of").instant(), ZoneOffset.UTC));
    }
    if (policy != null) {
      DocumentLoader.requireRegularFile(policy);
      b.policy(ArchivePolicy.read(policy));
    }
    excludes.forEach(b::exclude);
    if (inputFormat != null) {
      b.inputFormat(inputFormat == InputFormat.MD ? Archive.InputFormat.MARKDOWN
          : Archive.InputFormat.valueOf(inputFormat.name()));
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CliException(p + ": no such file or directory");
      }
    }
    ArchiveReport report = b.build().analyse(paths);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    for (ArchiveReport.Problem p : report.problems()) {
      if (p.kind() == ArchiveReport.ProblemKind.UNREADABLE) {
        stderr.println("postmortem: warning: " + p.message());
      }
    }
    long skipped = report.problems().stream()
        .filter(p -> p.kind() == ArchiveReport.ProblemKind.SKIPPED).count();
    if (skipped > 0) {
      stderr.println("postmortem: " + skipped + " file(s) skipped: not post-mortems"
          + " (listed in the review pack)");
    }
    stderr.flush();
    if (formats.isEmpty()) {
      stdout.print(ReviewPack.create(ReviewPack.Format.MARKDOWN).toString(report));
      stdout.flush();
      return 0;
    }
    Files.createDirectories(out);
    for (ReviewPack.Format f : formats) {
      Path target = out.resolve("review-pack." + f.extension());
      ReviewPack pack = ReviewPack.create(f);
      SafeFiles.write(target, os -> pack.write(report, os));
      stdout.println(target);
    }
    stdout.flush();
    return 0;
  }
}

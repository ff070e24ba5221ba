package dev.postmortem.cli.internal;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem convert}: rewrites a post-mortem in another format. */
@Command(
    name = "convert",
    sortOptions = false,
    description = {
      "Converts a post-mortem to canonical JSON or YAML, or to Markdown.",
      "This is how an imported Markdown or Word post-mortem becomes the canonical format.",
      "Writes to standard output, or to --out; the importer's notes go to standard error."
    })
public final class ConvertCommand implements Callable<Integer> {
  /** Output formats of convert. */
  public enum Target {
    /** Canonical JSON. */
    JSON,
    /** Canonical YAML. */
    YAML,
    /** A Markdown report (the internal audience, default template). */
    MD;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The post-mortem to convert.")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Target to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read the file as ${COMPLETION-CANDIDATES}, whatever its extension.")
  InputFormat inputFormat;

  @Mixin ImportOptions importOptions = new ImportOptions();

  @Option(names = "--now", paramLabel = "TIME",
      description = "The creation time written into a Markdown report: an ISO date-time with"
          + " offset or a date. Fixing it makes the output byte-identical (default: the current"
          + " time).")
  String now;

  /** Used by picocli. */
  public ConvertCommand() {}

  @Override
  public Integer call() throws IOException {
    DocumentLoader.requireRegularFile(file);
    java.time.Clock clock = now == null ? null : Times.clock(now, "--now");
    DocumentLoader loader = new DocumentLoader(inputFormat, importOptions);
    // reading and converting within the watchdog's budget: a crash, a time-out or an overflow is
    // one located line
    DocumentLoader.Loaded loaded = Guard.run(file.toString(), () -> loader.loadWithNotes(file));
    PrintWriter err = spec.commandLine().getErr();
    for (Diagnostic note : loaded.notes()) {
      err.println(Terminal.escape(note.file() + (note.line() > 0 ? ":" + note.line() : "") + ": "
          + note.level().id() + " " + note.ruleId() + ": " + note.message()));
    }
    err.flush();
    PostmortemDocument doc = loaded.document();
    String text = Guard.run(file.toString(), () -> convert(doc, clock));
    Output.write(text, out, spec.commandLine().getOut());
    return 0;
  }

  private String convert(PostmortemDocument doc, java.time.Clock clock) {
    switch (to) {
      case JSON:
        return PostmortemWriter.create(Format.JSON).toString(doc.postmortem());
      case YAML:
        return PostmortemWriter.create(Format.YAML).toString(doc.postmortem());
      case MD:
        MarkdownExporter.Builder b = MarkdownExporter.builder();
        if (clock != null) {
          b.clock(clock).creationTime(clock.instant());
        }
        return b.build().toString(doc.postmortem());
      default:
        throw new IllegalStateException("unhandled target " + to);
    }
  }
}

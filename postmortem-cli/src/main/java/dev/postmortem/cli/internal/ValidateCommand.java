package dev.postmortem.cli.internal;

import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem validate}: checks post-mortems and reports findings. */
@Command(
    name = "validate",
    sortOptions = false,
    description = {
      "Checks post-mortems and reports what is wrong, as a compiler would.",
      "Runs the rules of a profile (see 'postmortem rules') and an optional policy. Reads .json,",
      ".yaml/.yml, .md/.markdown and .docx files by extension (Markdown and Word are imported,",
      "and the importer's guesses reported); directories are walked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:No finding reached --fail-on.",
      "1:A finding reached --fail-on.",
      "2:A file could not be read, or a usage error."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--profile", paramLabel = "P", defaultValue = "standard",
      description = "Which rules run: minimal, standard, strict (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy file (YAML or JSON): deadlines, required sections and review cadence"
          + " by severity.")
  Path policy;

  @Option(names = "--now", paramLabel = "TIME",
      description = "The time to check deadlines and overdue items against: an ISO date-time with"
          + " offset or a date (default: the current time).")
  String now;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit with 1 when a finding is at least this severe: error, warning, info"
          + " (default: ${DEFAULT-VALUE}).")
  Level failOn;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every file as ${COMPLETION-CANDIDATES}, whatever its extension.")
  InputFormat inputFormat;

  @Mixin ImportOptions importOptions = new ImportOptions();

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error (default: when it is a terminal and"
          + " there are 10 files or more).")
  Boolean progress;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories to check.")
  List<Path> paths;

  /** Used by picocli. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expansion inputs = Inputs.expand(paths);
    List<FileReport> files = new ArrayList<>();
    for (Inputs.Problem p : inputs.problems) {
      files.add(unreadable(p.path, 0, 0, "", p.message));
    }
    Validator validator = validator();
    DocumentLoader loader = new DocumentLoader(inputFormat, importOptions);
    try (Progress bar = Progress.of(err, progress, inputs.files.size())) {
      for (Path file : inputs.files) {
        bar.next(file.toString());
        files.add(check(validator, loader, file));
      }
    }
    List<RuleDescription> rules = new ArrayList<>();
    rules.add(RuleDescription.UNREADABLE);
    rules.addAll(DocumentLoader.importRules());
    validator.rules().forEach(r -> rules.add(Validation.describe(r)));
    Report report = new Report(files, rules, failOn);
    format.print(report, out);
    return report.exitCode();
  }

  private Validator validator() {
    Validator.Builder b = Validator.builder().profile(profile).clock(Times.clock(now, "--now"));
    if (policy != null) {
      try {
        b.policy(Policy.read(policy));
      } catch (UncheckedIOException e) {
        throw new CliException("--policy: " + Errors.describe(e), e);
      }
    }
    return b.build();
  }

  private FileReport check(Validator validator, DocumentLoader loader, Path file) {
    String name = file.toString();
    try {
      // reading and checking one file within the watchdog's budget: whatever happens, the file
      // is reported and the run goes on with the next one
      return Guard.run(name, () -> {
        DocumentLoader.Loaded loaded = loader.loadWithNotes(file);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.notes());
        diagnostics.addAll(Validation.findings(validator, loaded.document(), name));
        return new FileReport(name, true, diagnostics);
      });
    } catch (PostmortemFormatException e) {
      // one located line per problem: the reader reports every broken invariant at once
      List<Diagnostic> problems = new ArrayList<>();
      for (PostmortemFormatException.Problem p : e.problems()) {
        problems.add(new Diagnostic(name, p.line(), p.column(), Level.ERROR, Diagnostic.UNREADABLE,
            p.problem(), p.pointer()));
      }
      return new FileReport(name, false, problems);
    } catch (CliException e) {
      throw e; // a bad option value is the command's error, not the file's
    } catch (IOException | RuntimeException e) {
      return unreadable(name, 0, 0, "", Errors.describe(e).replaceFirst("^\\Q" + name + "\\E: ", ""));
    }
  }

  private static FileReport unreadable(String file, int line, int column, String pointer, String message) {
    return new FileReport(file, false,
        List.of(new Diagnostic(file, line, column, Level.ERROR, Diagnostic.UNREADABLE, message, pointer)));
  }
}

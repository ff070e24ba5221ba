package dev.postmortem.cli.internal;

import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.SourcePosition;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        FileReport report = check(validator, loader, file, inputs.walked.contains(file));
        if (report == null) {
          err.println("postmortem: note: skipped " + Terminal.escape(file.toString())
              + ": not a post-mortem (no severity, impact, detection, trigger, resolution, lessons,"
              + " incident times, timeline, causes, 5 Whys or action items); name it to check it");
        } else {
          files.add(report);
        }
      }
    }
    List<RuleDescription> rules = new ArrayList<>();
    rules.add(RuleDescription.UNREADABLE);
    rules.add(DUPLICATE_ID_RULE);
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

  /** Rule id of a post-mortem whose id another file of the run already has. */
  static final String DUPLICATE_ID = "duplicate-id";

  private static final RuleDescription DUPLICATE_ID_RULE = new RuleDescription(DUPLICATE_ID,
      Level.WARNING, "Each post-mortem checked in one run has its own id");

  /** The first file of the run with each post-mortem id. */
  private final Map<String, String> firstFileById = new HashMap<>();

  /**
   * Reads and checks one file; {@code null} for a Markdown or Word file found in a directory that
   * holds no post-mortem content (a README, an index, an empty template): it is skipped.
   */
  private FileReport check(Validator validator, DocumentLoader loader, Path file, boolean walked) {
    String name = file.toString();
    try {
      // reading and checking one file within the watchdog's budget: whatever happens, the file
      // is reported and the run goes on with the next one
      return Guard.run(name, () -> {
        DocumentLoader.Loaded loaded = loader.loadWithNotes(file);
        Postmortem pm = loaded.document().postmortem();
        InputFormat format = inputFormat != null ? inputFormat : InputFormat.of(file).orElse(null);
        if (walked && (format == InputFormat.MD || format == InputFormat.DOCX) && !hasContent(pm)) {
          return null;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.notes());
        diagnostics.addAll(Validation.findings(validator, loaded.document(), name));
        String first = firstFileById.putIfAbsent(pm.id(), name);
        if (first != null) {
          SourcePosition at = loaded.document().positions().find("/id").orElse(null);
          diagnostics.add(new Diagnostic(name, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
              Level.WARNING, DUPLICATE_ID, "the id '" + pm.id() + "' is also the id of " + first
                  + "; give each post-mortem its own id", "/id"));
        }
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

  /**
   * Whether a document has what makes it a post-mortem rather than a README, an index or an
   * unfilled template (the archive's criterion).
   */
  static boolean hasContent(Postmortem pm) {
    return pm.severity().isPresent() || pm.impact().isPresent() || pm.detection().isPresent()
        || pm.trigger().isPresent() || pm.resolution().isPresent()
        || !pm.lessonsLearned().equals(Lessons.empty())
        || pm.incident().started().isPresent() || pm.incident().detected().isPresent()
        || pm.incident().resolved().isPresent() || !pm.timeline().isEmpty()
        || !pm.causes().isEmpty() || !pm.fiveWhys().isEmpty() || !pm.actionItems().isEmpty();
  }

  private static FileReport unreadable(String file, int line, int column, String pointer, String message) {
    return new FileReport(file, false,
        List.of(new Diagnostic(file, line, column, Level.ERROR, Diagnostic.UNREADABLE, message, pointer)));
  }
}

package dev.postmortem.cli;

import dev.postmortem.cli.internal.ArchiveCommand;
import dev.postmortem.cli.internal.CompletionCommand;
import dev.postmortem.cli.internal.ConvertCommand;
import dev.postmortem.cli.internal.EnumConverter;
import dev.postmortem.cli.internal.Errors;
import dev.postmortem.cli.internal.InitCommand;
import dev.postmortem.cli.internal.MetricsCommand;
import dev.postmortem.cli.internal.QuietLogging;
import dev.postmortem.cli.internal.RenderCommand;
import dev.postmortem.cli.internal.RulesCommand;
import dev.postmortem.cli.internal.SchemaCommand;
import dev.postmortem.cli.internal.TimelineCommand;
import dev.postmortem.cli.internal.ValidateCommand;
import dev.postmortem.cli.internal.Warmup;
import dev.postmortem.cli.internal.VersionProvider;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code postmortem} command line: checks, renders, converts and measures post-mortems.
 *
 * <p>Run {@code postmortem --help} for the commands. Exit codes: {@code 0} success (no finding
 * reached {@code --fail-on}), {@code 1} findings reached {@code --fail-on}, {@code 2} unreadable
 * input or a usage error. Errors never print a stack trace unless {@code --debug} is given.
 *
 * <p>Embedders and tests call {@link #run(PrintWriter, PrintWriter, String...)}, which never calls
 * {@link System#exit(int)}.
 */
@Command(
    name = "postmortem",
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = "Checks, renders, converts and measures incident post-mortems, and drafts their timelines.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success; no finding reached --fail-on.",
      "1:validate: a finding reached --fail-on.",
      "2:Unreadable input or a usage error."
    })
public final class PostmortemCli implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: {@code validate} found a problem at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** Exit code: unreadable input or a usage error. */
  public static final int ERROR = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of errors.")
  boolean debug;

  /** Used by picocli. */
  public PostmortemCli() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments, for example {@code validate incident.yaml}
   */
  public static void main(String[] args) {
    QuietLogging.apply();
    String command = soleCommand(args);
    if (command != null && READERS.contains(command)) {
      Warmup.start(Warmup.formats(args), "validate".equals(command));
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams and returns its exit code; never exits
   * the JVM and never throws for bad input.
   *
   * @param out where results go (reports, converted documents)
   * @param err where errors, progress and the usage message on errors go
   * @param args the arguments
   * @return {@link #OK}, {@link #FINDINGS} or {@link #ERROR}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(err, "err must not be null");
    int code;
    try {
      CommandLine cl = commandLine(soleCommand(args));
      cl.setOut(out);
      cl.setErr(err);
      code = cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
      // the last line of defence: picocli hands errors (not exceptions) through; the commands
      // contain them per file (Guard), this catches what escapes them, such as option parsing
      String what = e instanceof StackOverflowError ? "the input is nested too deeply to be processed"
          : e instanceof OutOfMemoryError ? "out of memory (give the JVM more with -Xmx)"
          : "an unexpected failure (a bug; run again with --debug and report it)";
      err.println("postmortem: error: " + what);
      if (List.of(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      code = ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line, for embedding (for example to add subcommands). */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The names of the subcommands, in the order help lists them. Picocli builds a command's model
   * by reflection over its annotations, which takes a good part of a short run's start-up, so
   * {@link #run} builds only the command it is asked to run (see {@link #soleCommand}).
   */
  static final List<String> COMMANDS = List.of(
      "validate", "render", "convert", "init", "metrics", "archive", "rules", "schema",
      "timeline", "completion");

  /** The commands that read post-mortems, whose reader {@link Warmup} prepares. */
  private static final List<String> READERS = List.of("validate", "render", "convert", "metrics");

  private static Object newCommand(String name) {
    switch (name) {
      case "validate": return new ValidateCommand();
      case "render": return new RenderCommand();
      case "convert": return new ConvertCommand();
      case "init": return new InitCommand();
      case "metrics": return new MetricsCommand();
      case "archive": return new ArchiveCommand();
      case "rules": return new RulesCommand();
      case "schema": return new SchemaCommand();
      case "timeline": return new TimelineCommand();
      case "completion": return new CompletionCommand();
      default: throw new IllegalArgumentException("no command " + name);
    }
  }

  /**
   * The subcommand that {@code args} run when it alone needs to be built, or {@code null} when the
   * whole command tree is needed: for help and the version of {@code postmortem} itself, the
   * completion script (which covers every command), argument files, and misspelt commands (whose
   * error suggests the nearest ones). Only {@code --debug} may come before the command.
   */
  static String soleCommand(String... args) {
    for (String arg : args) {
      if (!"--debug".equals(arg)) {
        return !"completion".equals(arg) && COMMANDS.contains(arg) ? arg : null;
      }
    }
    return null;
  }

  /** The command line with only the subcommand {@code only}, or all of them when it is null. */
  static CommandLine commandLine(String only) {
    CommandLine cl = new CommandLine(new PostmortemCli());
    for (String name : COMMANDS) {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(name, newCommand(name));
      }
    }
    // -h and -V (inherited) are added after the subcommands, so that they follow --debug in the
    // subcommands' help as well
    cl.getCommandSpec().mixinStandardHelpOptions(true);
    // converters and handlers apply to the subcommands present when they are set
    EnumConverter.registerAll(cl);
    cl.setExecutionExceptionHandler(Errors::handleExecution);
    cl.setParameterExceptionHandler(Errors::handleParameter);
    cl.setExitCodeExceptionMapper(e -> ERROR);
    return cl;
  }
}

package dev.postmortem.cli.internal;

import dev.postmortem.cli.PostmortemCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the class-data-sharing archive that {@code bin/postmortem} starts with.
 *
 * <p>The build runs this class once with {@code -XX:DumpLoadedClassList}, then dumps a static
 * archive ({@code -Xshare:dump}) of every class it loaded. It runs the commands people run most,
 * in-process, in a temporary directory: {@code validate} of YAML, JSON and Markdown files,
 * {@code convert}, {@code metrics}, {@code rules}, {@code schema}, {@code init}, help and the
 * version. A static archive (unlike a dynamic one) also holds classes compiled for Java 5, such
 * as picocli's, which otherwise are verified at every start.
 *
 * <p>{@code render} has an archive of its own, trained with {@code --render}: it renders Markdown
 * and YAML post-mortems to every format. Apache POI, OpenPDF and Java 2D would more than double
 * the main archive, and the JVM maps and relocates the whole archive at every start, which would
 * cost every other command more than those classes save; {@code bin/postmortem} picks the render
 * archive for {@code render} only.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=FILE -cp postmortem.jar
 * dev.postmortem.cli.internal.CdsTraining [--render] EXAMPLE.yaml}. Exits with 1 when a command
 * does not end as expected, so that a broken training run fails the build instead of making a
 * poor archive.
 */
public final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training commands.
   *
   * @param args the path of an example post-mortem in YAML
   */
  public static void main(String[] args) throws IOException {
    boolean render = args.length == 2 && args[0].equals("--render");
    if (args.length != 1 && !render) {
      System.err.println("usage: CdsTraining [--render] EXAMPLE.yaml");
      System.exit(2);
    }
    QuietLogging.apply(); // as PostmortemCli.main does, so the same logging classes load
    Path dir = Files.createTempDirectory("postmortem-cds-");
    try {
      Path example = Path.of(args[args.length - 1]).toAbsolutePath();
      List<String> failures = render ? trainRender(example, dir) : train(example, dir);
      if (!failures.isEmpty()) {
        failures.forEach(System.err::println);
        System.exit(1);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Runs the training commands with their output in {@code dir}; returns what went wrong (empty
   * when every command ended as expected).
   */
  static List<String> train(Path example, Path dir) {
    String yaml = example.toString();
    String json = dir.resolve("example.json").toString();
    String md = dir.resolve("example.md").toString();
    List<String> failures = new ArrayList<>();
    // the validate run that matters most comes first, with the warm-up PostmortemCli.main starts
    Warmup.start(Warmup.formats(yaml), true);
    run(failures, "validate", yaml);
    run(failures, "convert", yaml, "--to", "json", "--out", json);
    run(failures, "validate", "--format", "json", json);
    run(failures, "convert", yaml, "--to", "md", "--out", md);
    run(failures, "validate", "--format", "sarif", md);
    run(failures, "validate", "--format", "github", yaml);
    run(failures, "metrics", yaml, json);
    run(failures, "rules");
    run(failures, "schema");
    run(failures, "init", "--out", dir.resolve("new.yaml").toString());
    run(failures, "--version");
    run(failures, "--help");
    run(failures, "validate", "--help");
    return failures;
  }

  /**
   * Runs the training commands of the render archive with their output in {@code dir}: the
   * example, and a long Markdown version of it, rendered to every format (as
   * {@link PostmortemCli#main} would start them, with the same warm-up).
   */
  static List<String> trainRender(Path example, Path dir) {
    String yaml = example.toString();
    String md = dir.resolve("example.md").toString();
    String out = dir.resolve("out").toString();
    List<String> failures = new ArrayList<>();
    run(failures, "convert", yaml, "--to", "md", "--out", md);
    run(failures, "render", md, "--to", "md,docx,pdf", "--out", out);
    run(failures, "render", md, "--to", "docx,pdf", "--audience", "executive", "--out", out);
    Warmup.start(Warmup.formats(yaml), false);
    run(failures, "render", yaml, "--to", "md,docx,pdf", "--reverse-timeline", "--findings",
        "--out", out);
    return failures;
  }

  private static void run(List<String> failures, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PostmortemCli.run(new PrintWriter(out), new PrintWriter(err), args);
    // validate may find problems in an example (exit 1); anything else must succeed
    if (code != PostmortemCli.OK && !(code == PostmortemCli.FINDINGS && "validate".equals(args[0]))) {
      failures.add("postmortem " + String.join(" ", args) + ": exit " + code + "\n" + err);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

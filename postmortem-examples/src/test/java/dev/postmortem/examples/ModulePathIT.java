package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application in a named module ({@code src/it/modulepath/it.consumer}) compiled and run with
 * the packaged library jars and their runtime dependencies, on the module path and on the class
 * path: it reads and validates a post-mortem, writes all three reports and imports the Markdown and
 * Word reports back, with nothing printed on standard error (no font, logging or access warnings).
 */
class ModulePathIT {
  private static final Path CONSUMER = Path.of("src/it/modulepath/it.consumer");

  @Test
  void aNamedModuleValidatesImportsAndExportsOnTheModulePath(@TempDir Path dir) throws Exception {
    String path = dependencies();
    Path classes = compile(dir, "--module-path", path);
    run(dir, "--module-path", path + File.pathSeparator + classes, "-m", "it.consumer/it.consumer.Main");
    assertThat(Files.readString(dir.resolve("stdout.txt")))
        .contains("module=it.consumer", "exporter-module=dev.postmortem.export");
  }

  @Test
  void theSameApplicationRunsOnTheClassPath(@TempDir Path dir) throws Exception {
    String path = dependencies();
    List<String> sources = new ArrayList<>(sources());
    sources.removeIf(s -> s.endsWith("module-info.java"));
    Path classes = compile(dir, sources, "-classpath", path);
    run(dir, "-classpath", path + File.pathSeparator + classes, "it.consumer.Main");
    assertThat(Files.readString(dir.resolve("stdout.txt"))).contains("module=null");
  }

  private static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(CONSUMER)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private static Path compile(Path dir, String... pathOptions) throws IOException {
    return compile(dir, sources(), pathOptions);
  }

  private static Path compile(Path dir, List<String> sources, String... pathOptions) {
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> javacArgs = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-requires-automatic",
        "-Werror", "-d", classes.toString()));
    javacArgs.addAll(List.of(pathOptions));
    javacArgs.addAll(sources);
    assertThat(javac.run(null, null, null, javacArgs.toArray(String[]::new))).as("javac exit code").isZero();
    return classes;
  }

  /** Runs the application and checks its outputs and that it printed nothing on standard error. */
  private static void run(Path dir, String... javaOptions) throws Exception {
    Path input = Files.writeString(dir.resolve("incident.yaml"), ExamplePostmortem.yaml(), StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(javaOptions));
    command.addAll(List.of(input.toString(), out.toString()));
    Process p = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
    String stdout = Files.readString(dir.resolve("stdout.txt"));
    String stderr = Files.readString(dir.resolve("stderr.txt"));
    assertThat(p.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
    assertThat(stderr).as("standard error").isEmpty();
    assertThat(stdout).contains("id=PM-2026-014", "markdown-import=PM-2026-014", "docx-import=PM-2026-014");
    assertThat(Files.readString(out.resolve("report.md"))).contains("PM-2026-014");
    assertThat(head(out.resolve("report.docx"), 2)).isEqualTo("PK");
    assertThat(head(out.resolve("report.pdf"), 5)).isEqualTo("%PDF-");
  }

  /** The library jars and their runtime dependencies, as listed by the build. */
  private static String dependencies() throws IOException {
    String file = System.getProperty("postmortem.modulepath.file");
    assertThat(file).as("system property postmortem.modulepath.file").isNotNull();
    String path = Files.readString(Path.of(file)).strip();
    assertThat(path).contains("postmortem-core", "postmortem-export", "postmortem-import");
    return path;
  }

  private static String head(Path file, int n) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.ISO_8859_1);
  }
}

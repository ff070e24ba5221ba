package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar and the launcher script as real processes (failsafe, after package). */
class PostmortemJarIT {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Path required(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property " + property).isNotNull();
    Path p = Path.of(value);
    assertThat(p).as(property).exists();
    return p;
  }

  private Run run(List<String> command) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("LC_ALL", "C.UTF-8"); // arguments with non-ASCII characters reach the JVM intact
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.executable", "java"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-jar", required("postmortem.jar").toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void theJarValidatesTheExample() throws Exception {
    Run r = jar("validate", required("postmortem.example").toString());
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
    assertThat(r.out()).contains("Checked 1 file");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theJarReportsBadInputWithExitCode2AndNoStackTrace() throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "id: PM-1\ntitle: [\n");
    Run r = jar("validate", "--format", "github", "bad.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).startsWith("::error file=bad.yaml,line=");
    assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void theJarRendersWordAndPdfWithItsShadedLibrariesAndFonts() throws Exception {
    Run r = jar("render", required("postmortem.example").toString(), "--to", "docx,pdf", "--out", "reports");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Files.size(dir.resolve("reports/example-postmortem.pdf"))).isGreaterThan(10_000);
    assertThat(Files.size(dir.resolve("reports/example-postmortem.docx"))).isGreaterThan(10_000);
  }

  @Test
  void theJarWritesUtf8() throws Exception {
    Run init = jar("init", "--id", "PM-Ünïcødé-☕", "--out", "pm.yaml");
    assertThat(init.exitCode()).as(init.toString()).isZero();
    Run r = jar("convert", "pm.yaml", "--to", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("\"id\" ?: \"PM-Ünïcødé-☕\"");
  }

  @Test
  void theClassDataSharingArchiveWasMadeFromThisJar() throws Exception {
    Path jar = required("postmortem.jar");
    Path archive = required("postmortem.archive");
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
    // -Xshare:on fails instead of silently running without the archive when it does not match
    Run r = run(List.of(System.getProperty("java.executable", "java"),
        "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-jar", jar.toString(), "validate", required("postmortem.example").toString()));
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
    assertThat(r.out()).contains("Checked 1 file");
  }

  @Test
  void theArchiveHoldsNearlyEveryClassValidateLoadsAndValidateLoadsNoExporterLibrary() throws Exception {
    Path log = dir.resolve("classes.log");
    Run r = run(List.of(System.getProperty("java.executable", "java"),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:SharedArchiveFile=" + required("postmortem.archive"), "-Xshare:on", "-Xlog:cds=off",
        "-Xlog:class+load=info:file=" + log, "-jar", required("postmortem.jar").toString(),
        "validate", required("postmortem.example").toString()));
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    long shared = loaded.stream().filter(l -> l.endsWith("source: shared objects file")).count();
    // what remains is generated at run time: lambda forms, annotation proxies, reflection accessors
    assertThat(shared).as("classes from the archive").isGreaterThan(loaded.size() * 95L / 100);
    // picocli is compiled for Java 5: only a static archive holds it
    assertThat(loaded).anyMatch(l -> l.contains(" picocli.CommandLine source: shared objects file"));
    assertThat(loaded).noneMatch(l -> l.contains(" org.apache.poi.") || l.contains(" com.lowagie.")
        || l.contains(" org.commonmark."));
  }

  @Test
  void renderHasAnArchiveOfItsOwnWithTheExporterLibraries() throws Exception {
    Path archive = required("postmortem.render.archive");
    assertThat(Files.getLastModifiedTime(archive))
        .isGreaterThanOrEqualTo(Files.getLastModifiedTime(required("postmortem.jar")));
    Path log = dir.resolve("render-classes.log");
    Run r = run(List.of(System.getProperty("java.executable", "java"),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=off",
        "-Xlog:class+load=info:file=" + log, "-jar", required("postmortem.jar").toString(),
        "render", required("postmortem.example").toString(), "--to", "docx,pdf", "--out", "reports"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    long shared = loaded.stream().filter(l -> l.endsWith("source: shared objects file")).count();
    assertThat(shared).as("classes from the archive").isGreaterThan(loaded.size() * 90L / 100);
    assertThat(loaded).anyMatch(l -> l.contains(" com.lowagie.text.pdf.PdfWriter source: shared objects file"));
  }

  @Test
  void theLauncherScriptRunsTheJar() throws Exception {
    Path launcher = required("postmortem.launcher");
    Run r = run(List.of("sh", launcher.toString(), "--version"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("postmortem ");
    assertThat(r.err()).isEmpty();
    Run validate = run(List.of("sh", launcher.toString(), "validate", required("postmortem.example").toString()));
    assertThat(validate.exitCode()).as(validate.toString()).isIn(0, 1);
    assertThat(validate.out()).contains("Checked 1 file");
    assertThat(validate.err()).as("no JVM warnings from the launcher's options").isEmpty();
    Run usage = run(List.of("sh", launcher.toString(), "no-such-command"));
    assertThat(usage.exitCode()).isEqualTo(2);
  }
}

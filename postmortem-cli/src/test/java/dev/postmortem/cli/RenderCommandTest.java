package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;
  private Path example;

  @BeforeEach
  void writeExample() throws IOException {
    example = Fixtures.write(dir, "in/example.yaml", ExamplePostmortem.yaml());
  }

  private String markdown(String... options) throws IOException {
    Path out = dir.resolve("out-" + String.join("_", options).replaceAll("[^A-Za-z0-9_-]", ""));
    String[] args = new String[options.length + 6];
    args[0] = "render";
    args[1] = example.toString();
    args[2] = "--out";
    args[3] = out.toString();
    args[4] = "--now";
    args[5] = "2026-11-01";
    System.arraycopy(options, 0, args, 6, options.length);
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return Files.readString(out.resolve("example.md"), StandardCharsets.UTF_8);
  }

  @Test
  void writesEachFormatNamedAfterTheInputAndListsThemAndNowMakesThemByteIdentical() throws IOException {
    Path out = dir.resolve("reports");
    Cli.Result r = Cli.run("render", example.toString(), "--to", "md,docx,pdf", "--now", "2026-11-01",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines()).containsExactly(
        out.resolve("example.md").toString(), out.resolve("example.docx").toString(),
        out.resolve("example.pdf").toString());
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(out.resolve("example.md"))).contains("# Checkout failures");
    assertThat(Files.readAllBytes(out.resolve("example.docx"))).startsWith('P', 'K');
    assertThat(new String(Files.readAllBytes(out.resolve("example.pdf")), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".example.pdf.tmp");
    }
    Path again = dir.resolve("again");
    assertThat(Cli.run("render", example.toString(), "--to", "pdf,docx", "--now", "2026-11-01",
        "--out", again.toString()).exitCode()).isZero();
    assertThat(again.resolve("example.pdf")).hasSameBinaryContentAs(out.resolve("example.pdf"));
    assertThat(again.resolve("example.docx")).hasSameBinaryContentAs(out.resolve("example.docx"));
  }

  @Test
  void linksThatAreNotMadeLiveAreWarnedAboutOnceForAllFormats() throws IOException {
    String yaml = ExamplePostmortem.yaml().replaceFirst("(?m)^links:\\n",
        "links:\n  - url: \"javascript:alert(1)\"\n    title: Dashboard\n");
    assertThat(yaml).contains("javascript:alert(1)");
    Path in = Fixtures.write(dir, "in/unsafe.yaml", yaml);
    Path out = dir.resolve("unsafe");
    Cli.Result r = Cli.run("render", in.toString(), "--to", "md,docx,pdf", "--now", "2026-11-01",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err().lines()).containsExactly(in + ": warning: section \"Related links\": link"
        + " \"javascript:alert(1)\" (label \"Dashboard\") kept as plain text: only well-formed http,"
        + " https and mailto links are made live");
    assertThat(Files.readString(out.resolve("unsafe.md"))).contains("Dashboard")
        .doesNotContain("javascript:");
  }

  @Test
  void optionsReachTheExporter() throws IOException {
    String internal = markdown();
    // by default in the document's own zone (the offset of incident.started), named
    assertThat(internal).contains("template: default", "Internal report",
        "Started:** 14 Oct 2026, 09:14 UTC+02:00");
    assertThat(markdown("--tz", "UTC")).contains("Started:** 14 Oct 2026, 07:14 UTC");
    assertThat(markdown("--template", "google-sre")).contains("template: google-sre");
    assertThat(markdown("--audience", "external")).contains("audience: external").doesNotContain("Luis Moreno");
    assertThat(markdown("--tz", "Europe/Berlin")).contains("Started:** 14 Oct 2026, 09:14 Europe/Berlin");
    assertThat(markdown("--reverse-timeline")).isNotEqualTo(internal);
  }

  @Test
  void aFontThatIsNotAFileIsAnError() {
    Cli.Result r = Cli.run("render", example.toString(), "--to", "pdf", "--font",
        dir.resolve("missing.ttf").toString(), "--out", dir.resolve("f").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--font:").contains("missing.ttf");
  }

  @Test
  void findingsAddTheValidatorsAppendix() throws IOException {
    Path pm = Fixtures.writeYaml(dir, "f/pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Path out = dir.resolve("f-out");
    assertThat(Cli.run("render", pm.toString(), "--now", "2026-03-10", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("pm.md"))).doesNotContain("timeline-gap");
    assertThat(Cli.run("render", pm.toString(), "--now", "2026-03-10", "--findings", "--out", out.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(out.resolve("pm.md"))).contains("timeline-gap");
  }

  @Test
  void badOptionsAndInputsAreExitCode2() throws IOException {
    Cli.Result tz = Cli.run("render", example.toString(), "--tz", "Mars/Base", "--out", dir.toString());
    assertThat(tz.exitCode()).isEqualTo(2);
    assertThat(tz.err()).contains("--tz: unknown time zone 'Mars/Base'");
    Cli.Result to = Cli.run("render", example.toString(), "--to", "md,html");
    assertThat(to.exitCode()).isEqualTo(2);
    assertThat(to.err()).contains("expected one of md, docx, pdf but was 'html'");
    Cli.Result missing = Cli.run("render", dir.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file");
  }

  @Test
  void markdownInputIsImportedAndNeverOverwritten() throws IOException {
    Path md = Fixtures.write(dir, "md/webhooks.md", ImportedInputTest.MARKDOWN);
    Cli.Result same = Cli.run("render", md.toString(), "--out", md.getParent().toString());
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("would overwrite the input");
    assertThat(Files.readString(md)).isEqualTo(ImportedInputTest.MARKDOWN);
    Cli.Result r = Cli.run("render", md.toString(), "--out", dir.resolve("r").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(dir.resolve("r/webhooks.md"))).contains("Payment webhook backlog");
  }

  @Test
  void convertToMarkdownPrintsTheReport() {
    Cli.Result r = Cli.run("convert", example.toString(), "--to", "md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("# Checkout failures after connection-pool configuration change");
  }
}

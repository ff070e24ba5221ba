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
  void theRedactionReportListsWhatTheExternalReportLeftOutAndWhere() throws IOException {
    Path out = dir.resolve("ext");
    Path report = dir.resolve("review/redactions.tsv");
    Cli.Result r = Cli.run("render", example.toString(), "--to", "md,pdf", "--audience", "external",
        "--now", "2026-11-01", "--internal-host", ".example.com", "--out", out.toString(),
        "--redaction-report", report.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(report.toString());
    String tsv = Files.readString(report);
    assertThat(tsv.lines().findFirst()).hasValue("file\tformat\tpointer\tkind\tremoved");
    assertThat(tsv).contains(example + "\tmd\t/trigger\tticket\tCHG-4471\n")
        .contains(example + "\tpdf\t/trigger\tticket\tCHG-4471\n")
        .contains(example + "\tmd\t/timeline/4/description\tchannel\t#inc-checkout\n");
    String md = Files.readString(out.resolve("example.md"));
    assertThat(md).doesNotContain("CHG-4471").doesNotContain("#inc-checkout")
        .doesNotContain("status.example.com");
    // the internal audience removes nothing: the report is its header alone
    Path internal = dir.resolve("review/internal.tsv");
    assertThat(Cli.run("render", example.toString(), "--now", "2026-11-01", "--out",
        out.resolve("int").toString(), "--redaction-report", internal.toString()).exitCode()).isZero();
    assertThat(Files.readString(internal)).isEqualTo("file\tformat\tpointer\tkind\tremoved\n");
  }

  @Test
  void linksPlantedInTheOutputFolderAreNeverFollowed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("shared"));
    Path victim = Fixtures.write(dir, "victim.txt", "keep me");
    // at the old predictable temporary name, and at the target's own name
    Files.createSymbolicLink(out.resolve(".example.md.tmp"), victim);
    Files.createSymbolicLink(out.resolve("example.pdf"), victim);
    Cli.Result r = Cli.run("render", example.toString(), "--to", "md,pdf", "--now", "2026-11-01",
        "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("keep me");
    assertThat(Files.isSymbolicLink(out.resolve("example.pdf"))).isFalse();
    assertThat(Files.readString(out.resolve("example.md"))).contains("# Checkout failures");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
          .containsExactly(".example.md.tmp");
    }
  }

  @Test
  void eachFilePastTheTimeBudgetIsOneLineAndTheRunGoesOnWritingNothingForIt() throws IOException {
    Fixtures.write(dir, "in/second.yaml", ExamplePostmortem.yaml());
    Path out = dir.resolve("slow");
    String old = System.getProperty("postmortem.timeBudget");
    System.setProperty("postmortem.timeBudget", "0.001");
    Cli.Result r;
    try {
      r = Cli.run("render", example.getParent().toString(), "--to", "pdf", "--now", "2026-11-01",
          "--out", out.toString());
    } finally {
      if (old == null) {
        System.clearProperty("postmortem.timeBudget");
      } else {
        System.setProperty("postmortem.timeBudget", old);
      }
    }
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("postmortem: error: ")
        && l.contains(": not finished within the time budget of 0.001 s") && !l.contains("Exception"));
    assertThat(r.err()).contains("example.yaml").contains("second.yaml");
    assertThat(r.out()).isEmpty();
    // the abandoned work stops before it moves anything into place
    try {
      Thread.sleep(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.list(out)) {
      assertThat(files.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
    }
  }

  @Test
  void namesFromTheInputAreEscapedOnTheTerminal() throws IOException {
    Path odd = Fixtures.write(dir, "odd/t\u001B]0;owned\u0007.yaml", ExamplePostmortem.yaml());
    Cli.Result r = Cli.run("render", odd.toString(), "--now", "2026-11-01", "--out",
        dir.resolve("odd-out").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u0007").contains("t\\e]0;owned\\u0007.md");
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
    // labels, dates and durations in the reader's language; the document's text as written
    assertThat(markdown("--lang", "de")).contains("Interner Bericht", "Beginn:** 14\\.10.2026, 09:14 UTC+02:00",
        "Zusammenfassung", "Dauer:** 1 h 26 min", "Checkout").doesNotContain("Internal report");
    assertThat(markdown("--lang", "ja")).contains("社内報告書", "1 時間 26 分");
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
    Cli.Result lang = Cli.run("render", example.toString(), "--lang", "xx", "--out", dir.toString());
    assertThat(lang.exitCode()).isEqualTo(2);
    assertThat(lang.err()).contains("--lang: no report labels in 'xx'; use en, de, fr, es, pt or ja");
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
  void convertNowMakesTheMarkdownByteIdentical() {
    Cli.Result a = Cli.run("convert", example.toString(), "--to", "md", "--now", "2026-11-01T09:30:00Z");
    assertThat(a.exitCode()).as(a.toString()).isZero();
    assertThat(a.out()).contains("2026-11-01");
    assertThat(Cli.run("convert", example.toString(), "--to", "md", "--now", "2026-11-01T09:30:00Z").out())
        .isEqualTo(a.out());
    Cli.Result bad = Cli.run("convert", example.toString(), "--to", "md", "--now", "soon");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--now: 'soon' is neither a date-time");
  }

  @Test
  void convertToMarkdownPrintsTheReport() {
    Cli.Result r = Cli.run("convert", example.toString(), "--to", "md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("# Checkout failures after connection-pool configuration change");
  }

  @Test
  void ticketKeysLinkThroughThePolicysTicketUrlOrTheOptionAndPlainKeysAreNoWarning() throws IOException {
    Path pm = Fixtures.write(dir, "in/keys.yaml", ExamplePostmortem.yaml()
        .replace("https://tracker.example.com/SRE-1182", "SRE-1182"));
    Path policy = Fixtures.write(dir, "policy.yaml", "ticketUrl: https://jira.example.com/browse/{key}\n");
    Path out = dir.resolve("keys");
    Cli.Result plain = Cli.run("render", pm.toString(), "--now", "2026-11-01", "--out", out.resolve("a").toString());
    assertThat(plain.exitCode()).as(plain.toString()).isZero();
    assertThat(plain.err()).doesNotContain("SRE-1182").doesNotContain("plain text");
    assertThat(Files.readString(out.resolve("a/keys.md"))).contains("| SRE-1182 |");

    Cli.Result linked = Cli.run("render", pm.toString(), "--now", "2026-11-01", "--out", out.resolve("b").toString(),
        "--policy", policy.toString());
    assertThat(linked.exitCode()).as(linked.toString()).isZero();
    assertThat(Files.readString(out.resolve("b/keys.md")))
        .contains("[SRE-1182](<https://jira.example.com/browse/SRE-1182>)");

    Cli.Result option = Cli.run("render", pm.toString(), "--now", "2026-11-01", "--out", out.resolve("c").toString(),
        "--policy", policy.toString(), "--ticket-url", "https://github.com/acme/shop/issues/{key}");
    assertThat(option.exitCode()).as(option.toString()).isZero();
    assertThat(Files.readString(out.resolve("c/keys.md")))
        .contains("[SRE-1182](<https://github.com/acme/shop/issues/SRE-1182>)");

    Cli.Result bad = Cli.run("render", pm.toString(), "--out", out.resolve("d").toString(),
        "--ticket-url", "https://jira.example.com/browse/");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--ticket-url").contains("{key}");
  }
}

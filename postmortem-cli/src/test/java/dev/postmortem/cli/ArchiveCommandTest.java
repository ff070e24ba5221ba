package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ArchiveGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCommandTest {
  @TempDir static Path dir;
  static Path archive;
  static ArchiveGenerator.Archive generated;

  /** Writes half of the post-mortems as YAML and half as Markdown reports. */
  static void writeMixed(Path into, List<Postmortem> pms) throws IOException {
    Files.createDirectories(into);
    MarkdownExporter md = MarkdownExporter.builder().build();
    for (int i = 0; i < pms.size(); i++) {
      Postmortem pm = pms.get(i);
      if (i % 2 == 0) {
        Files.writeString(into.resolve(pm.id() + ".yaml"), PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(pm));
      } else {
        Files.writeString(into.resolve(pm.id() + ".md"), md.toString(pm));
      }
    }
  }

  @BeforeAll
  static void generate() throws IOException {
    generated = ArchiveGenerator.seeded(5).postmortems(60).asOf(LocalDate.of(2026, 6, 30))
        .generate();
    archive = dir.resolve("archive");
    writeMixed(archive, generated.postmortems());
    Files.writeString(archive.resolve("README.md"), "# Post-mortems\n\nHow we write them.\n");
  }

  @Test
  void writesEveryFormatByteIdenticallyOnASecondRun() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    for (Path out : List.of(a, b)) {
      Cli.Result r = Cli.run("archive", archive.toString(), "--as-of", "2026-06-30", "--to",
          "md,docx,pdf,json", "--out", out.toString());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("review-pack.md", "review-pack.docx", "review-pack.pdf",
          "review-pack.json");
      assertThat(r.err()).contains("1 file(s) skipped");
    }
    for (String ext : List.of("md", "docx", "pdf", "json")) {
      assertThat(Files.readAllBytes(a.resolve("review-pack." + ext)))
          .as(ext).isEqualTo(Files.readAllBytes(b.resolve("review-pack." + ext)));
    }
    JsonNode json = new ObjectMapper().readTree(a.resolve("review-pack.json").toFile());
    assertThat(json.get("postmortems")).hasSize(60);
    assertThat(json.get("problems")).hasSize(1);
    assertThat(json.get("problems").get(0).get("kind").asText()).isEqualTo("skipped");
    // the YAML half keeps every fact, so its part of the agenda is exactly the planted one
    Set<String> yaml = new TreeSet<>();
    for (int i = 0; i < generated.postmortems().size(); i += 2) {
      yaml.add(generated.postmortems().get(i).id());
    }
    Set<String> agenda = new TreeSet<>();
    json.get("reviewAgenda").forEach(n -> agenda.add(n.get("postmortem").asText()));
    agenda.retainAll(yaml);
    Set<String> planted = new TreeSet<>(generated.planted().dueReviews());
    planted.retainAll(yaml);
    assertThat(agenda).isNotEmpty().isEqualTo(planted);
  }

  @Test
  void printsMarkdownByDefaultAndHonoursExclusions() {
    Cli.Result r = Cli.run("archive", archive.toString(), "--as-of", "2026-06-30", "--exclude",
        "*.md");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("# Post-mortem review pack").contains("30 post-mortems");
    assertThat(r.err()).doesNotContain("skipped");
  }

  @Test
  void badPolicyAndOptionsAreExitCode2() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "reviewEvery:\n  sev1: weekly\n");
    Cli.Result p = Cli.run("archive", archive.toString(), "--policy", policy.toString());
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.err()).contains("policy.yaml:2:").contains("/reviewEvery/sev1")
        .contains("not an ISO-8601 duration");
    Cli.Result to = Cli.run("archive", archive.toString(), "--to", "html");
    assertThat(to.exitCode()).isEqualTo(2);
    assertThat(to.err()).contains("unknown review pack format 'html'");
    Cli.Result missing = Cli.run("archive", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope: no such file or directory");
  }

  @Test
  void renderTakesSeveralFilesAndDirectoriesInOneRun() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    writeMixed(one, generated.postmortems().subList(0, 4));
    Files.createDirectories(two);
    // the same name in another folder
    Files.copy(one.resolve("PM-00001.yaml"), two.resolve("PM-00001.yaml"));
    Files.writeString(two.resolve("broken.yaml"), "id: [\n");
    Path out = dir.resolve("rendered");
    Cli.Result r = Cli.run("render", one.toString(), two.toString(), "--to", "md,pdf",
        "--now", "2026-06-30", "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("broken.yaml");
    assertThat(out.resolve("one-PM-00001.md")).exists();
    assertThat(out.resolve("two-PM-00001.pdf")).exists();
    assertThat(out.resolve("PM-00002.md")).exists();
    assertThat(out.resolve("PM-00004.pdf")).exists();
    assertThat(r.out().lines().count()).isEqualTo(10);
  }
}

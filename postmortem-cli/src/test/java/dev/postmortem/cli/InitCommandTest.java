package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.schema.PostmortemSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"minimal", "standard", "full"})
  void everyTemplateIsAValidDocumentDatedAndNamingTheSchema(String template) {
    Cli.Result r = Cli.run("init", "--template", template, "--date", "2026-03-02");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("# yaml-language-server: $schema=" + PostmortemSchema.FILE_NAME + "\n");
    Postmortem pm = PostmortemReader.create().read(r.out(), Format.YAML);
    assertThat(pm.id()).isEqualTo("PM-2026-03-02");
    assertThat(pm.schema()).contains(PostmortemSchema.ID);
    assertThat(pm.status()).isEqualTo(Status.DRAFT);
    // blanks are absent values, not empty strings that validators would report
    assertThat(PostmortemWriter.create(Format.JSON).toString(pm)).doesNotContain("\"\"");
    assertThat(pm.detection()).isEmpty();
    assertThat(pm.lifecycle().created()).hasValueSatisfying(
        t -> assertThat(t.toLocalDate()).hasToString("2026-03-02"));
  }

  @Test
  void theFullTemplateHasMoreSectionsThanTheMinimalOne() {
    String minimal = Cli.run("init", "--template", "minimal").out();
    String full = Cli.run("init", "--template", "full").out();
    assertThat(full).contains("startStopContinue:", "fiveWhys:", "evidence:", "slos:");
    assertThat(minimal).doesNotContain("startStopContinue:", "fiveWhys:");
  }

  @Test
  void idIsQuotedSafely() {
    Cli.Result r = Cli.run("init", "--id", "INC: \"42\" # x");
    assertThat(PostmortemReader.create().read(r.out(), Format.YAML).id()).isEqualTo("INC: \"42\" # x");
  }

  @Test
  void outWritesTheFileThatValidatePasses() throws IOException {
    Path out = dir.resolve("new/pm.yaml");
    Cli.Result r = Cli.run("init", "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("Wrote " + out);
    assertThat(Files.exists(out)).isTrue();
    assertThat(Cli.run("validate", out.toString()).exitCode()).isNotEqualTo(2);
  }

  @Test
  void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
    Path out = Fixtures.write(dir, "pm.yaml", "keep me\n");
    Cli.Result r = Cli.run("init", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("already exists", "--force");
    assertThat(Files.readString(out)).isEqualTo("keep me\n");
    assertThat(Cli.run("init", "--force", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).contains("$schema:");
  }

  @Test
  void aBadDateIsAUsageError() {
    Cli.Result r = Cli.run("init", "--date", "2026-13-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--date");
  }
}

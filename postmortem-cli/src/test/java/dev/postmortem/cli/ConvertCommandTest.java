package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void yamlToJsonOnStandardOutputIsCanonical() throws IOException {
    Postmortem pm = Fixtures.postmortem("PM-1", 7, 90);
    Path file = Fixtures.writeYaml(dir, "pm.yaml", pm);
    Cli.Result r = Cli.run("convert", file.toString(), "--to", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(PostmortemWriter.create(Format.JSON).toString(pm));
  }

  @Test
  void jsonToYamlIntoAFileRoundTrips() throws IOException {
    Postmortem pm = Fixtures.postmortem("PM-1", 7, 90);
    Path file = Fixtures.writeJson(dir, "pm.json", pm);
    Path out = dir.resolve("out/pm.yaml");
    Cli.Result r = Cli.run("convert", file.toString(), "--to", "yaml", "--out", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(PostmortemWriter.create(Format.YAML).toString(pm));
  }

  @Test
  void badInputIsOneLineWithWhereAndWhatAndExitCode2() throws IOException {
    Path file = Fixtures.write(dir, "pm.yaml", "id: PM-1\ntitle: Outage\nincident:\n  started: yesterday\n");
    Cli.Result r = Cli.run("convert", file.toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("postmortem: error: " + file + ":4:").contains("/incident/started");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void debugAddsTheStackTrace() throws IOException {
    Path file = Fixtures.write(dir, "pm.yaml", "id: [\n");
    Cli.Result r = Cli.run("convert", "--debug", file.toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("PostmortemFormatException", "\tat ");
  }

  @Test
  void aMissingFileIsExitCode2() {
    Cli.Result r = Cli.run("convert", dir.resolve("nope.yaml").toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope.yaml: no such file");
  }

  @Test
  void toIsRequired() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 90));
    Cli.Result r = Cli.run("convert", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--to=FORMAT'");
  }
}

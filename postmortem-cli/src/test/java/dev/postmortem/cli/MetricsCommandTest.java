package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void controlCharactersInIdsAndTitlesAreEscaped() throws IOException {
    dev.postmortem.model.Postmortem pm = Fixtures.postmortem("PM-1", 7, 125);
    Path file = Fixtures.write(dir, "pm.yaml", dev.postmortem.io.PostmortemWriter
        .create(dev.postmortem.io.Format.YAML).toString(pm)
        .replace("title: Checkout errors after connection-pool change",
            "title: \"\\e]52;c;SGk=\\a\\e[2JCheckout errors after connection-pool change\""));
    Cli.Result r = Cli.run("metrics", "--as-of", "2026-03-25", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u0007")
        .contains("PM-1 — \\e]52;c;SGk=\\u0007\\e[2JCheckout errors");
  }

  @Test
  void oneFileShowsEachMetricWithItsDefinition() throws IOException {
    Path file = Fixtures.writeYaml(dir, "pm.yaml", Fixtures.postmortem("PM-1", 7, 125));
    Cli.Result r = Cli.run("metrics", "--as-of", "2026-03-25", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(file + ": PM-1 — Checkout errors after connection-pool change");
    assertThat(r.out()).containsPattern("Time to detect +7 min +started → detected");
    assertThat(r.out()).containsPattern("Impact duration +2 h 5 min +started → resolved");
    assertThat(r.out()).containsPattern("Time to draft +- +resolved → drafted \\(not recorded\\)");
    assertThat(r.out()).contains("2 (1 open, 0 in progress, 1 done, 0 verified, 0 won't do);"
        + " 0 overdue on 2026-03-25; 50% complete");
    assertThat(r.out()).doesNotContain("Across");
  }

  @Test
  void severalFilesGetCountMedianAndP90() throws IOException {
    Fixtures.writeYaml(dir, "a.yaml", Fixtures.postmortem("PM-1", 5, 60));
    Fixtures.writeYaml(dir, "b.yaml", Fixtures.postmortem("PM-2", 10, 60));
    Fixtures.writeJson(dir, "c.json", Fixtures.postmortem("PM-3", 30, 60));
    Cli.Result r = Cli.run("metrics", "--format", "json", "--as-of", "2026-04-02", dir.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("postmortems")).hasSize(3);
    assertThat(root.at("/postmortems/0/metrics/time-to-detect/seconds").asLong()).isEqualTo(300);
    assertThat(root.at("/postmortems/0/metrics/time-to-draft").isNull()).isTrue();
    assertThat(root.at("/postmortems/0/actionItems/overdue").asInt()).isEqualTo(1);
    JsonNode ttd = root.at("/summary/metrics/time-to-detect");
    assertThat(ttd.get("count").asInt()).isEqualTo(3);
    assertThat(ttd.at("/median/iso").asText()).isEqualTo("PT10M");
    // 10m + 0.8 * (30m - 10m) = 26m
    assertThat(ttd.at("/p90/iso").asText()).isEqualTo("PT26M");
    assertThat(root.at("/summary/metrics/time-to-publish/count").asInt()).isZero();
    assertThat(root.at("/summary/metrics/time-to-publish/median").isNull()).isTrue();

    Cli.Result text = Cli.run("metrics", dir.toString());
    assertThat(text.out()).contains("Across 3 post-mortems:")
        .containsPattern("Time to detect +3 +10 min +26 min +5 min +30 min");
  }

  @Test
  void anUnreadableFileIsReportedAndTheOthersStillMeasured() throws IOException {
    Fixtures.writeYaml(dir, "a.yaml", Fixtures.postmortem("PM-1", 5, 60));
    Path bad = Fixtures.write(dir, "b.yaml", "id: PM-2\n");
    Cli.Result r = Cli.run("metrics", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("PM-1");
    assertThat(r.err()).startsWith("postmortem: error: " + bad).doesNotContain("\tat ");
  }
}

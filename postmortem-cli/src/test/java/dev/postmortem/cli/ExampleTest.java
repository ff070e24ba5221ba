package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the complete example and on generated post-mortems with hostile strings. */
class ExampleTest {
  @TempDir Path dir;

  @Test
  void theExampleIsReadableAndMeasured() throws IOException {
    Path file = Fixtures.write(dir, "example.yaml", ExamplePostmortem.yaml());
    Cli.Result v = Cli.run("validate", file.toString());
    assertThat(v.exitCode()).as(v.toString()).isNotEqualTo(2);
    assertThat(v.out()).doesNotContain("unreadable-input");
    Cli.Result m = Cli.run("metrics", "--as-of", "2026-11-01", file.toString());
    assertThat(m.exitCode()).as(m.toString()).isZero();
    assertThat(m.out()).containsPattern("Time to detect +7 min +started").containsPattern("Time to resolve +1 h 19 min +detected");
  }

  @RepeatedTest(5)
  void convertKeepsEveryGeneratedPostmortem(RepetitionInfo info) throws IOException {
    long seed = 0xC11L * info.getCurrentRepetition();
    Postmortem pm = PostmortemGenerator.seeded(seed).hostileStrings(true).timelineEvents(20).next();
    Path file = Fixtures.writeYaml(dir, "pm.yaml", pm);
    Cli.Result r = Cli.run("convert", file.toString(), "--to", "json");
    assertThat(r.exitCode()).as("seed %d: %s", seed, r).isZero();
    assertThat(r.out()).as("seed %d", seed).isEqualTo(PostmortemWriter.create(Format.JSON).toString(pm));
  }
}

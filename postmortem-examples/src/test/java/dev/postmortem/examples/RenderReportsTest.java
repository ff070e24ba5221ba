package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderReportsTest {
  @Test
  void writesNineReportsAndPrintsTheFindings(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    List<Path> files = RenderReports.run(ExamplePostmortem.create(), dir, clock,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(files).hasSize(9);
    for (Path f : files) {
      assertThat(Files.size(f)).as("%s", f).isGreaterThan(1000);
    }
    assertThat(Files.readString(dir.resolve("PM-2026-014-internal.md"))).contains("## Timeline");
    assertThat(Files.readAllBytes(dir.resolve("PM-2026-014-executive.pdf"))).startsWith('%', 'P', 'D', 'F');
    assertThat(out).startsWith("# Validation findings of PM-2026-014").contains("# Reports written to");
  }
}

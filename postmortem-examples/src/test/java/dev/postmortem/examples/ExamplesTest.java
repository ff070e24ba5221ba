package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  @Test
  void quickStartPrintsYamlAndMetrics() {
    String out = QuickStart.run();
    assertThat(out).startsWith("schemaVersion: 1\nid: PM-2026-007\n");
    assertThat(out).contains("severity: sev2");
    assertThat(out).endsWith("time to detect: PT12M, overdue action items: 1\n");
  }

  @Test
  void mainJobPrintsTheExampleAndItsMetrics() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Main.run(ExamplePostmortem.create(), LocalDate.parse("2026-11-24"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith(ExamplePostmortem.yaml());
    assertThat(out).contains("Time to detect       7 min        (started → detected)");
    assertThat(out).contains("Impact duration      1 h 26 min   (started → resolved)");
    assertThat(out).contains("Time to publish      5 d 23 h     (resolved → published)");
    assertThat(out).contains("6 total, 3 finished, 2 open or in progress, 1 won't do, 0 overdue");
    assertThat(out).contains("Completion           60%");
  }
}

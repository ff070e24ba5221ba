package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationExampleTest {
  @Test
  void validatesAFileUnderAPolicyWithARuleOfYourOwn(@TempDir Path dir) throws IOException {
    Path incident = Files.writeString(dir.resolve("incident.yaml"), ExamplePostmortem.yaml());
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "timelineGap: PT5M\ndenyTerms: [heroics]\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean failed = ValidationExample.run(incident, policy, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // AI-4 and AI-6 of the example have no ticket; the finding carries the file and line.
    assertThat(out).contains(
        "WARNING acme-ticket-linked /actionItems/3: link the tracking ticket (" + incident + ":347:5)\n",
        "WARNING acme-ticket-linked /actionItems/5: link the tracking ticket (" + incident + ":368:5)\n");
    assertThat(out).doesNotContain("acme-ticket-linked /actionItems/0");
    // The policy's 5-minute gap threshold applies, and the override lowers those findings to info.
    assertThat(out).contains("INFO timeline-gap ").doesNotContain("WARNING timeline-gap ");
    // Strict-only rules run.
    assertThat(out).contains("why-step-evidence");
    assertThat(failed).isEqualTo(out.lines().anyMatch(l -> l.startsWith("ERROR ")));
  }
}

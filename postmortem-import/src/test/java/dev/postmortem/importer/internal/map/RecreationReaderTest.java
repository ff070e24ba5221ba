package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Recreation;
import dev.postmortem.model.RecreationOutcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Family: an incident recreation as labelled facts, a reason, Steps and Observations. */
class RecreationReaderTest {
  private static ImportResult read(String md) {
    return PostmortemImporter.create().importMarkdown(md, "recreation.md");
  }

  @Test
  void readsFactsStepsAndObservations() {
    Recreation r = read("""
        # Queue backlog

        ## Incident recreation

        - **Outcome:** Partially reproduced
        - **Environment:** Load-test cluster
        - **Performed on:** 2 Feb 2026
        - **Fixes verified:** AI-2, AI-3

        ### Steps

        1. Start the consumer with one worker.
        2. Publish 10,000 messages.

        ### Observations

        - The backlog grew linearly.
        """).postmortem().recreation().orElseThrow();
    assertThat(r.outcome()).isEqualTo(RecreationOutcome.PARTIALLY_REPRODUCED);
    assertThat(r.environment()).contains("Load-test cluster");
    assertThat(r.performedOn()).contains(LocalDate.of(2026, 2, 2));
    assertThat(r.fixesVerified()).containsExactly("AI-2", "AI-3");
    assertThat(r.steps()).containsExactly("Start the consumer with one worker.", "Publish 10,000 messages.");
    assertThat(r.observations()).containsExactly("The backlog grew linearly.");
  }

  @Test
  void aReasonAloneMeansNotAttempted() {
    Recreation r = read("""
        # Queue backlog

        ## Reproduction

        The failure depends on a vendor outage we cannot stage.
        """).postmortem().recreation().orElseThrow();
    assertThat(r.outcome()).isEqualTo(RecreationOutcome.NOT_ATTEMPTED);
    assertThat(r.reason()).contains("The failure depends on a vendor outage we cannot stage.");
  }

  @Test
  void withoutAnOutcomeTheSectionIsKeptAndSaidSo() {
    ImportResult r = read("""
        # Queue backlog

        ## Recreation

        - **Environment:** staging
        """);
    assertThat(r.postmortem().recreation()).isEmpty();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("states no outcome"));
  }
}

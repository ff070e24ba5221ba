package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Word documents go through the same intermediate structure and mapping as Markdown. */
class DocxImportTest {
  private static final String MARKDOWN = """
      # Disk full on the primary database

      **Severity:** SEV2

      ## Summary

      The primary database ran out of disk.

      ## Timeline

      All times in UTC.

      | Time | Event |
      | --- | --- |
      | 2026-02-03 18:53 | First report of slow responses |
      | 2026-02-03 19:02 | Root filesystem found full |

      ## Root causes

      1. WAL archive was never pruned
      2. No disk alert on database nodes

      ## Action items

      - Schedule archive cleanup @malte due 2026-03-01
      - [x] Add a disk alert at 90% @dma

      ## Five whys

      1. Why did writes fail? The disk was full.
      2. Why was it full? The archive grew unbounded.

      ## Thanks

      Thanks to everyone on standby.
      """;

  private static byte[] word() {
    return new Docs.Word()
        .heading(1, "Disk full on the primary database")
        .boldLead("Severity:", " SEV2")
        .heading(2, "Summary")
        .para("The primary database ran out of disk.")
        .heading(2, "Timeline")
        .para("All times in UTC.")
        .table(new String[] {"Time", "Event"},
            new String[] {"2026-02-03 18:53", "First report of slow responses"},
            new String[] {"2026-02-03 19:02", "Root filesystem found full"})
        .heading(2, "Root causes")
        .numbered("WAL archive was never pruned")
        .numbered("No disk alert on database nodes")
        .heading(2, "Action items")
        .bullet("Schedule archive cleanup @malte due 2026-03-01")
        .bullet("☑ Add a disk alert at 90% @dma")
        .heading(2, "Five whys")
        .numbered("Why did writes fail? The disk was full.")
        .numbered("Why was it full? The archive grew unbounded.")
        .heading(2, "Thanks")
        .para("Thanks to everyone on standby.")
        .bytes();
  }

  @Test
  void wordAndMarkdownImportToTheSameModel() {
    ImportResult fromWord = PostmortemImporter.create().importDocx(new ByteArrayInputStream(word()), "disk.docx");
    ImportResult fromMd = PostmortemImporter.create().importMarkdown(MARKDOWN, "disk.md");
    Postmortem w = fromWord.postmortem();
    assertThat(w.title()).isEqualTo("Disk full on the primary database");
    assertThat(w.timeline()).hasSize(2);
    assertThat(w.timeline().get(1).at()).contains(OffsetDateTime.parse("2026-02-03T19:02Z"));
    assertThat(w.causes()).hasSize(2);
    assertThat(w.actionItems()).hasSize(2);
    assertThat(w.actionItems().get(1).status()).isEqualTo(ActionStatus.DONE);
    assertThat(w.actionItems().get(0).owner()).contains("@malte");
    assertThat(w.fiveWhys().get(0).steps()).hasSize(2);
    assertThat(w.additionalSections()).singleElement()
        .satisfies(s -> assertThat(s.markdown()).isEqualTo("Thanks to everyone on standby."));
    // one mapping for both formats: the same model, ids derived from the same file stem
    assertThat(w).isEqualTo(fromMd.postmortem());
    // positions in Word documents are paragraph numbers
    assertThat(fromWord.document().positions().exact("/timeline/0")).isPresent();
    assertThat(fromWord.document().positions().exact("/actionItems/1").orElseThrow().line()).isEqualTo(13);
  }
}

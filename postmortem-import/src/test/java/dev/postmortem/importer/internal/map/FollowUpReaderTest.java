package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.FollowUpReview;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Family: follow-up reviews, one dated sub-section each with attendees, notes and item table. */
class FollowUpReaderTest {
  private static ImportResult read(String md) {
    return PostmortemImporter.create().importMarkdown(md, "followups.md");
  }

  @Test
  void readsOneReviewPerDatedSubSection() {
    ImportResult r = read("""
        # Queue backlog

        ## Follow-up reviews

        ### Review of 9 Feb 2026

        - **Attendees:** Ana, Jun

        Both items on track.

        | Item | Status | Note |
        | --- | --- | --- |
        | `AI-1` | In progress | half done |
        | `AI-2` | Won't do | |

        ### Review on 2026-02-23

        | Item | Status |
        | --- | --- |
        | AI-1 | Verified |
        """);
    assertThat(r.postmortem().followUps()).hasSize(2);
    FollowUpReview f = r.postmortem().followUps().get(0);
    assertThat(f.heldOn()).isEqualTo(LocalDate.of(2026, 2, 9));
    assertThat(f.attendees()).containsExactly("Ana", "Jun");
    assertThat(f.notes()).contains("Both items on track.");
    assertThat(f.items()).extracting(i -> i.item() + "=" + i.status() + "=" + i.note().orElse(""))
        .containsExactly("AI-1=" + ActionStatus.IN_PROGRESS + "=half done", "AI-2=" + ActionStatus.WONT_DO + "=");
    assertThat(r.postmortem().followUps().get(1).heldOn()).isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void aReviewWithoutADateIsKeptAndSaidSo() {
    ImportResult r = read("""
        # Queue backlog

        ## Follow-up reviews

        ### The next one

        Soon.
        """);
    assertThat(r.postmortem().followUps()).isEmpty();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("has no date in its title"));
  }
}

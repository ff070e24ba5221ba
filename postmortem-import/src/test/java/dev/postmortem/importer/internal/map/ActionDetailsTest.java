package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Family: labelled lines under an action item's details (completed on, verification parts). */
class ActionDetailsTest {
  private static Postmortem read(String md) {
    return PostmortemImporter.create().importMarkdown(md, "details.md").postmortem();
  }

  @Test
  void readsCompletedOnAndEveryPartOfAVerification() {
    Postmortem pm = read("""
        # Queue backlog

        ## Action items

        | ID | Action | Owner | Status |
        | --- | --- | --- | --- |
        | `AI-1` | Alert on backlog age | Ana | Verified |

        ### Details and verification

        - `AI-1` Done when the alert pages.\\
          **Completed on:** 3 Feb 2026\\
          **Verification:** SLO\\
          **SLO:** queue-age\\
          **Check:** Fewer violations. Result: not a label here\\
          **Before:** 5 violations, 99.1 %, 1 Jan 2026, 00:00 – 29 Jan 2026, 00:00\\
          **After:** 1 violation, 1 Feb 2026, 00:00 – 1 Mar 2026, 00:00 (improved)\\
          **Result:** Down to one.\\
          **Verified on:** 2 Mar 2026
        """);
    ActionItem a = pm.actionItems().get(0);
    assertThat(a.description()).contains("Done when the alert pages.");
    assertThat(a.completedOn()).contains(LocalDate.of(2026, 2, 3));
    Verification v = a.verification().orElseThrow();
    assertThat(v.method()).isEqualTo(VerificationMethod.SLO);
    assertThat(v.slo()).contains("queue-age");
    assertThat(v.description()).contains("Fewer violations. Result: not a label here");
    assertThat(v.before().get().violations()).isEqualTo(5);
    assertThat(v.after().get().violations()).isEqualTo(1);
    assertThat(v.result()).contains("Down to one.");
    assertThat(v.verifiedOn()).contains(LocalDate.of(2026, 3, 2));
  }

  @Test
  void withoutAMethodLineTheLabelsStayInTheDescription() {
    Postmortem pm = read("""
        # Queue backlog

        ## Action items

        | ID | Action |
        | --- | --- |
        | `AI-1` | Alert on backlog age |

        ### Details

        - `AI-1` Watch it.\\
          **Result:** unknown yet
        """);
    ActionItem a = pm.actionItems().get(0);
    assertThat(a.verification()).isEmpty();
    assertThat(a.description().orElseThrow()).contains("Watch it.").contains("unknown yet");
  }
}

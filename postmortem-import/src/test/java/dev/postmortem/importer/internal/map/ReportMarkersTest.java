package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Postmortem;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Family: what the reports mark: "(internal)" items, front matter fields, SLOs by name. */
class ReportMarkersTest {
  private static Postmortem read(String md) {
    return PostmortemImporter.create().importMarkdown(md, "marked.md").postmortem();
  }

  @Test
  void internalMarkersSetTheFlagAndLeaveTheText() {
    Postmortem pm = read("""
        ---
        drafted: 2026-02-01T10:00:00Z
        published: 2026-02-03T09:30:00Z
        internalFields:
          - "/detection"
        ---

        # Queue backlog

        ## Impact

        - **SLOs breached:** Queue age

        | Measure | Value |
        | --- | --- |
        | cost *(internal)* | 1,200 EUR |

        ## Action items

        | ID | Action | Status |
        | --- | --- | --- |
        | `AI-1` | Tell the vendor *(internal)* | Open |
        | `AI-2` | Alert on age | Open |

        ## Supporting evidence

        | ID | Kind | Evidence |
        | --- | --- | --- |
        | `E1` | Log | [Consumer log](https://logs.example.com/1) *(internal)*<br>File: `evidence/log.txt`<br>Lag grows from 09:00. |

        ## Related links

        - [Runbook](https://wiki.example.com/rb) (Runbook) *(internal)*

        ## Service level objectives

        | ID | SLO | Objective |
        | --- | --- | --- |
        | `queue-age` | **Queue age** | 99 % over 28 days |
        """);
    assertThat(pm.impact().get().quantities().get(0).metric()).isEqualTo("cost");
    assertThat(pm.impact().get().quantities().get(0).internal()).isTrue();
    assertThat(pm.impact().get().slosBreached()).containsExactly("queue-age");
    assertThat(pm.actionItems()).extracting(a -> a.title() + "/" + a.internal())
        .containsExactly("Tell the vendor/true", "Alert on age/false");
    assertThat(pm.evidence().get(0).title()).isEqualTo("Consumer log");
    assertThat(pm.evidence().get(0).internal()).isTrue();
    assertThat(pm.evidence().get(0).file()).contains("evidence/log.txt");
    assertThat(pm.evidence().get(0).description()).contains("Lag grows from 09:00.");
    assertThat(pm.links().get(0).title()).contains("Runbook");
    assertThat(pm.links().get(0).kind()).contains("runbook");
    assertThat(pm.links().get(0).internal()).isTrue();
    assertThat(pm.internalFields()).containsExactly("/detection");
    assertThat(pm.lifecycle().drafted()).contains(OffsetDateTime.parse("2026-02-01T10:00:00Z"));
    assertThat(pm.lifecycle().published()).contains(OffsetDateTime.parse("2026-02-03T09:30:00Z"));
    assertThat(pm.extensions()).doesNotContainKeys("frontMatter/internalFields", "frontMatter/drafted");
  }
}

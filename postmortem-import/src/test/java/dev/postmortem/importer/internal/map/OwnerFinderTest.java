package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes in which an action item names its owner, and the look-alikes that name nobody. */
class OwnerFinderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Rotate the keys (owner: kim)                      | kim               | Rotate the keys
      Rotate the keys (DRI: kim)                        | kim               | Rotate the keys
      Review the load. Responsible: Kim Lee             | Kim Lee           | Review the load.
      Split the queue. Owner - Kim                      | Kim               | Split the queue.
      Backfill the rows — assigned: kim                 | kim               | Backfill the rows —
      Backfill the rows, assigned to kim                | kim               | Backfill the rows
      Document the rollback — owned by the platform team | the platform team | Document the rollback
      Pin the versions. OWNER: kim@                     | kim               | Pin the versions.
      Kim to add a disk alert                           | Kim               | Add a disk alert
      Kim Lee to investigate the retries                | Kim Lee           | Investigate the retries
      SRE to write the runbook                          | SRE               | Write the runbook
      @kim to add a disk alert                          | @kim              | to add a disk alert
      Fix the flaky test (@kim)                         | @kim              | Fix the flaky test ( )
      Add a runbook (Kim, due 2026-05-03)               | Kim               | Add a runbook (due 2026-05-03)
      Add a runbook (kim; done)                         | kim               | Add a runbook (done)
      Tune the pool size → Kim                          | Kim               | Tune the pool size
      Tune the pool size -> @kim                        | @kim              | Tune the pool size
      Kim Lee will write the runbook                    | Kim Lee           | Write the runbook
      SRE is going to review the paging policy          | SRE               | Review the paging policy
      Monitoring will alert on lag                      | -                 | -
      Kim will write the runbook                        | -                 | -
      Migrate to use the new pool                       | -                 | -
      Move to weekly releases                           | -                 | -
      Switch to the new resolver                        | -                 | -
      We to add alerts                                  | -                 | -
      Explain who can deploy and when                   | -                 | -
      Add retries (Kubernetes)                          | -                 | -
      Upgrade to Postgres 16                            | -                 | -
      """)
  void findsTheOwnerWhereTheShapeSaysSo(String text, String owner, String rest) {
    OwnerFinder.Found f = OwnerFinder.inFacts(text);
    f = f != null ? f : OwnerFinder.find(text, name -> false);
    if (owner == null) {
      assertThat(f).isNull();
    } else {
      assertThat(f).isNotNull();
      assertThat(f.owner()).isEqualTo(owner);
      assertThat(f.rest()).isEqualTo(rest);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Add retries (Kim Lee)  | Kim Lee
      Add retries (Kim Lee). | Kim Lee
      """)
  void aNameAloneInParenthesesCountsWhenTheDocumentNamesThatPerson(String text, String owner) {
    assertThat(OwnerFinder.find(text, "Kim Lee"::equals).owner()).isEqualTo(owner);
    assertThat(OwnerFinder.find(text, name -> false)).isNull();
  }

  @org.junit.jupiter.api.Test
  void oneWordBeforeWillIsAnOwnerOnlyWhenTheDocumentNamesThatPerson() {
    assertThat(OwnerFinder.find("Kim will add retries", "Kim"::equals).owner()).isEqualTo("Kim");
    assertThat(OwnerFinder.find("Kim will add retries", "Kim"::equals).rest()).isEqualTo("Add retries");
    assertThat(OwnerFinder.find("Kim will add retries", name -> false)).isNull();
  }
}

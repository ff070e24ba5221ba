package dev.postmortem.importer.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.internal.classify.EventClassifier.Classification;
import dev.postmortem.importer.internal.classify.EventClassifier.Milestone;
import dev.postmortem.model.EventKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventClassifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Disk usage alert fires on db-3                               | ALERT
      PagerDuty pages the primary on-call                          | ALERT
      Synthetic checks fail in two regions                         | ALERT
      Monitoring system sends its first e-mail                     | ALERT
      Support notices a spike in failed logins                     | DETECTION
      Customers report blank dashboards                            | DETECTION
      First customer complaint arrives                             | DETECTION
      Marta acknowledges the page                                  | ACKNOWLEDGEMENT
      On-call engineer responds in the channel                     | ACKNOWLEDGEMENT
      Incident declared as SEV2                                    | ESCALATION
      Escalated to the storage team                                | ESCALATION
      Kenji pages the database on-call                             | ESCALATION
      Status page updated to investigating                         | STATUS_UPDATE
      Rolled back the config to the previous revision              | MITIGATION
      Traffic failed over to the secondary region                  | MITIGATION
      Hotfix deployed to production                                | MITIGATION
      Error rate drops below 1%                                    | MITIGATION
      Service restored for all tenants                             | RESOLUTION
      Queue is healthy again                                       | RESOLUTION
      Version 4.2.1 rolled out to the fleet                        | DEPLOYMENT
      Config change merged to the gateway repository               | DEPLOYMENT
      Announcement posted to the public forum                      | COMMUNICATION
      Customers notified by e-mail                                 | COMMUNICATION
      Team decides to pause all deploys                            | DECISION
      Certificate expired on the edge proxies                      | TRIGGER
      Investigation narrows the fault to the cache layer           | OBSERVATION
      Logs show connection resets from the broker                  | OBSERVATION
      Restarted the ingestion workers                              | ACTION
      Lunch                                                        | OTHER
      アラートが発報                                                  | ALERT
      障害を検知                                                      | DETECTION
      ロールバックを実施                                               | MITIGATION
      Tjenesten ble rullet tilbake                                 | MITIGATION
      Varsel i Slack om feilende jobber                            | ALERT
      Incidente resolvido                                          | RESOLUTION
      """)
  void kindsByWordFamily(String text, EventKind kind) {
    assertThat(EventClassifier.classify(text).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      OUTAGE BEGINS                                   | STARTED
      <START OF OUTAGE>                               | STARTED
      Impact starts for EU customers                  | STARTED
      Errors begin on the checkout path               | STARTED
      Incident resolved                               | RESOLVED
      <END OF OUTAGE>                                 | RESOLVED
      The incident was considered resolved            | RESOLVED
      All systems back to normal                      | RESOLVED
      Outage mitigated by draining the zone           | MITIGATED
      """)
  void explicitMarkers(String text, Milestone marker) {
    Classification c = EventClassifier.classify(text);
    assertThat(c.marker()).contains(marker);
    assertThat(c.cue()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Backup job finished
      Alice joins the call
      """)
  void noMarkerWithoutOne(String text) {
    assertThat(EventClassifier.classify(text).marker()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Alert fires                 | DETECTED
      Marta acknowledges the page | ACKNOWLEDGED
      Rolled back                 | MITIGATED
      Service restored            | RESOLVED
      """)
  void kindsImplyMilestones(String text, Milestone milestone) {
    assertThat(EventClassifier.classify(text).impliedMilestone()).isEqualTo(Optional.of(milestone));
  }

  @org.junit.jupiter.api.Test
  void typographicApostrophesAndWidthAreNormalised() {
    assertThat(EventClassifier.classify("ＡＬＥＲＴ fired").kind()).isEqualTo(EventKind.ALERT);
    assertThat(EventClassifier.classify(null).kind()).isEqualTo(EventKind.OTHER);
  }
}

package dev.postmortem.importer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.TimelineEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test a source family, each on a synthetic fixture in the family's real format. */
class TimelineSourcesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static Path fixture(String name) {
    try {
      return Path.of(TimelineSourcesTest.class.getResource("/timeline/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static DraftedTimeline draft(String name) {
    return TimelineDrafter.create().zone(BERLIN).year(2026).draft(fixture(name));
  }

  static List<String> texts(DraftedTimeline d) {
    return d.events().stream().map(e -> e.event().description()).toList();
  }

  static OffsetDateTime at(String iso) {
    return OffsetDateTime.parse(iso);
  }

  static void detected(DraftedTimeline d, SourceFormat f) {
    assertThat(d.sources()).singleElement().satisfies(s -> assertThat(s.format()).isEqualTo(f));
    assertThat(d.diagnostics()).noneMatch(x -> x.level() == ImportDiagnostic.Level.WARNING
        && x.message().startsWith("not read"));
  }

  @Test
  void logbackLogKeepsWarningsErrorsAndStateChangesAndCollapsesRepeats() {
    DraftedTimeline d = draft("checkout-service.log");
    detected(d, SourceFormat.LOG);
    assertThat(texts(d)).containsExactly(
        "Reloading configuration from config-service",
        "Configuration applied: db.pool.maxSize=5",
        "WARN: Connection pool wait time 2140 ms exceeds 2000 ms (2 times in 7 min 25 s)",
        "ERROR: Timeout waiting for connection from pool after 5000 ms (order 88240) (4 times in 2 min 30 s)",
        "Configuration applied: db.pool.maxSize=50",
        "Connection pool back to normal: 7 of 50 in use");
    DraftedEvent err = d.events().get(3);
    assertThat(err.count()).isEqualTo(4);
    assertThat(err.ref()).isEqualTo("line 6");
    assertThat(err.event().source()).contains("checkout-service.log:6");
    assertThat(err.excerpt()).startsWith("2026-10-14 09:14:09,874 ERROR [http-nio-8080-exec-9]");
    assertThat(err.event().at()).contains(at("2026-10-14T09:14:09.874+02:00"));
    assertThat(d.events().get(5).event().kind()).isEqualTo(EventKind.RESOLUTION);
    assertThat(d.events().get(5).kindInferred()).isTrue();
    assertThat(d.events().get(5).milestone()).contains("resolved");
    assertThat(d.diagnostics()).anyMatch(x -> x.message().contains("without a timestamp"));
  }

  @Test
  void syslogBothRfcs() {
    DraftedTimeline d5424 = draft("syslog-rfc5424.log");
    detected(d5424, SourceFormat.LOG);
    assertThat(texts(d5424)).containsExactly("WARN: client_login_timeout reached for 14 clients",
        "ERROR: no more connections allowed (max_client_conn)");
    assertThat(d5424.events().get(0).event().actor()).contains("pgbouncer");
    assertThat(d5424.events().get(0).event().at()).contains(at("2026-10-14T09:14:05.112+02:00"));

    DraftedTimeline d3164 = draft("syslog-rfc3164.log");
    detected(d3164, SourceFormat.LOG);
    assertThat(texts(d3164)).containsExactly(
        "ERROR: Server checkout/checkout-2 is DOWN, reason: Layer7 timeout, check duration: 2001ms.",
        "ERROR: backend checkout has no server available!",
        "Server checkout/checkout-2 is UP, reason: Layer7 check passed, check duration: 12ms.");
    assertThat(d3164.events().get(0).event().actor()).contains("haproxy");
    assertThat(d3164.events().get(0).event().at()).contains(at("2026-10-14T09:14:22+02:00"));
  }

  @Test
  void journalctlAndKubectlAndWebServerLogs() {
    DraftedTimeline j = draft("journal-short-iso.log");
    detected(j, SourceFormat.LOG);
    assertThat(texts(j)).containsExactly("Reloading checkout.service - Checkout API...",
        "Reloaded checkout.service - Checkout API.");
    assertThat(j.events().get(0).event().actor()).contains("systemd");

    DraftedTimeline k = draft("kubectl-timestamps.log");
    detected(k, SourceFormat.LOG);
    assertThat(texts(k)).containsExactly("pool resized", "ERROR: payment authorisation failed: upstream returned 503 (order=88240)",
        "Shutting down gracefully, draining 42 connections");
    assertThat(k.events().get(1).event().at()).contains(at("2026-10-14T09:14:09.900+02:00"));

    DraftedTimeline access = draft("nginx-access.log");
    detected(access, SourceFormat.LOG);
    assertThat(texts(access)).containsExactly("ERROR: HTTP 503 for POST /api/checkout (3 times in 7 s)");

    DraftedTimeline nginx = draft("nginx-error.log");
    assertThat(texts(nginx)).hasSize(2);
    assertThat(texts(nginx).get(0)).startsWith("ERROR: upstream timed out (110: Connection timed out) while reading response header");
    assertThat(texts(nginx).get(1)).isEqualTo("signal process started"); // a notice, kept as a change of state

    DraftedTimeline apache = draft("apache-error.log");
    assertThat(texts(apache)).containsExactly(
        "ERROR: AH01102: error reading status line from remote server checkout:8080");
    assertThat(apache.events().get(0).event().actor()).contains("proxy_http");
  }

  @Test
  void jsonLinesWithGuessedAndNamedFields() {
    DraftedTimeline d = draft("app.jsonl");
    detected(d, SourceFormat.JSON_LINES);
    assertThat(texts(d)).containsExactly("pool size changed from 50 to 5",
        "ERROR: Timeout waiting for connection from pool (2 times in 1 s)", "pool size changed from 5 to 50");
    assertThat(d.events().get(1).event().actor()).contains("checkout");
    assertThat(d.diagnostics()).anyMatch(x -> x.line() == 5 && x.message().contains("not a JSON object"));

    DraftedTimeline named = TimelineDrafter.create().zone(BERLIN).timeField("/@timestamp")
        .messageField("service.name").levelField("log.level").minLevel("all").draft(fixture("app.jsonl"));
    assertThat(texts(named)).hasSize(3).allMatch(t -> t.contains("checkout"));
  }

  @Test
  void csvDecidesDayOrMonthFirstFromTheData() {
    DraftedTimeline day = draft("events-day-first.csv");
    detected(day, SourceFormat.CSV);
    assertThat(day.events()).extracting(e -> e.event().at().orElseThrow()).containsExactly(
        at("2026-10-03T11:00+02:00"), at("2026-10-14T09:14+02:00"), at("2026-10-14T09:21+02:00"));
    assertThat(texts(day)).contains("ERROR: Error rate above 5% on /api/checkout");
    assertThat(day.diagnostics()).anyMatch(x -> x.message().contains("day-first"));

    DraftedTimeline month = draft("events-month-first.csv");
    assertThat(month.events()).extracting(e -> e.event().at().orElseThrow()).containsExactly(
        at("2026-10-03T13:00+02:00"), at("2026-10-14T09:24+02:00"), at("2026-10-14T09:31+02:00"));
    assertThat(month.events().get(2).event().description()).isEqualTo("Status page updated: \"Some payments are failing\"");
    assertThat(month.events().get(2).event().kind()).isEqualTo(EventKind.STATUS_UPDATE);
    assertThat(month.events().get(1).event().actor()).contains("sre-oncall");

    DraftedTimeline bare = draft("events-no-header.csv");
    detected(bare, SourceFormat.CSV);
    assertThat(texts(bare)).containsExactly("Configuration rolled back to db.pool.maxSize=50",
        "Checkout error rate back to baseline");
  }

  @Test
  void slackExportRootResolvesUsersChoosesChannelsAndKeepsThreads() {
    DraftedTimeline all = draft("slack-export");
    detected(all, SourceFormat.SLACK);
    assertThat(texts(all)).contains("Cake in the kitchen on the second floor");
    assertThat(all.diagnostics()).anyMatch(x -> x.message().contains("choose with --channel"));

    DraftedTimeline d = TimelineDrafter.create().zone(BERLIN).channels(List.of("#inc-checkout"))
        .draft(fixture("slack-export"));
    assertThat(texts(d)).containsExactly(
        "Declaring SEV2 for checkout failures, paging @Luis Moreno from the checkout team",
        "(in thread on “Declaring SEV2 for checkout failures, paging @Luis Moreno…”) On it, pool wait time is through the roof",
        "Status page updated: \"Some payments are failing; we are investigating.\" status page (https://status.example.com)",
        "We decided to roll back CHG-4471 rather than raise the pool size by hand",
        "Rollback of checkout-config to v41 finished",
        "Error rates back to baseline, incident mitigated");
    assertThat(d.events().get(0).event().actor()).contains("Dana (IC)");
    assertThat(d.events().get(0).event().at()).contains(at("2026-10-14T09:27+02:00"));
    assertThat(d.events().get(0).event().kind()).isEqualTo(EventKind.ESCALATION);
    assertThat(d.events().get(1).event().kind()).as("a reply is classified by its own words")
        .isNotEqualTo(EventKind.ESCALATION);
    assertThat(d.events().get(0).ref()).isEqualTo("#inc-checkout/1791962820.000200");
    assertThat(d.events().get(2).event().kind()).isEqualTo(EventKind.STATUS_UPDATE);
    assertThat(d.events().get(4).event().actor()).contains("deploybot");
    assertThat(d.evidence()).singleElement().satisfies(e -> assertThat(e.title()).contains("#inc-checkout"));

    DraftedTimeline channelFolder = TimelineDrafter.create().draft(fixture("slack-export/inc-checkout"));
    assertThat(channelFolder.events()).hasSize(6);
    assertThat(channelFolder.events().get(0).event().actor()).contains("Dana (IC)");
  }

  @Test
  void teamsExport() {
    DraftedTimeline d = draft("teams-chat.json");
    detected(d, SourceFormat.TEAMS);
    assertThat(texts(d)).containsExactly(
        "Canary analysis for CHG-4471 passed yesterday & showed no pool errors",
        "(in reply to “Canary analysis for CHG-4471 passed yesterday & showed no…”) Canary ran off-peak, so five connections were enough there");
    assertThat(d.events().get(1).event().actor()).contains("Luis Moreno");
    assertThat(d.events().get(1).ref()).isEqualTo("message 1792042460000");
  }

  @Test
  void chatTranscriptTakesTheDateFromTheFileNameAndCrossesMidnight() {
    DraftedTimeline d = draft("bridge-call-2026-10-14.txt");
    detected(d, SourceFormat.CHAT);
    assertThat(texts(d)).containsExactly("Bridge is open, SEV2 declared",
        "Logs show Timeout waiting for connection from pool on every instance that started right after the 09:02 config deploy",
        "Decision: roll back CHG-4471", "late note before midnight", "replay of queued orders finished");
    assertThat(d.events().get(4).event().at()).contains(at("2026-10-15T00:10+02:00"));
    assertThat(d.events().get(0).event().actor()).contains("Dana");
    // the shared classifier puts the roll-back verb before the decision word
    assertThat(d.events().get(2).event().kind()).isEqualTo(EventKind.MITIGATION);
    assertThat(d.events().get(0).event().kind()).isEqualTo(EventKind.ESCALATION);
  }

  @Test
  void pagerDutyJsonAndCsv() {
    DraftedTimeline d = draft("pagerduty-log-entries.json");
    detected(d, SourceFormat.PAGERDUTY);
    assertThat(d.events()).extracting(e -> e.event().kind()).containsExactly(EventKind.ALERT,
        EventKind.ACKNOWLEDGEMENT, EventKind.ESCALATION, EventKind.MITIGATION, EventKind.RESOLUTION);
    assertThat(texts(d).get(0)).isEqualTo("PagerDuty incident triggered: [#4711] CheckoutErrorRateHigh: error rate 7.2% > 5%");
    assertThat(texts(d).get(3)).isEqualTo("Note: Rolled back CHG-4471; watching error rate");
    assertThat(d.events().get(1).milestone()).contains("acknowledged");
    assertThat(d.events().get(1).kindInferred()).isFalse();
    assertThat(d.events().get(1).ref()).isEqualTo("entry RACK01");
    assertThat(d.diagnostics()).anyMatch(x -> x.message().contains("1 notification"));

    DraftedTimeline csv = draft("pagerduty-log-entries.csv");
    detected(csv, SourceFormat.PAGERDUTY);
    assertThat(csv.events()).extracting(e -> e.event().kind()).containsExactly(EventKind.ALERT,
        EventKind.ACKNOWLEDGEMENT, EventKind.RESOLUTION);
  }

  @Test
  void opsgenieAlertExport() {
    DraftedTimeline d = draft("opsgenie-alerts.json");
    detected(d, SourceFormat.OPSGENIE);
    assertThat(texts(d)).containsExactly("Opsgenie alert #1791 (P2) created: Checkout error rate above 5%",
        "Opsgenie alert #1791 (P2) acknowledged by dana@example.com",
        "Opsgenie alert #1791 (P2) closed by dana@example.com");
    assertThat(d.events().get(1).event().at()).contains(at("2026-10-14T09:24:11+02:00"));
    assertThat(d.events().get(2).event().at()).contains(at("2026-10-14T10:05:30+02:00"));
  }

  @Test
  void alertmanagerPayloadsReadOnceEach() {
    DraftedTimeline d = draft("alertmanager-webhooks.jsonl");
    detected(d, SourceFormat.ALERTMANAGER);
    assertThat(texts(d)).containsExactly(
        "Alert CheckoutErrorRateHigh firing (page): Checkout 5xx ratio above 5% for 5 minutes",
        "Alert CheckoutErrorRateHigh resolved");
    assertThat(d.events().get(0).milestone()).contains("detected");
  }

  @Test
  void gitLogAndGitHub() {
    DraftedTimeline git = draft("git-log.txt");
    detected(git, SourceFormat.GIT_LOG);
    assertThat(texts(git)).containsExactly("Commit 1a2b3c4: config: shrink checkout pool to 5 (CHG-4471)",
        "Commit 9a8b7c6: Merge pull request #812 from config/pool-cleanup",
        "Commit 5f1c2d3: Revert \"config: shrink checkout pool to 5 (CHG-4471)\"");
    assertThat(git.events().get(0).event().kind()).isEqualTo(EventKind.DEPLOYMENT);
    assertThat(git.events().get(2).event().kind()).isEqualTo(EventKind.MITIGATION);
    assertThat(git.events().get(0).event().actor()).contains("Jonas Weber");
    assertThat(git.events().get(1).event().at()).contains(at("2026-10-14T09:01:12+02:00"));

    DraftedTimeline dep = draft("github-deployments.json");
    detected(dep, SourceFormat.GITHUB);
    assertThat(texts(dep)).containsExactly("Deployment of main (9a8b7c6) to production created: Config rollout CHG-4471",
        "Deployment of main (5f1c2d3) to production created: Rollback of CHG-4471");

    DraftedTimeline rel = draft("github-releases.json");
    assertThat(texts(rel)).containsExactly("Release Checkout 2026.10.14 (v2026.10.14) published");
  }

  @Test
  void sinceAndUntilLimitTheEvents() {
    DraftedTimeline d = TimelineDrafter.create().zone(BERLIN)
        .since(at("2026-10-14T09:10+02:00")).until(at("2026-10-14T09:30+02:00"))
        .draft(fixture("checkout-service.log"), fixture("pagerduty-log-entries.json"));
    assertThat(d.events()).allSatisfy(e -> assertThat(e.event().at().orElseThrow())
        .isBetween(at("2026-10-14T09:10+02:00"), at("2026-10-14T09:30+02:00")));
    assertThat(d.events()).hasSize(5);
  }

  @Test
  void everyEventKeepsItsEvidence() {
    DraftedTimeline d = TimelineDrafter.create().zone(BERLIN).draft(fixture("checkout-service.log"),
        fixture("slack-export"), fixture("pagerduty-log-entries.json"), fixture("git-log.txt"));
    Set<String> ids = d.evidence().stream().map(e -> e.id()).collect(Collectors.toSet());
    assertThat(ids).hasSize(4);
    for (DraftedEvent e : d.events()) {
      TimelineEvent ev = e.event();
      assertThat(ev.evidence()).singleElement().isIn(ids);
      assertThat(ev.source()).isPresent();
      assertThat(e.excerpt()).isNotBlank();
      assertThat(e.ref()).isNotBlank();
    }
    assertThat(d.events()).isSortedAccordingTo((a, b) -> a.event().at().get().compareTo(b.event().at().get()));
  }
}

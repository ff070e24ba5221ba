package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Severity;
import dev.postmortem.model.TimelineEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One small synthetic document per family of shapes the Markdown importer reads — timeline entries,
 * dates decided by evidence, event kinds and milestones, action items, 5 Whys, metadata. Each test
 * is named after its family; the documents are written for this test, in the shapes real teams use.
 */
class ImportFamiliesTest {
  private static Postmortem read(String markdown) {
    return PostmortemImporter.create().importMarkdown(markdown, "family.md").postmortem();
  }

  private static ImportResult result(String markdown) {
    return PostmortemImporter.create().importMarkdown(markdown, "family.md");
  }

  private static List<String> times(Postmortem pm) {
    return pm.timeline().stream()
        .map(e -> e.at().map(OffsetDateTime::toString).orElse("text:" + e.timeText().orElse("")))
        .toList();
  }

  @Nested
  class TimelineEntries {
    @Test
    void oneHeadingPerEntryUnderATimeline() {
      Postmortem pm = read("""
          # Queue backlog

          ## Timeline

          ### 2026-05-04 09:12 UTC

          Consumer lag alert fires for the billing queue.

          ### 2026-05-04 09:30 UTC

          Workers restarted with a larger heap.
          """);
      assertThat(times(pm)).containsExactly("2026-05-04T09:12Z", "2026-05-04T09:30Z");
      assertThat(pm.timeline().get(0).description()).isEqualTo("Consumer lag alert fires for the billing queue.");
    }

    @Test
    void untimedBulletsAfterATimedParagraphAreItsDetails() {
      Postmortem pm = read("""
          # Leaky API

          ## Timeline

          All times are UTC.

          **March 3, 2026**

          10:00 - Planning meeting. Tickets were filed for what remains. Specifically:

          - [OPS-2437](https://tracker.example/OPS-2437): turn off introspection
          - [OPS-2445](https://tracker.example/OPS-2445): wrap the remaining resolvers

          12:33 - Patch submitted.
          """);
      assertThat(times(pm)).containsExactly("2026-03-03T10:00Z", "2026-03-03T12:33Z");
      assertThat(pm.timeline().get(0).description()).contains("OPS-2445");
    }

    @Test
    void aTicketKeyInFrontOfAnItemIsNotATime() {
      Postmortem pm = read("""
          # Leaky API

          ## Timeline

          - 2026-03-03 10:00 UTC Planning meeting
          - OPS-2437: introspection turned off
          """);
      assertThat(pm.timeline()).hasSize(1);
    }

    @Test
    void severalTimelineSectionsAreMergedInTimeOrderWithTheirSource() {
      ImportResult r = result("""
          # Cache stampede

          ## Timeline (UTC)

          - 2026-04-02 10:00 Cache cluster restarted
          - 2026-04-02 10:30 Error rate back to normal

          ## Customer communication timeline (UTC)

          - 2026-04-02 10:05 Status page updated
          - 2026-04-02 10:40 Incident closed on the status page
          """);
      Postmortem pm = r.postmortem();
      assertThat(pm.timeline()).extracting(TimelineEvent::description).containsExactly(
          "Cache cluster restarted", "Status page updated", "Error rate back to normal",
          "Incident closed on the status page");
      assertThat(pm.timeline()).extracting(e -> e.source().orElse("")).containsExactly(
          "Timeline (UTC)", "Customer communication timeline (UTC)", "Timeline (UTC)",
          "Customer communication timeline (UTC)");
      // the source position of an entry follows it to its new place
      assertThat(r.document().positions().exact("/timeline/2")).get().extracting(p -> p.line()).isEqualTo(6);
      assertThat(r.diagnostics()).anyMatch(x -> x.message().contains("merged in time order"));
    }

    @Test
    void oneTimelineSectionIsNeverReordered() {
      Postmortem pm = read("""
          # Replay

          ## Timeline (UTC)

          - 2026-04-02 10:30 Replay finished
          - 2026-04-02 10:00 Replay started
          """);
      assertThat(pm.timeline()).extracting(TimelineEvent::description)
          .containsExactly("Replay finished", "Replay started");
      assertThat(pm.timeline()).allMatch(e -> e.source().isEmpty());
    }

    @Test
    void statusPageUpdatesAsHeadingsOutsideATimelineSection() {
      Postmortem pm = read("""
          2026-02-10
          ==========

          ### Details

          Elevated error rates on the upload API.

          #### 11:28 UTC

          We are investigating reports of failed uploads.

          #### 12:22 UTC

          The issue has been resolved.
          """);
      assertThat(times(pm)).containsExactly("2026-02-10T11:28Z", "2026-02-10T12:22Z");
      assertThat(pm.incident().resolved()).contains(OffsetDateTime.parse("2026-02-10T12:22Z"));
    }

    @Test
    void twelveHourHeadingsWithText() {
      Postmortem pm = read("""
          # Outage on 3 March 2026

          ## Timeline (all times UTC)

          ### 5:00 PM — Deploy of build 418 starts

          ### 5:20 PM — Error rate alert fires
          """);
      assertThat(times(pm)).containsExactly("2026-03-03T17:00Z", "2026-03-03T17:20Z");
      assertThat(pm.timeline().get(1).description()).isEqualTo("Error rate alert fires");
    }

    @Test
    void nestedDayThenTimeBullets() {
      Postmortem pm = read("""
          # Cache stampede

          ## Timeline

          All times UTC.

          - 2026-07-01
            - 22:10 Cache hit ratio drops
            - 23:50 Traffic shifted to the warm region
          - 2026-07-02
            - 00:20 Hit ratio back to normal
          """);
      assertThat(times(pm)).containsExactly("2026-07-01T22:10Z", "2026-07-01T23:50Z", "2026-07-02T00:20Z");
    }

    @Test
    void monthFirstDatesWithAtAndTwelveHourClock() {
      Postmortem pm = read("""
          # Login errors

          ## Timeline

          - 06-30-2026 @ 4:00PM ET: Login error rate rises
          - 06-30-2026 @ 4:45PM ET: Identity provider failover
          """);
      assertThat(times(pm)).containsExactly("2026-06-30T16:00-04:00", "2026-06-30T16:45-04:00");
    }

    @Test
    void dottedDayFirstDatesWithDashBeforeTheTime() {
      Postmortem pm = read("""
          # Batch job stuck

          ## Timeline

          | When | What |
          | --- | --- |
          | 24.05.26 - 07:25 | Nightly batch stops writing |
          | 24.05.26 - 09:00 | Batch restarted by hand |
          """);
      assertThat(pm.timeline()).extracting(e -> e.at().orElseThrow().toLocalDate())
          .containsOnly(LocalDate.of(2026, 5, 24));
      assertThat(pm.timeline()).hasSize(2);
    }

    @Test
    void writtenMonthWithHyphensOnHardBreakLines() {
      Postmortem pm = read("""
          # Certificate expiry

          ## Timeline

          July-12-2026 - Certificate expires on the edge proxies\\
          July-12-2026 - Renewed certificate deployed
          """);
      assertThat(pm.timeline()).hasSize(2);
      assertThat(pm.timeline().get(0).timeText()).isPresent();
      assertThat(pm.timeline().get(0).at().orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 12));
    }

    @Test
    void hhmmRightAfterADate() {
      Postmortem pm = read("""
          # Bridge halted

          ## Timeline (UTC)

          - 2026-02-02 1625: Report received by e-mail
          - 2026-02-02 1650: Huddle begins
          """);
      assertThat(times(pm)).containsExactly("2026-02-02T16:25Z", "2026-02-02T16:50Z");
    }

    @Test
    void norwegianClockWordAndApproximation() {
      Postmortem pm = read("""
          # Søknader feilet

          ## Tidslinje

          - 23.05.2026 kl 07:25 : Første feil i loggen
          - 23.05.2026 ca kl 09:00 - Feilsøking starter
          """);
      assertThat(times(pm)).containsExactly("2026-05-23T07:25Z", "2026-05-23T09:00Z");
      assertThat(pm.timeline().get(1).approximate()).isTrue();
    }

    @Test
    void perDayHeadingsWithProseEntries() {
      Postmortem pm = read("""
          # Plugin build failures

          ## Timeline

          ### 2026-09-01

          A maintainer notices failing builds for web-only plugins.

          ### 2026-09-03

          06:15pm - Hotfix released.

          Users keep reporting the failure after the hotfix.
          """);
      assertThat(pm.timeline()).hasSize(2);
      assertThat(pm.timeline().get(0).timeText()).contains("2026-09-01");
      assertThat(pm.timeline().get(1).at()).contains(OffsetDateTime.parse("2026-09-03T18:15Z"));
      assertThat(pm.timeline().get(1).description()).contains("Hotfix released.").contains("keep reporting");
    }

    @Test
    void responseTimelineHeadingWithTheZoneAtItsEnd() {
      Postmortem pm = read("""
          # Token leak

          ## Response timeline - UTC

          - 2026-04-01 13:35: Report received
          - 2026-04-01 14:15: Token revoked
          """);
      assertThat(times(pm)).containsExactly("2026-04-01T13:35Z", "2026-04-01T14:15Z");
    }

    @Test
    void rangesKeepTheirEnd() {
      Postmortem pm = read("""
          # Maintenance overran

          ## Timeline

          All times UTC, 9 March 2026.

          - 02:00-04:30 Database maintenance window
          """);
      TimelineEvent e = pm.timeline().get(0);
      assertThat(e.at()).contains(OffsetDateTime.parse("2026-03-09T02:00Z"));
      assertThat(e.timeText()).contains("02:00-04:30");
    }
  }

  @Nested
  class DatesByEvidence {
    @Test
    void aDateStatedAboveTheTableBeatsTheDocumentDate() {
      Postmortem pm = read("""
          ---
          date: 2026-10-16
          ---
          # Payment retries

          ## Timeline

          All times UTC, 14 October 2026.

          | Time | Event |
          | --- | --- |
          | 09:14 | Retry storm starts |
          | 10:05 | Rate limit raised |
          """);
      assertThat(times(pm)).containsExactly("2026-10-14T09:14Z", "2026-10-14T10:05Z");
    }

    @Test
    void anAmbiguousNumericDateIsDecidedByTheSameDateWrittenOut() {
      ImportResult r = result("""
          # Incident of 8 January 2026

          ## Timeline

          - 08-01-2026 10:00 UTC: Alert fires
          """);
      assertThat(times(r.postmortem())).containsExactly("2026-01-08T10:00Z");
    }

    @Test
    void aZoneThatContradictsTheDateIsReadAsTheZoneInForce() {
      ImportResult r = result("""
          # Summer outage

          ## Timeline

          - 2026-07-15 10:00 PST: Alert fires
          """);
      assertThat(times(r.postmortem())).containsExactly("2026-07-15T10:00-07:00");
      assertThat(r.diagnostics()).anyMatch(d -> d.message().contains("not the zone in force"));
    }

    @Test
    void aTwentyFourHourTimeWithPmIsReadAsWritten() {
      ImportResult r = result("""
          # Clock

          ## Timeline

          - 2026-07-15 13:00 PM UTC: Alert fires
          """);
      assertThat(times(r.postmortem())).containsExactly("2026-07-15T13:00Z");
      assertThat(r.diagnostics()).anyMatch(d -> d.message().contains("24-hour time with AM/PM"));
    }

    @Test
    void timesWithoutAnyDateStayText() {
      ImportResult r = result("""
          # No dates anywhere

          ## Timeline

          - 14:02 Alert fires
          """);
      assertThat(r.postmortem().timeline().get(0).at()).isEmpty();
      assertThat(r.postmortem().timeline().get(0).timeText()).contains("14:02");
    }
  }

  @Nested
  class KindsAndMilestones {
    @Test
    void eventsGetKindsAndTheMilestonesTheyShow() {
      ImportResult r = result("""
          # Search down

          ## Timeline (UTC)

          - 2026-03-04 14:00 Config change deployed to the search tier
          - 2026-03-04 14:02 Latency alert fires
          - 2026-03-04 14:05 On-call acknowledges the page
          - 2026-03-04 14:20 Rolled back the config
          - 2026-03-04 14:43 Service fully restored
          """);
      Postmortem pm = r.postmortem();
      assertThat(pm.timeline()).extracting(TimelineEvent::kind).containsExactly(EventKind.DEPLOYMENT,
          EventKind.ALERT, EventKind.ACKNOWLEDGEMENT, EventKind.MITIGATION, EventKind.RESOLUTION);
      assertThat(pm.incident().detected()).contains(OffsetDateTime.parse("2026-03-04T14:02Z"));
      assertThat(pm.incident().acknowledged()).contains(OffsetDateTime.parse("2026-03-04T14:05Z"));
      assertThat(pm.incident().mitigated()).contains(OffsetDateTime.parse("2026-03-04T14:20Z"));
      assertThat(pm.incident().resolved()).contains(OffsetDateTime.parse("2026-03-04T14:43Z"));
      assertThat(r.diagnostics()).anyMatch(d -> d.message().startsWith("incident.detected inferred from timeline entry 1"));
    }

    @Test
    void explicitMarkersSetStartAndEnd() {
      Postmortem pm = read("""
          # Gradle breakage

          ## Timeline (UTC)

          - 2026-12-11 18:15 Version 2.3.1 released **<START OF OUTAGE>**
          - 2026-12-12 13:34 No-op folders published **<END OF OUTAGE>**
          """);
      assertThat(pm.incident().started()).contains(OffsetDateTime.parse("2026-12-11T18:15Z"));
      assertThat(pm.incident().resolved()).contains(OffsetDateTime.parse("2026-12-12T13:34Z"));
    }

    @Test
    void statedMilestonesAreNotOverridden() {
      Postmortem pm = read("""
          ---
          detected: 2026-03-04T14:01:00Z
          ---
          # Search down

          ## Timeline (UTC)

          - 2026-03-04 14:02 Latency alert fires
          """);
      assertThat(pm.incident().detected()).contains(OffsetDateTime.parse("2026-03-04T14:01Z"));
    }
  }

  @Nested
  class ActionItems {
    @Test
    void boldLabelGroupsInsideOtherSections() {
      Postmortem pm = read("""
          # Bounty scope

          ## Lessons learned

          ### Reporting channels

          Reports went to a mailbox nobody watched.

          **Actions taken:**

          1. The bounty scope now includes the node software.

          **Actions planned:**

          1. Alert on new critical reports.
          1. Review who can read the security mailbox.

          ### Disclosure

          **Action taken:** The disclosure process is now documented.
          """);
      assertThat(pm.actionItems()).extracting(ActionItem::status).containsExactly(
          ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.DONE);
    }

    @Test
    void wontDoKeepsItsRationaleAndRevisitDate() {
      Postmortem pm = read("""
          # Canary

          ## Action items

          - Add a canary stage — Won’t do — too costly this quarter, revisit 01.06.2027
          """);
      ActionItem a = pm.actionItems().get(0);
      assertThat(a.status()).isEqualTo(ActionStatus.WONT_DO);
      assertThat(a.title()).isEqualTo("Add a canary stage");
      assertThat(a.rationale()).contains("too costly this quarter");
      assertThat(a.revisitOn()).contains(LocalDate.of(2027, 6, 1));
    }

    @Test
    void oneActionPerSubHeadingWhoseBodyIsProse() {
      Postmortem pm = read("""
          # API exposure

          ## Corrective actions

          ### Disable introspection

          Introspection is switched off in production.

          - `QUERY_A`
          - `QUERY_B`

          ### Remove the public user

          The anonymous profile is replaced by signed URLs.
          """);
      assertThat(pm.actionItems()).extracting(ActionItem::title)
          .containsExactly("Disable introspection", "Remove the public user");
      assertThat(pm.actionItems().get(0).description()).get().asString().contains("QUERY_A");
    }

    @Test
    void placeholdersAreNotActionsNorOwners() {
      Postmortem pm = read("""
          # Store launch

          ## Action items

          | Action Item | Owner |
          | --- | --- |
          | Write a release checklist | ??? |
          | ... another item | |
          """);
      assertThat(pm.actionItems()).hasSize(1);
      assertThat(pm.actionItems().get(0).owner()).isEmpty();
    }

    @Test
    void subBulletsAreDetailsNotItems() {
      Postmortem pm = read("""
          # Review

          ## Action items

          - Redesign the review checklist
            - state the risks considered
            - name an adversarial reviewer
          - Build a threat model
          """);
      assertThat(pm.actionItems()).extracting(ActionItem::title)
          .containsExactly("Redesign the review checklist", "Build a threat model");
      assertThat(pm.actionItems().get(0).description()).get().asString().contains("adversarial");
    }

    @Test
    void aSingularLabelWithAnIntroAndAListIsOneItem() {
      Postmortem pm = read("""
          # Pause policy

          ## Lessons learned

          ### Pausing

          Nobody knew when to pause the bridge.

          **Action taken:**

          We have written criteria for pausing the bridge:

          - an attack is under way: pause at once
          - the flaw may be public: pause before anyone asks
          - otherwise: keep it running

          ### Alerts

          **Actions planned:**

          - Alert on withdrawals above the daily limit.
          - Alert on a stalled relayer.
          """);
      assertThat(pm.actionItems()).extracting(ActionItem::title).containsExactly(
          "We have written criteria for pausing the bridge:", "Alert on withdrawals above the daily limit.",
          "Alert on a stalled relayer.");
      assertThat(pm.actionItems().get(0).description()).get().asString().contains("keep it running");
      assertThat(pm.actionItems().get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void aPluralGroupHeadingIsNeverAnItemItself() {
      Postmortem pm = read("""
          # Build break

          ## Action items

          - Pin the plugin versions. OWNER: kim@ (DONE).

          ### Fixes

          {links to the pull requests that fixed it}

          https://example.com/pull/1

          ### Improvements

          The release checklist gains a build of a sample app.
          """);
      assertThat(pm.actionItems()).extracting(ActionItem::title)
          .containsExactly("Pin the plugin versions.");
      ActionItem a = pm.actionItems().get(0);
      assertThat(a.owner()).contains("kim");
      assertThat(a.status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void ownerColumnsUnderAnyCommonName() {
      Postmortem pm = read("""
          # Owners

          ## Action items

          | Action | DRI | When |
          |---|---|---|
          | Add a disk alert | kim | 2026-05-01 |

          | Task | Responsible | ETA |
          |---|---|---|
          | Write the runbook | [@gspen...](https://github.com/gspencer) | 2026-05-02 |

          | Item | Team | Deadline |
          |---|---|---|
          | Add a synthetic check | SRE | 2026-05-03 |
          """);
      assertThat(pm.actionItems()).extracting(a -> a.owner().orElse(""))
          .containsExactly("kim", "@gspencer", "SRE");
      assertThat(pm.actionItems()).allMatch(a -> a.due().isPresent());
    }

    @Test
    void ownersWrittenInTheItemsText() {
      Postmortem pm = read("""
          # Owners

          ## Action items

          - Kim to add a disk alert by 2026-05-01
          - Add a runbook for failover (Lee, due 2026-05-03)
          - Migrate to the new pool
          """);
      assertThat(pm.actionItems()).extracting(a -> a.owner().orElse(""))
          .containsExactly("Kim", "Lee", "");
      assertThat(pm.actionItems()).extracting(ActionItem::title)
          .containsExactly("Add a disk alert", "Add a runbook for failover", "Migrate to the new pool");
    }

    @Test
    void followUpParagraphsAreItems() {
      Postmortem pm = read("""
          # DNS

          ## Follow-up

          Page more people when the monitor fires (done).

          Add a chat channel for urgent escalation (filed).
          """);
      assertThat(pm.actionItems()).hasSize(2);
    }
  }

  @Nested
  class FiveWhys {
    @Test
    void whyBecausePairsInParagraphs() {
      Postmortem pm = read("""
          # Disk full

          ## Five Why's

          The ingest node stopped.

          Why did the node stop?
          Because its disk was full.

          Why was the disk full?
          Because log rotation was disabled.
          """);
      assertThat(pm.fiveWhys()).hasSize(1);
      assertThat(pm.fiveWhys().get(0).problem()).isEqualTo("The ingest node stopped.");
      assertThat(pm.fiveWhys().get(0).steps()).hasSize(2);
      assertThat(pm.fiveWhys().get(0).steps().get(1).answer()).contains("log rotation was disabled.");
    }

    @Test
    void becauseChainUnderARootCauseHeading() {
      Postmortem pm = read("""
          # Exposure

          ## Root cause identification

          - Anonymous users could read private records.
          - Because the permission check accepted any user.
          - Because the anonymous profile counted as a user.
          """);
      assertThat(pm.fiveWhys()).hasSize(1);
      assertThat(pm.fiveWhys().get(0).steps()).hasSize(2);
    }

    @Test
    void aChainHeadingWithoutStepsIsAChainWithoutSteps() {
      Postmortem pm = read("""
          # Export

          ## Five whys

          ### W1: Why did the export stop?
          """);
      assertThat(pm.fiveWhys()).hasSize(1);
      assertThat(pm.fiveWhys().get(0).steps()).isEmpty();
    }
  }

  @Nested
  class Metadata {
    @Test
    void severityWordsOfCommonScales() {
      assertThat(read("---\nseverity: high\n---\n# A\n").severity()).contains(Severity.SEV2);
      assertThat(read("# A\n\nSeverity: Medium\n").severity()).contains(Severity.SEV3);
      assertThat(read("---\nseverity: P0\n---\n# A\n").severity()).contains(Severity.SEV0);
    }

    @Test
    void boldLabelledSeverityInsideASection() {
      Postmortem pm = read("""
          # Failures after patch

          ## Impact

          - **Severity**: SEV-1
          - Requests failed for 1h44m
          """);
      assertThat(pm.severity()).contains(Severity.SEV1);
      assertThat(pm.impact().flatMap(i -> i.description())).get().asString().contains("1h44m");
    }
  }

  @Test
  void noKindIsLeftOtherWhenTheWordsSayIt() {
    Postmortem pm = read("""
        # Kinds

        ## Timeline (UTC)

        - 2026-01-01 10:00 Status page updated
        """);
    assertThat(pm.timeline()).extracting(TimelineEvent::kind).containsExactly(EventKind.STATUS_UPDATE);
    assertThat(pm.timeline().get(0).at()).isEqualTo(Optional.of(OffsetDateTime.parse("2026-01-01T10:00Z")));
  }
}

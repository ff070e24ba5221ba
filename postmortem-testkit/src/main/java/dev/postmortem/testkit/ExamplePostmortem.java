package dev.postmortem.testkit;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Discipline;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Impact;
import dev.postmortem.model.ItemProgress;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Link;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.Recreation;
import dev.postmortem.model.RecreationOutcome;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Slo;
import dev.postmortem.model.SloMeasurement;
import dev.postmortem.model.StartStopContinue;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The example post-mortem: a made-up SEV2 incident in which a deploy shrank a database connection
 * pool and checkout requests failed for 51 minutes. Every concept of the model appears in it at
 * least once. The same post-mortem is shipped as YAML ({@link #yaml()}).
 */
public final class ExamplePostmortem {
  /** The classpath resource of the YAML form. */
  public static final String YAML_RESOURCE = "/dev/postmortem/testkit/example-postmortem.yaml";

  private ExamplePostmortem() {}

  private static OffsetDateTime t(String localTime) {
    return OffsetDateTime.parse("2026-10-14T" + localTime + "+02:00");
  }

  /** The example post-mortem, built with the builder API. */
  public static Postmortem create() {
    return Postmortem.builder()
        .id("PM-2026-014")
        .title("Checkout failures after connection-pool configuration change")
        .status(Status.PUBLISHED)
        .severity(Severity.SEV2)
        .summary(
            "On 14 October 2026 from 09:14 to 10:05 CEST, 23% of checkout requests failed with"
                + " HTTP 503. A configuration change deployed at 09:02 reduced the checkout"
                + " service's database connection pool from 50 to 5 connections per instance."
                + " Under the morning peak the pool was exhausted and requests timed out while"
                + " waiting for a connection. Rolling back the change mitigated the impact after"
                + " 51 minutes; the incident was resolved at 10:40 once queued orders had been"
                + " replayed.")
        .addObjectives(
            "Understand why a configuration change that shrank the connection pool passed review"
                + " and canary analysis.",
            "Decide which safeguards make a pool-size regression visible before it reaches"
                + " customers.")
        .addTags("checkout", "database", "configuration", "connection-pool")
        .addAuthors("Jonas Weber", "Luis Moreno")
        .lifecycle(Lifecycle.builder()
            .created(OffsetDateTime.parse("2026-10-14T14:00:00+02:00"))
            .drafted(OffsetDateTime.parse("2026-10-16T17:30:00+02:00"))
            .reviewed(OffsetDateTime.parse("2026-10-19T15:00:00+02:00"))
            .published(OffsetDateTime.parse("2026-10-20T10:00:00+02:00"))
            .build())
        .incident(Milestones.builder()
            .started(t("09:14:00"))
            .detected(t("09:21:00"))
            .acknowledged(t("09:24:00"))
            .statusPageUpdated(t("09:31:00"))
            .mitigated(t("10:05:00"))
            .resolved(t("10:40:00"))
            .build())
        .impact(Impact.builder()
            .description(
                "Customers in all regions saw \"Payment could not be completed\" for roughly one in"
                    + " four checkout attempts. Browsing and cart operations were unaffected.")
            .addAffectedServices("checkout-service", "order-api")
            .addAffectedUsers("Web and mobile shoppers in all regions")
            .customerFacing(true)
            .addQuantities(
                Quantity.builder().metric("failed checkout requests").value(new BigDecimal("23"))
                    .unit("%").build(),
                Quantity.builder().metric("customers affected").value(new BigDecimal("4100"))
                    .unit("customers").estimated(true).build(),
                Quantity.builder().metric("orders replayed").value(new BigDecimal("312"))
                    .unit("orders").build(),
                Quantity.builder().metric("revenue delayed").value(new BigDecimal("18500"))
                    .unit("EUR").estimated(true).internal(true).build())
            .addSlosBreached("checkout-availability")
            .build())
        .detection(
            "The checkout error-rate alert fired at 09:21, seven minutes after the impact began."
                + " Its 5-minute window and 5% threshold delayed the page; the connection-pool"
                + " saturation metric was collected but not alerted on.")
        .trigger("Deploy of configuration change CHG-4471, which set db.pool.maxSize to 5.")
        .resolution(
            "The on-call engineer rolled the configuration back at 09:58; error rates returned to"
                + " baseline by 10:05. Orders stuck in the payment queue were replayed by 10:40.")
        .addParticipants(
            Participant.builder().name("Dana Okafor").handle("dokafor").email("dana.okafor@example.com")
                .addRoles(Role.INCIDENT_COMMANDER).discipline(Discipline.OPERATIONS).team("SRE").build(),
            Participant.builder().name("Luis Moreno").handle("lmoreno").email("luis.moreno@example.com")
                .addRoles(Role.RESPONDER, Role.AUTHOR).discipline(Discipline.DEVELOPMENT)
                .team("Checkout").build(),
            Participant.builder().name("Mei Tanaka").handle("mtanaka").email("mei.tanaka@example.com")
                .addRoles(Role.SUBJECT_MATTER_EXPERT).discipline(Discipline.TESTING)
                .team("Quality Engineering").build(),
            Participant.builder().name("Priya Raman").handle("praman").email("priya.raman@example.com")
                .addRoles(Role.COMMUNICATIONS_LEAD).discipline(Discipline.SUPPORT)
                .team("Customer Support").build(),
            Participant.builder().name("Jonas Weber").handle("jweber").email("jonas.weber@example.com")
                .addRoles(Role.AUTHOR, Role.FACILITATOR, Role.SCRIBE)
                .discipline(Discipline.OPERATIONS).team("SRE").build())
        .addTimeline(
            TimelineEvent.builder().at(t("09:02:00")).kind(EventKind.DEPLOYMENT)
                .description("Configuration change CHG-4471 deployed to all checkout-service instances.")
                .actor("deploy pipeline").source("Deploy log").addEvidence("E4")
                .knownAtTheTime("The change was described as a clean-up of unused pool settings.")
                .inflectionPoint(true).keyEvent(true).build(),
            TimelineEvent.builder().at(t("09:14:00")).kind(EventKind.OBSERVATION)
                .description("Checkout error rate rises above 5%; pool wait time exceeds 2 s.")
                .source("Checkout dashboard").addEvidence("E2").keyEvent(true)
                .knownAtTheTime("Nobody was looking at the dashboard; no alert covered pool wait time.")
                .inflectionPoint(true).build(),
            TimelineEvent.builder().at(t("09:21:00")).kind(EventKind.ALERT)
                .description("Alert CheckoutErrorRateHigh fires and pages the SRE on-call.")
                .actor("alerting").source("PagerDuty").addEvidence("E3").keyEvent(true).build(),
            TimelineEvent.builder().at(t("09:21:00")).kind(EventKind.DETECTION)
                .description("On-call engineer sees the page and opens the checkout dashboard.")
                .actor("SRE on-call").source("#inc-checkout Slack").build(),
            TimelineEvent.builder().at(t("09:24:00")).kind(EventKind.ACKNOWLEDGEMENT)
                .description("Page acknowledged; incident channel #inc-checkout opened.")
                .actor("SRE on-call").source("PagerDuty").addEvidence("E3").build(),
            TimelineEvent.builder().at(t("09:27:00")).kind(EventKind.ESCALATION)
                .description("Incident declared SEV2; checkout developer on-call paged.")
                .actor("incident commander").source("#inc-checkout Slack").addEvidence("E5").build(),
            TimelineEvent.builder().at(t("09:31:00")).kind(EventKind.STATUS_UPDATE)
                .description("Status page updated: \"Some payments are failing; we are investigating.\"")
                .actor("communications lead").source("Status page").build(),
            TimelineEvent.builder().at(t("09:38:00")).kind(EventKind.OBSERVATION)
                .description("Logs show \"Timeout waiting for connection from pool\" on every instance.")
                .actor("checkout developer").source("Log search").addEvidence("E1")
                .knownAtTheTime("The database itself looked healthy, so the team first suspected"
                    + " the payment provider.")
                .inflectionPoint(true).keyEvent(true).build(),
            TimelineEvent.builder().at(t("09:49:00")).kind(EventKind.DECISION)
                .description("Decision to roll back CHG-4471 rather than scale out the service.")
                .actor("incident commander").source("#inc-checkout Slack").addEvidence("E5")
                .keyEvent(true).build(),
            TimelineEvent.builder().at(t("09:58:00")).kind(EventKind.ACTION)
                .description("Configuration rollback deployed.")
                .actor("SRE on-call").source("Deploy log").addEvidence("E4").build(),
            TimelineEvent.builder().at(t("10:05:00")).kind(EventKind.MITIGATION)
                .description("Error rate back to baseline (below 0.1%).")
                .source("Checkout dashboard").addEvidence("E2").keyEvent(true).build(),
            TimelineEvent.builder().at(t("10:20:00")).approximate(true).kind(EventKind.ACTION)
                .description("Replay of 312 orders stuck in the payment queue started.")
                .actor("checkout developer").source("#inc-checkout Slack").internal(true).build(),
            TimelineEvent.builder().at(t("10:40:00")).kind(EventKind.RESOLUTION)
                .description("All queued orders replayed; incident resolved and status page closed.")
                .actor("incident commander").source("Status page").keyEvent(true).build())
        .addCauses(
            Cause.builder().id("C1").category(CauseCategory.TECHNICAL).trigger(true)
                .description("Configuration change CHG-4471 reduced db.pool.maxSize from 50 to 5.")
                .addLedTo("C2").addEvidence("E4").build(),
            Cause.builder().id("C2").category(CauseCategory.TECHNICAL)
                .description("At peak load each instance needs about 30 concurrent connections;"
                    + " requests queued for a connection and timed out after 2 s.")
                .addLedTo("C5").addEvidence("E1", "E2").build(),
            Cause.builder().id("C3").category(CauseCategory.PROCESS).rootCause(true)
                .description("Configuration changes are reviewed as text diffs with no check of"
                    + " capacity-relevant values against measured peak demand.")
                .addLedTo("C1").build(),
            Cause.builder().id("C4").category(CauseCategory.MONITORING).rootCause(true)
                .description("Canary analysis compares error rates only, and the canary runs at"
                    + " off-peak traffic where 5 connections suffice.")
                .addLedTo("C1").addEvidence("E2").build(),
            Cause.builder().id("C5").category(CauseCategory.MONITORING)
                .description("No alert on connection-pool saturation; the error-rate alert needs"
                    + " 5 minutes above 5% before it pages.")
                .addEvidence("E3").build())
        .addFiveWhys(
            WhyChain.builder().id("W1")
                .problem("Checkout requests failed with HTTP 503 for 51 minutes.")
                .addSteps(
                    WhyStep.builder().question("Why did checkout requests fail?")
                        .answer("Requests timed out waiting for a database connection.")
                        .cause("C2").addEvidence("E1").build(),
                    WhyStep.builder().question("Why were no connections available?")
                        .answer("The pool had been reduced to 5 connections per instance.")
                        .cause("C1").addEvidence("E4").build(),
                    WhyStep.builder().question("Why was the pool reduced?")
                        .answer("A clean-up change removed what looked like an unused override,"
                            + " falling back to a library default of 5.")
                        .addEvidence("E4").build(),
                    WhyStep.builder().question("Why did review not catch the new effective value?")
                        .answer("Reviews see the diff, not the effective configuration, and nothing"
                            + " compares pool sizes with measured peak demand.")
                        .cause("C3").build())
                .rootCause("C3")
                .build(),
            WhyChain.builder().id("W2")
                .problem("The change reached all instances although the canary was healthy.")
                .addSteps(
                    WhyStep.builder().question("Why did the canary pass?")
                        .answer("Its error rate stayed below the threshold.").addEvidence("E2").build(),
                    WhyStep.builder().question("Why did the error rate stay low on the canary?")
                        .answer("The canary ran at 06:00 with 8% of peak traffic, when 5 connections"
                            + " were enough.")
                        .addEvidence("E2").build(),
                    WhyStep.builder().question("Why does the canary run at off-peak traffic?")
                        .answer("The canary stage was designed to limit customer exposure, and its"
                            + " analysis has no load requirement.")
                        .cause("C4").build())
                .rootCause("C4")
                .build())
        .lessonsLearned(Lessons.builder()
            .addWentWell(
                "The rollback took 9 minutes from decision to full deployment.",
                "The status page was updated within 10 minutes of the page.")
            .addWentWrong(
                "The first 17 minutes of investigation focused on the payment provider.",
                "Pool saturation was visible on a dashboard but not alerted on.")
            .addGotLucky("The incident happened before the lunchtime peak, which is three times larger.")
            .addNearMisses("A second configuration change to order-api was queued for 10:00 and"
                + " was paused only because the deploy channel was busy.")
            .build())
        .startStopContinue(StartStopContinue.builder()
            .addStart("Show the effective configuration, not just the diff, in change reviews.")
            .addStop("Running canaries only during off-peak hours.")
            .addKeep("Declaring an incident early and updating the status page within 10 minutes.")
            .build())
        .addActionItems(
            ActionItem.builder().id("AI-1")
                .title("Add an alert on connection-pool wait time above 500 ms for 2 minutes")
                .description("Done when the alert exists in production and fires in the recreation.")
                .type(ActionType.DETECT).priority(Priority.P1).owner("Dana Okafor")
                .due(LocalDate.parse("2026-10-28")).status(ActionStatus.VERIFIED)
                .completedOn(LocalDate.parse("2026-10-23")).ticket("https://tracker.example.com/SRE-1182")
                .addAddresses("C5")
                .verification(Verification.builder().method(VerificationMethod.RECREATION)
                    .description("The alert fires within 3 minutes in the staging recreation.")
                    .result("Fired after 2 min 10 s in the recreation on 2026-10-23.")
                    .verifiedOn(LocalDate.parse("2026-10-23")).build())
                .build(),
            ActionItem.builder().id("AI-2")
                .title("Validate pool sizes against measured peak demand in the config pipeline")
                .description("Done when a change that sets a pool below 1.5x the 30-day peak"
                    + " concurrency fails the pipeline.")
                .type(ActionType.PREVENT).priority(Priority.P1).owner("Luis Moreno")
                .due(LocalDate.parse("2026-11-11")).status(ActionStatus.VERIFIED)
                .completedOn(LocalDate.parse("2026-11-06")).ticket("https://tracker.example.com/CHK-2290")
                .addAddresses("C3", "C1")
                .verification(Verification.builder().method(VerificationMethod.SLO)
                    .slo("checkout-availability")
                    .description("Checkout SLO violations per 28 days drop after the check ships.")
                    .before(SloMeasurement.builder()
                        .start(OffsetDateTime.parse("2026-09-16T00:00:00Z"))
                        .end(OffsetDateTime.parse("2026-10-14T00:00:00Z"))
                        .violations(6).attained(new BigDecimal("99.81")).build())
                    .after(SloMeasurement.builder()
                        .start(OffsetDateTime.parse("2026-10-21T00:00:00Z"))
                        .end(OffsetDateTime.parse("2026-11-18T00:00:00Z"))
                        .violations(1).attained(new BigDecimal("99.97")).build())
                    .result("Violations fell from 6 to 1 over equal 28-day windows.")
                    .verifiedOn(LocalDate.parse("2026-11-18")).build())
                .build(),
            ActionItem.builder().id("AI-3")
                .title("Run canary analysis at peak-equivalent load using replayed traffic")
                .description("Done when every checkout canary runs at >= 80% of peak request rate.")
                .type(ActionType.PREVENT).priority(Priority.P2).owner("Mei Tanaka")
                .due(LocalDate.parse("2026-12-16")).status(ActionStatus.IN_PROGRESS)
                .ticket("https://tracker.example.com/QE-731").addAddresses("C4")
                .verification(Verification.builder().method(VerificationMethod.TEST)
                    .description("A canary with a pool of 5 fails analysis in the pipeline test suite.")
                    .build())
                .build(),
            ActionItem.builder().id("AI-4")
                .title("Lower the checkout error-rate alert window from 5 to 2 minutes")
                .description("Done when the alert rule is deployed and documented in the runbook.")
                .type(ActionType.DETECT).priority(Priority.P2).owner("Dana Okafor")
                .due(LocalDate.parse("2026-11-04")).status(ActionStatus.DONE)
                .completedOn(LocalDate.parse("2026-10-30")).addAddresses("C5").build(),
            ActionItem.builder().id("AI-5")
                .title("Document the payment-queue replay procedure in the checkout runbook")
                .description("Done when the runbook section is reviewed by two on-call engineers.")
                .type(ActionType.DOCUMENT).priority(Priority.P3).owner("Priya Raman")
                .due(LocalDate.parse("2027-01-15")).status(ActionStatus.OPEN)
                .ticket("https://tracker.example.com/SUP-88").internal(true).build(),
            ActionItem.builder().id("AI-6")
                .title("Replace the pool library with a self-sizing implementation")
                .type(ActionType.PREVENT).priority(Priority.P3).owner("Luis Moreno")
                .status(ActionStatus.WONT_DO)
                .rationale("AI-2 removes the failure mode at a fraction of the cost; a library"
                    + " migration would touch 40 services.")
                .revisitOn(LocalDate.parse("2027-04-01")).addAddresses("C2").build())
        .addEvidence(
            Evidence.builder().id("E1").kind(EvidenceKind.LOG)
                .title("Pool timeout errors, 09:10-10:10")
                .link("https://logs.example.com/q/checkout-pool-timeouts")
                .capturedAt(OffsetDateTime.parse("2026-10-14T11:02:00+02:00")).internal(true).build(),
            Evidence.builder().id("E2").kind(EvidenceKind.METRIC)
                .title("Checkout error rate and pool wait time")
                .link("https://grafana.example.com/d/checkout?from=1760425200000")
                .description("Error rate rises at 09:14 and returns to baseline at 10:05.").build(),
            Evidence.builder().id("E3").kind(EvidenceKind.COMMUNICATION)
                .title("PagerDuty incident timeline").link("https://pagerduty.example.com/incidents/P7XK2")
                .build(),
            Evidence.builder().id("E4").kind(EvidenceKind.CODE)
                .title("Configuration change CHG-4471").link("https://git.example.com/config/pull/4471")
                .build(),
            Evidence.builder().id("E5").kind(EvidenceKind.COMMUNICATION)
                .title("#inc-checkout channel export").file("evidence/inc-checkout.json").internal(true)
                .build())
        .recreation(Recreation.builder().outcome(RecreationOutcome.REPRODUCED)
            .environment("Staging cluster with production configuration and replayed peak traffic")
            .addSteps(
                "Deploy checkout-service with db.pool.maxSize=5.",
                "Replay 30 minutes of peak traffic from 2026-10-13.",
                "Observe error rate and pool wait time.")
            .addObservations(
                "Pool wait time exceeded 2 s after 40 s of peak traffic.",
                "Error rate reached 21%, close to production's 23%.")
            .addFixesVerified("AI-1")
            .performedOn(LocalDate.parse("2026-10-23"))
            .build())
        .addFollowUps(
            FollowUpReview.builder().heldOn(LocalDate.parse("2026-10-27"))
                .addAttendees("Dana Okafor", "Luis Moreno", "Mei Tanaka")
                .notes("Alert verified in the recreation; pipeline check in code review.")
                .addItems(
                    ItemProgress.builder().item("AI-1").status(ActionStatus.VERIFIED).build(),
                    ItemProgress.builder().item("AI-2").status(ActionStatus.IN_PROGRESS).build())
                .build(),
            FollowUpReview.builder().heldOn(LocalDate.parse("2026-11-03"))
                .addAttendees("Dana Okafor", "Luis Moreno", "Mei Tanaka", "Priya Raman")
                .addItems(
                    ItemProgress.builder().item("AI-2").status(ActionStatus.DONE)
                        .note("Shipped; waiting for a full SLO window to verify.").build(),
                    ItemProgress.builder().item("AI-4").status(ActionStatus.DONE).build())
                .build())
        .addSlos(Slo.builder().id("checkout-availability").name("Checkout availability")
            .indicator("Share of checkout requests answered without a 5xx within 2 s")
            .objective(new BigDecimal("99.9")).window(Duration.ofDays(28))
            .before(SloMeasurement.builder()
                .start(OffsetDateTime.parse("2026-09-16T00:00:00Z"))
                .end(OffsetDateTime.parse("2026-10-14T00:00:00Z"))
                .violations(6).attained(new BigDecimal("99.81")).build())
            .after(SloMeasurement.builder()
                .start(OffsetDateTime.parse("2026-10-21T00:00:00Z"))
                .end(OffsetDateTime.parse("2026-11-18T00:00:00Z"))
                .violations(1).attained(new BigDecimal("99.97")).build())
            .build())
        .addLinks(
            Link.builder().url("https://status.example.com/incidents/2026-10-14").title("Public status page entry")
                .kind("status-page").build(),
            Link.builder().url("https://wiki.example.com/runbooks/checkout").title("Checkout runbook")
                .kind("runbook").internal(true).build(),
            Link.builder().url("https://tracker.example.com/INC-5521").title("Incident ticket INC-5521")
                .kind("ticket").internal(true).build())
        .addInternalFields("/impact/quantities/3")
        .addAdditionalSections(
            AdditionalSection.of("Customer communication",
                "We sent an apology e-mail to the **4,100** affected customers on 15 October with a"
                    + " 10% voucher.\n\n> Some payments failed on 14 October between 09:14 and 10:05"
                    + " CEST. No card was charged twice."),
            AdditionalSection.builder().title("Cost of the response")
                .markdown("About 14 engineer-hours during the incident and 22 for the review.")
                .internal(true).build())
        .build();
  }

  /** The same post-mortem as YAML in the canonical file format. */
  public static String yaml() {
    try (InputStream in = ExamplePostmortem.class.getResourceAsStream(YAML_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + YAML_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

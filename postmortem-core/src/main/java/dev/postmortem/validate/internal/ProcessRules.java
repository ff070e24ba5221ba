package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Discipline;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.RecreationOutcome;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Process: timeliness, participation, evidence, follow-up and recreation. */
final class ProcessRules {
  private ProcessRules() {}

  static final class Timeliness extends BuiltinRule {
    Timeliness() {
      super("timeliness", Level.WARNING, Profile.STANDARD,
          "The draft and the publication meet the policy's deadlines for the severity",
          "Post-mortems written while memory is fresh are more accurate, and action items only"
              + " start once the review is out. The deadlines are the policy's `draftWithin` and"
              + " `publishWithin`, counted from resolution; \"now\" comes from the validator's clock.",
          "Record `lifecycle.drafted` and `lifecycle.published`; if a deadline passed, publish as"
              + " soon as possible (and say why it took longer if that is useful to know).");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (pm.severity().isEmpty() || pm.incident().resolved().isEmpty()) {
        return;
      }
      Severity sev = pm.severity().get();
      OffsetDateTime resolved = pm.incident().resolved().get();
      OffsetDateTime now = OffsetDateTime.now(ctx.clock());
      Optional<Duration> draft = ctx.policy().draftDeadline(sev);
      if (draft.isPresent()) {
        OffsetDateTime deadline = resolved.plus(draft.get());
        Optional<OffsetDateTime> drafted = pm.lifecycle().drafted();
        if (drafted.isPresent() && drafted.get().isAfter(deadline)) {
          ctx.report("/lifecycle/drafted", "the draft was ready " + Fmt.duration(Duration.between(resolved, drafted.get()))
              + " after resolution; the policy for " + sev.id() + " is " + Fmt.days(draft.get()));
        } else if (drafted.isEmpty() && pm.status() == Status.DRAFT && now.isAfter(deadline)) {
          ctx.report("/lifecycle/drafted", "the draft was due " + deadline.toLocalDate() + " ("
              + Fmt.days(draft.get()) + " after resolution for " + sev.id()
              + ") and is not ready; finish it and record 'lifecycle.drafted'");
        }
      }
      Optional<Duration> publish = ctx.policy().publicationDeadline(sev);
      if (publish.isPresent()) {
        OffsetDateTime deadline = resolved.plus(publish.get());
        Optional<OffsetDateTime> published = pm.lifecycle().published();
        boolean unpublished = pm.status() == Status.DRAFT || pm.status() == Status.IN_REVIEW;
        if (published.isPresent() && published.get().isAfter(deadline)) {
          ctx.report("/lifecycle/published", "the post-mortem was published "
              + Fmt.duration(Duration.between(resolved, published.get())) + " after resolution; the policy for "
              + sev.id() + " is " + Fmt.days(publish.get()));
        } else if (published.isEmpty() && unpublished && now.isAfter(deadline)) {
          ctx.report("/lifecycle/published", "publication was due " + deadline.toLocalDate() + " ("
              + Fmt.days(publish.get()) + " after resolution for " + sev.id()
              + "); finish the review and publish");
        }
      }
    }
  }

  static final Set<Discipline> FUNCTIONS =
      EnumSet.of(Discipline.DEVELOPMENT, Discipline.TESTING, Discipline.OPERATIONS);

  static final class Participation extends BuiltinRule {
    Participation() {
      super("participation", Level.WARNING, Profile.STANDARD,
          "People from several functions among development, testing and operations took part",
          "Developers, testers and operators see an incident differently; a review held by one"
              + " function tends to find causes in the others' work. The minimum is the policy's"
              + " `minFunctions` (2 by default).",
          "Invite people from the missing functions and record them in `participants` with their"
              + " `discipline`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm)) {
        return;
      }
      Set<Discipline> present = EnumSet.noneOf(Discipline.class);
      pm.participants().forEach(p -> p.discipline().filter(FUNCTIONS::contains).ifPresent(present::add));
      int min = ctx.policy().minFunctions();
      if (present.size() < min) {
        Set<Discipline> missing = EnumSet.copyOf(FUNCTIONS);
        missing.removeAll(present);
        List<String> names = new ArrayList<>();
        missing.forEach(d -> names.add(d.id()));
        ctx.report("/participants", "participants come from " + present.size() + " of the functions"
            + " development, testing and operations; the policy asks for " + min + "; invite "
            + String.join(" or ", names) + " and record their 'discipline'");
      }
    }
  }

  static Optional<String> evidenceClass(EvidenceKind k) {
    switch (k) {
      case LOG: return Optional.of("logs");
      case METRIC: case DASHBOARD: return Optional.of("metrics");
      case ERROR_REPORT: case TRACE: return Optional.of("error reports");
      case COMMUNICATION: case TICKET: return Optional.of("communication records");
      default: return Optional.empty();
    }
  }

  static final class EvidenceKinds extends BuiltinRule {
    EvidenceKinds() {
      super("evidence-kinds", Level.WARNING, Profile.STANDARD,
          "The analysis rests on several kinds of evidence",
          "Logs, metrics, error reports and communication records each show a different side of"
              + " an incident; an analysis resting on one kind misses the others. Dashboards count"
              + " as metrics, traces as error reports, tickets as communication records. The minimum"
              + " is the policy's `minEvidenceKinds` (2 by default).",
          "Add the missing kinds to `evidence`: the log query, the graph, the error tracker link,"
              + " the chat transcript.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm)) {
        return;
      }
      Set<String> classes = new TreeSet<>();
      pm.evidence().forEach(e -> evidenceClass(e.kind()).ifPresent(classes::add));
      int min = ctx.policy().minEvidenceKinds();
      if (classes.size() < min) {
        ctx.report("/evidence", "the evidence covers " + classes.size() + " of the kinds logs, metrics,"
            + " error reports and communication records" + (classes.isEmpty() ? "" : " (" + String.join(", ", classes) + ")")
            + "; the policy asks for " + min + "; add the missing kinds");
      }
    }
  }

  static final class FollowUpCadence extends BuiltinRule {
    FollowUpCadence() {
      super("follow-up-cadence", Level.WARNING, Profile.STANDARD,
          "Follow-up reviews are held at the policy's cadence while action items are open",
          "Action items slip when nobody looks at them. From publication until every item is"
              + " finished, reviews are due at the policy's `reviewEvery` for the severity (weekly"
              + " for SEV0–SEV1, monthly below by default). Each missed review is reported.",
          "Hold the review and record it in `followUps` with the status of each item.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (pm.severity().isEmpty() || pm.lifecycle().published().isEmpty() || pm.actionItems().isEmpty()) {
        return;
      }
      Optional<Duration> cadence = ctx.policy().reviewCadence(pm.severity().get());
      if (cadence.isEmpty()) {
        return;
      }
      long every = Math.max(1, cadence.get().toDays());
      LocalDate start = pm.lifecycle().published().get().toLocalDate();
      boolean allFinished = pm.actionItems().stream().allMatch(a -> !ActionRules.open(a));
      LocalDate end = pm.lifecycle().closed().map(OffsetDateTime::toLocalDate)
          .orElse(allFinished ? lastCompletion(pm, start) : ctx.today());
      List<int[]> order = new ArrayList<>();
      List<FollowUpReview> reviews = pm.followUps();
      for (int i = 0; i < reviews.size(); i++) {
        order.add(new int[] {i});
      }
      order.sort(Comparator.comparing((int[] a) -> reviews.get(a[0]).heldOn()).thenComparingInt(a -> a[0]));
      LocalDate previous = start;
      String previousName = "publication";
      for (int[] idx : order) {
        LocalDate held = reviews.get(idx[0]).heldOn();
        if (held.isBefore(start) || held.isAfter(end)) {
          continue;
        }
        long gap = ChronoUnit.DAYS.between(previous, held);
        if (gap > every) {
          ctx.report(Ptr.of("followUps", idx[0]), missed(gap, every, previousName, previous, held, pm));
        }
        previous = held;
        previousName = "the review of";
      }
      long tail = ChronoUnit.DAYS.between(previous, end);
      if (tail > every) {
        ctx.report("/followUps", missed(tail, every, previousName, previous, end, pm)
            + (end.equals(ctx.today()) ? " (until today)" : ""));
      }
    }

    private static String missed(long gap, long every, String from, LocalDate a, LocalDate b, Postmortem pm) {
      long n = gap / every - (gap % every == 0 ? 1 : 0);
      return English.count(n, "follow-up review") + " missed between " + from + " " + a
          + " and " + b + "; " + pm.severity().get().id() + " items are reviewed every "
          + (every == 1 ? "day" : every + " days") + "; hold the review and record it in 'followUps'";
    }

    private static LocalDate lastCompletion(Postmortem pm, LocalDate start) {
      LocalDate last = start;
      for (ActionItem a : pm.actionItems()) {
        LocalDate d = a.completedOn().orElse(a.verification().flatMap(v -> v.verifiedOn()).orElse(start));
        if (d.isAfter(last)) {
          last = d;
        }
      }
      return last;
    }
  }

  static final class RecreationRecorded extends BuiltinRule {
    RecreationRecorded() {
      super("recreation-recorded", Level.WARNING, Profile.STRICT,
          "Post-mortems of the top severities record an incident recreation or why none was made (strict)",
          "Reproducing the failure in a sandbox that mirrors production confirms the causal story"
              + " and lets the fixes be verified before the next real incident. The severities are"
              + " the policy's `recreationRequired` (SEV0–SEV1 by default).",
          "Record the `recreation` (environment, steps, outcome, observations), or set its outcome"
              + " to `not-attempted` with a `reason`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm) || pm.severity().isEmpty() || !ctx.policy().recreationRequired().contains(pm.severity().get())) {
        return;
      }
      if (pm.recreation().isEmpty()) {
        ctx.report("/recreation", English.withArticle(pm.severity().get().id() + " post-mortem records an incident recreation;")
            + " add one, or say why none was attempted");
      } else if (pm.recreation().get().outcome() == RecreationOutcome.NOT_ATTEMPTED
          && blank(pm.recreation().get().reason())) {
        ctx.report("/recreation/reason", "no recreation was attempted and no reason is given; say why");
      }
    }
  }
}

package dev.postmortem.validate.internal;

import dev.postmortem.validate.Rule;
import java.util.List;
import java.util.regex.Pattern;

/** The built-in rule catalog, in documentation order. */
public final class BuiltinRules {
  private BuiltinRules() {}

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private static final List<BuiltinRule> ALL = List.of(
      new CompletenessRules.RequiredSections(),
      new CompletenessRules.ObjectivesStated(),
      new ConsistencyRules.PlaceholderText(),
      new TimeRules.MilestonesOrder(),
      new TimeRules.TimelineTime(),
      new TimeRules.TimelineOrder(),
      new TimeRules.TimelineWindow(),
      new TimeRules.DetectionEvent(),
      new TimeRules.TimelineGap(),
      new TimeRules.SummaryDuration(),
      new ConsistencyRules.DurationNegative(),
      new ConsistencyRules.ZoneContradiction(),
      new ConsistencyRules.DateContradiction(),
      new CauseRules.CauseCycle(),
      new CauseRules.TriggerRecorded(),
      new CauseRules.RootCauseReached(),
      new CauseRules.WhyStepAnswered(),
      new CauseRules.WhyStepRepeated(),
      new CauseRules.WhyChainLength(),
      new CauseRules.WhyChainEndsAtCause(),
      new CauseRules.WhyChainSystemic(),
      new CauseRules.WhyStepEvidence(),
      new IntegrityRules.DuplicateId(),
      new IntegrityRules.ReferenceUnresolved(),
      new ConsistencyRules.InternalFieldPointer(),
      new ActionRules.ActionOwner(),
      new ActionRules.ActionDue(),
      new ActionRules.ActionDueWindow(),
      new ActionRules.CauseAddressed(),
      new ActionRules.ActionOverdue(),
      new ActionRules.ActionWontDo(),
      new ActionRules.ActionVerification(),
      new ActionRules.ActionVerifiedImprovement(),
      new IntegrityRules.ClosedItemsFinished(),
      new ConsistencyRules.LifecyclePublishedMissing(),
      new ProcessRules.Timeliness(),
      new ProcessRules.Participation(),
      new ProcessRules.EvidenceKinds(),
      new ProcessRules.FollowUpCadence(),
      new ProcessRules.RecreationRecorded(),
      new LanguageRules.Counterfactual(),
      new LanguageRules.Judgement(),
      new LanguageRules.Blame(),
      new LanguageRules.HumanError(),
      new LanguageRules.NamedPerson(),
      new LanguageRules.Minimiser(),
      new LanguageRules.DeniedTerm(),
      new LanguageRules.LanguageNotChecked(),
      new ActionQualityRules.ActionVague(),
      new ActionQualityRules.ActionVerbFirst(),
      new ActionQualityRules.ActionDoneCondition());

  /** Every built-in rule. */
  public static List<BuiltinRule> all() {
    return ALL;
  }

  /**
   * Clears per-thread state the built-in rules share within one validation (the linter's results);
   * the validator calls it before and after each run.
   */
  public static void resetSharedState() {
    LanguageRules.reset();
  }

  /** Whether an id is lowercase kebab-case. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** A built-in rule as a {@link Rule}. */
  public static List<Rule> asRules() {
    return List.copyOf(ALL);
  }
}

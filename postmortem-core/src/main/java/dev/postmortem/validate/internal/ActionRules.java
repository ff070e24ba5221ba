package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.SloMeasurement;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Action items: ownership, dates, coverage of the causes, won't-do and verification. */
final class ActionRules {
  private ActionRules() {}

  static boolean open(ActionItem a) {
    return !a.isFinished() && a.status() != ActionStatus.WONT_DO;
  }

  /** The date the incident ended (resolved, else mitigated, else started). */
  static Optional<LocalDate> incidentEnd(Postmortem pm) {
    return pm.incident().resolved().or(() -> pm.incident().mitigated()).or(() -> pm.incident().started())
        .map(OffsetDateTime::toLocalDate);
  }

  static final class ActionOwner extends BuiltinRule {
    ActionOwner() {
      super("action-owner", Level.ERROR, Profile.STANDARD,
          "Every open action item has an owner",
          "An item nobody owns is an item nobody does. Unowned items are warnings while the"
              + " post-mortem is a draft or in review, and errors once it is published.",
          "Set `owner` to the person or team who will drive the item to done.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Level level = errorOncePublished(pm);
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (open(a) && blank(a.owner())) {
          ctx.report(level, Ptr.of("actionItems", i, "owner"),
              "action item '" + a.id() + "' has no owner; name the person or team who will drive it", null);
        }
      }
    }
  }

  static final class ActionDue extends BuiltinRule {
    ActionDue() {
      super("action-due", Level.ERROR, Profile.STANDARD,
          "Every open action item has a due date",
          "Without a due date an item cannot be overdue, so it never comes up in a follow-up"
              + " review. Missing dates are warnings before publication and errors after.",
          "Set `due` to a date within the policy's horizon for the item's priority.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Level level = errorOncePublished(pm);
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (open(a) && a.due().isEmpty()) {
          ctx.report(level, Ptr.of("actionItems", i, "due"),
              "action item '" + a.id() + "' has no due date; set 'due'"
                  + a.priority().flatMap(p -> ctx.policy().dueHorizon(p)
                      .map(h -> " within " + Fmt.days(h) + " of the incident (policy for " + p.id() + ")"))
                      .orElse(""), null);
        }
      }
    }
  }

  static final class ActionDueWindow extends BuiltinRule {
    ActionDueWindow() {
      super("action-due-window", Level.WARNING, Profile.STANDARD,
          "Due dates fall after the incident and within the policy's horizon for the priority",
          "A due date before the incident is a typo; a P0 item due in six months is not a P0. The"
              + " horizons are the policy's `dueWithin`, counted from the day the incident was"
              + " resolved.",
          "Correct the due date, or the priority if the date is right.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Optional<LocalDate> end = incidentEnd(pm);
      Optional<LocalDate> start = pm.incident().started().map(OffsetDateTime::toLocalDate).or(() -> end);
      if (end.isEmpty()) {
        return;
      }
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (a.due().isEmpty() || a.status() == ActionStatus.WONT_DO) {
          continue;
        }
        LocalDate due = a.due().get();
        if (due.isBefore(start.get())) {
          ctx.report(Ptr.of("actionItems", i, "due"),
              "action item '" + a.id() + "' is due " + due + ", before the incident (" + start.get()
                  + "); correct the date");
          continue;
        }
        if (a.priority().isPresent()) {
          Optional<Duration> horizon = ctx.policy().dueHorizon(a.priority().get());
          long days = ChronoUnit.DAYS.between(end.get(), due);
          if (horizon.isPresent() && days > horizon.get().toDays()) {
            ctx.report(Ptr.of("actionItems", i, "due"),
                "action item '" + a.id() + "' is due " + English.count(days, "day") + " after the incident; the policy gives "
                    + a.priority().get().id() + " items " + Fmt.days(horizon.get())
                    + "; bring the date forward or lower the priority");
          }
        }
      }
    }
  }

  static final Set<ActionType> PREVENTIVE =
      EnumSet.of(ActionType.PREVENT, ActionType.MITIGATE, ActionType.DETECT, ActionType.PROCESS);

  static final class CauseAddressed extends BuiltinRule {
    CauseAddressed() {
      super("cause-addressed", Level.WARNING, Profile.STANDARD,
          "Every root cause and contributing factor is addressed by a preventive action item",
          "The point of finding causes is to change them. A cause no action item addresses will"
              + " still be there next time. Items of type prevent, mitigate, detect or process (or"
              + " without a type) count; a won't-do item counts when it gives a rationale, because"
              + " the decision is then recorded. Causes that are only the trigger are exempt.",
          "Add an action item that addresses the cause (`addresses: [C2]`), or record a `wont-do`"
              + " item with the rationale.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm)) {
        return;
      }
      for (int i = 0; i < pm.causes().size(); i++) {
        Cause c = pm.causes().get(i);
        if (c.trigger() && !c.rootCause()) {
          continue;
        }
        boolean addressed = false;
        for (ActionItem a : pm.actionItems()) {
          if (a.addresses().contains(c.id())
              && (a.type().isEmpty() || PREVENTIVE.contains(a.type().get()))
              && (a.status() != ActionStatus.WONT_DO || !blank(a.rationale()))) {
            addressed = true;
            break;
          }
        }
        if (!addressed) {
          ctx.report(Ptr.of("causes", i),
              (c.rootCause() ? "root cause '" : "contributing factor '") + c.id()
                  + "' is not addressed by any preventive action item; add one with 'addresses: ["
                  + c.id() + "]'");
        }
      }
    }
  }

  static final class ActionOverdue extends BuiltinRule {
    ActionOverdue() {
      super("action-overdue", Level.WARNING, Profile.STANDARD,
          "No open action item is past its due date",
          "Overdue items are the follow-up review's agenda. \"Today\" comes from the validator's"
              + " clock, so a report can be reproduced.",
          "Finish the item, or agree a new due date and record why it moved.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      LocalDate today = ctx.today();
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (open(a) && a.due().isPresent() && a.due().get().isBefore(today)) {
          long days = ChronoUnit.DAYS.between(a.due().get(), today);
          ctx.report(Ptr.of("actionItems", i, "due"),
              "action item '" + a.id() + "' was due " + a.due().get() + " (" + days
                  + (days == 1 ? " day" : " days") + " ago) and is " + a.status().id()
                  + "; finish it or agree a new due date");
        }
      }
    }
  }

  static final class ActionWontDo extends BuiltinRule {
    ActionWontDo() {
      super("action-wont-do", Level.ERROR, Profile.STANDARD,
          "A won't-do action item has a rationale and a date to revisit the decision",
          "Deciding not to do something is legitimate, but the reason must be on record and the"
              + " decision must come back when circumstances change. A revisit date that has passed"
              + " is a warning.",
          "Add `rationale` (why not) and `revisitOn` (when to look again), or revisit the decision now.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (a.status() != ActionStatus.WONT_DO) {
          continue;
        }
        if (blank(a.rationale())) {
          ctx.report(Ptr.of("actionItems", i, "rationale"),
              "action item '" + a.id() + "' is won't-do without a rationale; say why it will not be done");
        }
        if (a.revisitOn().isEmpty()) {
          ctx.report(Ptr.of("actionItems", i, "revisitOn"),
              "action item '" + a.id() + "' is won't-do without a revisit date; set 'revisitOn'");
        } else if (a.revisitOn().get().isBefore(ctx.today())) {
          ctx.report(Level.WARNING, Ptr.of("actionItems", i, "revisitOn"),
              "the won't-do decision on action item '" + a.id() + "' was to be revisited on "
                  + a.revisitOn().get() + "; revisit it and record the outcome", null);
        }
      }
    }
  }

  static boolean usesSlo(Verification v) {
    return v.method() == VerificationMethod.SLO || v.slo().isPresent();
  }

  static final class ActionVerification extends BuiltinRule {
    ActionVerification() {
      super("action-verification", Level.WARNING, Profile.STANDARD,
          "An action item verified through an SLO names the SLO and the expected change",
          "\"Verify with the SLO\" only means something when it says which SLO and what change"
              + " counts as success, for example fewer violations per 28-day window than before.",
          "Set `verification.slo` to the SLO's id and describe the expected change in"
              + " `verification.description`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (a.verification().isEmpty() || !usesSlo(a.verification().get())) {
          continue;
        }
        Verification v = a.verification().get();
        if (v.slo().isEmpty()) {
          ctx.report(Ptr.of("actionItems", i, "verification", "slo"),
              "action item '" + a.id() + "' is verified through an SLO but names none; set 'verification.slo'");
        }
        if (blank(v.description())) {
          ctx.report(Ptr.of("actionItems", i, "verification", "description"),
              "action item '" + a.id() + "' does not say what change in the SLO counts as success;"
                  + " describe it, for example 'fewer violations per 28-day window than before'");
        }
      }
    }
  }

  static final class ActionVerifiedImprovement extends BuiltinRule {
    ActionVerifiedImprovement() {
      super("action-verified-improvement", Level.ERROR, Profile.STANDARD,
          "An action item marked verified has a result, and an SLO-verified one shows improvement",
          "`verified` is a claim that the fix works. For an SLO it means fewer violations after the"
              + " fix than before, measured over windows of equal length; for other methods the"
              + " result must be recorded.",
          "Record `verification.result` (and the `before`/`after` measurements over equal windows"
              + " for an SLO), or set the status back to `done` until the result is in.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (a.status() != ActionStatus.VERIFIED) {
          continue;
        }
        String at = Ptr.of("actionItems", i, "verification");
        if (a.verification().isEmpty()) {
          ctx.report(at, "action item '" + a.id() + "' is verified but records no verification;"
              + " add how it was verified and the result, or set the status to 'done'");
          continue;
        }
        Verification v = a.verification().get();
        if (usesSlo(v)) {
          if (v.before().isEmpty() || v.after().isEmpty()) {
            ctx.report(at, "action item '" + a.id() + "' is verified through an SLO without 'before' and"
                + " 'after' measurements; add both, over windows of equal length");
            continue;
          }
          SloMeasurement b = v.before().get();
          SloMeasurement f = v.after().get();
          if (!b.window().equals(f.window())) {
            ctx.report(at + "/after", "the 'before' window (" + Fmt.duration(b.window()) + ") and the 'after'"
                + " window (" + Fmt.duration(f.window()) + ") differ; measure over windows of equal length");
          } else if (f.violations() >= b.violations()) {
            ctx.report(at + "/after", "action item '" + a.id() + "' is verified but the SLO shows no"
                + " improvement (" + English.count(b.violations(), "violation") + " before, " + f.violations()
                + " after); set the status back to 'done' and revisit the fix");
          }
        } else if (blank(v.result())) {
          ctx.report(at + "/result", "action item '" + a.id() + "' is verified but records no result;"
              + " describe what the " + v.method().id() + " showed");
        }
      }
    }
  }
}

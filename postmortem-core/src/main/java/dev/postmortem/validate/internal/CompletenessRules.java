package dev.postmortem.validate.internal;

import dev.postmortem.model.Impact;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.util.List;

/** Completeness: what a post-mortem must contain at its status and severity. */
final class CompletenessRules {
  private CompletenessRules() {}

  static final class RequiredSections extends BuiltinRule {
    RequiredSections() {
      super("required-sections", Level.ERROR, Profile.STANDARD,
          "A post-mortem in review or published has every section its policy requires for its severity",
          "A draft may be incomplete, but readers of a published post-mortem rely on finding the"
              + " summary, the impact, the timeline, the causes and the action items. The policy's"
              + " `requiredSections` lists the sections per severity; when the severity is not set,"
              + " the sections every severity requires apply. Missing sections are warnings while"
              + " the post-mortem is in review and errors once it is published or closed.",
          "Fill in the section, or change the policy if your team does not need it at that severity.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (pm.status() == Status.DRAFT) {
        return;
      }
      Level level = errorOncePublished(pm);
      for (String section : ctx.policy().sectionsRequired(pm.severity())) {
        if (!present(pm, section)) {
          ctx.report(level, "/" + section,
              "section '" + section + "' is missing or empty; " + English.withArticle(pm.status().id() + " "
                  + pm.severity().map(s -> s.id() + " ").orElse("") + "post-mortem needs it"),
              null);
        }
      }
    }

    static boolean present(Postmortem pm, String section) {
      switch (section) {
        case "severity": return pm.severity().isPresent();
        case "summary": return !blank(pm.summary());
        case "objectives": return !pm.objectives().isEmpty();
        case "authors": return !pm.authors().isEmpty();
        case "incident": return pm.incident().started().isPresent() && pm.incident().resolved().isPresent();
        case "impact": return pm.impact().map(CompletenessRules::hasImpact).orElse(false);
        case "detection": return !blank(pm.detection());
        case "trigger": return !blank(pm.trigger()) || pm.causes().stream().anyMatch(c -> c.trigger());
        case "resolution": return !blank(pm.resolution());
        case "participants": return !pm.participants().isEmpty();
        case "timeline": return !pm.timeline().isEmpty();
        case "causes": return !pm.causes().isEmpty();
        case "fiveWhys": return !pm.fiveWhys().isEmpty();
        case "lessonsLearned": return !pm.lessonsLearned().isEmpty();
        case "startStopContinue": return !pm.startStopContinue().isEmpty();
        case "actionItems": return !pm.actionItems().isEmpty();
        case "evidence": return !pm.evidence().isEmpty();
        case "recreation": return pm.recreation().isPresent();
        case "slos": return !pm.slos().isEmpty();
        default: return true;
      }
    }
  }

  static boolean hasImpact(Impact i) {
    return !BuiltinRule.blank(i.description()) || !i.affectedServices().isEmpty() || !i.affectedUsers().isEmpty()
        || !i.quantities().isEmpty();
  }

  static final class ObjectivesStated extends BuiltinRule {
    ObjectivesStated() {
      super("objectives-stated", Level.WARNING, Profile.STANDARD,
          "The post-mortem states its objectives",
          "A review with stated objectives (what the analysis sets out to learn or decide) stays"
              + " focused, and readers can tell whether it reached them.",
          "Add one or more `objectives`, for example \"Understand why the pool change passed review\""
              + " or \"Decide whether to keep the retry budget\".");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm)) {
        return;
      }
      List<String> objectives = pm.objectives();
      if (objectives.stream().allMatch(String::isBlank)) {
        ctx.report("/objectives", "no objectives are stated; say what the review sets out to learn or decide");
      }
    }
  }
}

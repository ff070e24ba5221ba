package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.util.List;
import java.util.Optional;

/** Walks every free-text field of a post-mortem with its JSON pointer and scope. */
final class Texts {
  private Texts() {}

  /** Receives one free-text field. */
  interface Visitor {
    void text(String pointer, String text, BlamelessLinter.Scope scope);
  }

  static void walk(Postmortem pm, Visitor v) {
    BlamelessLinter.Scope text = BlamelessLinter.Scope.TEXT;
    BlamelessLinter.Scope cause = BlamelessLinter.Scope.CAUSE;
    v.text("/title", pm.title(), text);
    opt(v, "/summary", pm.summary(), text);
    list(v, "/objectives", pm.objectives(), text);
    pm.impact().ifPresent(i -> opt(v, "/impact/description", i.description(), text));
    opt(v, "/detection", pm.detection(), text);
    opt(v, "/trigger", pm.trigger(), cause);
    opt(v, "/resolution", pm.resolution(), text);
    for (int i = 0; i < pm.timeline().size(); i++) {
      TimelineEvent e = pm.timeline().get(i);
      v.text(Ptr.of("timeline", i, "description"), e.description(), text);
      opt(v, Ptr.of("timeline", i, "knownAtTheTime"), e.knownAtTheTime(), text);
    }
    for (int i = 0; i < pm.causes().size(); i++) {
      Cause c = pm.causes().get(i);
      v.text(Ptr.of("causes", i, "description"), c.description(), cause);
      opt(v, Ptr.of("causes", i, "justification"), c.justification(), cause);
    }
    for (int i = 0; i < pm.fiveWhys().size(); i++) {
      WhyChain w = pm.fiveWhys().get(i);
      v.text(Ptr.of("fiveWhys", i, "problem"), w.problem(), text);
      for (int j = 0; j < w.steps().size(); j++) {
        WhyStep s = w.steps().get(j);
        v.text(Ptr.of("fiveWhys", i, "steps", j, "question"), s.question(), text);
        opt(v, Ptr.of("fiveWhys", i, "steps", j, "answer"), s.answer(), cause);
      }
    }
    list(v, "/lessonsLearned/wentWell", pm.lessonsLearned().wentWell(), text);
    list(v, "/lessonsLearned/wentWrong", pm.lessonsLearned().wentWrong(), text);
    list(v, "/lessonsLearned/gotLucky", pm.lessonsLearned().gotLucky(), text);
    list(v, "/lessonsLearned/nearMisses", pm.lessonsLearned().nearMisses(), text);
    list(v, "/startStopContinue/start", pm.startStopContinue().start(), text);
    list(v, "/startStopContinue/stop", pm.startStopContinue().stop(), text);
    list(v, "/startStopContinue/continue", pm.startStopContinue().keep(), text);
    for (int i = 0; i < pm.actionItems().size(); i++) {
      ActionItem a = pm.actionItems().get(i);
      v.text(Ptr.of("actionItems", i, "title"), a.title(), text);
      opt(v, Ptr.of("actionItems", i, "description"), a.description(), text);
      opt(v, Ptr.of("actionItems", i, "rationale"), a.rationale(), text);
      int index = i;
      a.verification().ifPresent(ver -> {
        opt(v, Ptr.of("actionItems", index, "verification", "description"), ver.description(), text);
        opt(v, Ptr.of("actionItems", index, "verification", "result"), ver.result(), text);
      });
    }
    for (int i = 0; i < pm.evidence().size(); i++) {
      Evidence e = pm.evidence().get(i);
      opt(v, Ptr.of("evidence", i, "description"), e.description(), text);
    }
    pm.recreation().ifPresent(r -> {
      list(v, "/recreation/steps", r.steps(), text);
      list(v, "/recreation/observations", r.observations(), text);
      opt(v, "/recreation/reason", r.reason(), text);
    });
    for (int i = 0; i < pm.followUps().size(); i++) {
      opt(v, Ptr.of("followUps", i, "notes"), pm.followUps().get(i).notes(), text);
      for (int j = 0; j < pm.followUps().get(i).items().size(); j++) {
        opt(v, Ptr.of("followUps", i, "items", j, "note"), pm.followUps().get(i).items().get(j).note(), text);
      }
    }
    for (int i = 0; i < pm.additionalSections().size(); i++) {
      v.text(Ptr.of("additionalSections", i, "markdown"), pm.additionalSections().get(i).markdown(), text);
    }
  }

  private static void opt(Visitor v, String pointer, Optional<String> s, BlamelessLinter.Scope scope) {
    if (s.isPresent() && !s.get().isBlank()) {
      v.text(pointer, s.get(), scope);
    }
  }

  private static void list(Visitor v, String pointer, List<String> l, BlamelessLinter.Scope scope) {
    for (int i = 0; i < l.size(); i++) {
      v.text(pointer + "/" + i, l.get(i), scope);
    }
  }
}

package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.util.List;
import java.util.Optional;

/** Walks every free-text field of a post-mortem with its place (JSON pointer) and scope. */
final class Texts {
  private Texts() {}

  /**
   * Where a field is: {@code head[/i][mid/j]tail}. The walk reuses one instance and moves it from
   * field to field, so a visitor must take {@link #pointer()} during its call and not keep the
   * place; the pointer string is made only when asked for.
   */
  static final class Place {
    private String head;
    private int i;
    private String mid;
    private int j;
    private String tail;

    Place at(String head, int i, String mid, int j, String tail) {
      this.head = head;
      this.i = i;
      this.mid = mid;
      this.j = j;
      this.tail = tail;
      return this;
    }

    Place at(String pointer) {
      return at(pointer, -1, null, -1, "");
    }

    Place at(String head, int i, String tail) {
      return at(head, i, null, -1, tail);
    }

    /** The JSON pointer of the field. */
    String pointer() {
      if (i < 0) {
        return head;
      }
      StringBuilder sb = new StringBuilder(head.length() + tail.length() + 16);
      sb.append(head).append('/').append(i);
      if (mid != null) {
        sb.append(mid).append('/').append(j);
      }
      return sb.append(tail).toString();
    }
  }

  /** Receives one free-text field. */
  interface Visitor {
    void text(Place place, String text, BlamelessLinter.Scope scope);
  }

  static void walk(Postmortem pm, Visitor v) {
    BlamelessLinter.Scope text = BlamelessLinter.Scope.TEXT;
    BlamelessLinter.Scope cause = BlamelessLinter.Scope.CAUSE;
    Place p = new Place();
    v.text(p.at("/title"), pm.title(), text);
    opt(v, p, "/summary", pm.summary(), text);
    list(v, p, "/objectives", pm.objectives(), text);
    if (pm.impact().isPresent()) {
      opt(v, p, "/impact/description", pm.impact().get().description(), text);
    }
    opt(v, p, "/detection", pm.detection(), text);
    opt(v, p, "/trigger", pm.trigger(), cause);
    opt(v, p, "/resolution", pm.resolution(), text);
    List<TimelineEvent> timeline = pm.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEvent e = timeline.get(i);
      v.text(p.at("/timeline", i, "/description"), e.description(), text);
      opt(v, p.at("/timeline", i, "/knownAtTheTime"), e.knownAtTheTime(), text);
    }
    List<Cause> causes = pm.causes();
    for (int i = 0; i < causes.size(); i++) {
      Cause c = causes.get(i);
      v.text(p.at("/causes", i, "/description"), c.description(), cause);
      opt(v, p.at("/causes", i, "/justification"), c.justification(), cause);
    }
    List<WhyChain> chains = pm.fiveWhys();
    for (int i = 0; i < chains.size(); i++) {
      WhyChain w = chains.get(i);
      v.text(p.at("/fiveWhys", i, "/problem"), w.problem(), text);
      for (int j = 0; j < w.steps().size(); j++) {
        WhyStep s = w.steps().get(j);
        v.text(p.at("/fiveWhys", i, "/steps", j, "/question"), s.question(), text);
        opt(v, p.at("/fiveWhys", i, "/steps", j, "/answer"), s.answer(), cause);
      }
    }
    list(v, p, "/lessonsLearned/wentWell", pm.lessonsLearned().wentWell(), text);
    list(v, p, "/lessonsLearned/wentWrong", pm.lessonsLearned().wentWrong(), text);
    list(v, p, "/lessonsLearned/gotLucky", pm.lessonsLearned().gotLucky(), text);
    list(v, p, "/lessonsLearned/nearMisses", pm.lessonsLearned().nearMisses(), text);
    list(v, p, "/startStopContinue/start", pm.startStopContinue().start(), text);
    list(v, p, "/startStopContinue/stop", pm.startStopContinue().stop(), text);
    list(v, p, "/startStopContinue/continue", pm.startStopContinue().keep(), text);
    List<ActionItem> items = pm.actionItems();
    for (int i = 0; i < items.size(); i++) {
      ActionItem a = items.get(i);
      v.text(p.at("/actionItems", i, "/title"), a.title(), text);
      opt(v, p.at("/actionItems", i, "/description"), a.description(), text);
      opt(v, p.at("/actionItems", i, "/rationale"), a.rationale(), text);
      if (a.verification().isPresent()) {
        Verification ver = a.verification().get();
        opt(v, p.at("/actionItems", i, "/verification/description"), ver.description(), text);
        opt(v, p.at("/actionItems", i, "/verification/result"), ver.result(), text);
      }
    }
    List<Evidence> evidence = pm.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      opt(v, p.at("/evidence", i, "/description"), evidence.get(i).description(), text);
    }
    if (pm.recreation().isPresent()) {
      list(v, p, "/recreation/steps", pm.recreation().get().steps(), text);
      list(v, p, "/recreation/observations", pm.recreation().get().observations(), text);
      opt(v, p, "/recreation/reason", pm.recreation().get().reason(), text);
    }
    List<FollowUpReview> followUps = pm.followUps();
    for (int i = 0; i < followUps.size(); i++) {
      opt(v, p.at("/followUps", i, "/notes"), followUps.get(i).notes(), text);
      for (int j = 0; j < followUps.get(i).items().size(); j++) {
        opt(v, p.at("/followUps", i, "/items", j, "/note"), followUps.get(i).items().get(j).note(), text);
      }
    }
    for (int i = 0; i < pm.additionalSections().size(); i++) {
      v.text(p.at("/additionalSections", i, "/markdown"), pm.additionalSections().get(i).markdown(), text);
    }
  }

  private static void opt(Visitor v, Place p, String pointer, Optional<String> s, BlamelessLinter.Scope scope) {
    if (s.isPresent() && !s.get().isBlank()) {
      v.text(p.at(pointer), s.get(), scope);
    }
  }

  private static void opt(Visitor v, Place p, Optional<String> s, BlamelessLinter.Scope scope) {
    if (s.isPresent() && !s.get().isBlank()) {
      v.text(p, s.get(), scope);
    }
  }

  private static void list(Visitor v, Place p, String pointer, List<String> l, BlamelessLinter.Scope scope) {
    for (int i = 0; i < l.size(); i++) {
      v.text(p.at(pointer, i, ""), l.get(i), scope);
    }
  }
}

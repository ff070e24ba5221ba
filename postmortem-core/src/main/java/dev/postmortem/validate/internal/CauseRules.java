package dev.postmortem.validate.internal;

import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Causes: the cause graph and the 5 Whys chains. */
final class CauseRules {
  private CauseRules() {}

  static final class CauseCycle extends BuiltinRule {
    CauseCycle() {
      super("cause-cycle", Level.ERROR, Profile.MINIMAL,
          "The cause graph has no cycles",
          "`ledTo` edges say which condition led to which. A cycle (A led to B led to A) cannot be"
              + " read as a causal story, breaks every walk from the trigger to the impact, and is"
              + " nearly always an edge drawn the wrong way round.",
          "Remove or reverse one of the edges named in the message. If two conditions really feed"
              + " each other, describe the feedback loop as its own cause.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<Cause> causes = pm.causes();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < causes.size(); i++) {
        index.put(causes.get(i).id(), i);
      }
      int[] color = new int[causes.size()];
      Set<String> reported = new HashSet<>();
      for (int root = 0; root < causes.size(); root++) {
        if (color[root] != 0) {
          continue;
        }
        Deque<int[]> stack = new ArrayDeque<>();
        List<Integer> path = new ArrayList<>();
        stack.push(new int[] {root, 0});
        color[root] = 1;
        path.add(root);
        while (!stack.isEmpty()) {
          int[] top = stack.peek();
          List<String> edges = causes.get(top[0]).ledTo();
          if (top[1] >= edges.size()) {
            color[top[0]] = 2;
            stack.pop();
            path.remove(path.size() - 1);
            continue;
          }
          Integer next = index.get(edges.get(top[1]++));
          if (next == null) {
            continue;
          }
          if (color[next] == 1) {
            int from = path.indexOf(next);
            List<Integer> cycle = new ArrayList<>(path.subList(from, path.size()));
            TreeSet<String> key = new TreeSet<>();
            for (int c : cycle) {
              key.add(causes.get(c).id());
            }
            if (reported.add(String.join(",", key))) {
              int first = cycle.stream().min(Integer::compare).get();
              int at = cycle.indexOf(first);
              StringBuilder sb = new StringBuilder();
              for (int k = 0; k <= cycle.size(); k++) {
                sb.append(k == 0 ? "" : " -> ").append(causes.get(cycle.get((at + k) % cycle.size())).id());
              }
              ctx.report(Ptr.of("causes", first, "ledTo"),
                  "the cause graph has a cycle: " + sb + "; remove or reverse one of these 'ledTo' edges");
            }
          } else if (color[next] == 0) {
            color[next] = 1;
            path.add(next);
            stack.push(new int[] {next, 0});
          }
        }
      }
    }
  }

  static final class TriggerRecorded extends BuiltinRule {
    TriggerRecorded() {
      super("trigger-recorded", Level.WARNING, Profile.STANDARD,
          "The trigger is recorded",
          "The trigger (the change or event that set the incident off) is kept apart from the"
              + " conditions that let it do harm. Without it, readers cannot tell what set things in"
              + " motion, and they may mistake it for the root cause.",
          "Describe the trigger in `trigger`, or mark the triggering cause with `trigger: true`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (isDraft(pm)) {
        return;
      }
      if (blank(pm.trigger()) && pm.causes().stream().noneMatch(Cause::trigger)) {
        ctx.report("/trigger",
            "no trigger is recorded; describe what set the incident off in 'trigger' or mark a cause with 'trigger: true'");
      }
    }
  }

  static final class RootCauseReached extends BuiltinRule {
    RootCauseReached() {
      super("root-cause-reached", Level.WARNING, Profile.STANDARD,
          "Every factor labelled root cause is reached by a 5 Whys chain or justified by evidence",
          "\"Root cause\" is a conclusion. It should follow from the analysis (a 5 Whys chain that"
              + " ends at it or passes through it) or from evidence that supports it; otherwise it is"
              + " an opinion.",
          "End a 5 Whys chain at the cause (`rootCause: C3`), link a step to it (`cause: C3`), or give"
              + " the cause `evidence` or a `justification`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Set<String> reached = new HashSet<>();
      for (WhyChain chain : pm.fiveWhys()) {
        chain.rootCause().ifPresent(reached::add);
        for (WhyStep s : chain.steps()) {
          s.cause().ifPresent(reached::add);
        }
      }
      for (int i = 0; i < pm.causes().size(); i++) {
        Cause c = pm.causes().get(i);
        if (c.rootCause() && !reached.contains(c.id()) && c.evidence().isEmpty() && blank(c.justification())) {
          ctx.report(Ptr.of("causes", i),
              "root cause '" + c.id() + "' is not reached by any 5 Whys chain and has no evidence or"
                  + " justification; link a chain to it or add evidence");
        }
      }
    }
  }

  static final class WhyStepAnswered extends BuiltinRule {
    WhyStepAnswered() {
      super("why-step-answered", Level.ERROR, Profile.STANDARD,
          "Every 5 Whys step is answered",
          "An unanswered \"why?\" breaks the chain: the steps after it do not follow from anything."
              + " Drafts get a warning, everything else an error.",
          "Answer the question, or remove the step and the ones after it until it can be answered.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Level level = isDraft(pm) ? Level.WARNING : Level.ERROR;
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        List<WhyStep> steps = pm.fiveWhys().get(i).steps();
        for (int j = 0; j < steps.size(); j++) {
          if (blank(steps.get(j).answer())) {
            ctx.report(level, Ptr.of("fiveWhys", i, "steps", j, "answer"),
                "step " + (j + 1) + " (\"" + steps.get(j).question() + "\") has no answer; answer it", null);
          }
        }
      }
    }
  }

  static final class WhyStepRepeated extends BuiltinRule {
    WhyStepRepeated() {
      super("why-step-repeated", Level.WARNING, Profile.STANDARD,
          "No 5 Whys step repeats an earlier one",
          "A step that asks or answers the same thing as an earlier one adds a level without going"
              + " deeper; the chain looks longer than the analysis is. Steps are compared after"
              + " ignoring case, punctuation and word order (90 % of the words shared).",
          "Remove the repeated step, or ask why the previous answer was the case.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        List<WhyStep> steps = pm.fiveWhys().get(i).steps();
        List<Set<String>> questions = new ArrayList<>();
        List<Set<String>> answers = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
          Set<String> q = words(steps.get(j).question());
          Set<String> a = words(steps.get(j).answer().orElse(""));
          for (int k = 0; k < j; k++) {
            String what = similar(q, questions.get(k)) ? "question" : similar(a, answers.get(k)) ? "answer" : null;
            if (what != null) {
              ctx.report(Ptr.of("fiveWhys", i, "steps", j),
                  "step " + (j + 1) + " repeats the " + what + " of step " + (k + 1)
                      + "; remove it or ask why step " + (k + 1) + "'s answer was the case");
              break;
            }
          }
          questions.add(q);
          answers.add(a);
        }
      }
    }

    static Set<String> words(String text) {
      Set<String> out = Words.split(text.toLowerCase(Locale.ROOT), new HashSet<>());
      out.remove("why");
      out.remove("the");
      out.remove("a");
      out.remove("an");
      return out;
    }

    /** Whether the two sets share at least 90 % of their union (Jaccard similarity >= 0.9). */
    static boolean similar(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return false;
      }
      Set<String> small = a.size() <= b.size() ? a : b;
      Set<String> large = small == a ? b : a;
      int inter = 0;
      for (String w : small) {
        if (large.contains(w)) {
          inter++;
        }
      }
      int union = a.size() + b.size() - inter;
      return inter * 10 >= union * 9;
    }
  }

  static final class WhyChainLength extends BuiltinRule {
    WhyChainLength() {
      super("why-chain-length", Level.WARNING, Profile.STANDARD,
          "A 5 Whys chain has at least the policy's number of steps",
          "A chain that stops after one or two whys usually stops at the proximate cause (the"
              + " change, the command) instead of the conditions that allowed it. The minimum is the"
              + " policy's `minWhySteps` (3 by default).",
          "Keep asking why the last answer was the case until you reach a condition of the system.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      int min = ctx.policy().minWhySteps();
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        int n = pm.fiveWhys().get(i).steps().size();
        if (n < min) {
          ctx.report(Ptr.of("fiveWhys", i, "steps"),
              "the chain has " + n + (n == 1 ? " step" : " steps") + "; the policy asks for at least " + min
                  + "; keep asking why the last answer was the case");
        }
      }
    }
  }

  static final class WhyChainEndsAtCause extends BuiltinRule {
    WhyChainEndsAtCause() {
      super("why-chain-ends-at-cause", Level.WARNING, Profile.STANDARD,
          "A 5 Whys chain ends at a recorded root cause",
          "A chain is a path through the cause graph. Linking its end to a cause labelled root"
              + " cause ties the narrative to the graph, so that action items can address it.",
          "Set the chain's `rootCause` to the id of the cause it ends at, and label that cause"
              + " `rootCause: true`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        WhyChain chain = pm.fiveWhys().get(i);
        Optional<String> end = chain.rootCause().or(() -> chain.steps().isEmpty()
            ? Optional.empty() : chain.steps().get(chain.steps().size() - 1).cause());
        if (end.isEmpty()) {
          ctx.report(Ptr.of("fiveWhys", i, "rootCause"),
              "the chain does not end at a recorded cause; set 'rootCause' to the id of the cause it reaches");
        } else {
          Optional<Cause> cause = pm.cause(end.get());
          if (cause.isPresent() && !cause.get().rootCause()) {
            ctx.report(Ptr.of("fiveWhys", i, "rootCause"),
                "the chain ends at cause '" + end.get() + "', which is not labelled a root cause;"
                    + " label it 'rootCause: true' or end the chain at a root cause");
          }
        }
      }
    }
  }

  static final class WhyChainSystemic extends BuiltinRule {
    WhyChainSystemic() {
      super("why-chain-systemic", Level.ERROR, Profile.STANDARD,
          "A 5 Whys chain ends at a systemic cause, not at a person or at \"human error\"",
          "People act sensibly given what they know, the tools they have and the pressure they are"
              + " under. A chain that ends at a person (\"because Sam ran the wrong command\") or at"
              + " \"human error\" stops one why too early: the question is what made that action"
              + " likely and its effect so large.",
          "Ask one more why: what in the tooling, the process, the design or the monitoring made the"
              + " action possible and its effect so large? End the chain there.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Shared shared = Shared.of(pm);
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        WhyChain chain = pm.fiveWhys().get(i);
        List<String> texts = new ArrayList<>();
        String pointer = Ptr.of("fiveWhys", i);
        for (int j = chain.steps().size() - 1; j >= 0; j--) {
          Optional<String> answer = chain.steps().get(j).answer();
          if (!blank(answer)) {
            texts.add(answer.get());
            pointer = Ptr.of("fiveWhys", i, "steps", j, "answer");
            break;
          }
        }
        chain.rootCause().flatMap(pm::cause).ifPresent(c -> texts.add(c.description()));
        for (String text : texts) {
          Optional<String> problem = BlamelessLinter.personalEnding(shared.lintPlain(text));
          if (problem.isPresent()) {
            ctx.report(pointer,
                "the chain ends at " + problem.get() + "; ask one more why: what in the system made"
                    + " that action likely and its effect so large?");
            break;
          }
        }
      }
    }
  }

  static final class WhyStepEvidence extends BuiltinRule {
    WhyStepEvidence() {
      super("why-step-evidence", Level.WARNING, Profile.STRICT,
          "Every answered 5 Whys step cites evidence (strict)",
          "Under the strict profile every claim in the chain points at evidence (a log query, a"
              + " graph, a chat excerpt), so reviewers can check it instead of trusting memory.",
          "Add the ids of the supporting `evidence` items to the step.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        List<WhyStep> steps = pm.fiveWhys().get(i).steps();
        for (int j = 0; j < steps.size(); j++) {
          if (!blank(steps.get(j).answer()) && steps.get(j).evidence().isEmpty()) {
            ctx.report(Ptr.of("fiveWhys", i, "steps", j, "evidence"),
                "step " + (j + 1) + " cites no evidence; add the ids of the evidence that supports its answer");
          }
        }
      }
    }
  }
}

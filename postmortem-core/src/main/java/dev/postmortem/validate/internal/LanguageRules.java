package dev.postmortem.validate.internal;

import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The blameless-language linter's rules, one per family of language. */
final class LanguageRules {
  private LanguageRules() {}

  /** A hit with the field it was found in. */
  static final class Located {
    final String pointer;
    final BlamelessLinter.Scope scope;
    final BlamelessLinter.Hit hit;

    Located(String pointer, BlamelessLinter.Scope scope, BlamelessLinter.Hit hit) {
      this.pointer = pointer;
      this.scope = scope;
      this.hit = hit;
    }
  }

  /** Forgets the last post-mortem: called before and after every validation. */
  static void reset() {
    Shared.reset();
  }

  static List<Located> hits(Postmortem pm, Policy policy, BlamelessLinter.Family family) {
    Shared shared = Shared.of(pm);
    Map<BlamelessLinter.Family, List<Located>> all = shared.hits(policy);
    if (all == null) {
      Map<BlamelessLinter.Family, List<Located>> byFamily = new EnumMap<>(BlamelessLinter.Family.class);
      for (BlamelessLinter.Family f : BlamelessLinter.Family.values()) {
        byFamily.put(f, new ArrayList<>());
      }
      BlamelessLinter.Terms terms = BlamelessLinter.Terms.of(policy.allowTerms(), policy.denyTerms());
      boolean plain = terms.allow.isEmpty() && terms.deny.isEmpty();
      Texts.walk(pm, (place, text, scope) -> {
        List<BlamelessLinter.Hit> found = plain ? shared.lintPlainOnce(text) : shared.lint(text, terms);
        if (!found.isEmpty()) {
          String pointer = place.pointer();
          for (BlamelessLinter.Hit h : found) {
            byFamily.get(h.family).add(new Located(pointer, scope, h));
          }
        }
      });
      shared.hits(policy, byFamily);
      all = byFamily;
    }
    return all.get(family);
  }

  abstract static class LanguageRule extends BuiltinRule {
    private final BlamelessLinter.Family family;
    private final Level causeLevel;

    LanguageRule(BlamelessLinter.Family family, String id, Level level, Level causeLevel, String summary,
        String rationale, String fix) {
      super(id, level, Profile.STANDARD, summary, rationale
          + " Quoted material (code spans, fenced code, block quotes, chat-log lines, text in double"
          + " quotes) is reported at info level only; the policy's `allowTerms` silence a phrase.", fix);
      this.family = family;
      this.causeLevel = causeLevel;
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (Located l : hits(pm, ctx.policy(), family)) {
        Level level = l.hit.quoted ? Level.INFO
            : l.scope == BlamelessLinter.Scope.CAUSE ? causeLevel : defaultLevel();
        ctx.report(level, l.pointer, l.hit.message, l.hit.suggestion());
      }
    }
  }

  static final class Counterfactual extends LanguageRule {
    Counterfactual() {
      super(BlamelessLinter.Family.COUNTERFACTUAL, "blameless-counterfactual", Level.WARNING, Level.WARNING,
          "Free text avoids counterfactuals: \"should have\", \"could have\", \"failed to\", \"if only\", \"forgot to\"",
          "Counterfactuals describe what did not happen, judged with knowledge nobody had at the"
              + " time (Dekker, *Field Guide to Understanding 'Human Error'*, ch. 5). They explain"
              + " nothing about why the action made sense then. Technical expectations (\"the cache"
              + " should have expired after 60 s\") are not flagged.",
          "Describe what was known and done at the time and what made it reasonable: instead of"
              + " \"the engineer should have checked the dashboard\", write \"the dashboard was not"
              + " part of the deploy checklist\".");
    }
  }

  static final class Judgement extends LanguageRule {
    Judgement() {
      super(BlamelessLinter.Family.JUDGEMENT, "blameless-judgement", Level.WARNING, Level.WARNING,
          "Free text avoids judgemental words: \"careless\", \"negligent\", \"sloppy\", \"lazy\", \"poor judgement\"",
          "Normative words judge people against a standard set in hindsight (Bergström's \"three"
              + " analytical traps\"). They make people defensive and end the inquiry. Inflections"
              + " are covered; technical uses such as \"lazy loading\" or \"sloppy quorum\" are not"
              + " flagged.",
          "Remove the word and describe the action and its context: what was done, with what"
              + " information, under what pressure.");
    }
  }

  static final class Blame extends LanguageRule {
    Blame() {
      super(BlamelessLinter.Family.BLAME, "blameless-blame", Level.WARNING, Level.WARNING,
          "Free text avoids blame words: \"fault\", \"blame\", \"culprit\", \"who did this\"",
          "Looking for someone to blame replaces \"what happened?\" with \"who did it?\", and"
              + " people stop telling the whole story. Technical uses (\"fault tolerance\", \"page"
              + " fault\", \"git blame\") are not flagged.",
          "Ask what happened and what made it possible: \"the culprit\" becomes \"a contributing"
              + " factor\", \"whose fault\" becomes \"what happened\".");
    }
  }

  static final class HumanError extends LanguageRule {
    HumanError() {
      super(BlamelessLinter.Family.HUMAN_ERROR, "blameless-human-error", Level.WARNING, Level.ERROR,
          "\"Human error\" (or operator, user, pilot error) is not given as a cause",
          "\"Human error\" is where an investigation should start, not where it ends: it names no"
              + " condition that could be changed. It is an error in cause fields (causes, 5 Whys"
              + " answers, the trigger) and a warning elsewhere; negated uses (\"not human error\")"
              + " are not flagged.",
          "Name the condition that made the action likely and its effect large: a confusing"
              + " interface, a missing confirmation, a runbook step that no longer matched the system.");
    }
  }

  static final class NamedPerson extends LanguageRule {
    NamedPerson() {
      super(BlamelessLinter.Family.NAMED_PERSON, "blameless-named-person", Level.WARNING, Level.ERROR,
          "A participant's name is not the subject of a failure",
          "\"Priya broke checkout\" or \"caused by Tom's change\" puts a person where a condition of"
              + " the system belongs, and the name travels with the document. The linter knows the"
              + " names and handles of the participants and authors. It is an error in cause fields"
              + " and a warning elsewhere.",
          "Use the role and the system: \"a configuration change reduced the pool size\" or \"the"
              + " on-call engineer ran the documented command, which ...\".");
    }
  }

  static final class Minimiser extends LanguageRule {
    Minimiser() {
      super(BlamelessLinter.Family.MINIMISER, "blameless-minimiser", Level.INFO, Level.INFO,
          "Free text avoids minimisers: \"obviously\", \"simply\", \"just\", \"clearly\", \"of course\"",
          "Minimisers make a problem sound easy in hindsight and imply that whoever missed it should"
              + " have known (Etsy: probe every \"obviously\"). Neutral uses such as \"just before\","
              + " \"just 3 %\" or \"clearly labelled\" are not flagged.",
          "Remove the word, and state the evidence if the point needs support.");
    }
  }

  static final class DeniedTerm extends LanguageRule {
    DeniedTerm() {
      super(BlamelessLinter.Family.DENIED, "blameless-denied-term", Level.WARNING, Level.WARNING,
          "Free text avoids the words on the policy's deny list",
          "Teams have their own loaded words (\"heroics\", a nickname for an old incident). The"
              + " policy's `denyTerms` lists them; a term matches case-insensitively, with common"
              + " inflections of its last word.",
          "Reword the passage, or take the term off the deny list.");
    }
  }
}

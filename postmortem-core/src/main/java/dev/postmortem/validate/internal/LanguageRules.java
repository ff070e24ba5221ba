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
      List<String[]> notChecked = new ArrayList<>();
      Texts.walk(pm, (place, text, scope) -> {
        java.util.Optional<String> language = LanguageGuess.notEnglish(text);
        if (language.isPresent()) {
          notChecked.add(new String[] {place.pointer(), language.get()});
          return;
        }
        List<BlamelessLinter.Hit> found = plain ? shared.lintPlainOnce(text) : shared.lint(text, terms);
        if (!found.isEmpty()) {
          String pointer = place.pointer();
          for (BlamelessLinter.Hit h : found) {
            byFamily.get(h.family).add(new Located(pointer, scope, h));
          }
        }
      });
      shared.hits(policy, byFamily);
      shared.notChecked(notChecked);
      all = byFamily;
    }
    return all.get(family);
  }

  /** The fields the English lexicons did not check (computing the hits if needed). */
  static List<String[]> notChecked(Postmortem pm, Policy policy) {
    hits(pm, policy, BlamelessLinter.Family.BLAME);
    return Shared.of(pm).notChecked();
  }

  /** Reports, in one finding, the free-text fields that are not English and so not linted. */
  static final class LanguageNotChecked extends BuiltinRule {
    /** At most this many fields are named in the finding. */
    static final int LISTED = 12;

    LanguageNotChecked() {
      super("language-not-checked", Level.INFO, Profile.STANDARD,
          "The report lists the free-text fields the blameless linter did not check because they are not in English",
          "The blameless-language lexicons are English: run on Japanese, Norwegian, Russian or"
              + " Portuguese text they would find nothing true and could find something false. Each"
              + " free-text field's language is guessed on its own (its script, then the function"
              + " words of English and of other Latin-script languages); a field that is not English"
              + " is skipped by every blameless rule, and this finding names the skipped fields so"
              + " that a reader knows what was not checked.",
          "Nothing to fix: review the listed fields for blame yourself, or write them in English if"
              + " the team's reviews are in English.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      List<String[]> fields = notChecked(pm, ctx.policy());
      if (fields == null || fields.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      sb.append(fields.size()).append(fields.size() == 1 ? " field was" : " fields were")
          .append(" not checked for blameless language (not English): ");
      for (int i = 0; i < Math.min(LISTED, fields.size()); i++) {
        sb.append(i == 0 ? "" : ", ").append(fields.get(i)[0]).append(" (").append(fields.get(i)[1]).append(')');
      }
      if (fields.size() > LISTED) {
        sb.append(" and ").append(fields.size() - LISTED).append(" more");
      }
      ctx.report(Level.INFO, fields.get(0)[0], sb.toString(), null);
    }
  }

  abstract static class LanguageRule extends BuiltinRule {
    private final BlamelessLinter.Family family;
    private final Level causeLevel;

    LanguageRule(BlamelessLinter.Family family, String id, Level level, Level causeLevel, String summary,
        String rationale, String fix) {
      super(id, level, Profile.STANDARD, summary, rationale
          + " Quoted material (code spans, fenced code, block quotes, chat-log lines, text in double"
          + " quotes) is reported at info level only; the policy's `allowTerms` silence a phrase."
          + " Fields that are not in English are not checked (see `language-not-checked`).\n\n"
          + "Each finding names its pattern family (blame noun owned by a person, counterfactual,"
          + " idiom, failure attributed to a person, accountability demand, judgement of competence,"
          + " ...) and the matched words; a small subject heuristic tells people, teams and roles from"
          + " systems (\"the team failed to\" is reported, \"the check failed to\" is not). On the"
          + " project's labelled set of 752 sentences written for it (half blame, half blameless"
          + " sentences about systems that share the words), split once by a hash of each sentence,"
          + " the blame rules together reach precision 0.973 and recall 0.980 on the 286 held-out"
          + " sentences (0.996 and 1.000 on the 466 development sentences they were tuned on);"
          + " `LabelledSetTest` prints the figures.", fix);
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

package dev.postmortem.validate.internal;

import dev.postmortem.validate.internal.BlamelessLinter.Family;
import dev.postmortem.validate.internal.BlamelessLinter.Hit;
import dev.postmortem.validate.internal.BlamelessLinter.Names;
import dev.postmortem.validate.internal.BlamelessLinter.Tokens;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Blame as people write it, by pattern family: blame nouns owned by a person or team, failure
 * attributed to a person or team, idioms, accountability demands and judgements of competence.
 * Each matcher starts at a trigger word and asks {@link Agents} who the subject or owner is, so
 * "the team failed to follow the runbook" is reported and "the check failed to detect" is not.
 * Every hit names its pattern family ({@link Hit#pattern}) and the matched words.
 */
final class BlamePatterns {
  private BlamePatterns() {}

  /** Pattern family names, shown in findings. */
  static final String BLAME_NOUN = "blame noun owned by a person";
  static final String ATTRIBUTED = "failure attributed to a person";
  static final String IDIOM = "idiom";
  static final String ACCOUNTABILITY = "accountability demand";
  static final String COMPETENCE = "judgement of competence";
  static final String COUNTERFACTUAL = "counterfactual";

  private static Set<String> set(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  static final Set<String> OWNED_NOUNS = set("fault", "faults", "mistake", "mistakes", "error", "errors",
      "negligence", "incompetence", "carelessness", "oversight", "blunder", "blunders", "sloppiness",
      "recklessness", "ineptitude", "screwup", "screw-up", "doing", "slip", "slip-up", "goof", "fault");
  static final Set<String> COPULA = set("was", "were", "is", "are", "be", "been", "'s", "being");
  static final Set<String> OUTAGE_NOUNS = set("outage", "outages", "incident", "incidents", "loss",
      "downtime", "breach", "failure", "failures", "mess", "leak", "disaster", "breakage", "delay",
      "this", "that", "it", "data", "lost", "corruption", "damage");
  static final Set<String> MADE = set("made", "make", "makes", "making");
  static final Set<String> MESS_VERBS = set("messed", "mess", "messes", "messing", "screwed", "screw",
      "screws", "screwing", "botched", "botch", "fumbled", "fumble", "goofed", "goof", "blew", "blown",
      "bungled", "flubbed", "fat-fingered", "borked", "panicked", "panics");
  static final Set<String> OMISSION_VERBS = set("forgot", "forgets", "forgotten", "ignored", "ignores",
      "ignoring", "overlooked", "overlooks", "missed", "disregarded", "neglected", "neglects",
      "skipped", "omitted", "bypassed", "sidestepped", "dismissed");
  static final Set<String> FAILED = set("failed", "fails", "fail", "neglected", "omitted", "forgot",
      "refused");
  static final Set<String> NEGATED_AUX = set("didn't", "doesn't", "don't", "never", "hadn't",
      "wasn't", "weren't");
  static final Set<String> HUMAN_VERBS = set("check", "checked", "read", "test", "tested", "follow",
      "followed", "notice", "noticed", "tell", "told", "inform", "informed", "escalate", "escalated",
      "review", "reviewed", "verify", "verified", "look", "looked", "ask", "asked", "listen", "bother",
      "bothered", "learn", "learned", "care", "cared", "think", "understand", "understood", "know",
      "knew", "communicate", "communicated", "monitor", "watch", "watched", "update", "updated",
      "double-check", "double-checked", "confirm", "confirmed", "consult", "consulted", "warn",
      "warned", "report", "reported", "respond", "responded", "acknowledge", "acknowledged", "wait",
      "waited", "plan", "planned", "coordinate", "coordinated", "hand", "handed", "run", "ran",
      "remember", "remembered", "realise", "realize", "realised", "realized", "catch", "caught",
      "see", "saw", "notify", "notified", "document", "documented", "pay", "paid", "grasp");
  static final Set<String> UNDERSTAND = set("understand", "understood", "know", "grasp", "realise",
      "realize", "get", "think", "have");
  static final Set<String> PUNISH = set("disciplined", "reprimanded", "fired", "punished", "penalised",
      "penalized", "sacked", "demoted", "sanctioned", "named", "shamed", "removed", "suspended");
  static final Set<String> BAD_ADJ = set("bad", "poor", "terrible", "awful", "questionable", "wrong",
      "dumb", "stupid", "silly", "foolish", "rookie", "amateur", "amateurish", "basic", "idiotic",
      "boneheaded", "unforgivable", "careless", "sloppy", "lazy", "reckless", "inexcusable", "obvious",
      "elementary", "schoolboy", "beginner's", "newbie");
  static final Set<String> DECISIONS = set("call", "decision", "judgement", "judgment", "choice", "move",
      "mistake", "mistakes", "error", "errors", "thing", "blunder", "idea", "slip");
  static final Set<String> SKILL_NOUNS = set("skills", "skill", "knowledge", "experience", "competence",
      "understanding", "training", "ability", "expertise", "discipline", "judgement", "judgment");
  static final Set<String> DETERMINERS = set("a", "an", "the", "this", "that", "these", "those", "our",
      "their", "his", "her", "my", "your", "its", "every", "each", "some", "any", "no", "one", "two");

  /** The words at which some matcher here starts. */
  static final Set<String> TRIGGERS;

  static {
    Set<String> t = new HashSet<>(OWNED_NOUNS);
    t.addAll(MESS_VERBS);
    t.addAll(OMISSION_VERBS);
    t.addAll(FAILED);
    t.addAll(NEGATED_AUX);
    t.addAll(Arrays.asList("at", "lies", "lie", "lay", "rests", "on", "responsibility", "job", "duty",
        "task", "responsible", "accountable", "held", "hold", "holds", "take", "took", "takes", "answer",
        "consequences", "be", "been", "get", "heads", "pay", "who", "whoever", "nobody", "one",
        "bothered", "dropped", "drop", "drops", "dropping", "eye", "cut", "cuts", "cutting", "asleep",
        "caught", "out", "slip", "slipped", "took", "shortcut", "shortcuts", "call", "decision",
        "did", "does", "had", "if", "clue", "idea", "competent", "lacks", "lacked", "lack", "lacking",
        "inexperienced", "unqualified", "qualified", "experienced", "known", "knew", "better",
        "amateurish", "rookie", "silly", "idiotic", "unforgivable", "let", "paying", "ought"));
    t.addAll(BAD_ADJ);
    TRIGGERS = Collections.unmodifiableSet(t);
  }

  /** Every word the matchers compare with (for the shared lexicon). */
  static Set<String> vocabulary() {
    Set<String> v = new HashSet<>(TRIGGERS);
    for (Set<String> s : List.of(COPULA, OUTAGE_NOUNS, MADE, HUMAN_VERBS, UNDERSTAND, PUNISH, DECISIONS,
        SKILL_NOUNS, DETERMINERS, Agents.PRONOUNS, Agents.POSSESSIVE_PRONOUNS, Agents.ROLES,
        Agents.SYSTEM_NOUNS, Agents.FUNCTION_WORDS, Agents.SKIP_BEFORE_VERB)) {
      v.addAll(s);
    }
    v.removeIf(w -> {
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) >= 128 || Character.isUpperCase(w.charAt(k))) {
          return true;
        }
      }
      return false;
    });
    return v;
  }

  private static String at(Tokens t, int i) {
    return i >= 0 && i < t.size() ? t.lower(i) : "";
  }

  /** Whether token i is in the same clause as token j (j > i). */
  private static boolean sameClause(Tokens t, int i, int j) {
    for (int k = i + 1; k <= j && k < t.size(); k++) {
      if (t.clauseStart(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithQuestion(String text, Tokens t, int i) {
    for (int c = t.end(i); c < Math.min(text.length(), t.end(i) + 300); c++) {
      char ch = text.charAt(c);
      if (ch == '?') {
        return true;
      }
      if (ch == '.' || ch == '!' || ch == '\n') {
        return false;
      }
    }
    return false;
  }

  /** Runs every matcher that can start at token i; returns whether one reported. */
  static boolean match(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    int before = hits.size();
    ownedNoun(text, t, i, w, names, hits, q);
    attributed(text, t, i, w, names, hits, q);
    idiom(text, t, i, w, names, hits, q);
    accountability(text, t, i, w, names, hits, q);
    competence(text, t, i, w, names, hits, q);
    return hits.size() > before;
  }

  private static void hit(List<Hit> hits, String text, Tokens t, int from, int to, Family f, String pattern,
      boolean[] q, String message, String replacement) {
    BlamelessLinter.addPattern(hits, text, t, Math.max(0, from), Math.min(t.size() - 1, to), f, pattern, q,
        message, replacement);
  }

  private static final String NOUN_MSG = "[%p] '%s' pins the outcome on a person or team; say what"
      + " happened and what made it possible";

  private static void ownedNoun(String text, Tokens t, int i, String w, Names names, List<Hit> hits,
      boolean[] q) {
    // "this outage is on the database team"
    if (w.equals("on") && COPULA.contains(at(t, i - 1)) && OUTAGE_NOUNS.contains(at(t, i - 2))
        && !at(t, i + 1).equals("call") && !at(t, i + 1).equals("duty") && !at(t, i + 1).equals("leave")
        && Agents.nounPhraseAfter(text, t, i, names) == Agents.PERSON) {
      hit(hits, text, t, i - 1, personAfter(text, t, i, names), Family.BLAME, BLAME_NOUN, q, NOUN_MSG, null);
      return;
    }
    if (!OWNED_NOUNS.contains(w)) {
      return;
    }
    // a possessive owner: "Omar's error", "the platform team's fault", "their mistake", "Kenji's careless mistake"
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String p = t.lower(k);
      boolean possessive = p.endsWith("'s") || p.endsWith("s'") || Agents.POSSESSIVE_PRONOUNS.contains(p);
      if (possessive) {
        if (Agents.kindOf(text, t, k, names) == Agents.PERSON && !w.equals("doing")) {
          hit(hits, text, t, npStart(t, k), i, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, ownedReplacement(w));
        }
        return;
      }
      if (t.clauseStart(k + 1) && k + 1 <= i - 1 || DETERMINERS.contains(p) || Agents.SYSTEM_NOUNS.contains(p)) {
        break;
      }
    }
    // "the fault was Wei's"
    if (COPULA.contains(at(t, i + 1)) && (at(t, i + 2).endsWith("'s") || at(t, i + 2).endsWith("s'"))
        && Agents.kindOf(text, t, i + 2, names) == Agents.PERSON && !OWNED_NOUNS.contains(at(t, i + 3))
        && !Agents.ROLES.contains(at(t, i + 3)) && !Agents.SYSTEM_NOUNS.contains(at(t, i + 3))) {
      hit(hits, text, t, i, i + 2, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, null);
      return;
    }
    // "at fault": the subject of the copula is a person
    if ((w.equals("fault")) && at(t, i - 1).equals("at")) {
      int cop = i - 2;
      while (cop >= 0 && Agents.SKIP_BEFORE_VERB.contains(at(t, cop)) && !COPULA.contains(at(t, cop))) {
        cop--;
      }
      if (COPULA.contains(at(t, cop)) && Agents.subject(text, t, cop, names) == Agents.PERSON) {
        hit(hits, text, t, i - 1, i, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, null);
      }
      return;
    }
    // "the fault of the storage team", "a mistake by Fatima", "an error made by Siobhan", "on the part of"
    int k = i + 1;
    if (at(t, k).equals("made") || at(t, k).equals("committed")) {
      k++;
    }
    String prep = at(t, k);
    if ((prep.equals("of") || prep.equals("by")) && sameClause(t, i, k)
        && Agents.nounPhraseAfter(text, t, k, names) == Agents.PERSON) {
      int head = personAfter(text, t, k, names);
      hit(hits, text, t, npStart(t, i), head, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, ownedReplacement(w));
      return;
    }
    if (prep.equals("on") && (at(t, k + 1).equals("the") && at(t, k + 2).equals("part") && at(t, k + 3).equals("of")
        && Agents.nounPhraseAfter(text, t, k + 3, names) == Agents.PERSON
        || at(t, k + 2).equals("part") && Agents.kindOf(text, t, k + 1, names) == Agents.PERSON)) {
      hit(hits, text, t, i, k + 2, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, null);
      return;
    }
    // "Raj made a mistake", "Bongani made a stupid mistake"
    if (!w.startsWith("fault")) {
      for (int m = i - 1; m >= Math.max(0, i - 4); m--) {
        if (MADE.contains(at(t, m))) {
          int s = Agents.subject(text, t, m, names);
          if (s == Agents.PERSON) {
            hit(hits, text, t, m, i, Family.BLAME, BLAME_NOUN, q, NOUN_MSG, null);
          }
          return;
        }
        if (t.clauseStart(m)) {
          return;
        }
      }
    }
  }

  /** A neutral noun phrase for an owned blame noun. */
  private static String ownedReplacement(String w) {
    if (w.startsWith("fault")) {
      return "a contributing factor";
    }
    if (w.startsWith("mistake") || w.startsWith("blunder") || w.startsWith("slip") || w.startsWith("screw")
        || w.equals("goof")) {
      return "a mistake";
    }
    if (w.startsWith("error")) {
      return "an error";
    }
    if (w.equals("oversight")) {
      return "an oversight";
    }
    if (w.equals("doing")) {
      return null;
    }
    return "a gap in the process";
  }

  /** The first word of the noun phrase ending at k: back over modifiers to a determiner, if any. */
  private static int npStart(Tokens t, int k) {
    for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
      String x = t.lower(m);
      if (DETERMINERS.contains(x) || Agents.POSSESSIVE_PRONOUNS.contains(x)) {
        return m;
      }
      if (t.clauseStart(m + 1) || COPULA.contains(x) || x.equals("of") || x.equals("by")
          || x.equals("to") || x.equals("with") || BlamelessLinter.isVocabulary(x) && !Agents.ROLES.contains(x)
          && !BAD_ADJ.contains(x) && !Agents.SYSTEM_NOUNS.contains(x)) {
        return m + 1;
      }
    }
    return k;
  }

  /** The index of the first person word after token from (within five words), or from + 1. */
  private static int personAfter(String text, Tokens t, int from, Names names) {
    for (int m = from + 1; m < t.size() && m <= from + 5; m++) {
      if (Agents.kindOf(text, t, m, names) == Agents.PERSON) {
        int end = m;
        while (end + 1 < t.size() && end < m + 3 && !t.clauseStart(end + 1)
            && (Agents.ROLES.contains(Agents.stripPossessive(t.lower(end + 1)))
                || t.capitalized(end + 1) && !Agents.SYSTEM_NOUNS.contains(t.lower(end + 1)))) {
          end++;
        }
        return end;
      }
    }
    return Math.min(t.size() - 1, from + 1);
  }

  private static final String ATTR_MSG = "[%p] '%s' frames the incident as a person's or team's"
      + " omission; describe what in the system made the step easy to miss";

  private static void attributed(String text, Tokens t, int i, String w, Names names, List<Hit> hits,
      boolean[] q) {
    // "X failed to follow", "X neglected to run", "X forgot to update"
    if (FAILED.contains(w) && at(t, i + 1).equals("to") && !at(t, i + 2).isEmpty()) {
      if (Agents.subject(text, t, i, names) == Agents.PERSON) {
        hit(hits, text, t, i, i + 2, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG, null);
      }
      return;
    }
    // "X ignored the alert", "X overlooked", "X missed the regression"
    if (OMISSION_VERBS.contains(w)) {
      boolean object = i + 1 < t.size() && !t.clauseStart(i + 1) && !at(t, i + 1).equals("by");
      boolean passive = COPULA.contains(at(t, i - 1)) || at(t, i - 1).equals("get") || at(t, i - 1).equals("got");
      if (object && !passive && Agents.subject(text, t, i, names) == Agents.PERSON
          && !systemicReason(text, t, i, names)) {
        hit(hits, text, t, i, i, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG, null);
      }
      return;
    }
    // "X didn't check", "X never tested", "X did not follow", "nobody bothered to"
    if (NEGATED_AUX.contains(w) || w.equals("did") && at(t, i + 1).equals("not")
        || w.equals("does") && at(t, i + 1).equals("not")) {
      int v = w.equals("did") || w.equals("does") ? i + 2 : i + 1;
      while (v < t.size() && Agents.SKIP_BEFORE_VERB.contains(at(t, v)) && v < i + 4) {
        v++;
      }
      if (HUMAN_VERBS.contains(at(t, v)) && !UNDERSTAND.contains(at(t, v))
          && Agents.subject(text, t, i, names) == Agents.PERSON) {
        hit(hits, text, t, i, v, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG, null);
      }
      return;
    }
    if (w.equals("bothered") || w.equals("bother")) {
      if (Agents.subject(text, t, i, names) == Agents.PERSON) {
        hit(hits, text, t, i, i, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG, null);
      }
      return;
    }
    // "nobody followed up", "no one checked"
    if ((w.equals("nobody") || w.equals("one") && at(t, i - 1).equals("no"))) {
      for (int v = i + 1; v < Math.min(t.size(), i + 5); v++) {
        String x = t.lower(v);
        if (t.clauseStart(v) || COPULA.contains(x) || x.equals("could") || x.equals("would")
            || x.equals("can") || x.equals("had") || x.equals("has") || x.equals("will")) {
          return;
        }
        if (x.endsWith("ed") && !x.equals("needed") && !x.equals("used") || x.equals("saw") || x.equals("ran")) {
          hit(hits, text, t, w.equals("one") ? i - 1 : i, v, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG,
              null);
          return;
        }
      }
      return;
    }
    // "it was Omar's responsibility to", "was the platform team's job"
    if (w.equals("responsibility") || w.equals("job") || w.equals("duty") || w.equals("task")) {
      int p = i - 1;
      String owner = at(t, p);
      if ((owner.endsWith("'s") || owner.endsWith("s'") || Agents.POSSESSIVE_PRONOUNS.contains(owner))
          && Agents.kindOf(text, t, p, names) == Agents.PERSON) {
        for (int c = p - 1; c >= Math.max(0, p - 4); c--) {
          if (COPULA.contains(at(t, c))) {
            int from = c;
            while (from > p - 4 && from > 0 && !COPULA.contains(at(t, from))) {
              from--;
            }
            hit(hits, text, t, p, i, Family.COUNTERFACTUAL, ATTRIBUTED, q, ATTR_MSG, null);
            return;
          }
          if (t.clauseStart(c + 1) && c + 1 < p) {
            break;
          }
        }
      }
    }
  }

  /**
   * Whether the sentence goes on to explain the step by a condition of the system: "skipped the
   * tests because the pipeline marked them optional".
   */
  private static boolean systemicReason(String text, Tokens t, int i, Names names) {
    for (int k = i + 1; k < Math.min(t.size(), i + 10); k++) {
      String x = t.lower(k);
      if (x.equals("because") || x.equals("as") && t.clauseStart(k)) {
        return Agents.nounPhraseAfter(text, t, k, names) == Agents.SYSTEM;
      }
    }
    return false;
  }

  private static final String IDIOM_MSG = "[%p] '%s' is a blaming idiom; describe what was done, with"
      + " what information, and what made it reasonable then";

  private static void idiom(String text, Tokens t, int i, String w, Names names, List<Hit> hits, boolean[] q) {
    if ((w.equals("dropped") || w.equals("drop") || w.equals("drops") || w.equals("dropping"))
        && at(t, i + 1).equals("the") && at(t, i + 2).equals("ball") && !at(t, i + 3).equals("of")) {
      hit(hits, text, t, i, i + 2, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if (w.equals("eye") && at(t, i + 1).equals("off") && at(t, i + 2).equals("the") && at(t, i + 3).equals("ball")) {
      hit(hits, text, t, i, i + 3, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if (MESS_VERBS.contains(w)) {
      boolean needsUp = w.startsWith("mess") || w.startsWith("screw");
      int end = i;
      if (needsUp) {
        end = -1;
        for (int k = i + 1; k <= i + 4 && k < t.size() && sameClause(t, i, k); k++) {
          if (t.lower(k).equals("up") || w.startsWith("screw") && t.lower(k).equals("pooch")) {
            end = k;
            break;
          }
        }
        if (end < 0) {
          return;
        }
      } else if (w.equals("blew") || w.equals("blown")) {
        if (!at(t, i + 1).equals("it") && !at(t, i + 1).equals("the")) {
          return;
        }
        end = i + 1;
      }
      int s = Agents.subject(text, t, i, names);
      if (s == Agents.PERSON || s == Agents.NONE && !w.equals("panicked") && !w.equals("panics")) {
        hit(hits, text, t, i, end, w.startsWith("panic") ? Family.JUDGEMENT : Family.JUDGEMENT,
            w.startsWith("panic") ? COMPETENCE : IDIOM, q, IDIOM_MSG, null);
      }
      return;
    }
    if ((w.equals("cut") || w.equals("cuts") || w.equals("cutting")) && at(t, i + 1).equals("corners")
        && !at(t, i + 2).equals("off") && !at(t, i + 2).equals("of")) {
      hit(hits, text, t, i, i + 1, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if (w.equals("paying")) {
      int k = i + 1;
      if (at(t, k).equals("enough") || at(t, k).equals("much") || at(t, k).equals("any") || at(t, k).equals("close")) {
        k++;
      }
      if (at(t, k).equals("attention")) {
        for (int n = i - 1; n >= Math.max(0, i - 3); n--) {
          String x = t.lower(n);
          if (BlamelessLinter.NEGATION.contains(x) || x.endsWith("n't") || x.equals("been") || x.equals("stopped")) {
            hit(hits, text, t, n, k, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
            return;
          }
        }
      }
      return;
    }
    if (w.equals("asleep") && (at(t, i + 1).equals("at") || at(t, i + 1).equals("on"))) {
      hit(hits, text, t, i, i + 3, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if (w.equals("caught") && at(t, i + 1).equals("napping")) {
      hit(hits, text, t, i, i + 1, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if (w.equals("slip") && at(t, i + 1).equals("through") && at(t, i + 3).equals("cracks")) {
      hit(hits, text, t, i, i + 3, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      return;
    }
    if ((w.equals("shortcut") || w.equals("shortcuts")) && (at(t, i - 1).equals("a") && (at(t, i - 2).equals("took")
        || at(t, i - 2).equals("take")) || at(t, i - 1).equals("took"))) {
      if (Agents.subject(text, t, i - (at(t, i - 1).equals("a") ? 2 : 1), names) == Agents.PERSON) {
        hit(hits, text, t, i - 2, i, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, null);
      }
      return;
    }
    if (w.equals("out") && at(t, i + 1).equals("of") && at(t, i + 3).equals("depth")) {
      hit(hits, text, t, i, i + 3, Family.JUDGEMENT, COMPETENCE, q, IDIOM_MSG, null);
      return;
    }
    if (BAD_ADJ.contains(w) && (w.equals("terrible") || w.equals("awful") || w.equals("wrong")
        || w.equals("bad") || w.equals("poor") || w.equals("questionable"))) {
      String n = at(t, i + 1);
      if ((n.equals("call") || n.equals("decision") || n.equals("move") || n.equals("choice"))
          && !(n.equals("call") && at(t, i + 2).equals("to") && (DETERMINERS.contains(at(t, i + 3))
              || Agents.kindOf(text, t, i + 3, names) == Agents.SYSTEM))
          && !w.equals("wrong")) {
        hit(hits, text, t, i, i + 1, Family.JUDGEMENT, IDIOM, q, IDIOM_MSG, "the decision");
      }
    }
  }

  private static final String ACC_MSG = "[%p] '%s' looks for someone to hold to account; ask what"
      + " happened and what made it possible";

  private static void accountability(String text, Tokens t, int i, String w, Names names, List<Hit> hits,
      boolean[] q) {
    if (w.equals("accountable") || w.equals("responsible")) {
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        String x = t.lower(k);
        if (x.equals("held") || x.equals("hold") || x.equals("holds") || x.equals("holding")) {
          hit(hits, text, t, k, i, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
          return;
        }
        if (t.clauseStart(k)) {
          break;
        }
      }
      if (w.equals("responsible")) {
        String prev = at(t, i - 1);
        // "who is responsible", "whoever was responsible"
        if (COPULA.contains(prev) && (at(t, i - 2).equals("who") || at(t, i - 2).equals("whoever"))
            || prev.equals("who's")) {
          hit(hits, text, t, i - 2, i, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
          return;
        }
        // "the person responsible", "the responsible engineer"
        if (Agents.ROLES.contains(prev) && (at(t, i - 2).equals("the") || at(t, i - 2).equals("those"))
            || at(t, i - 1).equals("the") && Agents.ROLES.contains(at(t, i + 1))
            || at(t, i - 1).equals("the") && at(t, i + 1).equals("party")) {
          hit(hits, text, t, i - 1, Agents.ROLES.contains(at(t, i + 1)) ? i + 1 : i, Family.BLAME, ACCOUNTABILITY,
              q, ACC_MSG, null);
          return;
        }
        // "Mehmet was responsible for the data loss"
        if (COPULA.contains(prev) && at(t, i + 1).equals("for")) {
          boolean outage = false;
          for (int k = i + 2; k <= i + 4; k++) {
            outage |= OUTAGE_NOUNS.contains(at(t, k)) && !at(t, k + 1).equals("to");
          }
          if (outage && Agents.subject(text, t, i - 1, names) == Agents.PERSON) {
            hit(hits, text, t, i, i + 1, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
          }
        }
      }
      return;
    }
    // "take responsibility for", "take the blame"
    if ((w.equals("take") || w.equals("took") || w.equals("takes")) && (at(t, i + 1).equals("responsibility")
        || at(t, i + 1).equals("the") && at(t, i + 2).equals("blame") || at(t, i + 1).equals("the")
        && at(t, i + 2).equals("fall"))) {
      hit(hits, text, t, i, at(t, i + 1).equals("the") ? i + 2 : i + 1, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG,
          null);
      return;
    }
    if (w.equals("answer") && at(t, i + 1).equals("for")) {
      hit(hits, text, t, i, i + 1, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
      return;
    }
    if (w.equals("consequences") && (at(t, i - 1).equals("face") || at(t, i - 1).equals("faces")
        || at(t, i + 1).equals("for") && Agents.nounPhraseAfter(text, t, i + 1, names) == Agents.PERSON)) {
      hit(hits, text, t, at(t, i - 1).startsWith("face") ? i - 1 : i, i, Family.BLAME, ACCOUNTABILITY, q,
          ACC_MSG, null);
      return;
    }
    if ((w.equals("be") || w.equals("been") || w.equals("get")) && PUNISH.contains(at(t, i + 1))
        && (!at(t, i + 1).equals("removed") || at(t, i + 2).equals("from") && Agents.ROLES.contains(at(t, i + 4))
            || at(t, i + 2).equals("from") && Agents.ROLES.contains(at(t, i + 3)))
        && !(at(t, i + 1).equals("named") && !at(t, i - 1).equals("to"))) {
      hit(hits, text, t, i, i + 1, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
      return;
    }
    if (w.equals("heads") && (at(t, i + 1).equals("should") || at(t, i + 1).equals("will")
        || at(t, i + 1).equals("must") || at(t, i + 1).equals("need") || at(t, i + 1).equals("roll"))) {
      for (int k = i + 1; k <= i + 3; k++) {
        if (at(t, k).equals("roll")) {
          hit(hits, text, t, i, k, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
          return;
        }
      }
      return;
    }
    if (w.equals("pay") && at(t, i + 1).equals("for") && (at(t, i + 2).equals("this") || at(t, i + 2).equals("it")
        || at(t, i + 2).equals("that") || OUTAGE_NOUNS.contains(at(t, i + 3)) && at(t, i + 2).equals("the"))) {
      hit(hits, text, t, i, i + 2, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
      return;
    }
    if (w.equals("who") && endsWithQuestion(text, t, i)) {
      String n = at(t, i + 1);
      if (n.endsWith("ed") || n.equals("broke") || n.equals("did") || n.equals("made") || n.equals("let")
          || n.equals("wrote") || n.equals("was") || n.equals("ran") || n.equals("caused") || n.equals("is")
          && !at(t, i + 2).equals("on")) {
        hit(hits, text, t, i, i + 1, Family.BLAME, ACCOUNTABILITY, q, ACC_MSG, null);
      }
    }
  }

  private static final String COMP_MSG = "[%p] '%s' judges a person's competence in hindsight;"
      + " describe what they knew, what they saw and what the system offered them";

  private static void competence(String text, Tokens t, int i, String w, Names names, List<Hit> hits,
      boolean[] q) {
    // "clearly didn't understand", "does not know how to", "had no idea what", "didn't have a clue"
    if (NEGATED_AUX.contains(w) || (w.equals("did") || w.equals("does")) && at(t, i + 1).equals("not")) {
      int v = w.equals("did") || w.equals("does") ? i + 2 : i + 1;
      while (Agents.SKIP_BEFORE_VERB.contains(at(t, v)) && !at(t, v).equals("have") && v < i + 4) {
        v++;
      }
      String verb = at(t, v);
      if ((verb.equals("understand") || verb.equals("know") || verb.equals("grasp") || verb.equals("think")
          && at(t, v + 2).equals("through") || verb.equals("have") && (at(t, v + 2).equals("clue")
              || at(t, v + 1).equals("any") && at(t, v + 2).equals("idea")))
          && Agents.subject(text, t, i, names) == Agents.PERSON) {
        hit(hits, text, t, i, verb.equals("have") || verb.equals("think") ? v + 2 : v, Family.JUDGEMENT,
            COMPETENCE, q, COMP_MSG, null);
      }
      return;
    }
    if (w.equals("idea") && at(t, i - 1).equals("no") && at(t, i + 1).equals("what")) {
      hit(hits, text, t, i - 1, i + 1, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, null);
      return;
    }
    if (w.equals("competent") && !at(t, i - 1).equals("in") || w.equals("qualified")
        && (BlamelessLinter.NEGATION.contains(at(t, i - 1)) || at(t, i - 1).endsWith("n't"))
        || w.equals("unqualified") || w.equals("inexperienced")) {
      if (w.equals("competent") && !(BlamelessLinter.NEGATION.contains(at(t, i - 1)) || at(t, i - 1).equals("any")
          || at(t, i - 1).endsWith("n't") || at(t, i - 1).equals("more") || at(t, i - 1).equals("a"))) {
        return;
      }
      hit(hits, text, t, i - (w.equals("qualified") || w.equals("competent") ? 1 : 0), i, Family.JUDGEMENT,
          COMPETENCE, q, COMP_MSG, null);
      return;
    }
    if (w.equals("experienced") && at(t, i - 1).equals("more") && Agents.ROLES.contains(at(t, i + 1))) {
      hit(hits, text, t, i - 1, i + 1, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, null);
      return;
    }
    if ((w.equals("lacks") || w.equals("lacked") || w.equals("lack") || w.equals("lacking"))) {
      for (int k = i + 1; k <= i + 3; k++) {
        if (SKILL_NOUNS.contains(at(t, k))) {
          if (Agents.subject(text, t, i, names) == Agents.PERSON || at(t, i + 1).equals("of")) {
            hit(hits, text, t, i, k, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, null);
          }
          return;
        }
      }
      return;
    }
    if ((w.equals("known") || w.equals("knew")) && at(t, i + 1).equals("better")) {
      hit(hits, text, t, i, i + 1, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, null);
      return;
    }
    if (BAD_ADJ.contains(w) && DECISIONS.contains(at(t, i + 1)) && !at(t, i + 1).equals("call")
        && !at(t, i + 1).equals("decision") && !at(t, i + 1).equals("choice")
        && !w.equals("wrong") && !w.equals("obvious") && !w.equals("basic") && !w.equals("bad")
        && !w.equals("poor")) {
      hit(hits, text, t, i, i + 1, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, "the");
      return;
    }
    if (w.equals("clue") && at(t, i - 1).equals("a") && BlamelessLinter.NEGATION.contains(at(t, i - 3))) {
      hit(hits, text, t, i - 3, i, Family.JUDGEMENT, COMPETENCE, q, COMP_MSG, null);
    }
  }
}

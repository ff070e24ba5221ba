package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The action-quality linter: vague items, items that do not start with a verb, no done-condition. */
final class ActionQualityRules {
  private ActionQualityRules() {}

  static final Pattern PREFIX = Pattern.compile(
      "^\\s*(?:\\[[^\\]]{1,40}\\]\\s*|[A-Z][A-Z0-9]+-\\d+\\s*[:\\-\u2013]?\\s*|\\(?P[0-4]\\)?\\s*[:\\-\u2013]\\s*|TODO:?\\s*)*");

  /** The title without ticket keys, tags and priority prefixes. */
  static String bareTitle(String title) {
    if (!title.isEmpty() && !mayHavePrefix(title)) {
      return title.trim();
    }
    Matcher m = PREFIX.matcher(title);
    // PREFIX is anchored and may match nothing, so it always matches at the start.
    return m.lookingAt() ? title.substring(m.end()).trim() : title.trim();
  }

  /**
   * Whether PREFIX can match more than nothing: only when the title starts with whitespace, '[',
   * '(' or an upper-case letter followed by an upper-case letter or digit.
   */
  private static boolean mayHavePrefix(String title) {
    char c = title.charAt(0);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '[' || c == '(') {
      return true;
    }
    if (c < 'A' || c > 'Z' || title.length() < 2) {
      return false;
    }
    char d = title.charAt(1);
    return d >= 'A' && d <= 'Z' || d >= '0' && d <= '9';
  }

  /**
   * The leading ASCII letters (lower case) that some vague pattern can start with: a title whose
   * leading letters are none of these matches none of the patterns.
   */
  private static final Set<String> VAGUE_FIRST = new HashSet<>(Arrays.asList(
      "be", "being", "pay", "paying", "double", "remember", "don", "do", "try", "improve", "enhance",
      "better", "increase", "strengthen", "investigate", "look", "research", "explore", "analyse",
      "analyze", "dig", "understand", "check", "think", "consider", "discuss", "talk", "review", "make",
      "ensure", "more", "additional", "extra"));

  private static boolean mayBeVague(String bare) {
    int end = 0;
    while (end < bare.length() && end < 16) {
      char c = bare.charAt(end);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        break;
      }
      end++;
    }
    return end > 0 && end < 16 && VAGUE_FIRST.contains(bare.substring(0, end).toLowerCase(Locale.ROOT));
  }

  /** A vague pattern, what makes it vague, and a better alternative. */
  static final class Vague {
    final Pattern pattern;
    final String why;
    final String instead;

    Vague(String regex, String why, String instead) {
      this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      this.why = why;
      this.instead = instead;
    }
  }

  static final Vague[] VAGUE = {
    new Vague("^(?:be|being)\\s+(?:more\\s+|extra\\s+|very\\s+)?(?:careful|vigilant|attentive|diligent|mindful|cautious|aware)\\b",
        "asks people to try harder instead of changing the system",
        "Add a pre-deploy check that blocks <the risky change> unless <condition>"),
    new Vague("^(?:pay|paying)\\s+(?:more\\s+|closer\\s+)?attention\\b",
        "asks people to try harder instead of changing the system",
        "Alert on <signal> above <threshold> and route it to <team>"),
    new Vague("^(?:double[- ]check|remember\\s+to|don't\\s+forget|do\\s+not\\s+forget|try\\s+(?:harder\\s+)?to|try\\s+harder)\\b",
        "relies on memory and effort instead of a safeguard",
        "Automate <the step> in <the tool> so it cannot be skipped"),
    new Vague("^(?:improve|enhance|better|increase|strengthen)\\s+(?:the\\s+|our\\s+)?(?:monitoring|alerting|observability|testing|tests|communication|documentation|docs|processes?|reliability|resilience|quality|visibility|coverage|logging|awareness|training)\\s*\\.?$",
        "names an area, not a change: nobody can tell when it is done",
        "Alert when <metric> exceeds <threshold> for <duration>"),
    new Vague("^(?:investigate|look\\s+into|research|explore|analy[sz]e|dig\\s+into|understand|check)\\b(?!.*\\b(?:and|then|to)\\s+(?:decide|document|record|report|propose|write|file|fix|add|publish|present|choose|recommend|share|create|produce|deliver|update|open|raise|summari[sz]e|implement|remove)\\b)",
        "has no outcome: what will exist when the investigation is over?",
        "Investigate <question> and record the decision in <place>"),
    new Vague("^(?:think\\s+about|consider|discuss|talk\\s+about|review)\\s+(?:whether|how|if|ways|options|our|the\\s+process)\\b",
        "has no outcome: a discussion is not a change",
        "Decide <question> and record the decision in <place>"),
    new Vague("^(?:make\\s+sure|ensure)\\s+(?:that\\s+)?(?:this|it|the\\s+issue|the\\s+problem|this\\s+issue)\\s+(?:does\\s+not|doesn't|never|won't|will\\s+not)\\s+happen",
        "states a wish, not a change",
        "Add <safeguard> so that <failure> is blocked or detected within <time>"),
    new Vague("^(?:more|better|additional|extra)\\s+(?:monitoring|alerting|testing|tests|training|communication|documentation|reviews?|care)\\b",
        "names an area, not a change",
        "Add <specific alert/test/review> for <specific case>"),
  };

  static Optional<Vague> vague(String title) {
    String bare = bareTitle(title);
    if (!mayBeVague(bare)) {
      return Optional.empty();
    }
    for (Vague v : VAGUE) {
      // Every pattern starts with '^': matching at the start is the same as finding.
      if (v.pattern.matcher(bare).lookingAt()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static final class ActionVague extends BuiltinRule {
    ActionVague() {
      super("action-vague", Level.WARNING, Profile.STANDARD,
          "Action items are specific: not \"be more careful\", \"improve monitoring\" or \"investigate\" without an outcome",
          "An item that asks people to try harder, names an area instead of a change, or has no"
              + " outcome cannot be finished, verified or prioritised. Vague items are the most common"
              + " reason action items linger.",
          "Say what will change and how anyone will know: \"Alert when pool utilisation exceeds 80 %"
              + " for 5 minutes\" instead of \"Improve monitoring\"; \"Investigate retry storms and"
              + " record the decision in ADR-12\" instead of \"Investigate retries\".");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        Optional<Vague> v = vague(a.title());
        if (v.isPresent()) {
          ctx.report(Ptr.of("actionItems", i, "title"),
              "action item '" + a.id() + "' is vague: it " + v.get().why + "; say what will change and how"
                  + " anyone will know it is done", v.get().instead);
        }
      }
    }
  }

  static final Set<String> VERBS = new HashSet<>(Arrays.asList((
      "accept add adjust adopt alert align allow analyse analyze announce apply archive assess assign audit"
      + " automate avoid backfill backport benchmark block bound build bump cache calibrate cap change check"
      + " clarify clean cleanup close codify collect combine communicate complete configure confirm"
      + " consolidate contact convert correct create cut dashboard debug decide decommission define delete"
      + " deploy deprecate describe design detect develop disable document downgrade draft drop educate"
      + " eliminate emit enable encrypt enforce ensure escalate establish estimate evaluate expand expire"
      + " explain export expose extend extract file fix flag follow force formalize formalise gate generate"
      + " guard handle harden hire hold identify implement import improve include increase index inform"
      + " install instrument integrate introduce investigate isolate keep label launch limit link lint load"
      + " lock log lower maintain make map mark measure merge migrate mitigate model monitor move notify"
      + " obtain onboard open optimise optimize organise organize own page parallelise parallelize partition"
      + " patch pin plan poll populate prepare prevent prioritise prioritize probe produce profile prohibit"
      + " propagate propose protect prototype provide provision prune publish purge put quarantine"
      + " raise rate-limit re-enable read rebalance rebuild record reduce refactor refresh reject release"
      + " remove rename reorganise reorganize repair replace replicate report reproduce request require"
      + " reroute reset resize restore restrict restructure retire retry return review revise revert"
      + " rewrite roll rollback rotate route run sanitise sanitize scale schedule scope script secure"
      + " segment send separate set setup shard share ship shorten show shut simplify simulate size skip"
      + " snapshot split stage standardise standardize start stop store streamline strengthen submit"
      + " subscribe support suppress switch sync synchronise synchronize tag teach test throttle tighten"
      + " timebox trace track train transfer translate trigger tune turn unify uninstall unpin update"
      + " upgrade upload use validate verify version warn watch whitelist allowlist denylist widen write"
      + " backup re-run rerun re-test retest re-tune retune rehearse drill exercise practise practice"
      + " run-book introduce centralise centralize decouple dedupe deduplicate de-duplicate cordon drain"
      + " failover fail-over preload prewarm pre-warm warm alarm ask agree get give let put bring take"
      + " find hand host list pair price queue rank reach sign sort spin tell test try wire").split(" ")));

  /** The first word of a title: {@code ^[\p{L}][\p{L}\-']*}, or "" when it starts otherwise. */
  static String firstWord(String bare) {
    if (bare.isEmpty() || !Character.isLetter(bare.codePointAt(0))) {
      return "";
    }
    int i = Character.charCount(bare.codePointAt(0));
    while (i < bare.length()) {
      int cp = bare.codePointAt(i);
      if (!Character.isLetter(cp) && cp != '-' && cp != '\'') {
        break;
      }
      i += Character.charCount(cp);
    }
    return bare.substring(0, i);
  }

  static final class ActionVerbFirst extends BuiltinRule {
    ActionVerbFirst() {
      super("action-verb-first", Level.INFO, Profile.STANDARD,
          "An action item's title starts with a verb",
          "A title that starts with a verb (\"Add\", \"Alert\", \"Remove\") says what will be done;"
              + " a noun phrase (\"Monitoring for the pool\", \"Runbook\") leaves the reader to guess."
              + " Ticket keys, tags and priority prefixes are skipped; the rule knows about 400 verbs"
              + " common in action items, so an unusual verb may be reported: the level is info.",
          "Rewrite the title as an instruction: \"Runbook for failover\" becomes \"Write a runbook"
              + " for database failover\".");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        String bare = bareTitle(a.title());
        String first = firstWord(bare).toLowerCase(Locale.ROOT);
        if (first.isEmpty() || !VERBS.contains(first)) {
          ctx.report(Ptr.of("actionItems", i, "title"),
              "the title of action item '" + a.id() + "' does not start with a verb"
                  + (first.isEmpty() ? "" : " ('" + first + "')") + "; start with what will be done",
              "<Verb> " + (bare.isEmpty() ? a.title() : Character.toLowerCase(bare.charAt(0)) + bare.substring(1)));
        }
      }
    }
  }

  static final Pattern DONE = Pattern.compile(
      "\\b(?:done\\s+when|complete\\s+when|finished\\s+when|until|so\\s+that|verified\\s+by|measured\\s+by"
          + "|success(?:ful)?\\s+(?:when|if|means)|acceptance|criteri(?:on|a)|at\\s+least|at\\s+most|below|above"
          + "|under|within|no\\s+more\\s+than|fewer\\s+than|less\\s+than|more\\s+than|exceeds?|fires?|alerts?\\s+when"
          + "|blocks?|rejects?|fails?\\s+the\\s+build|passes|covered\\s+by|runbook|documented\\s+in|merged|enabled"
          + "|deployed\\s+to|in\\s+production|for\\s+all|every|each|no\\s+longer|instead\\s+of|removed?|replaced?)\\b"
          + "|\\d", Pattern.CASE_INSENSITIVE);

  static boolean hasDoneCondition(ActionItem a) {
    if (a.verification().isPresent()) {
      return true;
    }
    if (done(a.title())) {
      return true;
    }
    return a.description().isPresent() && done(a.description().get());
  }

  /** Whether {@link #DONE} occurs in the text; an ASCII digit is enough, without the regex. */
  private static boolean done(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return DONE.matcher(text).find();
  }

  static final class ActionDoneCondition extends BuiltinRule {
    ActionDoneCondition() {
      super("action-done-condition", Level.WARNING, Profile.STANDARD,
          "An open action item says when it is done",
          "\"Bounded\" items (Lunney et al., SRE) have a done-condition: a threshold, a check that"
              + " passes, a place where the result is recorded. Items without one drift and are"
              + " closed by whoever gives up last. A `verification`, a number, or words such as \"done"
              + " when\", \"until\", \"within\", \"blocks\", \"fires\" in the title or description count.",
          "Add the condition to the description (\"done when the deploy pipeline rejects configs"
              + " with pool size below 20\") or record a `verification`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (!ActionRules.open(a) || hasDoneCondition(a) || vague(a.title()).isPresent()) {
          continue;
        }
        boolean investigate = a.type().filter(t -> t == ActionType.INVESTIGATE).isPresent();
        ctx.report(Ptr.of("actionItems", i, "description"),
            "action item '" + a.id() + "' has no done-condition; say how anyone will know it is done",
            investigate ? "Done when the findings and the decision are recorded in <place>"
                : "Done when <observable condition, e.g. the pipeline rejects X / the alert fires when Y>");
      }
    }
  }
}

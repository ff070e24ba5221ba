package dev.postmortem.validate.internal;

import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The blameless-language linter: finds counterfactuals, judgemental words, blame words, "human
 * error" given as a cause, a named person as the subject of a failure, and minimisers.
 *
 * <p>One pass over the text builds word tokens, clause boundaries and the quoted regions (code
 * spans, fenced code, block quotes, chat-log lines, text in double quotes); the matchers then look
 * at a bounded window around each token, so the time is linear in the length of the text.
 */
public final class BlamelessLinter {
  /** The kinds of language the linter finds; each is reported by its own rule. */
  public enum Family {
    COUNTERFACTUAL, JUDGEMENT, BLAME, HUMAN_ERROR, NAMED_PERSON, MINIMISER, DENIED
  }

  /** Where a text sits: cause fields (causes, why answers, trigger) are judged more strictly. */
  public enum Scope {
    CAUSE, TEXT
  }

  /** One match. */
  public static final class Hit {
    public final Family family;
    public final int start;
    public final int end;
    public final boolean quoted;
    public final String phrase;
    public final String message;
    /** The pattern family that matched, e.g. "counterfactual" or "blame noun owned by a person". */
    public final String pattern;
    private final String text;
    private final String replacement;
    private String suggestion;

    Hit(Family family, String pattern, int start, int end, boolean quoted, String phrase, String message,
        String text, String replacement) {
      this.pattern = pattern;
      this.family = family;
      this.start = start;
      this.end = end;
      this.quoted = quoted;
      this.phrase = phrase;
      this.message = message;
      this.text = text;
      this.replacement = replacement;
    }

    /**
     * The suggested rewording, made when first asked for: always a grammatical sentence (see
     * {@link Rewrites}).
     *
     * @return the suggestion
     */
    public String suggestion() {
      if (suggestion == null) {
        suggestion = Rewrites.suggest(text, start, end, family, pattern, replacement);
      }
      return suggestion;
    }

    @Override
    public String toString() {
      return family + "/" + pattern + (quoted ? " (quoted)" : "") + " '" + phrase + "' at " + start;
    }
  }

  /** The pattern name of the hits of the original matchers of a family. */
  static String defaultPattern(Family f) {
    switch (f) {
      case COUNTERFACTUAL: return BlamePatterns.COUNTERFACTUAL;
      case JUDGEMENT: return "judgemental word";
      case BLAME: return "blame word";
      case HUMAN_ERROR: return "human error as a cause";
      case NAMED_PERSON: return "named participant as the subject of a failure";
      case MINIMISER: return "minimiser";
      default: return "policy deny list";
    }
  }

  /** The people whose names must not be the subject of a failure, with a role to suggest instead. */
  public static final class Names {
    final List<String[]> sequences = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    final Set<String> firstTokens = new HashSet<>();
    /** The hash codes of {@link #firstTokens}, sorted. */
    private int[] firstHashes = new int[0];
    /** Bit (h mod 64) and bit ((h >>> 6) mod 64) of every hash in {@link #firstHashes}: a quick filter. */
    private long firstHashBits;
    private long firstHashBits2;

    static final Names NONE = new Names();

    /** The participants, authors and their handles of a post-mortem. */
    public static Names of(Postmortem pm) {
      Names n = new Names();
      for (Participant p : pm.participants()) {
        String role = p.roles().isEmpty() ? "responder" : p.roles().get(0) == Role.OTHER ? "responder"
            : p.roles().get(0).id().replace('-', ' ');
        n.add(p.name(), role);
        p.handle().ifPresent(h -> n.add(h, role));
      }
      for (String a : pm.authors()) {
        n.add(a, "author");
      }
      return n;
    }

    /** Names from plain strings (tests, corpora). */
    public static Names of(List<String> names) {
      Names n = new Names();
      names.forEach(s -> n.add(s, "responder"));
      return n;
    }

    void add(String name, String role) {
      List<String> whole = words(name);
      if (whole.isEmpty()) {
        return;
      }
      put(whole, role);
      if (whole.size() > 1) {
        for (String part : whole) {
          if (part.length() >= 2 && !COMMON.contains(part)) {
            put(List.of(part), role);
          }
        }
      }
    }

    private void put(List<String> seq, String role) {
      sequences.add(seq.toArray(new String[0]));
      roles.add(role);
      if (firstTokens.add(seq.get(0))) {
        int h = seq.get(0).hashCode();
        firstHashBits |= 1L << h;
        firstHashBits2 |= 1L << (h >>> 6);
        int at = Arrays.binarySearch(firstHashes, h);
        if (at < 0) {
          int[] grown = new int[firstHashes.length + 1];
          System.arraycopy(firstHashes, 0, grown, 0, -at - 1);
          grown[-at - 1] = h;
          System.arraycopy(firstHashes, -at - 1, grown, -at, firstHashes.length + at + 1);
          firstHashes = grown;
        }
      }
    }

    /** Whether some first word of a name has this hash code. */
    boolean mayBeFirstWord(int hash) {
      return (firstHashBits & (1L << hash)) != 0 && (firstHashBits2 & (1L << (hash >>> 6))) != 0
          && Arrays.binarySearch(firstHashes, hash) >= 0;
    }

    private static List<String> words(String s) {
      return Words.split(s.toLowerCase(Locale.ROOT), new ArrayList<>());
    }
  }

  static final Set<String> SIGNALLING = set("returns", "returned", "reports", "reported", "shows",
      "showed", "raises", "raised", "throws", "threw", "logs", "logged", "displays", "displayed", "emits",
      "emitted", "signals", "signalled", "gets", "got", "treats", "treated", "classifies", "classified");

  /** Allow and deny lists, as token sequences. */
  public static final class Terms {
    final List<String[]> allow = new ArrayList<>();
    final List<String[]> deny = new ArrayList<>();

    public static Terms of(List<String> allow, List<String> deny) {
      Terms t = new Terms();
      allow.forEach(s -> t.allow.add(tokens(s)));
      deny.forEach(s -> t.deny.add(tokens(s)));
      t.allow.removeIf(a -> a.length == 0);
      t.deny.removeIf(a -> a.length == 0);
      return t;
    }

    static final Terms NONE = of(List.of(), List.of());

    private static String[] tokens(String s) {
      Tokens t = tokenize(s, new boolean[s.length()]);
      String[] out = new String[t.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = t.lower(i);
      }
      return out;
    }
  }

  /**
   * The word tokens of a text, as parallel arrays. The lower-case form of a token is made only when
   * a matcher asks for it; words of the linter's own vocabulary get the shared instance at once.
   */
  static final class Tokens {
    private static final byte CAPITALIZED = 1;
    private static final byte CLAUSE_START = 2;
    /** Only ASCII characters: the lower-case form is known without making it. */
    private static final byte ASCII = 4;
    /** An ASCII token that may start a matcher other than names and the deny list. */
    private static final byte MAY_TRIGGER = 8;

    private String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    private String[] lower;
    /** The hash code of the lower-case form of ASCII tokens. */
    private int[] hashes;

    Tokens() {
      this("", 16);
    }

    Tokens(String text, int capacity) {
      this.text = text;
      starts = new int[capacity];
      ends = new int[capacity];
      flags = new byte[capacity];
      lower = new String[capacity];
      hashes = new int[capacity];
    }

    /** Empties the tokens for another text, keeping the buffers. */
    Tokens reset(String newText) {
      Arrays.fill(lower, 0, size, null);
      size = 0;
      text = newText;
      return this;
    }

    void add(int start, int end, byte flag, String lowerCase, int hash) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        flags = Arrays.copyOf(flags, capacity);
        lower = Arrays.copyOf(lower, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      flags[size] = flag;
      lower[size] = lowerCase;
      hashes[size] = hash;
      size++;
    }

    int size() {
      return size;
    }

    int start(int i) {
      return starts[Objects.checkIndex(i, size)];
    }

    int end(int i) {
      return ends[Objects.checkIndex(i, size)];
    }

    boolean capitalized(int i) {
      return (flags[Objects.checkIndex(i, size)] & CAPITALIZED) != 0;
    }

    boolean clauseStart(int i) {
      return (flags[Objects.checkIndex(i, size)] & CLAUSE_START) != 0;
    }

    /** The token in lower case, with typographic apostrophes made plain. */
    String lower(int i) {
      String w = lower[Objects.checkIndex(i, size)];
      if (w == null) {
        w = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        lower[i] = w;
      }
      return w;
    }

    /**
     * False only when token i cannot start a matcher other than names and the deny list: a cheap,
     * conservative pre-filter of {@link BlamelessLinter#lint}'s trigger test.
     */
    boolean mayTrigger(int i) {
      return (flags[i] & (ASCII | MAY_TRIGGER)) != ASCII;
    }

    /**
     * False only when token i cannot be the first word of a name: the hash of its lower-case form
     * without a possessive and a leading '@' is none of the names' first words' hashes.
     */
    boolean mayStartName(int i, Names names) {
      if ((flags[i] & ASCII) == 0) {
        return true;
      }
      int s = starts[i];
      int e = ends[i];
      boolean whole = true;
      if (e - s >= 2 && text.charAt(e - 2) == '\'' && (text.charAt(e - 1) | 0x20) == 's') {
        e -= 2;
        whole = false;
      } else if (e - s >= 2 && (text.charAt(e - 2) | 0x20) == 's' && text.charAt(e - 1) == '\'') {
        e -= 1;
        whole = false;
      }
      if (e > s && text.charAt(s) == '@') {
        s++;
        whole = false;
      }
      if (whole) {
        return names.mayBeFirstWord(hashes[i]);
      }
      int h = 0;
      for (int k = s; k < e; k++) {
        h = 31 * h + asciiLower(text.charAt(k));
      }
      return names.mayBeFirstWord(h);
    }
  }

  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * Every word the matchers compare tokens with, in an open-addressing table searched by the
   * characters of the text itself: an ASCII token in it gets the shared lower-case instance
   * without any allocation, and whether it is a trigger.
   */
  private static final class Lexicon {
    private final String[] words;
    private final int[] hashes;
    private final boolean[] trigger;
    private final int mask;

    Lexicon(Set<String> vocabulary, Set<String> triggers) {
      int capacity = Integer.highestOneBit(Math.max(16, vocabulary.size() * 4) - 1) << 1;
      words = new String[capacity];
      hashes = new int[capacity];
      trigger = new boolean[capacity];
      mask = capacity - 1;
      for (String w : vocabulary) {
        int slot = mix(w.hashCode()) & mask;
        while (words[slot] != null) {
          slot = (slot + 1) & mask;
        }
        words[slot] = w;
        hashes[slot] = w.hashCode();
        trigger[slot] = triggers.contains(w);
      }
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }

    /** The slot of the word equal to the lower-cased ASCII text[from, to) with hash h, or -1. */
    int find(String text, int from, int to, int h) {
      int slot = mix(h) & mask;
      for (String w = words[slot]; w != null; w = words[slot = (slot + 1) & mask]) {
        if (hashes[slot] == h && w.length() == to - from && sameLower(w, text, from)) {
          return slot;
        }
      }
      return -1;
    }

    private static boolean sameLower(String w, String text, int from) {
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) != asciiLower(text.charAt(from + k))) {
          return false;
        }
      }
      return true;
    }
  }

  private static Set<String> set(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  static final Set<String> COMMON = set("will", "may", "mark", "bill", "art", "rich", "grant", "hope",
      "faith", "case", "page", "chase", "lane", "joy", "april", "june", "jack", "max", "sky", "ray",
      "rose", "dean", "drew", "frank", "gene", "guy", "jay", "pat", "sue", "the", "van", "von", "de",
      "la", "le", "di", "da", "ops", "dev", "team", "bot", "admin", "root", "user", "oncall", "on");
  static final Set<String> PERSON = set("i", "we", "you", "he", "she", "they", "someone", "somebody",
      "anyone", "anybody", "nobody", "everyone", "everybody", "engineer", "engineers", "operator",
      "operators", "developer", "developers", "dev", "devs", "on-call", "oncall", "responder",
      "responders", "reviewer", "reviewers", "team", "author", "authors", "sre", "sres", "admin",
      "admins", "administrator", "administrators", "commander", "manager", "managers", "staff",
      "people", "person", "owner", "owners", "human", "humans", "tester", "testers", "qa", "ic",
      "us", "them", "him", "her", "me", "colleague", "colleagues", "employee", "intern", "contractor");
  static final Set<String> ADVERBS = set("also", "really", "probably", "likely", "definitely",
      "arguably", "clearly", "obviously", "certainly", "perhaps", "maybe", "easily", "ideally",
      "surely", "simply", "just", "then", "still", "at", "least", "all", "both", "not");
  static final Set<String> HUMAN_PARTICIPLES = set("known", "noticed", "checked", "caught", "tested",
      "read", "asked", "realised", "realized", "seen", "escalated", "paged", "waited", "followed",
      "reviewed", "verified", "double-checked", "spotted", "looked", "thought", "anticipated",
      "foreseen", "communicated", "told", "informed", "listened", "considered", "remembered",
      "understood", "investigated", "acknowledged", "noted", "paid", "flagged", "raised", "stopped",
      "involved", "consulted", "coordinated", "warned", "notified", "acted", "responded", "answered");
  static final Set<String> CAUGHT = set("caught", "noticed", "spotted", "tested", "reviewed",
      "prevented", "avoided", "found", "seen", "flagged", "checked", "escalated", "handled",
      "obvious", "clear", "apparent", "known", "foreseen", "anticipated", "rolled", "reverted",
      "stopped", "raised", "done", "addressed", "fixed", "detected", "identified", "verified");
  static final Set<String> PROBLEM = set("this", "that", "it", "which", "issue", "problem", "mistake",
      "error", "bug", "change", "outage", "incident", "typo", "regression", "misconfiguration");
  static final Set<String> COMPARATIVE = set("worse", "longer", "larger", "bigger", "greater",
      "higher", "more", "wider", "costlier", "catastrophic", "severe", "serious", "much");
  static final Set<String> HINDSIGHT = set("sooner", "earlier", "faster", "quicker", "better",
      "first", "immediately");
  static final Set<String> HV = set("notice", "check", "follow", "read", "verify", "test", "review",
      "communicate", "escalate", "update", "tell", "inform", "realize", "realise", "consider",
      "catch", "see", "ask", "report", "document", "understand", "remember", "pay", "double-check",
      "validate", "confirm", "monitor", "wait", "coordinate", "mention", "spot", "look", "notify",
      "page", "think", "know", "anticipate", "foresee", "bother", "investigate", "acknowledge",
      "ack", "answer", "reply", "listen", "warn", "flag", "raise", "care");
  static final Set<String> STRONG_HV = set("notice", "follow", "realize", "realise", "communicate",
      "escalate", "inform", "tell", "ask", "read", "remember", "pay", "understand", "consider",
      "anticipate", "foresee", "double-check", "acknowledge", "review", "listen", "bother", "warn");
  static final Set<String> IGNORABLE = set("alert", "alerts", "warning", "warnings", "page", "pages",
      "runbook", "runbooks", "process", "procedure", "procedures", "checklist", "guidance", "policy",
      "advice", "instructions", "documentation", "docs", "rules", "protocol", "signs",
      "ticket", "tickets", "feedback", "review", "reviewer", "reviewers", "first", "second", "warning");
  static final Set<String> FAILURE_VERBS = set("broke", "break", "breaks", "caused", "causes",
      "forgot", "forgets", "missed", "misses", "failed", "fails", "ignored", "ignores", "overlooked",
      "neglected", "deleted", "dropped", "misconfigured", "misconfigures", "mistyped", "botched",
      "messed", "screwed", "skipped", "skips", "misread", "misjudged", "corrupted", "should",
      "could", "shouldn't", "should've", "could've", "bypassed", "disabled", "wiped", "fumbled",
      "mishandled", "mismanaged", "blew", "killed", "nuked", "trashed", "crashed", "typoed");
  static final Set<String> SKIPPABLE = set("also", "accidentally", "mistakenly", "inadvertently",
      "wrongly", "then", "had", "has", "have", "just", "carelessly", "again", "unknowingly",
      "apparently", "completely", "simply", "clearly", "obviously");
  static final Set<String> FAULT_NOUNS = set("mistake", "error", "typo", "fault", "change", "deploy",
      "deployment", "commit", "script", "config", "configuration", "command", "pr", "push",
      "migration", "query", "code", "patch", "rollout", "oversight", "slip", "blunder");
  static final Set<String> PERSONAL_FAULT = set("mistake", "error", "typo", "fault", "oversight",
      "slip", "blunder", "carelessness", "negligence", "sloppiness");
  static final Set<String> CAUSE_VERBS = set("caused", "causes", "broke", "breaks", "triggered",
      "took", "led", "resulted", "introduced", "deleted", "dropped", "corrupted", "brought", "wiped",
      "crashed", "killed");
  static final Set<String> BY_VERBS = set("caused", "introduced", "broken", "triggered", "deleted",
      "dropped", "pushed", "made", "corrupted", "misconfigured", "mistake", "error", "typo",
      "oversight", "started", "wiped", "crashed", "killed", "missed", "ignored", "overlooked");
  static final String[] JUDGEMENT_STEMS = {"careless", "negligen", "neglect", "sloppy", "sloppi",
      "incompeten", "lazy", "lazi", "stupid", "reckless", "irresponsib", "inattentive", "inattention",
      "idiot", "foolish", "clueless", "unprofessional", "thoughtless", "mismanag", "dumb", "incapable",
      "inept", "ineptitude", "slack", "lax", "laxity", "sloth", "moron", "dimwit", "boneheaded",
      "screwup", "screw-up"};
  static final Set<String> JUDGEMENT_EXACT = set("dumb", "slack", "lax", "laxity", "inept", "moron",
      "sloth");
  static final Set<String> LAZY_TECH = set("loading", "load", "loaded", "loads", "initialization",
      "initialisation", "init", "initialized", "initialised", "evaluation", "evaluated", "eval", "val",
      "sequence", "sequences", "iterator", "iterators", "instantiation", "instantiated", "fetch",
      "fetching", "fetched", "deserialization", "import", "imports", "mode", "property", "properties",
      "list", "lists", "stream", "streams", "binding", "bean", "beans", "singleton", "created",
      "computed", "bound", "started", "consumer", "consumers", "expiry", "expiration", "deletion",
      "replication", "approach", "column", "columns", "value", "values", "evaluator", "proxy");
  static final Set<String> FAULT_TECH = set("tolerance", "tolerant", "injection", "inject",
      "injector", "domain", "domains", "isolation", "detection", "handling", "handler", "handlers",
      "code", "codes", "line", "lines", "zone", "zones", "model", "mode", "modes", "tree", "trees",
      "analysis", "condition", "conditions", "current", "state", "states", "signal", "log", "logs",
      "counter", "counters", "rate", "path", "paths", "flag", "flags", "plan", "class", "type");
  static final Set<String> USER_ERROR_TECH = set("code", "codes", "response", "responses", "message",
      "messages", "rate", "rates", "page", "pages", "handling", "status", "statuses", "type", "types",
      "class", "classes", "metric", "metrics", "count", "counts", "budget", "path", "paths", "case",
      "cases", "dialog", "banner", "toast", "field", "fields", "state", "states", "category", "bucket");
  static final Set<String> JUST_NEUTRAL = set("before", "after", "in", "over", "under", "below",
      "above", "about", "around", "as", "now", "then", "once", "like", "enough", "shy", "short",
      "barely", "ahead", "past", "prior", "when", "minutes", "seconds", "hours", "days", "weeks",
      "outside", "inside", "within", "beyond", "less", "fewer", "this", "that", "one", "two", "three",
      "four", "five", "ten", "started", "finished", "completed", "landed", "released", "deployed",
      "shipped", "fine", "right", "since", "until", "following", "ended", "begun");
  static final Set<String> CLEARLY_NEUTRAL = set("visible", "labelled", "labeled", "marked",
      "documented", "defined", "named", "separated", "written", "stated", "communicated",
      "identified", "signposted", "structured", "delineated", "distinguished", "explained");
  static final Set<String> NEGATION = set("not", "no", "never", "isn't", "wasn't", "aren't",
      "weren't", "rather", "non", "instead", "nor", "without", "avoid", "avoids", "reject", "rejects");
  static final Set<String> SHOULD = set("should", "could", "shouldn't", "should've", "could've",
      "shoulda", "coulda");

  private static final Set<String> ATTENTION_ETC = set("attention", "care", "diligence", "discipline", "competence", "common", "thought", "professionalism", "rigor", "rigour", "effort");
  private static final Set<String> PIPE_ETC = set("pipe", "pipes", "terminal", "terminals", "client", "proxy", "switch", "device", "devices", "down");
  private static final Set<String> WAS_ETC = set("was", "were", "is", "are", "been", "being", "too", "so", "very", "rather", "quite");
  private static final Set<String> GIT_ETC = set("git", "svn", "hg", "cvs");
  private static final Set<String> OUTPUT_ETC = set("output", "view", "annotation", "annotations", "log", "command");
  private static final Set<String> MY_ETC = set("my", "our", "his", "her", "their", "your", "whose");
  private static final Set<String> ASKED_ETC = set("asked", "know", "find", "out", "see", "wondered", "ask", "asking");
  private static final Set<String> IS_ETC = set("is", "was");
  private static final Set<String> BROKE_ETC = set("broke", "caused", "messed", "screwed");
  private static final Set<String> DID_ETC = set("did", "pushed", "deleted", "dropped", "approved", "let");
  private static final Set<String> MISTAKE_ETC = set("mistake", "error", "blunder", "mess");
  private static final Set<String> OUTAGE_ETC = set("outage", "incident", "failure", "breakage", "mistake", "error", "problem", "mess", "downtime");
  private static final Set<String> OUTAGE_ETC2 = set("outage", "incident", "failure", "breakage", "mistake", "error", "downtime");
  private static final Set<String> HUMAN_ETC = set("human", "operator", "user", "pilot", "engineer", "engineering", "developer", "admin", "administrator", "personnel", "manual", "staff");
  private static final Set<String> ERROR_ETC = set("error", "errors", "mistake", "mistakes");
  private static final Set<String> FAILURE_ETC = set("failure", "failures", "factor", "factors", "slip", "slips", "fault");
  private static final Set<String> PEBKAC_ETC = set("pebkac", "pebcak", "id10t", "pebcac");
  private static final Set<String> A_ETC = set("a", "an");
  private static final Set<String> MISTAKE_ETC2 = set("mistake", "error", "blunder");
  private static final Set<String> A_ETC2 = set("a", "the");
  private static final Set<String> BAD_ETC = set("bad", "broken", "faulty", "buggy", "wrong");
  private static final Set<String> COULD_ETC = set("could", "should");
  private static final Set<String> FEW_ETC = set("few", "couple", "little", "bit", "minute", "second", "moment");
  private static final Set<String> IS_ETC2 = set("is", "was", "has", "needed");
  private static final Set<String> S_ETC = set("s", "es", "d", "ed", "ing", "ly", "ness", "er", "ers", "'s");

  /** Words at which some matcher (other than names and the deny list) can start: a cheap pre-filter. */
  static final Set<String> TRIGGERS;
  /** The first three letters of the judgement stems. */
  static final Set<String> STEM_PREFIXES;

  static {
    Set<String> t = new HashSet<>(SHOULD);
    t.addAll(Arrays.asList("if", "had", "forgot", "forgotten", "forget", "forgetting", "bothered",
        "neglected", "omitted", "failed", "didn't", "did", "never", "ignored", "ignoring", "disregarded",
        "overlooked", "missed", "poor", "bad", "questionable", "lack", "paying", "blame", "blamed",
        "blames", "blaming", "blameworthy", "scapegoat", "scapegoated", "culprit", "culprits",
        "perpetrator", "offender", "fault", "faults", "who", "who's", "made", "make", "makes",
        "responsible", "fat", "layer", "obviously", "simply", "trivially", "merely", "obvious",
        "clearly", "just", "of", "everyone", "everybody", "common", "easily"));
    t.addAll(HUMAN_ETC);
    t.addAll(PEBKAC_ETC);
    t.addAll(JUDGEMENT_EXACT);
    t.addAll(BlamePatterns.TRIGGERS);
    TRIGGERS = Collections.unmodifiableSet(t);
    Set<String> p = new HashSet<>();
    for (String stem : JUDGEMENT_STEMS) {
      p.add(stem.substring(0, 3));
    }
    STEM_PREFIXES = Collections.unmodifiableSet(p);
    boolean[] stem3 = new boolean[26 * 26 * 26];
    for (String prefix : p) {
      stem3[letters3(prefix, 0)] = true;
    }
    stem3[letters3("fat", 0)] = true;
    STEM3 = stem3;
    Set<String> vocabulary = new HashSet<>(t);
    for (Set<String> words : List.of(SIGNALLING, COMMON, PERSON, ADVERBS, HUMAN_PARTICIPLES, CAUGHT,
        PROBLEM, COMPARATIVE, HINDSIGHT, HV, STRONG_HV, IGNORABLE, FAILURE_VERBS, SKIPPABLE, FAULT_NOUNS,
        PERSONAL_FAULT, CAUSE_VERBS, BY_VERBS, JUDGEMENT_EXACT, LAZY_TECH, FAULT_TECH, USER_ERROR_TECH,
        JUST_NEUTRAL, CLEARLY_NEUTRAL, NEGATION, SHOULD, ATTENTION_ETC, PIPE_ETC, WAS_ETC, GIT_ETC,
        OUTPUT_ETC, MY_ETC, ASKED_ETC, IS_ETC, BROKE_ETC, DID_ETC, MISTAKE_ETC, OUTAGE_ETC, OUTAGE_ETC2,
        HUMAN_ETC, ERROR_ETC, FAILURE_ETC, PEBKAC_ETC, A_ETC, MISTAKE_ETC2, A_ETC2, BAD_ETC, COULD_ETC,
        FEW_ETC, IS_ETC2)) {
      vocabulary.addAll(words);
    }
    vocabulary.addAll(BlamePatterns.vocabulary());
    vocabulary.addAll(Arrays.asList("have", "been", "only", "to", "the", "not", "by", "for", "as",
        "and", "or", "in", "on", "with", "was", "is", "be", "it", "this", "that", "from", "after"));
    for (String w : vocabulary) {
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) >= 128 || w.charAt(k) != asciiLower(w.charAt(k))) {
          throw new AssertionError("not lower-case ASCII: " + w);
        }
      }
    }
    LEXICON = new Lexicon(vocabulary, t);
    VOCABULARY = Collections.unmodifiableSet(vocabulary);
  }

  /** Every word of the linter's lexicon. */
  private static final Set<String> VOCABULARY;

  /** Whether a lower-case word is one of the linter's own words (so not a name). */
  static boolean isVocabulary(String w) {
    return VOCABULARY.contains(w);
  }

  /** Whether the first three letters of a token could start a judgement stem or "fat-finger". */
  private static final boolean[] STEM3;
  private static final Lexicon LEXICON;

  /** The index of three lower-case ASCII letters at s[from..from+3) in a 26^3 table, or -1. */
  private static int letters3(CharSequence s, int from) {
    int index = 0;
    for (int k = from; k < from + 3; k++) {
      int c = asciiLower(s.charAt(k)) - 'a';
      if (c < 0 || c >= 26) {
        return -1;
      }
      index = index * 26 + c;
    }
    return index;
  }

  /** Lints a text. */
  public static List<Hit> lint(String text, Scope scope, Names names, Terms terms) {
    return lint(text, names, terms, new Scratch());
  }

  /** Buffers that one thread reuses from text to text. */
  static final class Scratch {
    private boolean[] quoted = new boolean[0];
    private final Tokens tokens = new Tokens();
  }

  /** Lints a text, reusing the buffers of {@code scratch}. */
  static List<Hit> lint(String text, Names names, Terms terms, Scratch scratch) {
    if (scratch.quoted.length < text.length()) {
      scratch.quoted = new boolean[Math.max(text.length(), 2 * scratch.quoted.length)];
    }
    boolean[] quoted = quotedRegions(text, scratch.quoted);
    Tokens t = tokenize(text, quoted, scratch.tokens);
    List<Hit> hits = new ArrayList<>();
    boolean anyNames = !names.sequences.isEmpty();
    for (int i = 0; i < t.size(); i++) {
      if (t.mayTrigger(i)) {
        String w = t.lower(i);
        if (TRIGGERS.contains(w) || w.length() >= 3 && STEM_PREFIXES.contains(w.substring(0, 3))
            || w.startsWith("fat-finger")) {
          BlamePatterns.match(text, t, i, names, hits, quoted);
          counterfactual(text, t, i, names, hits, quoted);
          judgement(text, t, i, names, hits, quoted);
          blame(text, t, i, names, hits, quoted);
          humanError(text, t, i, hits, quoted);
          minimiser(text, t, i, names, hits, quoted);
        }
      }
      if (anyNames && t.mayStartName(i, names)) {
        namedPerson(text, t, i, names, hits, quoted);
      }
      if (!terms.deny.isEmpty()) {
        denied(text, t, i, terms, hits, quoted);
      }
    }
    if (!terms.allow.isEmpty() && !hits.isEmpty()) {
      List<int[]> allowed = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        for (String[] a : terms.allow) {
          int end = matchPhrase(t, i, a);
          if (end >= 0) {
            allowed.add(new int[] {t.start(i), t.end(end)});
          }
        }
      }
      hits.removeIf(h -> h.family != Family.DENIED
          && allowed.stream().anyMatch(a -> a[0] < h.end && h.start < a[1]));
    }
    return hits;
  }

  private static String at(Tokens t, int i) {
    return i >= 0 && i < t.size() ? t.lower(i) : "";
  }

  private static final Set<String> IRREGULAR_PARTICIPLES = set("read", "run", "put", "set", "cut", "let",
      "hit", "caught", "thought", "told", "paid", "said", "made", "had", "kept", "lost", "left", "found",
      "known", "seen", "been", "done", "gone", "taken", "given", "written", "spotted", "heard", "sent",
      "spent", "built", "held", "brought", "bought", "taught", "understood", "shut", "got", "gotten",
      "begun", "chosen", "spoken", "stopped", "shown", "drawn", "slept", "felt", "meant", "met");

  /** Whether a word can be a past participle ("have checked", not "have a"). */
  static boolean participle(String p) {
    return IRREGULAR_PARTICIPLES.contains(p) || p.length() > 3 && (p.endsWith("ed") || p.endsWith("en")
        || p.endsWith("wn") || p.endsWith("ne") && !p.equals("none"));
  }

  /** Whether ", but" follows in the sentence after token k: "could have restored ..., but it was encrypted". */
  private static boolean butFollows(String text, Tokens t, int k) {
    int from = t.end(Math.min(t.size() - 1, k));
    for (int c = from; c < Math.min(text.length() - 4, from + 300); c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return false;
      }
      if ((ch == ',' || ch == ';') && text.startsWith(" but ", c + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the clause start for token i. */
  private static int clauseStart(Tokens t, int i) {
    int k = i;
    while (k > 0 && !t.clauseStart(k) && i - k < 12) {
      k--;
    }
    return k;
  }

  private static boolean personBefore(Tokens t, int i, Names names) {
    int from = clauseStart(t, i);
    for (int k = from; k < i; k++) {
      if (PERSON.contains(t.lower(k)) || nameAt(t, k, names) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The subject token before index i, skipping adverbs, within the clause; -1 when none. */
  private static int subjectBefore(Tokens t, int i) {
    int k = i - 1;
    while (k >= 0 && ADVERBS.contains(t.lower(k)) && !t.clauseStart(k + 1)) {
      k--;
    }
    if (k < 0 || t.clauseStart(k + 1)) {
      return -1;
    }
    return k;
  }

  private static void add(List<Hit> hits, String text, Tokens t, int from, int to, Family f,
      boolean[] quoted, String message, String replacement) {
    String pattern = message.startsWith("'%s' frames the incident as someone's omission")
        ? BlamePatterns.ATTRIBUTED : defaultPattern(f);
    addPattern(hits, text, t, from, to, f, pattern, quoted, "[%p] " + message, replacement);
  }

  /**
   * Adds a hit of a pattern family unless one of the same family already covers part of its words;
   * {@code %s} in the message is the matched words, {@code %p} the pattern family.
   */
  static void addPattern(List<Hit> hits, String text, Tokens t, int from, int to, Family f, String pattern,
      boolean[] quoted, String message, String replacement) {
    int start = t.start(from);
    int end = t.end(to);
    for (int k = hits.size() - 1; k >= Math.max(0, hits.size() - 16); k--) {
      Hit h = hits.get(k);
      if (h.family == f && h.start < end && start < h.end) {
        return;
      }
    }
    String phrase = text.substring(start, end);
    boolean q = quoted[start];
    hits.add(new Hit(f, pattern, start, end, q, phrase, message.replace("%p", pattern).replace("%s", phrase),
        text, replacement));
  }

  /** At most this many characters of context either side of a hit go into its suggestion. */
  private static final int REWRITE_WINDOW = 300;

  /** The sentence around [start, end) with the span replaced, tidied (bounded, so linear overall). */
  static String rewrite(String text, int start, int end, String replacement) {
    int s = start;
    while (s > 0 && start - s < REWRITE_WINDOW && ".!?\n".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < REWRITE_WINDOW && ".!?\n".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    if (e < text.length() && text.charAt(e) != '\n') {
      e++;
    }
    String out = (text.substring(s, start) + replacement + text.substring(end, e)).trim()
        .replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:!?])", "$1");
    if (!out.isEmpty() && Character.isLowerCase(out.charAt(0)) && s == 0 || (s > 0 && out.length() > 0
        && Character.isLowerCase(out.charAt(0)) && ".!?\n".indexOf(text.charAt(s - 1)) >= 0)) {
      out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
    return out;
  }

  private static final String CF_MSG = "'%s' is a counterfactual: it judges the past by what is known now;"
      + " describe what was known and done at the time and why it made sense then";
  private static final String CF_HINT = "<what was known and done at the time, and why it made sense then>";

  private static void counterfactual(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    if (w.equals("ought") && at(t, i + 1).equals("to") && at(t, i + 2).equals("have")) {
      int agent = Agents.subject(text, t, i, names);
      if (agent != Agents.SYSTEM) {
        add(hits, text, t, i, Math.min(t.size() - 1, i + 3), Family.COUNTERFACTUAL, q, CF_MSG, CF_HINT);
      }
      return;
    }
    if (SHOULD.contains(w)) {
      int have;
      if (w.endsWith("'ve")) {
        have = i;
      } else if (at(t, i + 1).equals("have")) {
        have = i + 1;
      } else if (ADVERBS.contains(at(t, i + 1)) && !at(t, i + 1).equals("not") && at(t, i + 2).equals("have")) {
        have = i + 2;
      } else if ((at(t, i + 1).equals("not") || at(t, i + 1).equals("never")) && at(t, i + 2).equals("have")) {
        have = i + 2;
      } else if ((w.equals("shoulda") || w.equals("coulda"))) {
        have = i;
      } else {
        return;
      }
      while (have + 2 < t.size() && ADVERBS.contains(at(t, have + 1)) && !at(t, have + 1).equals("not")
          && !at(t, have + 1).equals("been")) {
        have++;
      }
      String p = at(t, have + 1);
      boolean passive = p.equals("been");
      String p2 = passive ? at(t, have + 2) : "";
      if (passive && w.startsWith("could")) {
        for (int k = have + 2; k <= have + 4; k++) {
          if (COMPARATIVE.contains(at(t, k))) {
            return;
          }
        }
      }
      int agent = Agents.subject(text, t, i, names);
      if (agent == Agents.SYSTEM) {
        return;
      }
      if (w.startsWith("could") && butFollows(text, t, have)) {
        return;
      }
      if (at(t, have + 1).equals("been") && (have + 2 >= t.size() || t.clauseStart(have + 2))) {
        return;
      }
      if (agent == Agents.PERSON) {
        if (participle(p)) {
          add(hits, text, t, i, Math.min(t.size() - 1, have + (passive ? 2 : 1)), Family.COUNTERFACTUAL, q,
              CF_MSG, CF_HINT);
        }
        return;
      }
      int subject = subjectBefore(t, i);
      String s = subject < 0 ? "" : t.lower(subject);
      boolean person = subject >= 0 && (PERSON.contains(s) || nameEndingAt(t, subject, names));
      boolean hindsight = false;
      for (int k = have + 1; k <= Math.min(t.size() - 1, have + 6) && !t.clauseStart(k); k++) {
        if (HINDSIGHT.contains(t.lower(k))) {
          hindsight = true;
        }
      }
      if (person || HUMAN_PARTICIPLES.contains(p) || (passive && CAUGHT.contains(p2))
          || (PROBLEM.contains(s) && passive) || hindsight || (subject < 0 && !passive)) {
        add(hits, text, t, i, Math.min(t.size() - 1, have + (passive ? 2 : 1)), Family.COUNTERFACTUAL, q,
            CF_MSG, CF_HINT);
      }
      return;
    }
    if (w.equals("if") && at(t, i + 1).equals("only")) {
      if (Agents.nounPhraseAfter(text, t, i + 1, names) != Agents.SYSTEM) {
        add(hits, text, t, i, i + 1, Family.COUNTERFACTUAL, q, CF_MSG, CF_HINT);
      }
      return;
    }
    if (w.equals("had") && t.clauseStart(i) && Agents.nounPhraseAfter(text, t, i, names) == Agents.PERSON) {
      add(hits, text, t, i, i + 1, Family.COUNTERFACTUAL, q, CF_MSG, CF_HINT);
      return;
    }
    if (w.equals("if")) {
      for (int k = i + 1; k <= i + 5 && k < t.size(); k++) {
        if (t.clauseStart(k)) {
          break;
        }
        if (at(t, k).equals("had") || at(t, k).equals("hadn't")) {
          if (Agents.subject(text, t, k, names) == Agents.PERSON) {
            add(hits, text, t, i, k, Family.COUNTERFACTUAL, q, CF_MSG, CF_HINT);
          }
          break;
        }
      }
      return;
    }
    String omissionMsg = "'%s' frames the incident as someone's omission; describe what in the system"
        + " made the step easy to miss (no automation, no check, no reminder)";
    String omissionHint = "<the missing safeguard, e.g. 'nothing in the deploy tooling checked for it'>";
    int agent = Agents.subject(text, t, i, names);
    if (agent == Agents.SYSTEM) {
      return;
    }
    if (w.equals("forgot") || (w.equals("forgotten") || w.equals("forget") || w.equals("forgetting"))
        && (personBefore(t, i, names) || at(t, i + 1).equals("to"))
        || w.equals("bothered") && personBefore(t, i, names)) {
      add(hits, text, t, i, i, Family.COUNTERFACTUAL, q, omissionMsg, omissionHint);
      return;
    }
    if ((w.equals("neglected") || w.equals("omitted") || w.equals("failed")) && at(t, i + 1).equals("to")) {
      String v = at(t, i + 2);
      if (w.equals("neglected") || (w.equals("failed") && (STRONG_HV.contains(v) && agent != Agents.UNKNOWN
          || agent == Agents.PERSON)) || (w.equals("omitted") && agent == Agents.PERSON)) {
        add(hits, text, t, i, Math.min(t.size() - 1, i + 2), Family.COUNTERFACTUAL, q, omissionMsg, omissionHint);
      }
      return;
    }
    if ((w.equals("didn't") || w.equals("did") && at(t, i + 1).equals("not") || w.equals("never"))
        && personBefore(t, i, names)) {
      int v = w.equals("did") ? i + 2 : i + 1;
      if (HV.contains(at(t, v)) || at(t, v).equals("bother")) {
        add(hits, text, t, i, Math.min(t.size() - 1, v), Family.COUNTERFACTUAL, q, omissionMsg, omissionHint);
      }
      return;
    }
    if ((w.equals("ignored") || w.equals("ignoring") || w.equals("disregarded"))
        && (personBefore(t, i, names) || IGNORABLE.contains(at(t, i + 1)) || IGNORABLE.contains(at(t, i + 2)))) {
      add(hits, text, t, i, i, Family.COUNTERFACTUAL, q, omissionMsg, omissionHint);
      return;
    }
    if ((w.equals("overlooked") || w.equals("missed")) && personBefore(t, i, names)) {
      add(hits, text, t, i, i, Family.COUNTERFACTUAL, q, omissionMsg, omissionHint);
    }
  }

  private static final Set<String> HUMAN_ACTION_AFTER_TO = set("skip", "deploy", "ship", "merge", "launch",
      "restart", "delete", "drop", "ignore", "wait", "approve", "push");



  private static void judgement(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    String msg = "'%s' judges a person against a standard set in hindsight; describe the action and"
        + " its context neutrally";
    if ((w.equals("poor") || w.equals("bad") || w.equals("questionable"))
        && (at(t, i + 1).startsWith("judg") || at(t, i + 1).startsWith("decision") || at(t, i + 1).equals("call")
            || at(t, i + 1).startsWith("choice"))) {
      if (at(t, i + 1).equals("call") && at(t, i + 2).equals("to") && !HUMAN_ACTION_AFTER_TO.contains(at(t, i + 3))
          && (BlamePatterns.DETERMINERS.contains(at(t, i + 3)) || t.capitalized(Math.min(t.size() - 1, i + 3)))) {
        return;
      }
      add(hits, text, t, i, i + 1, Family.JUDGEMENT, q, msg, at(t, i + 1).startsWith("judg") ? "judgement"
          : at(t, i + 1).equals("call") ? "decision" : at(t, i + 1));
      return;
    }
    if (w.equals("lack") && at(t, i + 1).equals("of")
        && ATTENTION_ETC.contains(at(t, i + 2))) {
      add(hits, text, t, i, i + 2, Family.JUDGEMENT, q, msg, "<the condition that made the step hard>");
      return;
    }
    if (w.equals("paying") && at(t, i + 1).equals("attention") && NEGATION.contains(at(t, i - 1))) {
      add(hits, text, t, i - 1, i + 1, Family.JUDGEMENT, q, msg, "<what drew attention elsewhere>");
      return;
    }
    for (String stem : JUDGEMENT_STEMS) {
      boolean match = JUDGEMENT_EXACT.contains(stem) ? w.equals(stem) : w.startsWith(stem);
      if (!match) {
        continue;
      }
      if (w.indexOf('-') >= 0 && stem.indexOf('-') < 0) {
        return;
      }

      if ((stem.equals("lazy") || stem.equals("lazi")) && (w.contains("-") || LAZY_TECH.contains(at(t, i + 1))
          || w.equals("lazily") && technicalVerb(t, i + 1, Names.NONE)
          || at(t, i - 1).equals("is") && LAZY_TECH.contains(at(t, i - 2)) || LAZY_TECH.contains(at(t, i - 1)))) {
        return;
      }
      if (stem.equals("dumb") && PIPE_ETC.contains(at(t, i + 1))) {
        return;
      }
      if (stem.startsWith("slopp") && at(t, i + 1).startsWith("quorum")) {
        return;
      }
      if ((stem.equals("slack") || stem.equals("lax")) && !WAS_ETC.contains(at(t, i - 1))) {
        return;
      }
      if (stem.equals("neglect") && at(t, i + 1).equals("to")) {
        return;
      }
      add(hits, text, t, i, i, Family.JUDGEMENT, q, msg, "");
      return;
    }
  }

  private static void blame(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    String msg = "'%s' looks for someone to blame; ask what happened and what made it possible";
    if (w.equals("blame") || w.equals("blamed") || w.equals("blames") || w.equals("blaming")
        || w.equals("blameworthy") || w.equals("scapegoat") || w.equals("scapegoated")) {
      boolean negated = false;
      for (int k = clauseStart(t, i); k < i; k++) {
        negated |= NEGATION.contains(t.lower(k)) || t.lower(k).endsWith("n't");
      }
      if (negated || GIT_ETC.contains(at(t, i - 1))
          || OUTPUT_ETC.contains(at(t, i + 1))) {
        return;
      }
      for (int k = i + 1; k < Math.min(t.size(), i + 6) && !t.clauseStart(k); k++) {
        if (t.lower(k).equals("on") && Agents.nounPhraseAfter(text, t, k, names) != Agents.PERSON) {
          return;
        }
      }
      add(hits, text, t, i, i, Family.BLAME, q, msg, "<what happened>");
      return;
    }
    if (w.equals("culprit") || w.equals("culprits") || w.equals("perpetrator") || w.equals("offender")) {
      add(hits, text, t, i, i, Family.BLAME, q, msg, w.endsWith("s") ? "contributing factors" : "contributing factor");
      return;
    }
    if (w.equals("fault") || w.equals("faults")) {
      if (FAULT_TECH.contains(at(t, i + 1)) || at(t, i - 1).equals("no") && !at(t, i - 2).equals("my")) {
        return;
      }
      String prev = at(t, i - 1);
      if (MY_ETC.contains(prev)) {
        add(hits, text, t, i - 1, i, Family.BLAME, q, msg, prev.equals("whose") ? null : "a contributing factor");
      }
      return;
    }
    if (w.equals("who") || w.equals("who's")) {
      String n = at(t, i + 1);
      boolean asked = t.clauseStart(i)
          || ASKED_ETC.contains(at(t, i - 1));
      boolean responsible = (w.equals("who's") && n.startsWith("responsib"))
          || (IS_ETC.contains(n) && at(t, i + 2).startsWith("responsib"));
      boolean who = BROKE_ETC.contains(n)
          || n.equals("to") && at(t, i + 2).equals("blame")
          || asked && (responsible || DID_ETC.contains(n));
      if (who) {
        add(hits, text, t, i, Math.min(t.size() - 1, i + 1), Family.BLAME, q, msg, "what happened");
      }
      return;
    }
    if ((w.equals("made") || w.equals("make") || w.equals("makes")) && (at(t, i + 1).equals("a") || at(t, i + 1).equals("an"))
        && MISTAKE_ETC.contains(at(t, i + 2)) && personBefore(t, i, names)) {
      add(hits, text, t, i, i + 2, Family.BLAME, q, msg, "<what was done, and what made it likely>");
      return;
    }
    if (w.equals("responsible") && at(t, i + 1).equals("for") && personBefore(t, i, names)
        && (OUTAGE_ETC
            .contains(at(t, i + 2)) || OUTAGE_ETC2.contains(at(t, i + 3)))) {
      add(hits, text, t, i, i + 1, Family.BLAME, q, msg, "<what the action was and what made it possible>");
    }
  }

  private static final Set<String> ACADEMIC = set("research", "engineering", "engineer", "engineers",
      "studies", "study", "literature", "taxonomy", "taxonomies", "expert", "experts", "specialist",
      "course", "training", "framework", "model", "models", "principles", "guidance", "analysis", "lab",
      "books", "book", "theory", "science");

  private static void humanError(String text, Tokens t, int i, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    String msg = "'%s' names a person's action as the cause; name the condition of the system that"
        + " made the action likely and its effect large";
    String hint = "a gap in the tooling or process (name it)";
    int end = -1;
    if (HUMAN_ETC.contains(w)) {
      String n = at(t, i + 1);
      if (ACADEMIC.contains(at(t, i + 2))) {
        return;
      }
      if (ERROR_ETC.contains(n)
          || (w.equals("human") && FAILURE_ETC.contains(n))) {
        if ((w.equals("user") || w.equals("engineering") || w.equals("manual") || w.equals("staff"))
            && (USER_ERROR_TECH.contains(at(t, i + 2))
                || A_ETC.contains(at(t, i - 1)) && SIGNALLING.contains(at(t, i - 2)) || !n.startsWith("mistake") && !w.equals("user"))) {
          return;
        }
        end = i + 1;
      }
    } else if (w.startsWith("fat-finger") || w.equals("fat") && at(t, i + 1).startsWith("finger")) {
      end = w.equals("fat") ? i + 1 : i;
    } else if (PEBKAC_ETC.contains(w)) {
      end = i;
    } else if (w.equals("layer") && at(t, i + 1).equals("8")) {
      end = i + 1;
    }
    if (end < 0) {
      return;
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (NEGATION.contains(t.lower(k))) {
        return;
      }
    }
    add(hits, text, t, i, end, Family.HUMAN_ERROR, q, msg, hint);
  }

  /** The index of the last token of a name starting at i, or -1. */
  static int nameAt(Tokens t, int i, Names names) {
    if (i < 0 || i >= t.size() || !t.mayStartName(i, names)) {
      return -1;
    }
    String w = stripPossessive(t.lower(i));
    if (w.startsWith("@")) {
      w = w.substring(1);
    }
    if (!names.firstTokens.contains(w)) {
      return -1;
    }
    int best = -1;
    for (String[] seq : names.sequences) {
      if (!seq[0].equals(w)) {
        continue;
      }
      boolean handle = t.lower(i).startsWith("@");
      if (!handle && !t.capitalized(i) && seq.length == 1) {
        continue;
      }
      int k = 1;
      while (k < seq.length && i + k < t.size() && stripPossessive(t.lower(i + k)).equals(seq[k])) {
        k++;
      }
      if (k == seq.length && i + k - 1 > best) {
        best = i + k - 1;
      }
    }
    return best;
  }

  private static boolean nameEndingAt(Tokens t, int end, Names names) {
    for (int s = Math.max(0, end - 3); s <= end; s++) {
      if (nameAt(t, s, names) == end) {
        return true;
      }
    }
    return false;
  }

  private static String stripPossessive(String w) {
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
  }

  private static String roleOf(Tokens t, int i, Names names) {
    String w = stripPossessive(t.lower(i));
    if (w.startsWith("@")) {
      w = w.substring(1);
    }
    for (int k = 0; k < names.sequences.size(); k++) {
      if (names.sequences.get(k)[0].equals(w)) {
        return names.roles.get(k);
      }
    }
    return "responder";
  }

  private static void namedPerson(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    if (names.sequences.isEmpty()) {
      return;
    }
    int end = nameAt(t, i, names);
    if (end < 0 || (i > 0 && nameAt(t, i - 1, names) >= i)) {
      return;
    }
    String msg = "'%s' makes a named person the subject of a failure; describe the action through"
        + " the role and the system, and what made it possible";
    String role = roleOf(t, i, names);
    boolean possessive = t.lower(end).endsWith("'s") || t.lower(end).endsWith("s'");
    String replacement = possessive ? "the " + role + "'s" : "the " + role;
    if (possessive) {
      String n = at(t, end + 1);
      if (PERSONAL_FAULT.contains(n)) {
        add(hits, text, t, i, end + 1, Family.NAMED_PERSON, q, msg, "a " + n.replace("fault", "contributing factor"));
        return;
      }
      if (FAULT_NOUNS.contains(n)) {
        for (int k = end + 2; k < Math.min(t.size(), end + 7) && !t.clauseStart(k); k++) {
          if (CAUSE_VERBS.contains(t.lower(k))) {
            add(hits, text, t, i, end, Family.NAMED_PERSON, q, msg, "a");
            return;
          }
        }
      }
      return;
    }
    if (at(t, i - 1).equals("by") && BY_VERBS.contains(at(t, i - 2))) {
      add(hits, text, t, i - 2, end, Family.NAMED_PERSON, q, msg, at(t, i - 2));
      return;
    }
    int k = end + 1;
    int skipped = 0;
    while (skipped < 2 && SKIPPABLE.contains(at(t, k))) {
      k++;
      skipped++;
    }
    String v = at(t, k);
    boolean hit = FAILURE_VERBS.contains(v)
        || (v.equals("didn't") || v.equals("did") && at(t, k + 1).equals("not") || v.equals("never"))
        && HV.contains(at(t, v.equals("did") ? k + 2 : k + 1))
        || v.equals("made") && A_ETC.contains(at(t, k + 1)) && MISTAKE_ETC2.contains(at(t, k + 2))
        || v.equals("ran") && at(t, k + 1).equals("the") && at(t, k + 2).equals("wrong")
        || v.equals("pushed") && A_ETC2.contains(at(t, k + 1))
            && BAD_ETC.contains(at(t, k + 2))
        || v.equals("was") && at(t, k + 1).startsWith("responsib");
    if (hit && !(COULD_ETC.contains(v) && !at(t, k + 1).equals("have") && !at(t, k + 2).equals("have"))) {
      add(hits, text, t, i, end, Family.NAMED_PERSON, q, msg, replacement);
    }
  }

  private static void minimiser(String text, Tokens t, int i, Names names, List<Hit> hits, boolean[] q) {
    String w = t.lower(i);
    String msg = "'%s' makes the problem sound easy in hindsight; remove it and state the evidence";
    boolean negated = NEGATION.contains(at(t, i - 1));
    switch (w) {
      case "obviously": case "simply": case "trivially": case "merely":
        if (!negated && !(w.equals("simply") && technicalVerb(t, i + 1, names))) {
          add(hits, text, t, i, i, Family.MINIMISER, q, msg, "");
        }
        return;
      case "obvious":
        if (!negated && !at(t, i - 2).equals("not") && !at(t, i - 1).equals("un")) {
          add(hits, text, t, i, i, Family.MINIMISER, q, msg, "<the evidence>");
        }
        return;
      case "clearly":
        if (!negated && !CLEARLY_NEUTRAL.contains(at(t, i + 1))) {
          add(hits, text, t, i, i, Family.MINIMISER, q, msg, "");
        }
        return;
      case "just": {
        String n = at(t, i + 1);
        if (negated || JUST_NEUTRAL.contains(n) || n.isEmpty() || Character.isDigit(n.charAt(0))
            || n.equals("a") && FEW_ETC.contains(at(t, i + 2))
            || n.equals("under") || n.equals("over") || technicalVerb(t, i + 1, names)) {
          return;
        }
        add(hits, text, t, i, i, Family.MINIMISER, q, msg, "");
        return;
      }
      case "of":
        if (at(t, i + 1).equals("course") && !at(t, i - 1).equals("change") && !at(t, i - 1).equals("the")) {
          add(hits, text, t, i, i + 1, Family.MINIMISER, q, msg, "");
        }
        return;
      case "everyone": case "everybody":
        if (at(t, i + 1).equals("knows") || at(t, i + 1).equals("knew")) {
          add(hits, text, t, i, i + 1, Family.MINIMISER, q, msg, "<the source of that knowledge>");
        }
        return;
      case "common":
        if (at(t, i + 1).equals("knowledge") || at(t, i + 1).equals("sense")) {
          add(hits, text, t, i, i + 1, Family.MINIMISER, q, msg, "<the documented practice>");
        }
        return;
      case "easily":
        for (int k = i + 1; k <= i + 3; k++) {
          if (at(t, k).startsWith("avoid") || at(t, k).startsWith("prevent")) {
            add(hits, text, t, i, k, Family.MINIMISER, q, msg, "<what would have been needed to avoid it>");
            return;
          }
        }
        return;
      default:
    }
  }

  /** A verb in the third person or past tense whose subject is not a person: the system acted. */
  private static boolean technicalVerb(Tokens t, int i, Names names) {
    String v = at(t, i);
    return (v.endsWith("ed") || v.endsWith("s") && !v.endsWith("ss")) && !IS_ETC2.contains(v)
        && !personBefore(t, i, names);
  }

  private static void denied(String text, Tokens t, int i, Terms terms, List<Hit> hits, boolean[] q) {
    for (String[] d : terms.deny) {
      int end = matchPhrase(t, i, d);
      if (end >= 0) {
        add(hits, text, t, i, end, Family.DENIED, q,
            "'%s' is on the policy's deny list; reword it", "<a neutral description>");
      }
    }
  }

  /** Matches a phrase at token i (the last word may carry an inflection); the end index or -1. */
  static int matchPhrase(Tokens t, int i, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      String w = at(t, i + k);
      if (w.isEmpty()) {
        return -1;
      }
      if (!w.equals(phrase[k]) && !(k == phrase.length - 1 && inflection(w, phrase[k]))) {
        return -1;
      }
    }
    return i + phrase.length - 1;
  }

  private static boolean inflection(String word, String base) {
    if (!word.startsWith(base.endsWith("e") ? base.substring(0, base.length() - 1) : base)) {
      return false;
    }
    String rest = word.substring(base.endsWith("e") && !word.startsWith(base) ? base.length() - 1 : base.length());
    return S_ETC.contains(rest);
  }

  /**
   * Whether a 5 Whys answer or root cause ends at a person or at "human error"; the description of
   * what it ends at, or empty.
   */
  static Optional<String> personalEnding(String text, Names names) {
    return personalEnding(lint(text, Scope.CAUSE, names, Terms.NONE));
  }

  /** {@link #personalEnding(String, Names)} from the hits of the text without allow or deny terms. */
  static Optional<String> personalEnding(List<Hit> hits) {
    for (Hit h : hits) {
      if (h.quoted) {
        continue;
      }
      if (h.family == Family.HUMAN_ERROR) {
        return Optional.of("\"" + h.phrase + "\"");
      }
      if (h.family == Family.NAMED_PERSON) {
        return Optional.of("a person ('" + h.phrase + "')");
      }
      if (h.family == Family.COUNTERFACTUAL || h.family == Family.JUDGEMENT || h.family == Family.BLAME) {
        return Optional.of("a person's action or failing ('" + h.phrase + "')");
      }
    }
    return Optional.empty();
  }

  static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetterOrDigit(char)} of the ASCII characters. */
  private static final boolean[] ASCII_WORD = new boolean[128];
  /** The ASCII characters that end a clause. */
  private static final boolean[] ASCII_CLAUSE_END = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
      ASCII_CLAUSE_END[c] = ".,;:!?()[]{}\n\"|".indexOf(c) >= 0;
    }
  }

  /** Splits into word tokens, recording clause starts. */
  static Tokens tokenize(String s, boolean[] quoted) {
    return tokenize(s, quoted, new Tokens(s, Math.max(8, s.length() / 5 + 1)));
  }

  /** Splits into word tokens, recording clause starts, into {@code out} (reset first). */
  static Tokens tokenize(String s, boolean[] quoted, Tokens out) {
    out.reset(s);
    int n = s.length();
    int i = 0;
    boolean boundary = true;
    boolean previousQuoted = false;
    while (i < n) {
      char c = s.charAt(i);
      if (isWordChar(c) || (c == '@' && i + 1 < n && isWordChar(s.charAt(i + 1)))) {
        int start = i;
        boolean ascii = c < 128;
        int h = asciiLower(c);
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (isWordChar(d)
              || (d == '\'' || d == '\u2019' || d == '-' || d == '.' && s.charAt(start) == '@')
              && i + 1 < n && isWordChar(s.charAt(i + 1))) {
            ascii &= d < 128;
            h = 31 * h + asciiLower(d);
            i++;
          } else {
            break;
          }
        }
        boolean cap = Character.isUpperCase(s.charAt(start + (c == '@' ? Math.min(1, i - start - 1) : 0)));
        boolean q = quoted[start];
        byte flag = (byte) ((cap ? Tokens.CAPITALIZED : 0) | (boundary || q != previousQuoted ? Tokens.CLAUSE_START : 0));
        String lower = null;
        if (ascii) {
          flag |= Tokens.ASCII;
          int slot = LEXICON.find(s, start, i, h);
          if (slot >= 0) {
            lower = LEXICON.words[slot];
            if (LEXICON.trigger[slot]) {
              flag |= Tokens.MAY_TRIGGER;
            }
          }
          if (i - start >= 3) {
            int index = letters3(s, start);
            if (index >= 0 && STEM3[index]) {
              flag |= Tokens.MAY_TRIGGER;
            }
          }
        }
        out.add(start, i, flag, lower, h);
        previousQuoted = q;
        boundary = false;
      } else {
        if ((c < 128 ? ASCII_CLAUSE_END[c] : c == '\u2014' || c == '\u2013' || c == '\u201c' || c == '\u201d')
            || c == '-' && i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
          boundary = true;
        }
        i++;
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern CHAT = java.util.regex.Pattern.compile(
      "^\\s*(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?\\]?\\s*[-\u2013]?\\s*<?@?[\\w.\\-]+>?:?\\s|<@?[\\w.\\-]+>\\s)");

  /** Marks code spans, fenced code, block quotes, chat-log lines and double-quoted text. */
  static boolean[] quotedRegions(String s) {
    return quotedRegions(s, new boolean[s.length()]);
  }

  /** Marks the quoted regions of s in q[0, s.length()), which it clears first. */
  static boolean[] quotedRegions(String s, boolean[] q) {
    int n = s.length();
    Arrays.fill(q, 0, n, false);
    int lineStart = 0;
    boolean fence = false;
    while (lineStart < n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int ts = lineStart;
      while (ts < lineEnd && Character.isWhitespace(s.charAt(ts))) {
        ts++;
      }
      boolean fenceLine = s.startsWith("```", ts) || s.startsWith("~~~", ts);
      if (fence || fenceLine || ts < lineEnd && s.charAt(ts) == '>' || ts < lineEnd
          && (Character.isDigit(s.charAt(ts)) || s.charAt(ts) == '[' || s.charAt(ts) == '<')
          && CHAT.matcher(s.substring(lineStart, lineEnd)).lookingAt()) {
        Arrays.fill(q, lineStart, lineEnd, true);
      } else {
        markInline(s, lineStart, lineEnd, q);
      }
      if (fenceLine) {
        fence = !fence;
      }
      lineStart = lineEnd + 1;
    }
    return q;
  }

  private static void markInline(String s, int from, int to, boolean[] q) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      char close = c == '`' ? '`' : c == '"' ? '"' : c == '\u201c' ? '\u201d' : 0;
      if (close != 0) {
        int j = -1;
        for (int k = i + 1; k < Math.min(to, i + 401); k++) {
          if (s.charAt(k) == close) {
            j = k;
            break;
          }
        }
        if (j > 0) {
          Arrays.fill(q, i, j + 1, true);
          i = j + 1;
          continue;
        }
      }
      i++;
    }
  }
}

package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.internal.Rx;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who owns an action item in its text, in the shapes teams write it: a label ({@code Owner:
 * kim}, {@code DRI: kim}, {@code Responsible - Kim Lee}, {@code assigned to kim}, {@code owned by
 * the platform team}), a handle ({@code @kim}), a leading name ({@code Kim to add an alert}), an
 * arrow ({@code … → Kim}), {@code Kim Lee will write …} or a trailing parenthesis that also carries a date or status ({@code (Kim,
 * due 2026-05-03)}). A bare name counts only where the shape says it is one, never from prose.
 */
final class OwnerFinder {
  private OwnerFinder() {}

  /** The owner found and the text with its mention taken out. */
  record Found(String owner, String rest) {}

  /** A person or team: a handle, a user name with a trailing at sign, one to three capitalised words, or "X team". */
  private static final String NAME = "(?:(?:the\\s+)?[\\p{L}\\p{N}][\\p{L}\\p{N}&/\\-]*(?:\\s+[\\p{L}\\p{N}&/\\-]+)?\\s+team"
      + "|@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*@?(?:\\s+\\p{Lu}[\\p{L}\\-']+){0,2})";
  private static final String LABEL = "(?i:owners?|assignees?|assigned|dri|responsible|who|poc|point of contact"
      + "|担当者?|responsável|responsavel|dono|responsable|verantwortlich|ansvarlig|eier|propriétaire)";
  private static final Pattern LABELLED = Pattern.compile(
      "[(\\[]?\\s*\\b(?:" + LABEL + "\\s*[:：=]|(?i:owners?|assignees?|dri|responsible)\\s+[-–—])\\s*(" + NAME
          + ")\\s*[)\\]]?");
  private static final Pattern BY = Pattern.compile(
      "[(\\[]?\\s*(?:[-–—,;]\\s*)?\\b(?i:assigned\\s+to|owned\\s+by)\\s*:?\\s*(" + NAME + ")\\s*[)\\]]?");
  private static final Pattern HANDLE = Pattern.compile(
      "(?<![\\w.@])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*[\\p{L}\\p{N}_])");
  /** A person or team as the subject of a sentence: a handle, one or two capitalised words, an upper-case team, "X team". */
  private static final String SUBJECT = "(@[\\p{L}\\p{N}_.\\-]+|\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+)?|\\p{Lu}{2,6}"
      + "|(?:the\\s+)?\\p{L}[\\p{L}\\-]*\\s+team)";
  private static final Pattern LEADING = Pattern.compile("^" + SUBJECT + "\\s+to\\s+(\\p{Ll}+)\\b");
  /** "Kim Lee will write …", "SRE is going to review …": the stricter form, see {@link #find}. */
  private static final Pattern WILL = Pattern.compile(
      "^" + SUBJECT + "\\s+(?:will|shall|is going to|are going to)\\s+(\\p{Ll}+)\\b");
  private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|=>|⇒)\\s*" + SUBJECT + "\\s*[.;]?\\s*$");
  /** "(Kim, due 2026-05-03)", "(kim; done)": a name first in a parenthesis of the item's facts. */
  private static final Pattern PAREN = Pattern.compile(
      "\\(\\s*(@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*@?(?:\\s+\\p{Lu}[\\p{L}\\-']+)?)\\s*[,;]\\s*"
          + "(?=(?i:due|by|eta|deadline|until|target|p[0-4]\\b|done|open|todo|in progress|wip|closed|\\d{4}-\\d{2}))");
  /** "(Kim Lee)" at the end: a name only when the document names that person elsewhere. */
  private static final Pattern PAREN_ALONE = Pattern.compile(
      "\\s*\\(\\s*(\\p{Lu}[\\p{L}\\-']+(?:\\s+\\p{Lu}[\\p{L}\\-']+)?)\\s*\\)\\s*[.;]?\\s*$");

  /** Everyday English verbs that start an action: "Kim to add", never the name in "Migrate to …". */
  static final Set<String> VERBS = Set.of("add", "address", "alert", "analyse", "analyze", "assess", "audit",
      "automate", "backfill", "build", "change", "check", "clarify", "clean", "close", "communicate",
      "configure", "confirm", "consider", "coordinate", "create", "decide", "define", "delete", "deploy",
      "design", "determine", "disable", "discuss", "document", "draft", "drive", "enable", "ensure",
      "escalate", "evaluate", "expand", "explore", "file", "find", "finish", "fix", "follow", "get",
      "harden", "identify", "implement", "improve", "increase", "install", "investigate", "land", "limit",
      "look", "make", "merge", "migrate", "monitor", "move", "notify", "open", "organise", "organize",
      "own", "patch", "pin", "plan", "prepare", "present", "provide", "publish", "raise", "reach",
      "reduce", "refactor", "remove", "rename", "replace", "report", "research", "restore", "review",
      "revisit", "rewrite", "rotate", "run", "scale", "schedule", "scope", "send", "set", "share", "ship",
      "split", "start", "stop", "sync", "talk", "test", "tighten", "track", "train", "triage", "tune",
      "update", "upgrade", "validate", "verify", "work", "write");
  private static final Set<String> NOT_NAMES = Set.of("we", "they", "i", "you", "someone", "everyone", "all",
      "nobody", "need", "needs", "how", "what", "when", "where", "why", "who", "this", "that", "it", "plan",
      "plans", "time", "ability", "way", "failure", "attempt", "decision", "tbd", "todo", "n/a", "none");

  /**
   * The owner of an action item written as {@code text}, or null.
   *
   * @param known whether a name is a person the document names elsewhere (participants, authors)
   */
  static Found find(String text, Predicate<String> known) {
    Matcher m = LABELLED.matcher(text);
    if (m.find() && name(m.group(1))) {
      return cut(text, m, m.group(1));
    }
    m = BY.matcher(text);
    if (m.find() && name(m.group(1))) {
      return cut(text, m, m.group(1));
    }
    m = ARROW.matcher(text);
    if (m.find() && name(m.group(1))) {
      return new Found(clean(m.group(1)), text.substring(0, m.start()).strip());
    }
    m = HANDLE.matcher(text);
    if (m.find()) {
      boolean edge = m.start() == 0 || m.end() == text.length()
          || text.substring(0, m.start()).strip().endsWith("(");
      String rest = edge ? (text.substring(0, m.start()) + " " + text.substring(m.end())).strip() : text;
      return new Found("@" + m.group(1), rest);
    }
    m = LEADING.matcher(text);
    if (m.find() && VERBS.contains(m.group(2)) && name(m.group(1))
        && !VERBS.contains(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0])) {
      String rest = text.substring(m.start(2));
      rest = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
      return new Found(clean(m.group(1)), rest);
    }
    m = WILL.matcher(text);
    if (m.find() && VERBS.contains(m.group(2)) && name(m.group(1)) && strongName(m.group(1), known)) {
      String rest = text.substring(m.start(2));
      return new Found(clean(m.group(1)), Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }
    m = PAREN_ALONE.matcher(text);
    if (m.find() && known.test(m.group(1).strip())) {
      return new Found(m.group(1).strip(), text.substring(0, m.start()).strip());
    }
    return null;
  }

  /**
   * The owner named first in a parenthesis of the item's facts, "(Kim, due 2026-05-03)", with the
   * name taken out and the facts left for the due-date and status readers; null when there is none.
   * Read before the date, which would otherwise take the parenthesis with it.
   */
  static Found inFacts(String text) {
    Matcher m = PAREN.matcher(text);
    if (m.find() && name(m.group(1))) {
      String rest = text.substring(0, m.start()) + "(" + text.substring(m.end());
      return new Found(clean(m.group(1)), rest.strip());
    }
    return null;
  }

  private static Found cut(String text, Matcher m, String owner) {
    return new Found(clean(owner), (text.substring(0, m.start()) + " " + text.substring(m.end())).strip());
  }

  /** "amirh@" (a user name written with a trailing at sign) is amirh; a trailing full stop is not part of it. */
  private static String clean(String owner) {
    return Rx.replaceAll(owner.strip(), "[@.]+$", "");
  }

  /**
   * Whether a name before "will" is surely a person or team ("Monitoring will alert" names nobody):
   * a handle, two capitalised words, an upper-case team, "X team", or a person the document names.
   */
  private static boolean strongName(String s, Predicate<String> known) {
    String n = s.strip();
    return n.startsWith("@") || n.contains(" ") || n.matches("\\p{Lu}{2,6}") || known.test(n);
  }

  private static boolean name(String s) {
    String first = s.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "").split("\\s+")[0];
    return !s.isBlank() && !NOT_NAMES.contains(first) && !Texts.isPlaceholder(s.replace("@", ""));
  }
}

package dev.postmortem.validate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The suggested rewording of a linter hit, which is always a grammatical sentence: the sentence with
 * the matched words replaced when that leaves a sentence that passes {@link #problems}, and otherwise
 * a short sentence that says what to write instead (one per pattern family). The checks are stated
 * in {@link #problems}: a capital first letter and an end mark, no doubled or stranded punctuation,
 * no function word (a copula, article, preposition or possessive) left before punctuation, no
 * sentence that starts with a verb whose subject was removed, a/an agreeing with the next word, no
 * word doubled and no placeholder in angle brackets.
 */
final class Rewrites {
  private Rewrites() {}

  private static final Pattern DOUBLED_PUNCT = Pattern.compile("[,;:.!?]\\s*[,;:!?]|[,;:]\\s*\\.|\\.\\s*\\.(?!\\.)");
  private static final Pattern SPACE_BEFORE = Pattern.compile("\\s[,;:.!?]|\\s{2,}");
  private static final Pattern STRANDED = Pattern.compile(
      "(?i)\\b(was|were|is|are|be|been|being|the|a|an|of|by|to|and|or|but|with|for|from|his|her|their|its|our|my|your|very|so|too)\\s*[,;:.!?]");
  private static final Pattern STRANDED_POSSESSIVE = Pattern.compile("'s\\s*[,;:.!?]");
  private static final Pattern A_VOWEL = Pattern.compile("(?i)\\ba\\s+[aeio]");
  private static final Pattern AN_CONSONANT = Pattern.compile("(?i)\\ban\\s+[b-df-gj-np-tv-z]");
  private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\p{L}+)\\s+\\1\\b");
  private static final Pattern ARTICLE_ARTICLE = Pattern.compile(
      "(?i)\\b(a|an|the|his|her|their|our|my|your)\\s+(a|an|the)\\b");
  private static final Set<String> VERB_STARTS = Set.of("was", "were", "is", "are", "should", "could",
      "would", "had", "has", "have", "did", "does", "do", "failed", "made", "forgot", "ignored", "missed",
      "caused", "broke", "messed", "screwed", "dropped", "cut", "clearly", "obviously", "totally");

  /**
   * Problems that make a sentence ungrammatical, empty when there are none.
   *
   * @param sentence the suggested sentence
   * @param original the sentence it rewrites, or null (then verb starts are not judged)
   * @return the names of the failed checks
   */
  static List<String> problems(String sentence, String original) {
    List<String> out = new ArrayList<>();
    String s = sentence.trim();
    if (s.isEmpty()) {
      out.add("empty");
      return out;
    }
    if (!Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
      out.add("no capital first letter");
    }
    if (".!?".indexOf(s.charAt(s.length() - 1)) < 0 && !s.endsWith(".\"") && !s.endsWith(")")) {
      out.add("no end mark");
    }
    if (DOUBLED_PUNCT.matcher(s).find()) {
      out.add("doubled punctuation");
    }
    if (SPACE_BEFORE.matcher(s).find()) {
      out.add("stray space");
    }
    if (STRANDED.matcher(s).find() || STRANDED_POSSESSIVE.matcher(s).find()) {
      out.add("function word before punctuation");
    }
    if (A_VOWEL.matcher(s).find() || AN_CONSONANT.matcher(s).find()) {
      out.add("a/an");
    }
    if (DOUBLED_WORD.matcher(s).find() || ARTICLE_ARTICLE.matcher(s).find()) {
      out.add("doubled word");
    }
    if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0) {
      out.add("placeholder");
    }
    if (original != null) {
      String first = firstWord(s);
      if (VERB_STARTS.contains(first) && !first.equals(firstWord(original.trim()))) {
        out.add("empty subject");
      }
    }
    return out;
  }

  private static String firstWord(String s) {
    int e = 0;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(0, e).toLowerCase(Locale.ROOT);
  }

  /** What to write instead, per pattern family: each a grammatical sentence. */
  static String guidance(BlamelessLinter.Family family, String pattern) {
    switch (pattern) {
      case BlamePatterns.COUNTERFACTUAL:
        return "Describe what was known and done at the time, and why it made sense then.";
      case BlamePatterns.ATTRIBUTED:
        return "Describe the missing safeguard that made the step easy to miss.";
      case BlamePatterns.BLAME_NOUN:
        return "Describe what happened and the conditions that made it possible.";
      case BlamePatterns.IDIOM:
        return "Describe what was done, with what information, and what made it reasonable then.";
      case BlamePatterns.ACCOUNTABILITY:
        return "Ask what happened and what made it possible, not who is to blame.";
      case BlamePatterns.COMPETENCE:
        return "Describe what the people involved knew and saw, and what the system offered them.";
      default:
        break;
    }
    switch (family) {
      case HUMAN_ERROR:
        return "Name the condition in the tooling or process that made the action likely.";
      case NAMED_PERSON:
        return "Describe the action through the role and the system, and what made it possible.";
      case JUDGEMENT:
        return "Describe the action and its context without judging the person.";
      case BLAME:
        return "Ask what happened and what made it possible.";
      case MINIMISER:
        return "State the evidence instead of calling the point obvious.";
      case DENIED:
        return "Reword the passage without the term on the deny list.";
      default:
        return "Describe what was known and done at the time, and why it made sense then.";
    }
  }

  /**
   * The suggestion for a hit on text[start, end).
   *
   * @param replacement the words to put in place of the hit, or null for the family's guidance
   * @return a grammatical sentence
   */
  static String suggest(String text, int start, int end, BlamelessLinter.Family family, String pattern,
      String replacement) {
    if (replacement != null && replacement.indexOf('<') < 0) {
      String original = BlamelessLinter.rewrite(text, start, end, text.substring(start, end));
      String candidate = repairArticles(BlamelessLinter.rewrite(text, start, end, replacement));
      if (problems(candidate, original).isEmpty()) {
        return candidate;
      }
    }
    return guidance(family, pattern);
  }

  /** Makes "a"/"an" agree with the word after it (by its first letter). */
  static String repairArticles(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      boolean boundary = i == 0 || !Character.isLetter(s.charAt(i - 1));
      if (boundary && (s.startsWith("a ", i) || s.startsWith("A ", i)) && i + 2 < s.length()
          && "aeioAEIO".indexOf(s.charAt(i + 2)) >= 0) {
        out.append(s.charAt(i)).append("n ");
        i += 2;
        continue;
      }
      if (boundary && (s.startsWith("an ", i) || s.startsWith("An ", i)) && i + 3 < s.length()
          && Character.isLetter(s.charAt(i + 3)) && "aeiouhAEIOUH".indexOf(s.charAt(i + 3)) < 0) {
        out.append(s.charAt(i)).append(' ');
        i += 3;
        continue;
      }
      out.append(s.charAt(i));
      i++;
    }
    return out.toString();
  }
}

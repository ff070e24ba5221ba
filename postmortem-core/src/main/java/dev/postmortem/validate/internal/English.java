package dev.postmortem.validate.internal;

import java.util.Locale;

/**
 * Grammar for messages that put a value into an English sentence: the indefinite article by the
 * sound of the word that follows ("an in-review sev1", "a sev1", "an SLO", "a URL", "an 8-hour
 * window") and nouns in the plural their count asks for ("1 violation", "0 violations").
 */
final class English {
  private English() {}

  /**
   * The phrase after "a" or "an", chosen by how its first word is said.
   *
   * @param phrase words, such as {@code in-review sev1 post-mortem}
   * @return {@code an in-review sev1 post-mortem}
   */
  static String withArticle(String phrase) {
    return (startsWithVowelSound(phrase) ? "an " : "a ") + phrase;
  }

  /**
   * A count and its noun: {@code 1 violation}, {@code 2 violations}, {@code 0 violations}.
   *
   * @param n the count
   * @param singular the noun for one; the plural adds "s" (or "es" after s, x, z, ch, sh)
   */
  static String count(long n, String singular) {
    return n + " " + (n == 1 ? singular : plural(singular));
  }

  /** {@code count} with an irregular plural: {@code count(2, "day", "days")}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String plural(String singular) {
    String s = singular.toLowerCase(Locale.ROOT);
    if (s.endsWith("s") || s.endsWith("x") || s.endsWith("z") || s.endsWith("ch") || s.endsWith("sh")) {
      return singular + "es";
    }
    if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    return singular + "s";
  }

  /** Whether the phrase's first word starts with a vowel sound. */
  static boolean startsWithVowelSound(String phrase) {
    int i = 0;
    // quotes, backticks and brackets are not said
    while (i < phrase.length() && !Character.isLetterOrDigit(phrase.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < phrase.length() && (Character.isLetterOrDigit(phrase.charAt(end)))) {
      end++;
    }
    String word = phrase.substring(i, end);
    if (word.isEmpty()) {
      return false;
    }
    if (Character.isDigit(word.charAt(0))) {
      return number(word);
    }
    int letters = 0;
    while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
      letters++;
    }
    String head = word.substring(0, letters);
    if (isInitialism(head)) {
      // said letter by letter: A, E, F, H, I, L, M, N, O, R, S and X start with a vowel sound
      return "AEFHILMNORSX".indexOf(head.charAt(0)) >= 0;
    }
    return vowelSoundWord(head.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an all-capital word is said letter by letter (SLO, HTTP, URL, RCA, JSON) rather than as
   * a word; words start consonant, vowel, consonant (SEV, YAML, NAT).
   */
  private static boolean isInitialism(String head) {
    if (head.length() < 2 || !head.equals(head.toUpperCase(Locale.ROOT)) || !head.chars().allMatch(c -> c < 128)) {
      return false;
    }
    if (head.length() >= 3 && !vowel(head.charAt(0)) && vowel(head.charAt(1)) && !vowel(head.charAt(2))) {
      return false;
    }
    return true;
  }

  private static boolean vowel(char c) {
    return "AEIOUaeiou".indexOf(c) >= 0;
  }

  private static boolean vowelSoundWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    // a silent h: hour, honest, honour, heir
    if (w.startsWith("hour") || w.startsWith("honest") || w.startsWith("honor") || w.startsWith("honour")
        || w.startsWith("heir")) {
      return true;
    }
    // one, once: a "w" sound
    if (w.equals("one") || w.startsWith("once") || w.startsWith("onetime")) {
      return false;
    }
    char c = w.charAt(0);
    if (c == 'u') {
      // "you" sounds: unit, unique, user, usual, utility, uri, uranium; not under, unclear, update
      return !(w.startsWith("uni") && !w.startsWith("unin") && !w.startsWith("unim") || w.startsWith("use")
          || w.startsWith("usu") || w.startsWith("uti") || w.startsWith("ura") || w.startsWith("uri")
          || w.startsWith("ubiq") || w.equals("u"));
    }
    if (c == 'e' && (w.startsWith("eu") || w.startsWith("ewe"))) {
      return false; // European, euro
    }
    return "aeio".indexOf(c) >= 0;
  }

  /** Numbers said with a vowel first: 8, 11, 18, 80–89, 800–899, 8,000…, 11,000, 18,000… */
  private static boolean number(String word) {
    int end = 0;
    while (end < word.length() && Character.isDigit(word.charAt(end))) {
      end++;
    }
    String digits = word.substring(0, end);
    if (digits.charAt(0) == '8') {
      return true;
    }
    return digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18"));
  }
}

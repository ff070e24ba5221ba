package dev.postmortem.archive.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Words of free text: lowercase letters and digits, split on everything else; and their stems. */
public final class Terms {
  /**
   * Function words, and the words of causation ("due to", "caused", "led to", "issue") that every
   * cause description has: they say nothing about which cause it is.
   */
  static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "been",
      "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "how",
      "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "our", "so", "than",
      "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
      "too", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
      "with", "would", "all", "any", "each", "more", "most", "other", "some", "such", "only",
      "own", "same", "very", "just", "also", "after", "before", "because", "during", "about",
      "against", "between", "through", "under", "over", "again", "once", "here", "out", "off",
      "up", "down", "nor", "both", "few", "should", "may", "might", "must", "being", "having",
      "without", "within", "via", "per", "yet", "one", "two", "three", "new", "didn",
      "wasn", "weren", "isn", "aren", "don", "doesn", "hadn", "hasn", "haven", "won",
      // the vocabulary of causation itself: every cause description has it
      "due", "cause", "caused", "causes", "causing", "led", "lead", "leading", "result",
      "resulted", "resulting", "happened", "occurred", "issue", "issues", "problem", "problems",
      "incident", "incidents");

  private Terms() {}

  /** The lowercase words of {@code text}, in order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(Character.toLowerCase(cp));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /**
   * The content terms of {@code text}: words of three or more characters that are not stop words
   * or numbers, each reduced to a stem by stripping common English suffixes (so "expired",
   * "expiry" and "expires" meet). Each term is paired with the word it came from.
   */
  public static List<String[]> terms(String text) {
    List<String[]> out = new ArrayList<>();
    for (String w : words(text)) {
      if (w.length() < 3 || STOP.contains(w) || isNumber(w)) {
        continue;
      }
      out.add(new String[] {stem(w), w});
    }
    return out;
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A light suffix-stripping stemmer: enough to join inflections, never shorter than 3. */
  static String stem(String w) {
    String s = w;
    if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 4 && s.endsWith("sses")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")
        && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    }
    for (String suffix : new String[] {"ation", "ing", "ed", "er", "y", "e"}) {
      if (s.length() - suffix.length() >= 4 && s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    return s;
  }
}

package dev.postmortem.importer.internal.timeline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Whether two event descriptions tell the same thing: shared words, whatever their order. */
public final class Similarity {
  private Similarity() {}

  private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on",
      "at", "for", "is", "was", "are", "were", "be", "by", "with", "from", "it", "its", "this", "that",
      "as", "into", "up", "out", "has", "have", "had", "we", "our", "times", "until", "error", "warn", "info");

  /** A reply's mention of the message it answers, which is not what the reply says. */
  private static final java.util.regex.Pattern REPLY = java.util.regex.Pattern.compile(
      "^\\((?:in thread on|in reply to) [^)]*\\)\\s*");

  /** {@code text} without a reply's quote of the message it answers. */
  public static String withoutReplyQuote(String text) {
    return REPLY.matcher(text).replaceFirst("");
  }

  /** The words of {@code text} that carry meaning, lowercased and without common endings. */
  public static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    StringBuilder w = new StringBuilder();
    String s = REPLY.matcher(text).replaceFirst("").toLowerCase(Locale.ROOT);
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else {
        if (w.length() >= 2 && !STOP.contains(w.toString())) {
          out.add(stem(w.toString()));
        }
        w.setLength(0);
      }
    }
    return out;
  }

  /** {@code w} without a plural or verb ending: declared, declaring, declares: declar. */
  static String stem(String w) {
    if (w.length() <= 4) {
      return w;
    }
    for (String end : new String[] {"ing", "ed", "es", "s", "e"}) {
      if (w.endsWith(end) && w.length() - end.length() >= 3) {
        return w.substring(0, w.length() - end.length());
      }
    }
    return w;
  }

  /**
   * Whether {@code a} and {@code b} are similar: the Dice coefficient of their words is at
   * least 0.5, or the shorter one's words (three or more) are nearly all in the longer one.
   */
  public static boolean similar(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return a.strip().equalsIgnoreCase(b.strip());
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    double dice = 2.0 * common / (x.size() + y.size());
    int min = Math.min(x.size(), y.size());
    return dice >= 0.5 || (min >= 3 && common >= 0.8 * min);
  }
}

package dev.postmortem.validate.internal;

import java.util.Collection;

/** Splits text into runs of letters and digits without a regular expression. */
final class Words {
  private Words() {}

  /** Whether a code point is a letter or a number: {@code [\p{L}\p{N}]}. */
  static boolean isWordCodePoint(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Adds the maximal runs of letters and digits of {@code s} to {@code out}, in order: the
   * non-empty parts of {@code s.split("[^\\p{L}\\p{N}]+")}.
   */
  static <C extends Collection<String>> C split(String s, C out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordCodePoint(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < n) {
        cp = s.codePointAt(i);
        if (!isWordCodePoint(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      out.add(s.substring(start, i));
    }
    return out;
  }
}

package dev.postmortem.validate.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a field is English, so that the English lexicons of the blameless linter only judge
 * English text. A field is not English when most of its letters are in a script other than Latin
 * (Japanese, Chinese, Korean, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai ...), or when it is
 * in Latin script and the function words of other languages (Norwegian, Danish, Swedish, German,
 * Dutch, French, Spanish, Portuguese, Italian) outnumber English ones. Short fields with too few
 * words to tell are treated as English. Linear in the length of the text.
 */
final class LanguageGuess {
  private LanguageGuess() {}

  private static Set<String> set(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  private static final Set<String> ENGLISH = set("the", "and", "of", "to", "was", "is", "in", "for",
      "on", "with", "that", "it", "we", "at", "by", "from", "not", "this", "be", "were", "are", "has",
      "had", "have", "after", "when", "which", "our", "as", "but", "or", "an", "all", "no", "they",
      "their", "there", "been", "would", "should", "could", "did", "does", "its", "into", "than",
      "then", "so", "if", "do", "us", "my", "me", "over", "per", "van", "because", "while", "during", "what", "who", "how", "why", "a", "i", "you",
      "he", "she", "will", "can", "new", "also", "only", "until", "before", "about", "up", "out");
  private static final Set<String> OTHER = set(
      // Norwegian, Danish, Swedish
      "og", "ikke", "det", "er", "på", "som", "til", "med", "av", "et", "har", "vi", "å", "jeg",
      "den", "fra", "var", "blir", "ble", "kan", "skal", "må", "om", "eller", "også", "etter",
      "når", "hadde", "være", "vært", "dette", "disse", "noen", "alle", "seg", "sitt", "hva",
      "hvordan", "ikkje", "eit", "ein", "och", "inte", "att", "är", "för", "och", "jeg", "vil", "får",
      "fikk", "gikk", "ut", "opp", "ned", "mot", "uten", "hvor", "hvis", "fordi", "ingen",
      // German, Dutch
      "der", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "ein", "eine", "auf", "für",
      "wir", "es", "sich", "wurde", "werden", "auch", "bei", "nach", "wurden", "het", "een", "niet",
      "zijn", "wordt", "werd", "ook", "voor", "naar", "dat", "wij",
      // French
      "le", "la", "les", "et", "est", "des", "une", "un", "du", "pas", "que", "qui", "pour", "dans",
      "sur", "avec", "nous", "été", "ce", "il", "sont", "par", "au", "aux", "ont", "était", "mais",
      // Spanish, Portuguese, Italian
      "de", "não", "o", "os", "as", "um", "uma", "com", "para", "em", "do", "da", "dos", "das", "foi",
      "é", "se", "por", "mais", "mas", "ao", "na", "nos", "el", "los", "las", "y", "es", "del", "lo",
      "con", "está", "fue", "estava", "foram", "ser", "seu", "sua", "quando", "como", "entre", "já",
      "il", "di", "che", "non", "gli", "sono", "della", "stato", "muy", "pero", "fueron");

  /**
   * Why a text is not checked by the English lexicons, or empty when it is English (or too short to
   * tell).
   *
   * @param text the field's text
   * @return a description such as "Japanese or Chinese script" or "not English (Latin script)"
   */
  static Optional<String> notEnglish(String text) {
    int latin = 0;
    int other = 0;
    Character.UnicodeScript main = null;
    int[] counts = new int[Character.UnicodeScript.values().length];
    int n = text.length();
    int en = 0;
    int foreign = 0;
    int words = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean latinWord = true;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!Character.isLetter(cp) && cp != '\'') {
          break;
        }
        if (Character.isLetter(cp)) {
          Character.UnicodeScript s = Character.UnicodeScript.of(cp);
          if (s == Character.UnicodeScript.LATIN) {
            latin++;
          } else {
            other++;
            latinWord = false;
            counts[s.ordinal()]++;
          }
        }
        i += Character.charCount(cp);
      }
      if (latinWord && i - start <= 12) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        words++;
        if (ENGLISH.contains(w)) {
          en++;
        } else if (OTHER.contains(w)) {
          foreign++;
        }
      }
    }
    if (other > 0 && other * 10 >= (latin + other) * 3) {
      int best = 0;
      for (int k = 1; k < counts.length; k++) {
        if (counts[k] > counts[best]) {
          best = k;
        }
      }
      main = Character.UnicodeScript.values()[best];
      return Optional.of(scriptName(main, counts));
    }
    if (words >= 4 && foreign >= 2 && foreign > en) {
      return Optional.of("not English (Latin script; " + foreign + " function words of other languages, "
          + en + " English)");
    }
    return Optional.empty();
  }

  private static String scriptName(Character.UnicodeScript s, int[] counts) {
    if (counts[Character.UnicodeScript.HIRAGANA.ordinal()] + counts[Character.UnicodeScript.KATAKANA.ordinal()] > 0) {
      return "Japanese script";
    }
    switch (s) {
      case HAN: return "Chinese script";
      case HANGUL: return "Korean script";
      case CYRILLIC: return "Cyrillic script";
      default:
        String name = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " script";
    }
  }
}

package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.validate.internal.BlamelessLinter.Names;
import dev.postmortem.validate.internal.BlamelessLinter.Terms;
import dev.postmortem.validate.internal.BlamelessLinter.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator's fast paths (no regular expressions, no allocation per token, pre-filters) give
 * exactly what the plain formulations give, on seeded random text mixing the linter's vocabulary,
 * names, case, typographic and non-ASCII characters, quotes and chat lines.
 */
class FastPathTest {
  static final Names NAMES = Names.of(List.of("Priya Natarajan", "@priya", "Tom Becker", "@tbecker", "Σίσυφος Ωρίων"));
  static final String[] EXTRA = {"Priya", "priya's", "Priya\u2019s", "@priya", "@tbecker.", "Tom", "TOM'S",
      "Becker", "Σίσυφος", "ΑΣ.Β", "İstanbul", "straße", "e\u0301t\u00e9", "\uD83D\uDD25", "\uD800", "x_y",
      "fat-fingered", "lazy-loaded", "don\u2019t", "it's", "should've", "5", "45%", "v1.2", "e.g.", "ABC-12:",
      "[P1]", "(P2) -", "TODO:", "for", "lasted", "over", "about", "two", "hours", "3.5", "minutes", "half",
      "an", "hour", "downtime", "duration", "of", "spanned", "total", "_for", "forty", "Investigate",
      "look", "into", "double-check", "Be", "more", "careful", "Improve", "monitoring.", "and", "record"};
  static final String[] SEPARATORS = {" ", " ", " ", " ", ", ", ". ", "; ", " - ", " \u2014 ", "\n", "\n> ",
      "\n```\n", " `", "` ", " \"", "\" ", " \u201c", "\u201d ", "! ", "? ", "\n[10:42] priya: ",
      "\n<@alex> ", "\t", "/", "'", "\u2019", "-", "@", "  \n  ", "_"};

  static List<String> vocabulary() {
    Set<String> v = new HashSet<>(BlamelessLinter.TRIGGERS);
    v.addAll(BlamelessLinter.PERSON);
    v.addAll(BlamelessLinter.HV);
    v.addAll(BlamelessLinter.FAILURE_VERBS);
    v.addAll(BlamelessLinter.LAZY_TECH);
    v.addAll(BlamelessLinter.FAULT_TECH);
    v.addAll(BlamelessLinter.JUST_NEUTRAL);
    v.addAll(Arrays.asList(BlamelessLinter.JUDGEMENT_STEMS));
    for (String stem : BlamelessLinter.JUDGEMENT_STEMS) {
      v.add(stem + "ly");
      v.add(stem + "ness");
    }
    v.addAll(Arrays.asList(EXTRA));
    List<String> out = new ArrayList<>(v);
    out.sort(null);
    return out;
  }

  static String text(Random r, List<String> vocabulary, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = vocabulary.get(r.nextInt(vocabulary.size()));
      int c = r.nextInt(8);
      if (c == 0) {
        w = w.toUpperCase(Locale.ROOT);
      } else if (c == 1 && !w.isEmpty()) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      sb.append(w).append(r.nextInt(3) == 0 ? SEPARATORS[r.nextInt(SEPARATORS.length)] : " ");
    }
    return sb.toString();
  }

  static final List<String> VOCABULARY = vocabulary();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void tokensMatchThePlainTokenizer(long seed) {
    Random r = new Random(seed);
    Tokens reused = new Tokens();
    for (int n = 0; n < 400; n++) {
      String s = text(r, VOCABULARY, 1 + r.nextInt(40));
      boolean[] quoted = BlamelessLinter.quotedRegions(s);
      Tokens t = BlamelessLinter.tokenize(s, quoted, reused);
      List<String[]> expected = plainTokens(s, quoted);
      assertThat(t.size()).as("seed %d, text %s", seed, s).isEqualTo(expected.size());
      for (int i = 0; i < t.size(); i++) {
        String[] e = expected.get(i);
        String lower = e[2];
        String[] actual = {"" + t.start(i), "" + t.end(i), t.lower(i), "" + t.capitalized(i), "" + t.clauseStart(i)};
        if (!Arrays.equals(actual, e)) {
          assertThat(actual).as("seed %d, token %d of %s", seed, i, s).containsExactly(e);
        }
        boolean trigger = BlamelessLinter.TRIGGERS.contains(lower)
            || lower.length() >= 3 && BlamelessLinter.STEM_PREFIXES.contains(lower.substring(0, 3))
            || lower.startsWith("fat-finger");
        if (trigger) {
          assertThat(t.mayTrigger(i)).as("seed %d, token '%s' of %s", seed, lower, s).isTrue();
        }
        String key = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2)
            : lower.endsWith("s'") ? lower.substring(0, lower.length() - 1) : lower;
        key = key.startsWith("@") ? key.substring(1) : key;
        if (NAMES.firstTokens.contains(key)) {
          assertThat(t.mayStartName(i, NAMES)).as("seed %d, token '%s' of %s", seed, lower, s).isTrue();
        }
      }
    }
  }

  /** The tokenizer as first written: start, end, lower case, capitalized, clause start. */
  static List<String[]> plainTokens(String s, boolean[] quoted) {
    List<String[]> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    boolean boundary = true;
    boolean previousQuoted = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || (c == '@' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)))) {
        int start = i;
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' && i > start && s.charAt(start) == '@')
              && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        String raw = s.substring(start, i);
        String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean cap = Character.isUpperCase(raw.charAt(raw.charAt(0) == '@' ? Math.min(1, raw.length() - 1) : 0));
        boolean q = quoted[start];
        out.add(new String[] {"" + start, "" + i, lower, "" + cap, "" + (boundary || q != previousQuoted)});
        previousQuoted = q;
        boundary = false;
      } else {
        if (".,;:!?()[]{}\n\u2014\u2013\"\u201c\u201d|".indexOf(c) >= 0
            || c == '-' && i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
          boundary = true;
        }
        i++;
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void reusedBuffersGiveTheSameHits(long seed) {
    Random r = new Random(seed);
    BlamelessLinter.Scratch scratch = new BlamelessLinter.Scratch();
    Terms terms = Terms.of(List.of("just", "fault tolerance"), List.of("heroics", "cowboy"));
    for (int n = 0; n < 300; n++) {
      String s = text(r, VOCABULARY, 1 + r.nextInt(60));
      Terms t = n % 2 == 0 ? Terms.NONE : terms;
      assertThat(BlamelessLinter.lint(s, NAMES, t, scratch).toString())
          .as("seed %d, text %s", seed, s)
          .isEqualTo(BlamelessLinter.lint(s, BlamelessLinter.Scope.TEXT, NAMES, t).toString());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void wordsSplitLikeTheRegex(long seed) {
    Random r = new Random(seed);
    Pattern nonWord = Pattern.compile("[^\\p{L}\\p{N}]+");
    for (int n = 0; n < 500; n++) {
      String s = text(r, VOCABULARY, 1 + r.nextInt(20)) + "\u2167\u00bd\u0663x\u0301";
      List<String> expected = new ArrayList<>();
      for (String w : nonWord.split(s)) {
        if (!w.isEmpty()) {
          expected.add(w);
        }
      }
      assertThat(Words.split(s, new ArrayList<>())).as("seed %d, text %s", seed, s).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void actionTitlesAreJudgedLikeTheRegexes(long seed) {
    Random r = new Random(seed);
    List<String> verbs = new ArrayList<>(ActionQualityRules.VERBS);
    verbs.sort(null);
    String[] prefixes = {"", "", " ", "[P1] ", "ABC-123: ", "(P2) - ", "TODO: ", "TODO ", "P0: ", "Ab", "\u00c9"};
    Pattern firstWord = Pattern.compile("^[\\p{L}][\\p{L}\\-']*");
    for (int n = 0; n < 1000; n++) {
      String head = r.nextBoolean() ? verbs.get(r.nextInt(verbs.size())) : VOCABULARY.get(r.nextInt(VOCABULARY.size()));
      if (r.nextBoolean()) {
        head = Character.toUpperCase(head.charAt(0)) + head.substring(1);
      }
      String title = prefixes[r.nextInt(prefixes.length)] + head + " " + text(r, VOCABULARY, r.nextInt(6));
      String bare = ActionQualityRules.PREFIX.matcher(title).replaceFirst("").trim();
      assertThat(ActionQualityRules.bareTitle(title)).as("seed %d, title %s", seed, title).isEqualTo(bare);
      Optional<String> why = Optional.empty();
      for (ActionQualityRules.Vague v : ActionQualityRules.VAGUE) {
        if (v.pattern.matcher(bare).find()) {
          why = Optional.of(v.why);
          break;
        }
      }
      assertThat(ActionQualityRules.vague(title).map(v -> v.why)).as("seed %d, title %s", seed, title).isEqualTo(why);
      Matcher m = firstWord.matcher(bare);
      assertThat(ActionQualityRules.firstWord(bare)).as("seed %d, title %s", seed, title)
          .isEqualTo(m.find() ? m.group() : "");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {41, 42, 43})
  void summaryDurationsAreFoundLikeTheRegex(long seed) {
    Random r = new Random(seed);
    for (int n = 0; n < 500; n++) {
      String s = text(r, VOCABULARY, 1 + r.nextInt(40));
      List<String> expected = new ArrayList<>();
      Matcher m = TimeRules.SummaryDuration.QUOTED.matcher(s);
      while (m.find()) {
        expected.add(m.group(1));
      }
      assertThat(TimeRules.SummaryDuration.quotedDurations(s)).as("seed %d, text %s", seed, s).isEqualTo(expected);
    }
  }
}

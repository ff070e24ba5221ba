package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every suggestion the linter makes on every sentence of the labelled sets (issue 17's and the older
 * ones) is a grammatical sentence, by checks stated here independently of {@link Rewrites}: a capital
 * first letter and an end mark; no doubled punctuation ("..", ",.", ";;"); no space before
 * punctuation or double space; no copula, article, preposition or possessive stranded before
 * punctuation (the "which was; he should have" of the issue); a/an agreeing with the next word; no
 * doubled word or article; no placeholder in angle brackets; and no sentence that now starts with a
 * verb or auxiliary that had a subject before it (an empty subject).
 */
class RewritesTest {
  private static final Pattern[] BAD = {
    Pattern.compile("[,;:.!?]\\s*[,;:!?]"),
    Pattern.compile("[,;:]\\s*\\."),
    Pattern.compile("[^.]\\.\\.(?!\\.)"),
    Pattern.compile(" [,;:.!?]"),
    Pattern.compile("  "),
    Pattern.compile("(?i)\\b(was|were|is|are|been|be|the|a|an|of|by|to|with|for|and|or|but|his|her|their|our|my)[,;:.!?]"),
    Pattern.compile("'s[,;:.!?]"),
    Pattern.compile("(?i)\\ba [aeio]"),
    Pattern.compile("(?i)\\ban [b-df-gj-np-tv-z]"),
    Pattern.compile("(?i)\\b(\\p{L}+) \\1\\b"),
    Pattern.compile("(?i)\\b(a|an|the) (a|an|the)\\b"),
    Pattern.compile("[<>]"),
  };
  private static final List<String> VERBS = List.of("was", "were", "is", "are", "should", "could", "would",
      "had", "has", "did", "failed", "made", "forgot", "ignored", "caused", "broke", "messed", "dropped");

  static List<String> sentences() throws IOException {
    List<String> out = new ArrayList<>();
    for (String f : List.of("issue17/dev.tsv", "issue17/heldout.tsv", "corpus.tsv", "holdout.tsv", "holdout-2.tsv")) {
      try (Stream<String> lines = Files.lines(Path.of("src/test/resources/blameless", f))) {
        lines.filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.substring(l.lastIndexOf('\t') + 1)).forEach(out::add);
      }
    }
    return out;
  }

  static List<String> problems(String original, String s) {
    List<String> out = new ArrayList<>();
    if (s == null || s.isBlank()) {
      out.add("empty");
      return out;
    }
    if (!Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
      out.add("first letter");
    }
    if (!s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!") && !s.endsWith(")")) {
      out.add("end mark");
    }
    for (Pattern p : BAD) {
      if (p.matcher(s).find()) {
        out.add(p.pattern());
      }
    }
    String first = s.split("[^\\p{L}']+")[0].toLowerCase(Locale.ROOT);
    String originalFirst = original.split("[^\\p{L}']+")[0].toLowerCase(Locale.ROOT);
    if (VERBS.contains(first) && !first.equals(originalFirst)) {
      out.add("empty subject");
    }
    return out;
  }

  @Test
  void everySuggestionOnTheLabelledSetsIsAGrammaticalSentence() throws IOException {
    int hits = 0;
    int inPlace = 0;
    List<String> bad = new ArrayList<>();
    for (String sentence : sentences()) {
      for (BlamelessLinter.Hit h : BlamelessLinter.lint(sentence, BlamelessLinter.Scope.TEXT,
          BlamelessCorpusTest.NAMES, BlamelessLinter.Terms.NONE)) {
        hits++;
        String s = h.suggestion();
        List<String> p = problems(sentence, s);
        if (!p.isEmpty()) {
          bad.add(sentence + " -> " + s + " " + p);
        }
        if (!s.equals(Rewrites.guidance(h.family, h.pattern))) {
          inPlace++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "rewrites: %d hits, %d rewritten in place, %d with the family's guidance%n",
        hits, inPlace, hits - inPlace);
    assertThat(bad).as("ungrammatical suggestions").isEmpty();
    assertThat(hits).isGreaterThan(400);
    assertThat(inPlace).as("rewordings of the sentence itself").isGreaterThan(hits / 5);
  }

  @Test
  void removingAPredicateJudgementDoesNotStrandTheCopula() {
    String text = "The rollback plan, which was careless; he should have waited.";
    List<String> suggestions = BlamelessLinter.lint(text, BlamelessLinter.Scope.TEXT, BlamelessLinter.Names.NONE,
        BlamelessLinter.Terms.NONE).stream().map(BlamelessLinter.Hit::suggestion).collect(Collectors.toList());
    assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(problems(text, s)).isEmpty())
        .noneMatch(s -> s.contains("was;"));
  }

  @Test
  void modifiersAreRemovedAndArticlesAgree() {
    BlamelessLinter.Hit h = BlamelessLinter.lint("It was a careless edit of the firewall rules.",
        BlamelessLinter.Scope.TEXT, BlamelessLinter.Names.NONE, BlamelessLinter.Terms.NONE).get(0);
    assertThat(h.suggestion()).isEqualTo("It was an edit of the firewall rules.");
    BlamelessLinter.Hit owned = BlamelessLinter.lint("The failure was caused by Omar's error in the firewall rules.",
        BlamelessLinter.Scope.TEXT, BlamelessLinter.Names.NONE, BlamelessLinter.Terms.NONE).stream()
        .filter(x -> x.pattern.equals(BlamePatterns.BLAME_NOUN)).findFirst().orElseThrow();
    assertThat(owned.phrase).isEqualTo("Omar's error");
    assertThat(owned.suggestion()).isEqualTo("The failure was caused by an error in the firewall rules.");
  }
}

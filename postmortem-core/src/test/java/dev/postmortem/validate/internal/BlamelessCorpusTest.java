package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the blameless-language linter on a labelled set of sentences
 * ({@code src/test/resources/blameless/corpus.tsv}). A sentence counts as flagged when the linter
 * reports at least one unquoted hit in it.
 */
class BlamelessCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/blameless/corpus.tsv");
  static final Path HOLDOUT = Path.of("src/test/resources/blameless/holdout.tsv");
  static final Path HOLDOUT_2 = Path.of("src/test/resources/blameless/holdout-2.tsv");
  static final BlamelessLinter.Names NAMES =
      BlamelessLinter.Names.of(List.of("Priya Natarajan", "@priya", "Tom Becker", "@tbecker", "Alex Kim"));

  record Labelled(int line, boolean blameful, BlamelessLinter.Scope scope, String text) {}

  static List<Labelled> read(Path file) throws IOException {
    List<Labelled> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      assertThat(cols).as("line %d: label, scope, sentence", i + 1).hasSize(3);
      assertThat(cols[0]).as("line %d label", i + 1).isIn("B", "N");
      out.add(new Labelled(i + 1, cols[0].equals("B"),
          BlamelessLinter.Scope.valueOf(cols[1].toUpperCase(Locale.ROOT)), cols[2]));
    }
    return out;
  }

  @Test
  void bothClassesAreWellRepresented() throws IOException {
    List<Labelled> all = new ArrayList<>(read(CORPUS));
    all.addAll(read(HOLDOUT));
    all.addAll(read(HOLDOUT_2));
    assertThat(all.stream().filter(Labelled::blameful).count()).isGreaterThanOrEqualTo(75);
    assertThat(all.stream().filter(s -> !s.blameful()).count()).isGreaterThanOrEqualTo(75);
  }

  static boolean flagged(Labelled s) {
    return BlamelessLinter.lint(s.text(), s.scope(), NAMES, BlamelessLinter.Terms.NONE).stream()
        .anyMatch(h -> !h.quoted);
  }

  @Test
  void precisionAndRecallAreAtLeastNinetyPercent() throws IOException {
    double[] development = score("development set", read(CORPUS));
    double[] holdout = score("first held-out set", read(HOLDOUT));
    double[] holdout2 = score("second held-out set", read(HOLDOUT_2));
    List<Labelled> all = new ArrayList<>(read(CORPUS));
    all.addAll(read(HOLDOUT));
    all.addAll(read(HOLDOUT_2));
    double[] total = score("all sentences", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(total[0]).as("precision").isGreaterThanOrEqualTo(0.9);
    assertThat(total[1]).as("recall").isGreaterThanOrEqualTo(0.9);
    assertThat(development[0] + development[1] + holdout[0] + holdout[1] + holdout2[0] + holdout2[1]).isPositive();
  }

  static double[] score(String name, List<Labelled> corpus) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String> errors = new ArrayList<>();
    for (Labelled s : corpus) {
      boolean f = flagged(s);
      if (f && s.blameful()) {
        tp++;
      } else if (f) {
        fp++;
        errors.add("false positive, line " + s.line() + ": " + s.text() + " "
            + BlamelessLinter.lint(s.text(), s.scope(), NAMES, BlamelessLinter.Terms.NONE));
      } else if (s.blameful()) {
        fn++;
        errors.add("false negative, line " + s.line() + ": " + s.text());
      } else {
        tn++;
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(Locale.ROOT,
        "blameless-language linter, %s, %d sentences (%d blameful, %d blameless): precision %.3f, recall %.3f"
            + " (tp %d, fp %d, fn %d, tn %d)%n",
        name, corpus.size(), tp + fn, fp + tn, precision, recall, tp, fp, fn, tn);
    errors.forEach(e -> System.out.println("  " + e));
    return new double[] {precision, recall};
  }
}

package dev.postmortem.importer.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import org.junit.jupiter.api.Test;

/**
 * Property: for the testkit's seeded post-mortems with every section (SLOs, recreation, follow-up
 * reviews, verifications), import(render(pm)) loses no field the internal
 * report shows, through Markdown and through Word. Odd seeds are compared exactly; even seeds mix
 * hostile strings (Markdown and HTML metacharacters, tabs, line breaks) into the text, which the
 * reports render as rich text, so their texts are compared as a reader sees them ({@link
 * ReportFields#asShown}). Seeds are fixed and a failure names its seed and the pointers lost or
 * changed.
 */
class ReportRoundTripPropertyTest {
  private static final int MARKDOWN_SEEDS = 40;
  private static final int WORD_SEEDS = 16;

  private static Postmortem generated(long seed) {
    return PostmortemGenerator.seeded(seed).timelineEvents(6).hostileStrings(seed % 2 == 0)
        .everySection(true).next();
  }

  @Test
  void markdownLosesNoField() {
    for (long seed = 1; seed <= MARKDOWN_SEEDS; seed++) {
      Postmortem pm = generated(seed);
      Postmortem back = ReportFields.viaMarkdown(pm).postmortem();
      FieldDiff.Result r = seed % 2 == 0 ? ReportFields.diffShown(pm, back) : ReportFields.diff(pm, back);
      assertThat(r.lost()).as("seed %d: %s", seed, r).isEmpty();
      assertThat(r.changed()).as("seed %d: %s", seed, r).isEmpty();
    }
  }

  @Test
  void wordLosesNoField() {
    for (long seed = 1; seed <= WORD_SEEDS; seed++) {
      Postmortem pm = generated(seed);
      Postmortem back = ReportFields.viaDocx(pm).postmortem();
      FieldDiff.Result r = seed % 2 == 0 ? ReportFields.diffWordShown(pm, back) : ReportFields.diffWord(pm, back);
      assertThat(r.lost()).as("seed %d: %s", seed, r).isEmpty();
      assertThat(r.changed()).as("seed %d: %s", seed, r).isEmpty();
    }
  }
}

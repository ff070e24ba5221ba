package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The consistency rules of issue 17 on the real post-mortems in ../shared/corpus that have those
 * problems (found by reading them; the notes in the corpus's EXPECTED.tsv describe the same ones),
 * and no blameless finding from a field that is not English. Skips when the corpus is absent; no
 * corpus text is copied here, only file names, rule ids and pointers.
 */
class CorpusRulesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private static Path corpus() {
    String dir = System.getProperty("postmortem.shared.dir");
    return dir == null ? null : Path.of(dir, "corpus");
  }

  static ValidationReport validate(String file) throws Exception {
    Path dir = corpus();
    assumeTrue(dir != null && Files.isDirectory(dir), "corpus not present: " + dir);
    PostmortemDocument doc = new DocumentLoader(InputFormat.MD).load(dir.resolve(file));
    return Validator.builder().profile(Profile.STRICT).clock(CLOCK).build().validate(doc);
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(delimiter = ';', textBlock = """
      05.md; placeholder-text; /title
      16.md; placeholder-text; /timeline/0/timeText
      43.md; date-contradiction; /extensions/metadata~1Dato
      44.md; date-contradiction; /summary
      53.md; date-contradiction; /title
      63.md; zone-contradiction; /timeline
      18.md; lifecycle-published-missing; /lifecycle/published
      57.md; lifecycle-published-missing; /lifecycle/published
      18.md; language-not-checked; /title
      43.md; language-not-checked; /title
      53.md; language-not-checked; /summary
      64.md; language-not-checked; /summary
      """)
  void theNewRulesFireOnTheDocumentsWithTheProblem(String file, String rule, String pointer) throws Exception {
    assertThat(validate(file).findings(rule).stream().map(Finding::pointer)).contains(pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"18.md", "43.md", "53.md", "64.md", "04.md", "13.md", "20.md", "41.md", "60.md"})
  void noBlamelessFindingComesFromAFieldThatIsNotEnglish(String file) throws Exception {
    ValidationReport report = validate(file);
    List<String> notChecked = report.findings("language-not-checked").stream().map(Finding::message)
        .collect(Collectors.toList());
    for (Finding f : report.findings()) {
      if (f.ruleId().startsWith("blameless-")) {
        assertThat(notChecked).noneMatch(m -> m.contains(f.pointer() + " ("));
      }
    }
    if (file.equals("18.md")) {
      assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("blameless-"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"04.md", "13.md", "20.md", "41.md", "42.md", "60.md", "61.md"})
  void documentsWithoutThoseProblemsGetNone(String file) throws Exception {
    ValidationReport report = validate(file);
    assertThat(report.findings().stream().map(Finding::ruleId)).doesNotContain("date-contradiction",
        "zone-contradiction", "placeholder-text", "duration-negative", "internal-field-pointer");
  }
}

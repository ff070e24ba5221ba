package dev.postmortem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented spelling of a severity, whatever its case and separators. */
class SeverityTest {
  @ParameterizedTest
  @CsvSource({
    "sev0, SEV0", "SEV-1, SEV1", "sev 2, SEV2", "Sev_3, SEV3",
    "P0, SEV0", "p1, SEV1", "P2, SEV2", "p-5, SEV5",
    "Catastrophic, SEV0", "CRITICAL, SEV1", "major, SEV2", "High, SEV2", "minor, SEV3",
    "medium, SEV3", "trivial, SEV4", "LOW, SEV4", "informational, SEV5", "info, SEV5"})
  void everySpellingHasItsLevel(String spelling, Severity expected) {
    assertThat(Severity.fromId(spelling)).isEqualTo(expected);
    assertThat(Severity.fromId(" " + spelling.toLowerCase(java.util.Locale.ROOT) + " ")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"sev6", "p6", "highest", "blocker", "''"})
  void otherWordsAreRejectedWithTheAcceptedForms(String spelling) {
    assertThatThrownBy(() -> Severity.fromId(spelling))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p0-p5").hasMessageContaining("high").hasMessageContaining("medium");
  }

  @ParameterizedTest
  @CsvSource({"SEV0, catastrophic", "SEV2, major high", "SEV4, trivial low"})
  void wordsArePublishedForTheSchemaAndTheDocs(Severity severity, String words) {
    assertThat(severity.words()).containsExactly(words.split(" "));
  }
}

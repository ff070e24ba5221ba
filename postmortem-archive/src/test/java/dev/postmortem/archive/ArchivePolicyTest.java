package dev.postmortem.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePolicyTest {
  @TempDir Path dir;

  @Test
  void defaultsAreWeeklyForSev0And1AndMonthlyOtherwise() {
    ArchivePolicy p = ArchivePolicy.create();
    assertThat(p.reviewEvery().get(Severity.SEV0)).isEqualTo(Duration.ofDays(7));
    assertThat(p.reviewEvery().get(Severity.SEV1)).isEqualTo(Duration.ofDays(7));
    assertThat(p.reviewEvery().get(Severity.SEV3)).isEqualTo(Duration.ofDays(31));
    assertThat(p.verificationRequired()).containsExactlyInAnyOrder(ActionType.PREVENT,
        ActionType.MITIGATE, ActionType.DETECT);
  }

  @Test
  void readsTheDocumentedExampleAndIgnoresTheValidatorsKeys() throws IOException {
    Path f = Files.writeString(dir.resolve("p.yaml"), String.join("\n",
        "reviewEvery: {sev0: P7D, sev1: P7D, sev2: P14D, sev3: P31D, sev4: P31D, sev5: P62D}",
        "verificationRequired: [prevent, mitigate, detect, repair]",
        "dueSoon: [P7D, P14D, P30D]",
        "themeThreshold: 0.35",
        "draftWithin: {sev1: P2D}",
        "denyTerms: [heroics]", ""));
    ArchivePolicy p = ArchivePolicy.read(f);
    assertThat(p.reviewEvery().get(Severity.SEV2)).isEqualTo(Duration.ofDays(14));
    assertThat(p.verificationRequired()).contains(ActionType.REPAIR);
    assertThat(p.dueSoon()).containsExactly(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));
    assertThat(p.themeThreshold()).isEqualTo(0.35);
    assertThat(p.cadence(java.util.Optional.empty())).isEqualTo(Duration.ofDays(62));
    assertThat(ArchivePolicy.read(Files.writeString(dir.resolve("e.yaml"), ""))).isEqualTo(ArchivePolicy.create());
  }

  @Test
  void aFileThatCannotBeReadIsAnUncheckedErrorNamingIt() {
    Path missing = dir.resolve("missing-policy.yaml");
    assertThatThrownBy(() -> ArchivePolicy.read(missing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("cannot read").hasMessageContaining("missing-policy.yaml");
  }

  @Test
  void errorsNameTheLineAndThePointer() throws IOException {
    record Case(String text, int line, String pointer, String message) {}
    for (Case c : List.of(
        new Case("themeThreshold: 0.3\nreviewEvery:\n  sev9: P7D\n", 3, "/reviewEvery/sev9", "unknown severity"),
        new Case("dueSoon: [P7D, soon]\n", 1, "/dueSoon/1", "not an ISO-8601 duration"),
        new Case("dueSoon: [P30D, P7D]\n", 1, "/dueSoon", "must increase"),
        new Case("themeThreshold: 1.5\n", 1, "/themeThreshold", "themeThreshold must be in (0, 1]"),
        new Case("verificationRequired: [fix]\n", 1, "/verificationRequired/0", "allowed values"),
        new Case("\nreviewCadence: {}\n", 2, "/reviewCadence", "unknown key 'reviewCadence'"),
        new Case("- a\n", 1, "", "a policy is a map"))) {
      Path f = Files.writeString(dir.resolve("bad.yaml"), c.text());
      assertThatThrownBy(() -> ArchivePolicy.read(f)).as(c.text())
          .isInstanceOfSatisfying(PostmortemFormatException.class, e -> {
            assertThat(e.line()).as(c.text()).isEqualTo(c.line());
            assertThat(e.pointer()).as(c.text()).isEqualTo(c.pointer());
            assertThat(e.getMessage()).as(c.text()).contains(c.message()).contains("bad.yaml");
          });
    }
    assertThat(Set.of(ArchivePolicy.builder().themeMinPostmortems(3).build().themeMinPostmortems()))
        .containsExactly(3);
  }
}

package dev.postmortem.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The validator on the example post-mortem and on generated ones. */
class ValidatorOnTestkitTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void examplePostmortemHasNoErrorsUnderEveryProfile() {
    for (Profile profile : Profile.values()) {
      ValidationReport report = Validator.builder().profile(profile).clock(CLOCK).build()
          .validate(ExamplePostmortem.create());
      System.out.println("example post-mortem, " + profile + ":\n" + report);
      assertThat(report.findingsAtLeast(Finding.Level.ERROR)).as(profile.toString()).isEmpty();
    }
  }

  @Test
  void exampleYamlFindingsCarryLines() throws Exception {
    var doc = PostmortemReader.create().readDocument(
        ExamplePostmortem.yaml().getBytes(java.nio.charset.StandardCharsets.UTF_8), Format.YAML, "example.yaml");
    ValidationReport report = Validator.builder().profile(Profile.STRICT).clock(CLOCK).build().validate(doc);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.position()).isPresent());
  }

  @RepeatedTest(20)
  void generatedPostmortemsNeverCrashARule(RepetitionInfo info) {
    long seed = 4242L + info.getCurrentRepetition();
    Postmortem pm = PostmortemGenerator.seeded(seed).hostileStrings(true).next();
    ValidationReport report = Validator.builder().profile(Profile.STRICT).clock(CLOCK).build().validate(pm);
    assertThat(report.findings()).as("seed %d", seed)
        .noneMatch(f -> f.message().contains("crashed with"));
    assertThat(Validator.builder().profile(Profile.STRICT).clock(CLOCK).build().validate(pm).toString())
        .as("deterministic, seed %d", seed).isEqualTo(report.toString());
  }
}

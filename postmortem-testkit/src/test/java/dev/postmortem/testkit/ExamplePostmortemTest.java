package dev.postmortem.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExamplePostmortemTest {
  private static final Path RESOURCE =
      Path.of("src/main/resources/dev/postmortem/testkit/example-postmortem.yaml");

  /** Run with -Dpostmortem.regenerate=true to rewrite the YAML from the builder code. */
  @Test
  void yamlResourceIsTheBuilderExampleInCanonicalForm() throws IOException {
    String expected = PostmortemWriter.create(Format.YAML).toString(ExamplePostmortem.create());
    if (Boolean.getBoolean("postmortem.regenerate")) {
      Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
    }
    assertThat(ExamplePostmortem.yaml()).isEqualTo(expected);
    assertThat(PostmortemReader.create().read(ExamplePostmortem.yaml(), Format.YAML))
        .isEqualTo(ExamplePostmortem.create());
  }

  @Test
  void exampleUsesEveryConceptOfTheModel() {
    Postmortem pm = ExamplePostmortem.create();
    assertThat(pm.severity()).isPresent();
    assertThat(pm.summary()).isPresent();
    assertThat(pm.objectives()).isNotEmpty();
    assertThat(pm.incident().started()).isPresent();
    assertThat(pm.incident().detected()).isPresent();
    assertThat(pm.incident().acknowledged()).isPresent();
    assertThat(pm.incident().mitigated()).isPresent();
    assertThat(pm.incident().resolved()).isPresent();
    assertThat(pm.incident().statusPageUpdated()).isPresent();
    assertThat(pm.lifecycle().drafted()).isPresent();
    assertThat(pm.lifecycle().published()).isPresent();
    assertThat(pm.impact().orElseThrow().quantities()).anyMatch(q -> q.estimated());
    assertThat(pm.participants()).extracting(p -> p.discipline().orElseThrow()).hasSizeGreaterThan(2);
    assertThat(pm.timeline()).anyMatch(e -> e.inflectionPoint());
    assertThat(pm.timeline()).anyMatch(e -> e.approximate());
    assertThat(pm.timeline()).anyMatch(e -> e.knownAtTheTime().isPresent());
    assertThat(pm.timeline()).anyMatch(e -> e.internal());
    assertThat(pm.causes()).anyMatch(c -> c.trigger());
    assertThat(pm.causes()).anyMatch(c -> c.rootCause());
    assertThat(pm.causes()).anyMatch(c -> !c.ledTo().isEmpty());
    assertThat(pm.fiveWhys()).isNotEmpty();
    assertThat(pm.lessonsLearned().gotLucky()).isNotEmpty();
    assertThat(pm.lessonsLearned().nearMisses()).isNotEmpty();
    assertThat(pm.startStopContinue().isEmpty()).isFalse();
    assertThat(pm.actionItems()).anyMatch(a -> a.verification().flatMap(v -> v.showsImprovement()).orElse(false));
    assertThat(pm.actionItems()).anyMatch(a -> a.rationale().isPresent() && a.revisitOn().isPresent());
    assertThat(pm.evidence()).hasSizeGreaterThan(2);
    assertThat(pm.recreation()).isPresent();
    assertThat(pm.followUps()).isNotEmpty();
    assertThat(pm.slos()).isNotEmpty();
    assertThat(pm.links()).anyMatch(l -> l.internal());
    assertThat(pm.internalFields()).isNotEmpty();
    assertThat(pm.additionalSections()).isNotEmpty();
  }
}

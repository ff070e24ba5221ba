package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmupTest {
  @Test
  void theFormatsToPrepareComeFromTheArgumentsExtensions() {
    assertThat(Warmup.formats("validate", "a.YAML", "--format", "json")).containsExactly(Format.YAML);
    assertThat(Warmup.formats("validate", "a.yml", "b.json")).containsExactlyInAnyOrder(Format.YAML, Format.JSON);
    assertThat(Warmup.formats("validate", "incident.md", "no-such-dir/")).isEmpty();
    assertThat(Warmup.formats()).isEmpty();
  }

  @Test
  void aDirectoryIsPreparedForYaml(@TempDir Path dir) {
    assertThat(Warmup.formats("validate", dir.toString())).containsExactly(Format.YAML);
    assertThat(Warmup.formats("validate", "--policy", dir.resolve("x.md").toString())).isEmpty();
  }

  @Test
  void theOutputDirectoryIsNotInput(@TempDir Path dir) {
    assertThat(Warmup.formats("render", "incident.md", "--out", dir.toString(), "--to", "docx")).isEmpty();
    assertThat(Warmup.formats("render", "incident.yaml", "--out", dir.toString())).containsExactly(Format.YAML);
    assertThat(Warmup.formats("convert", "incident.md", "--to", "json", "--out", "x.json")).isEmpty();
  }

  @Test
  void theReaderIsShared() {
    assertThat(Warmup.reader()).isSameAs(Warmup.reader());
  }

  @Test
  void theWarmupDocumentIsReadStrictlyAndTheSameInBothFormats() {
    PostmortemReader strict = PostmortemReader.create();
    PostmortemDocument yaml = strict.readDocument(Warmup.document(Format.YAML), Format.YAML, "warm-up.yaml");
    PostmortemDocument json = strict.readDocument(Warmup.document(Format.JSON), Format.JSON, "warm-up.json");
    assertThat(json.postmortem()).isEqualTo(yaml.postmortem());
    // one of each kind of value the reader binds
    assertThat(yaml.postmortem().actionItems().get(0).verification().orElseThrow().after()).isPresent();
    assertThat(yaml.postmortem().slos().get(0).window()).isPresent();
    assertThat(yaml.postmortem().followUps().get(0).items()).hasSize(1);
    assertThat(yaml.postmortem().extensions()).containsKey("/warm-up");
    assertThat(Validator.create().validate(yaml).findings()).isNotNull();
  }

  @RepeatedTest(3)
  void readingWhileTheWarmupRunsGivesTheSameDocument() throws Exception {
    byte[] yaml = ExamplePostmortem.yaml().getBytes(StandardCharsets.UTF_8);
    Warmup.start(EnumSet.of(Format.YAML, Format.JSON), true);
    PostmortemDocument shared = Warmup.reader().readDocument(yaml, Format.YAML, "example.yaml");
    PostmortemDocument fresh = PostmortemReader.create().readDocument(yaml, Format.YAML, "example.yaml");
    assertThat(shared.postmortem()).isEqualTo(fresh.postmortem());
    assertThat(shared.positions().find("/timeline/0")).isPresent()
        .isEqualTo(fresh.positions().find("/timeline/0"));
  }
}

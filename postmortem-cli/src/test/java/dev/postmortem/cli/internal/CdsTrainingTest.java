package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.testkit.ExamplePostmortem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {
  @TempDir Path dir;

  @Test
  void everyTrainingCommandSucceedsOnTheExample() throws Exception {
    Path example = dir.resolve("example-postmortem.yaml");
    Files.writeString(example, ExamplePostmortem.yaml());
    Path work = Files.createDirectory(dir.resolve("work"));
    assertThat(CdsTraining.train(example, work)).isEmpty();
    assertThat(work.resolve("example.md")).isNotEmptyFile();
    assertThat(work.resolve("example.json")).isNotEmptyFile();
  }

  @Test
  void aFailingCommandIsReported() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    Path work = Files.createDirectory(dir.resolve("work"));
    assertThat(CdsTraining.train(missing, work)).isNotEmpty()
        .anySatisfy(f -> assertThat(f).startsWith("postmortem convert " + missing));
  }
}

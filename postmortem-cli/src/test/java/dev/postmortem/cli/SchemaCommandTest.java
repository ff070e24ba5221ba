package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.schema.PostmortemSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheShippedSchema() throws Exception {
    Cli.Result r = Cli.run("schema");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().strip()).isEqualTo(PostmortemSchema.text().strip());
    assertThat(new ObjectMapper().readTree(r.out()).get("$id").asText()).isEqualTo(PostmortemSchema.ID);
  }

  @Test
  void writesItToAFile() throws Exception {
    Path out = dir.resolve("schema/postmortem.schema.json");
    assertThat(Cli.run("schema", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out).strip()).isEqualTo(PostmortemSchema.text().strip());
  }
}

package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.schema.PostmortemSchema;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema accepts everything the kit writes: generated post-mortems of every shape
 * (seeded {@link PostmortemGenerator}, hostile strings included), the example, the {@code init}
 * templates, and the imports of the shared corpus of real-world Markdown post-mortems made by
 * {@code postmortem convert}. Checked with a real validator (networknt, draft 2020-12).
 */
class SchemaConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(PostmortemSchema.text()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> errors(JsonNode doc) {
    return SCHEMA.validate(doc).stream().map(Object::toString).toList();
  }

  private static JsonNode written(Postmortem pm) throws IOException {
    return JSON.readTree(PostmortemWriter.create(Format.JSON).toString(pm));
  }

  @Test
  void everyGeneratedPostmortemConforms() throws IOException {
    for (long seed = 0; seed < 300; seed++) {
      PostmortemGenerator g = PostmortemGenerator.seeded(seed)
          .everySection(seed % 2 == 0).hostileStrings(seed % 3 == 0);
      Postmortem pm = g.next();
      assertThat(errors(written(pm))).as("seed %d (-Dpostmortem.seed)", seed).isEmpty();
    }
  }

  @Test
  void theExampleConformsAsWrittenInYaml() throws IOException {
    assertThat(errors(new YAMLMapper().readTree(ExamplePostmortem.yaml()))).isEmpty();
    assertThat(errors(written(ExamplePostmortem.create()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal", "standard", "full"})
  void theInitTemplatesConform(String template) throws IOException {
    Cli.Result r = Cli.run("init", "--template", template, "--date", "2026-03-02");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(errors(new YAMLMapper().readTree(r.out()))).isEmpty();
  }

  @Test
  void everyImportOfTheSharedCorpusConforms() throws IOException {
    String shared = System.getProperty("postmortem.shared.dir");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus), "corpus not present: " + corpus);
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    List<String> imported = new ArrayList<>();
    for (Path file : files) {
      Cli.Result r = Cli.run("convert", file.toString(), "--to", "json");
      if (r.exitCode() != 0) {
        continue; // not importable: the importer's own tests cover which and why
      }
      assertThat(errors(JSON.readTree(r.out()))).as("import of %s", file.getFileName()).isEmpty();
      imported.add(file.getFileName().toString());
    }
    assertThat(imported).as("corpus files imported").hasSizeGreaterThan(files.size() / 2);
  }
}

package dev.postmortem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken invariants of the model (cross-references, duplicate ids, blank ids, the schema version)
 * are reported all at once, each with the line, column and pointer of the offending value.
 */
class ReaderInvariantErrorsTest {
  private static final PostmortemReader STRICT = PostmortemReader.create();

  private static PostmortemFormatException fails(String text, Format format) {
    Throwable t = catchThrowable(() -> STRICT.readDocument(
        text.getBytes(StandardCharsets.UTF_8), format, format == Format.YAML ? "pm.yaml" : "pm.json"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    return (PostmortemFormatException) t;
  }

  private static final String ALL_FIVE = String.join("\n",
      "schemaVersion: 2",                       // 1
      "id: ' '",                                // 2
      "title: Checkout outage",                 // 3
      "causes:",                                // 4
      "  - id: pool",                           // 5
      "    description: Pool exhausted",        // 6
      "    ledTo: [retries]",                   // 7
      "  - id: pool",                           // 8
      "    description: Pool too small",        // 9
      "fiveWhys:",                              // 10
      "  - problem: Checkout failed",           // 11
      "    rootCause: config",                  // 12
      "");

  @Test
  void everyBrokenInvariantIsReportedOnceAtItsOwnPlace() {
    PostmortemFormatException e = fails(ALL_FIVE, Format.YAML);
    List<PostmortemFormatException.Problem> problems = e.problems();
    assertThat(problems).extracting(PostmortemFormatException.Problem::pointer).containsExactly(
        "/schemaVersion", "/id", "/causes/0/ledTo/0", "/causes/1/id", "/fiveWhys/0/rootCause");
    assertThat(problems).extracting(PostmortemFormatException.Problem::line)
        .containsExactly(1, 2, 7, 8, 12);
    assertThat(problems).allSatisfy(p -> assertThat(p.column()).isPositive());
    assertThat(problems.get(0).problem()).contains("schemaVersion 2", "reads schemaVersion 1");
    assertThat(problems.get(1).problem()).contains("'id' must not be blank");
    assertThat(problems.get(2).problem()).contains("cause 'pool': 'ledTo' names the unknown cause 'retries'", "known causes: pool");
    assertThat(problems.get(3).problem()).contains("duplicate cause id 'pool'");
    assertThat(problems.get(4).problem()).contains("rootCause", "'config'");
    // the first problem is the exception's own; the message has one located line per problem
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.getMessage().split("\n")).hasSize(5)
        .allSatisfy(line -> assertThat(line).matches("pm\\.yaml:\\d+:\\d+: at /\\S+: .+"));
  }

  @Test
  void theSameInJson() {
    String json = "{\n  \"id\": \"PM-1\",\n  \"title\": \"t\",\n  \"causes\": [\n"
        + "    {\"id\": \"a\", \"description\": \"d\", \"ledTo\": [\"b\", \"c\"]},\n"
        + "    {\"id\": \"b\", \"description\": \"d\"}\n  ],\n"
        + "  \"fiveWhys\": [{\"problem\": \"p\", \"steps\": [{\"question\": \"w\", \"answer\": \"x\", \"cause\": \"z\"}]}]\n}\n";
    PostmortemFormatException e = fails(json, Format.JSON);
    assertThat(e.problems()).extracting(PostmortemFormatException.Problem::pointer)
        .containsExactly("/causes/0/ledTo/1", "/fiveWhys/0/steps/0/cause");
    assertThat(e.problems()).extracting(PostmortemFormatException.Problem::line).containsExactly(5, 8);
  }

  @Test
  void aNestedValueErrorIsReportedBesideTheCrossReferences() {
    String yaml = "id: PM-1\ntitle: t\nactionItems:\n  - id: A1\n    title: ''\n"
        + "causes:\n  - id: a\n    description: d\n    ledTo: [nowhere]\n";
    PostmortemFormatException e = fails(yaml, Format.YAML);
    assertThat(e.problems()).extracting(PostmortemFormatException.Problem::pointer)
        .containsExactly("/actionItems/0/title", "/causes/0/ledTo/0");
    assertThat(e.problems()).extracting(PostmortemFormatException.Problem::line).containsExactly(5, 9);
  }

  @Test
  void aSyntaxErrorStaysTheOneProblem() {
    PostmortemFormatException e = fails("id: x\ntitle: [unclosed\ncauses: {\n", Format.YAML);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problem()).startsWith("syntax error");
  }

  /**
   * Seeded: documents with n dangling references among m causes report exactly the n pointers,
   * whatever their number and order.
   */
  @Test
  void danglingReferencesAreAllFound() {
    Random random = new Random(14);
    for (int round = 0; round < 50; round++) {
      int causes = 1 + random.nextInt(6);
      StringBuilder yaml = new StringBuilder("id: PM-").append(round).append("\ntitle: t\ncauses:\n");
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < causes; i++) {
        yaml.append("  - id: c").append(i).append("\n    description: d\n    ledTo: [");
        int refs = random.nextInt(4);
        for (int j = 0; j < refs; j++) {
          boolean dangling = random.nextBoolean();
          yaml.append(j == 0 ? "" : ", ").append(dangling ? "x" + j : "c" + random.nextInt(causes));
          if (dangling) {
            expected.add("/causes/" + i + "/ledTo/" + j);
          }
        }
        yaml.append("]\n");
      }
      if (expected.isEmpty()) {
        assertThat(STRICT.read(yaml.toString(), Format.YAML).causes()).hasSize(causes);
        continue;
      }
      PostmortemFormatException e = fails(yaml.toString(), Format.YAML);
      assertThat(e.problems()).as("round %d:%n%s", round, yaml)
          .extracting(PostmortemFormatException.Problem::pointer).containsExactlyElementsOf(expected);
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }
}

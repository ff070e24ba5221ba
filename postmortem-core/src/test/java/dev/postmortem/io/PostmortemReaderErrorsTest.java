package dev.postmortem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.postmortem.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input raises one typed exception with line, column and JSON pointer. */
class PostmortemReaderErrorsTest {
  private static final PostmortemReader STRICT = PostmortemReader.create();

  private static PostmortemFormatException fails(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    return (PostmortemFormatException) t;
  }

  private static PostmortemFormatException yaml(String text) {
    return fails(() -> STRICT.readDocument(text.getBytes(StandardCharsets.UTF_8), Format.YAML, "pm.yaml"));
  }

  private static PostmortemFormatException json(String text) {
    return fails(() -> STRICT.readDocument(text.getBytes(StandardCharsets.UTF_8), Format.JSON, "pm.json"));
  }

  @Test
  void syntaxErrorInJson() {
    PostmortemFormatException e = json("{\n  \"id\": \"x\",\n  \"title\": \"t\" \"status\": \"draft\"\n}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isGreaterThan(0);
    assertThat(e.problem()).startsWith("syntax error");
    assertThat(e.getMessage()).startsWith("pm.json:3:");
  }

  @Test
  void syntaxErrorInYaml() {
    PostmortemFormatException e = yaml("id: x\ntitle: [unclosed\nstatus: draft\n");
    assertThat(e.line()).isGreaterThan(1);
    assertThat(e.problem()).startsWith("syntax error");
  }

  @Test
  void truncatedJson() {
    PostmortemFormatException e = json("{\"id\": \"x\", \"title\": ");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("end-of-input");
  }

  @Test
  void wrongType() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\ntimeline: 3\n");
    assertThat(e.pointer()).isEqualTo("/timeline");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("wrong type").contains("expected an array");
    assertThat(e.problem()).doesNotContain("java.").doesNotContain("Immutable");
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\nactionItems:\n  - id: A1\n    title: Add alert\n    status: finished\n");
    assertThat(e.pointer()).isEqualTo("/actionItems/0/status");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem()).contains("'finished'")
        .contains("open, in-progress, done, verified, wont-do");
  }

  @Test
  void enumValuesAreReadCaseInsensitively() {
    Postmortem pm = STRICT.read("id: x\ntitle: t\nstatus: IN_REVIEW\nseverity: P2\n", Format.YAML);
    assertThat(pm.status().id()).isEqualTo("in-review");
    assertThat(pm.severity().orElseThrow().id()).isEqualTo("sev2");
  }

  @Test
  void missingRequiredField() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\ntimeline:\n  - at: 2026-05-01T10:00:00Z\n    kind: alert\n");
    assertThat(e.pointer()).isEqualTo("/timeline/0");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).isEqualTo("missing required field 'description'");
  }

  @Test
  void missingTopLevelFields() {
    PostmortemFormatException e = json("{\"summary\": \"s\"}");
    assertThat(e.problem()).contains("'id'").contains("'title'");
  }

  @Test
  void unknownPropertyInStrictMode() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\nincident:\n  begun: 2026-05-01T10:00:00Z\n");
    assertThat(e.pointer()).isEqualTo("/incident/begun");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("unknown property 'begun'").contains("started");
  }

  @Test
  void lenientReadingKeepsUnknownPropertiesAsExtensions() {
    Postmortem pm = PostmortemReader.builder().lenient(true).build().read(
        "id: x\ntitle: t\nteam: payments\ntimeline:\n  - at: 2026-05-01T10:00:00Z\n    description: d\n    jira: {key: OPS-1}\n",
        Format.YAML);
    assertThat(pm.extensions()).containsOnlyKeys("/team", "/timeline/0/jira");
    assertThat(pm.extensions().get("/timeline/0/jira").get("key").asText()).isEqualTo("OPS-1");
    String written = PostmortemWriter.create(Format.YAML).toString(pm);
    assertThat(STRICT.read(written, Format.YAML)).isEqualTo(pm);
  }

  @Test
  void localTimeWithoutOffset() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\nincident:\n  started: 2026-05-01T10:00:00\n");
    assertThat(e.pointer()).isEqualTo("/incident/started");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("has no UTC offset").contains("2026-05-01T10:00:00Z");
  }

  @Test
  void dateWhereADateTimeIsNeeded() {
    PostmortemFormatException e = json("{\"id\":\"x\",\"title\":\"t\",\"incident\":{\"resolved\":\"2026-05-01\"}}");
    assertThat(e.problem()).contains("date without a time");
  }

  @Test
  void offsetIsKeptAsWritten() {
    Postmortem pm = STRICT.read("id: x\ntitle: t\nincident:\n  started: 2026-05-01T10:00:00+05:30\n", Format.YAML);
    assertThat(pm.incident().started().orElseThrow().getOffset().getTotalSeconds()).isEqualTo(19800);
  }

  @Test
  void brokenInvariantNamesTheValue() {
    PostmortemFormatException e = json("{\"id\":\"x\",\"title\":\"t\",\"causes\":[{\"id\":\"C1\",\"description\":\"d\",\"ledTo\":[\"C9\"]}]}");
    assertThat(e.problem()).isEqualTo("cause 'C1': 'ledTo' names the unknown cause 'C9'; known causes: C1");
    assertThat(e.pointer()).isEqualTo("/causes/0/ledTo/0");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isGreaterThan(1);
  }

  @Test
  void duplicateKeys() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\ntitle: u\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("Duplicate field 'title'");
  }

  @Test
  void yamlTypeTagsAreRejected() {
    PostmortemFormatException e = yaml("id: x\ntitle: !!javax.script.ScriptEngineManager [x]\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("type tags are not allowed");
  }

  @Test
  void yamlBillionLaughsIsRejectedAtTheFirstAlias() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    PostmortemFormatException e = yaml(sb.toString());
    assertThat(e.problem()).contains("YAML aliases (*a) are not supported");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void recursiveAliasIsRejected() {
    PostmortemFormatException e = yaml("id: x\ntitle: t\ntags: &t\n  - *t\n");
    assertThat(e.problem()).contains("aliases");
  }

  @Test
  void nestingDeeperThanTheLimit() {
    String deep = "{\"id\":\"x\",\"title\":\"t\",\"extensions\":{\"/a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
    PostmortemFormatException e = json(deep);
    assertThat(e.problem()).contains("exceeds a limit").containsIgnoringCase("nesting");
  }

  @Test
  void stringLongerThanTheLimit() {
    PostmortemReader small = PostmortemReader.builder().maxStringLength(1000).build();
    String text = "{\"id\":\"x\",\"title\":\"" + "a".repeat(5000) + "\"}";
    Throwable t = catchThrowable(() -> small.read(text, Format.JSON));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    assertThat(((PostmortemFormatException) t).problem()).contains("exceeds a limit");
  }

  @Test
  void documentLargerThanTheLimit() {
    PostmortemReader small = PostmortemReader.builder().maxDocumentBytes(100).build();
    byte[] big = ("{\"id\":\"x\",\"title\":\"" + "a".repeat(500) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.readDocument(new ByteArrayInputStream(big), Format.JSON, "big.json"))
        .isInstanceOf(PostmortemFormatException.class)
        .hasMessageContaining("big.json")
        .hasMessageContaining("larger than the limit of 100 bytes");
  }

  @Test
  void emptyDocument() {
    assertThat(yaml("\n\n").problem()).contains("empty");
    assertThat(json("null").problem()).contains("empty");
  }

  @Test
  void binaryJunkAndInvalidUtf8() {
    byte[] junk = {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28, (byte) 0x80, 0x01};
    assertThat(catchThrowable(() -> STRICT.readDocument(junk, Format.JSON, "junk.json")))
        .isInstanceOf(PostmortemFormatException.class);
    assertThat(catchThrowable(() -> STRICT.readDocument(junk, Format.YAML, "junk.yaml")))
        .isInstanceOf(PostmortemFormatException.class);
  }

  @Test
  void unknownExtension(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("pm.txt"), "id: x\n");
    assertThatThrownBy(() -> STRICT.read(file))
        .isInstanceOf(PostmortemFormatException.class)
        .hasMessageContaining("unknown file extension");
  }

  @Test
  void readingWithoutPositionsReportsTheSameLocatedErrors() {
    String[] inputs = {
      "id: x\ntitle: t\ntimeline:\n  - at: 2026-05-01T10:00:00Z\n    kind: alert\n",
      "id: x\ntitle: !!str t\n",
      "id: x\ntitle: t\ntags: &t\n  - *t\n",
      "id: x\ntitle: t\nincident:\n  started: 2026-05-01T10:00:00\n",
    };
    for (String input : inputs) {
      PostmortemFormatException tracked = yaml(input);
      PostmortemFormatException untracked = fails(() -> STRICT.read(input, Format.YAML));
      assertThat(untracked.line()).as(input).isEqualTo(tracked.line());
      assertThat(untracked.pointer()).as(input).isEqualTo(tracked.pointer());
      assertThat(untracked.problem()).as(input).isEqualTo(tracked.problem());
    }
  }

  @Test
  void positionsAreRecordedForEveryValue() {
    PostmortemDocument doc = STRICT.readDocument(
        "id: x\ntitle: t\ntimeline:\n  - at: 2026-05-01T10:00:00Z\n    description: first\n  - at: 2026-05-01T10:05:00Z\n    description: second\n"
            .getBytes(StandardCharsets.UTF_8), Format.YAML, "pm.yaml");
    assertThat(doc.source()).contains("pm.yaml");
    assertThat(doc.positions().exact("/title").orElseThrow().line()).isEqualTo(2);
    assertThat(doc.positions().exact("/timeline/1").orElseThrow().line()).isEqualTo(6);
    assertThat(doc.positions().exact("/timeline/1/description").orElseThrow().line()).isEqualTo(7);
    assertThat(doc.positions().find("/timeline/1/evidence/0").orElseThrow().line()).isEqualTo(6);
    assertThat(doc.positions().find("/timeline/1/description").orElseThrow().toString()).isEqualTo("pm.yaml:7:5");
  }
}

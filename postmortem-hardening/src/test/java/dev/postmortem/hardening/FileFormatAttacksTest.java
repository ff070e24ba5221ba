package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known attacks on the JSON and YAML reader, each rejected within {@link Attacks#LIMIT} with a
 * {@link PostmortemFormatException} that says what and where.
 */
class FileFormatAttacksTest {
  private static final PostmortemReader READER = PostmortemReader.create();

  @BeforeAll
  static void warmUp() {
    for (Format f : Format.values()) {
      String text = PostmortemWriter.create(f).toString(PostmortemGenerator.seeded(3).next());
      READER.read(text, f);
    }
  }

  private static PostmortemFormatException yaml(String text) {
    Throwable t = Attacks.rejectedInTime(() -> READER.readDocument(
        text.getBytes(StandardCharsets.UTF_8), Format.YAML, "attack.yaml"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    PostmortemFormatException e = (PostmortemFormatException) t;
    assertThat(e.line()).as("line of: %s", e.getMessage()).isPositive();
    assertThat(e.getMessage()).startsWith("attack.yaml:" + e.line());
    return e;
  }

  private static PostmortemFormatException json(String text) {
    Throwable t = Attacks.rejectedInTime(() -> READER.readDocument(
        text.getBytes(StandardCharsets.UTF_8), Format.JSON, "attack.json"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    PostmortemFormatException e = (PostmortemFormatException) t;
    assertThat(e.line()).as("line of: %s", e.getMessage()).isPositive();
    return e;
  }

  @Test
  void yamlBillionLaughs() {
    StringBuilder sb = new StringBuilder("id: PM-1\ntitle: laughs\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      sb.append("lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    PostmortemFormatException e = yaml(sb.toString());
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("YAML aliases (*a0) are not supported");
  }

  @Test
  void yamlRecursiveAlias() {
    PostmortemFormatException e = yaml("id: PM-1\ntitle: loop\nextensions: &loop\n  self: *loop\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("YAML aliases (*loop) are not supported");
  }

  @Test
  void yamlMergeKeyAlias() {
    PostmortemFormatException e = yaml("base: &b {id: PM-1, title: t}\n<<: *b\n");
    assertThat(e.problem()).contains("YAML aliases");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]",
      "!!python/object/apply:os.system [\"id\"]",
      "!<tag:yaml.org,2002:java.io.File> /etc/passwd",
      "!local value",
      "!!binary aGVsbG8=",
      "!!str tagged"})
  void yamlTypeTags(String value) {
    PostmortemFormatException e = yaml("id: PM-1\ntitle: " + value + "\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.problem()).contains("YAML type tags are not allowed");
  }

  @Test
  void jsonArraysNested100000Deep() {
    String deep = "{\"id\":\"PM-1\",\"title\":\"t\",\"extensions\":{\"x\":"
        + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
    PostmortemFormatException e = json(deep);
    assertThat(e.problem()).isEqualTo("input exceeds a limit: Document nesting depth (65) exceeds the maximum"
        + " allowed (64; raise it with PostmortemReader.Builder.maxNestingDepth)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isBetween(43, 110);
    assertThat(e.pointer()).startsWith("/extensions/x/0/0/0/0/0/0/0/0/0/0/0/0");
  }

  @Test
  void jsonObjectsNested100000Deep() {
    String deep = "{\"id\":\"PM-1\",\"extensions\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);
    PostmortemFormatException e = json(deep);
    assertThat(e.problem()).contains("exceeds a limit").containsIgnoringCase("nesting depth");
  }

  @Test
  void yamlFlowNested100000Deep() {
    PostmortemFormatException e = yaml("id: PM-1\nextensions:\n  x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    assertThat(e.problem()).containsIgnoringCase("nesting").containsIgnoringCase("limit");
  }

  @Test
  void yamlBlockNestedDeeperThanTheLimit() {
    StringBuilder sb = new StringBuilder("id: PM-1\nextensions:\n");
    for (int i = 1; i <= 2_000; i++) {
      sb.append(" ".repeat(i)).append("k:\n");
    }
    PostmortemFormatException e = yaml(sb.toString());
    assertThat(e.problem()).containsIgnoringCase("nesting").containsIgnoringCase("limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "YAML"})
  void hundredMegabyteString(Format format) {
    long size = 100L * 1000 * 1000;
    String prefix = format == Format.JSON ? "{\"id\":\"PM-1\",\"title\":\"" : "id: PM-1\ntitle: \"";
    Throwable t = Attacks.rejectedInTime(() -> READER.readDocument(
        Attacks.generated(prefix, (byte) 'a', size, format == Format.JSON ? "\"}" : "\"\n"), format, "huge." + format));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    PostmortemFormatException e = (PostmortemFormatException) t;
    assertThat(e.problem()).isEqualTo("document is larger than the limit of 67108864 bytes");
    assertThat(e.getMessage()).startsWith("huge." + format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "YAML"})
  void stringLongerThanTheStringLimitInADocumentUnderTheSizeLimit(Format format) {
    PostmortemReader reader = PostmortemReader.builder().maxStringLength(1 << 16).build();
    String prefix = format == Format.JSON ? "{\"id\":\"PM-1\",\"title\":\"" : "id: PM-1\ntitle: \"";
    Throwable t = Attacks.rejectedInTime(() -> reader.readDocument(
        Attacks.generated(prefix, (byte) 'a', 1L << 17, format == Format.JSON ? "\"}" : "\"\n"), format, "long." + format));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    PostmortemFormatException e = (PostmortemFormatException) t;
    assertThat(e.problem()).containsIgnoringCase("limit");
    assertThat(e.line()).isPositive();
  }

  @Test
  void numberWithAMillionDigits() {
    PostmortemFormatException e = json("{\"id\":\"PM-1\",\"schemaVersion\":" + "9".repeat(1_000_000) + "}");
    assertThat(e.problem()).contains("exceeds a limit").containsIgnoringCase("number");
  }

  @Test
  void propertyNameOfAMegabyte() {
    PostmortemFormatException e = json("{\"" + "k".repeat(1 << 20) + "\":1}");
    assertThat(e.problem()).contains("exceeds a limit").containsIgnoringCase("name");
  }

  @Test
  void duplicateKeyAfterFiftyThousandOthers() {
    StringBuilder sb = new StringBuilder("{\"id\":\"PM-1\",\"title\":\"t\",\"extensions\":{");
    for (int i = 0; i < 50_000; i++) {
      sb.append("\"k").append(i).append("\":").append(i).append(',');
    }
    sb.append("\"k7\":0}}");
    PostmortemFormatException e = json(sb.toString());
    assertThat(e.problem()).containsIgnoringCase("duplicate").contains("k7");
  }

  @Test
  void streamLargerThanTheLimitIsNotReadToTheEnd() {
    PostmortemReader small = PostmortemReader.builder().maxDocumentBytes(1 << 20).build();
    Throwable t = Attacks.rejectedInTime(() -> small.readDocument(
        Attacks.generated("{\"id\":\"", (byte) 'x', Long.MAX_VALUE / 2, "\"}"), Format.JSON, "endless.json"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class)
        .hasMessage("endless.json: document is larger than the limit of 1048576 bytes");
  }

  @Test
  void invalidUtf8() {
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Throwable t = Attacks.rejectedInTime(() -> READER.readDocument(new ByteArrayInputStream(bad), Format.JSON, "bad.json"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    assertThat(((PostmortemFormatException) t).line()).isEqualTo(1);
  }
}

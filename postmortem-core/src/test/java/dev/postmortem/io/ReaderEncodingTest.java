package dev.postmortem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.postmortem.model.Postmortem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON and YAML in UTF-16 and UTF-32, with or without a byte order mark, and UTF-8 with one, read
 * like UTF-8 (Windows PowerShell writes UTF-16LE with a mark by default).
 */
class ReaderEncodingTest {
  private static final PostmortemReader READER = PostmortemReader.create();
  private static final String YAML = "# Störung\nid: PM-7\ntitle: Zahlungen schlugen fehl — 支払い\n"
      + "causes:\n  - id: a\n    description: Über-Last\n";
  private static final String JSON = "{\"id\": \"PM-7\", \"title\": \"Zahlungen schlugen fehl — 支払い\"}";

  private static byte[] encode(String text, String charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Charset cs = Charset.forName(charset);
    if (bom) {
      out.writeBytes("\uFEFF".getBytes(cs));
    }
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({"UTF-8, true", "UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false",
      "UTF-32LE, true", "UTF-32BE, true", "UTF-32LE, false", "UTF-32BE, false"})
  void yamlAndJsonInAnyUnicodeEncoding(String charset, boolean bom) {
    Postmortem yaml = READER.readDocument(encode(YAML, charset, bom), Format.YAML, "pm.yaml").postmortem();
    assertThat(yaml.title()).isEqualTo("Zahlungen schlugen fehl — 支払い");
    assertThat(yaml.causes().get(0).description()).isEqualTo("Über-Last");
    Postmortem json = READER.readDocument(encode(JSON, charset, bom), Format.JSON, "pm.json").postmortem();
    assertThat(json).isEqualTo(READER.read(JSON, Format.JSON));
  }

  @Test
  void positionsAreTheSameAsInUtf8() {
    String bad = "id: PM-7\ntitle: t\nseverity: sev9\n";
    PostmortemFormatException utf8 = (PostmortemFormatException) catchThrowable(
        () -> READER.readDocument(bad.getBytes(StandardCharsets.UTF_8), Format.YAML, "pm.yaml"));
    PostmortemFormatException utf16 = (PostmortemFormatException) catchThrowable(
        () -> READER.readDocument(encode(bad, "UTF-16LE", true), Format.YAML, "pm.yaml"));
    assertThat(utf16.getMessage()).isEqualTo(utf8.getMessage());
    assertThat(utf16.line()).isEqualTo(3);
  }

  @Test
  void brokenUtf16IsALocatedErrorNamingTheEncoding() {
    byte[] bytes = encode("id: x\n", "UTF-16LE", true);
    byte[] odd = java.util.Arrays.copyOf(bytes, bytes.length + 1); // a dangling half character
    Throwable t = catchThrowable(() -> READER.readDocument(odd, Format.YAML, "pm.yaml"));
    assertThat(t).isInstanceOf(PostmortemFormatException.class).hasMessageContaining("UTF-16LE");
  }
}

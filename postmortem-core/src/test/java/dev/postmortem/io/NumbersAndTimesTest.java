package dev.postmortem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.postmortem.model.Postmortem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values are never changed silently (issue 15): a number is never a time, in any time or date
 * field, written plain, quoted or as JSON; integers are read as YAML 1.2 reads them (no octal from
 * a leading zero); infinity and not-a-number are refused with their own message.
 */
class NumbersAndTimesTest {
  private static final PostmortemReader READER = PostmortemReader.create();
  private static final String HEAD = "id: PM-1\ntitle: t\n";

  private static PostmortemFormatException fails(String yaml, Format format) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    Throwable t = catchThrowable(() -> READER.readDocument(bytes, format, "pm." + format.name().toLowerCase(java.util.Locale.ROOT)));
    assertThat(t).isInstanceOf(PostmortemFormatException.class);
    return (PostmortemFormatException) t;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1760425200", "0", "-1", "1760425200.5", "20261111", "'1760425200'", "\"0\"", "+5"})
  void aNumberIsNeverADateTime(String value) {
    PostmortemFormatException e = fails(HEAD + "incident:\n  started: " + value + "\n", Format.YAML);
    assertThat(e.pointer()).isEqualTo("/incident/started");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).startsWith("a number is not a date-time: '")
        .contains("2026-05-01T14:02:00Z").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20261111", "0", "'20261111'"})
  void aNumberIsNeverADate(String value) {
    PostmortemFormatException e = fails(HEAD + "actionItems:\n  - id: A-1\n    title: x\n    due: " + value + "\n",
        Format.YAML);
    assertThat(e.pointer()).isEqualTo("/actionItems/0/due");
    assertThat(e.problem()).startsWith("a number is not a date: '").contains("2026-05-01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1760425200", "\"1760425200\"", "1.5e9"})
  void aNumberIsNeverADateTimeInJson(String value) {
    PostmortemFormatException e = fails("{\"id\":\"PM-1\",\"title\":\"t\",\"incident\":{\"started\":" + value + "}}",
        Format.JSON);
    assertThat(e.pointer()).isEqualTo("/incident/started");
    assertThat(e.problem()).startsWith("a number is not a date-time");
  }

  @ParameterizedTest
  @CsvSource({"012, 12", "0012, 12", "-012, -12", "00, 0", "0, 0", "12, 12", "1e3, 1E+3", "4.50, 4.50"})
  void integersAreReadAsYaml12ReadsThem(String written, String read) {
    Postmortem pm = READER.read(HEAD + "impact:\n  quantities:\n    - metric: m\n      value: " + written + "\n",
        Format.YAML);
    assertThat(pm.impact().orElseThrow().quantities().get(0).value()).isEqualByComparingTo(new BigDecimal(read));
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", "+.INF", ".nan", ".NaN", "'.inf'"})
  void infinityAndNotANumberSayWhatIsWrong(String value) {
    PostmortemFormatException e = fails(HEAD + "impact:\n  quantities:\n    - metric: m\n      value: " + value + "\n",
        Format.YAML);
    assertThat(e.pointer()).isEqualTo("/impact/quantities/0/value");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem()).endsWith("' is not a finite number; write a decimal number such as 23 or 4.5")
        .doesNotContain("BigDecimal").doesNotContain("Character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0_12", "0o12"})
  void yaml11IntegerSpellingsAreNotNumbers(String value) {
    PostmortemFormatException e = fails(HEAD + "impact:\n  quantities:\n    - metric: m\n      value: " + value + "\n",
        Format.YAML);
    assertThat(e.pointer()).isEqualTo("/impact/quantities/0/value");
  }
}

package dev.postmortem.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DurationFormatTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "PT0S        | 0 s",
      "PT0.9S      | 0 s",
      "PT1S        | 1 s",
      "PT59S       | 59 s",
      "PT59.999S   | 59 s",
      "PT60S       | 1 min",
      "PT90S       | 1 min 30 s",
      "PT59M59S    | 59 min 59 s",
      "PT1H        | 1 h",
      "PT1H0M30S   | 1 h",
      "PT1H19M     | 1 h 19 min",
      "PT1H19M59S  | 1 h 19 min",
      "PT23H59M    | 23 h 59 min",
      "PT24H       | 1 d",
      "PT50H10M    | 2 d 2 h",
      "P30D        | 30 d",
      "P400DT5H    | 400 d 5 h",
      "PT-1S       | -1 s",
      "PT-1.5S     | -1 s",
      "PT-0.5S     | 0 s",
      "PT-30M      | -30 min",
      "PT-1H-19M   | -1 h 19 min",
      "P-3DT-4H    | -3 d 4 h",
  })
  void twoAdjacentUnitsTheSmallerLeftOutWhenZero(String iso, String text) {
    assertThat(DurationFormat.format(Duration.parse(iso))).isEqualTo(text);
  }

  @Test
  void extremesDoNotOverflow() {
    assertThat(DurationFormat.format(Duration.ofSeconds(Long.MAX_VALUE))).startsWith("106751991167300 d");
    assertThat(DurationFormat.format(Duration.ofSeconds(Long.MIN_VALUE))).startsWith("-106751991167300 d");
  }

  private static final Pattern SHAPE = Pattern.compile(
      "-?(0 s|[1-9]\\d* s|[1-9]\\d* min( [1-5]?\\d s)?|[1-9]\\d* h( [1-5]?\\d min)?|[1-9]\\d* d( 1?\\d h| 2[0-3] h)?)");

  @Test
  void anyDurationHasTheShapeAndNeverClaimsMoreTimeThanPassed() {
    Random random = new Random(16);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG")); // digits and signs do not follow the locale
      for (int i = 0; i < 5_000; i++) {
        long seconds = (long) (Math.pow(10, random.nextDouble() * 8)) * (random.nextBoolean() ? 1 : -1);
        Duration d = Duration.ofSeconds(seconds, random.nextInt(1_000_000_000));
        String text = DurationFormat.format(d);
        assertThat(text).matches(SHAPE);
        long whole = Math.abs(d.getSeconds() + (d.isNegative() && d.getNano() > 0 ? 1 : 0));
        long shown = read(text);
        String first = text.replace("-", "").split(" ")[1];
        long step = first.equals("d") ? 3_600 : first.equals("h") ? 60 : 1;
        assertThat(shown).isLessThanOrEqualTo(whole);
        assertThat(whole - shown).isLessThan(step);
        assertThat(text.startsWith("-")).isEqualTo(whole > 0 && d.isNegative());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static long read(String text) {
    long total = 0;
    String[] parts = text.replace("-", "").split(" ");
    for (int i = 0; i < parts.length; i += 2) {
      long n = Long.parseLong(parts[i]);
      switch (parts[i + 1]) {
        case "d" -> total += n * 86_400;
        case "h" -> total += n * 3_600;
        case "min" -> total += n * 60;
        default -> total += n;
      }
    }
    return total;
  }
}

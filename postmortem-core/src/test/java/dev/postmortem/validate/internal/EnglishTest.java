package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // vowel letters and the words that do not sound like them
      "an | in-review sev1 post-mortem",
      "an | open item",
      "an | action item",
      "an | error",
      "an | unclear owner",
      "an | update",
      "an | uninformed guess",
      "an | hour",
      "an | honest account",
      "a  | published sev2 post-mortem",
      "a  | draft post-mortem",
      "a  | user",
      "a  | unique id",
      "a  | unit test",
      "a  | one-off fix",
      "a  | European region",
      "a  | host",
      "a  | sev1 post-mortem",
      // initialisms said letter by letter, words said as words
      "an | SLO",
      "an | HTTP 503",
      "an | MTTR of 2 h",
      "an | RCA",
      "an | SRE",
      "an | API",
      "a  | URL",
      "a  | JSON file",
      "a  | SEV1 post-mortem",
      "a  | YAML file",
      "a  | PDF",
      // numbers by how they are read
      "an | 8-hour window",
      "an | 11-minute gap",
      "an | 18 % drop",
      "an | 80 % drop",
      "an | 800 ms timeout",
      "an | 11000 requests spike",
      "a  | 1 h gap",
      "a  | 110 ms timeout",
      "a  | 7-day window",
      "a  | 1800 ms timeout",
      // quotes and code marks are not said
      "an | `orders-api` outage",
      "a  | \"checkout\" outage",
  })
  void articleBySound(String article, String phrase) {
    assertThat(English.withArticle(phrase)).isEqualTo(article + " " + phrase);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "0 | violation        | 0 violations",
      "1 | violation        | 1 violation",
      "2 | violation        | 2 violations",
      "1 | follow-up review | 1 follow-up review",
      "3 | follow-up review | 3 follow-up reviews",
      "2 | process          | 2 processes",
      "2 | patch            | 2 patches",
      "2 | dependency       | 2 dependencies",
      "2 | day              | 2 days",
      "-1 | day             | -1 days",
  })
  void pluralByCount(long n, String noun, String text) {
    assertThat(English.count(n, noun)).isEqualTo(text);
  }
}

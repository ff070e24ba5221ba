package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Language detection per field: non-English text is not linted by the English lexicons, and is listed. */
class LanguageGuessTest {
  /** Sentences written for this test (not taken from any document), with blame in their own language. */
  static final List<String> NOT_ENGLISH = List.of(
      "担当者が手順書を読まなかったため、障害が長引いた。",
      "画像プロキシが gzip 圧縮された JPEG を復号できず 502 を返していた。",
      "Utvikleren burde ha sjekket konfigurasjonen før han rullet ut endringen, og det var hans feil.",
      "Teamet glemte å fornye sertifikatet, og tjenesten var nede i to timer.",
      "Инженер должен был проверить конфигурацию перед выкладкой, это была его ошибка.",
      "Дежурный не заметил предупреждение, и база данных переполнилась.",
      "O engenheiro deveria ter verificado a configuração antes de fazer o deploy, foi um erro dele.",
      "A equipe de operações esqueceu de renovar o certificado e o serviço ficou fora do ar.");

  @ParameterizedTest
  @ValueSource(strings = {
      "担当者が手順書を読まなかったため、障害が長引いた。",
      "Teamet glemte å fornye sertifikatet, og tjenesten var nede i to timer.",
      "Дежурный не заметил предупреждение, и база данных переполнилась.",
      "A equipe de operações esqueceu de renovar o certificado e o serviço ficou fora do ar."})
  void otherLanguagesAreRecognised(String text) {
    assertThat(LanguageGuess.notEnglish(text)).isPresent();
  }

  @Test
  void noEnglishSentenceOfTheLabelledSetsIsTakenForAnotherLanguage() throws IOException {
    List<String> taken = RewritesTest.sentences().stream().filter(s -> LanguageGuess.notEnglish(s).isPresent())
        .collect(Collectors.toList());
    assertThat(taken).isEmpty();
    assertThat(LanguageGuess.notEnglish("Ingrid and Björn restored the database in Tromsø.")).isEmpty();
    assertThat(LanguageGuess.notEnglish("OK")).isEmpty();
  }

  @Test
  void nonEnglishFieldsGiveNoBlamelessFindingAndAreListed() {
    var e = TimelineEvent.builder().at(OffsetDateTime.parse("2026-05-10T10:00:00Z"));
    var b = Postmortem.builder().id("PM-1").title("Checkout errors")
        .summary(NOT_ENGLISH.get(2) + " " + NOT_ENGLISH.get(6));
    for (String s : NOT_ENGLISH) {
      b.addTimeline(TimelineEvent.builder().at(OffsetDateTime.parse("2026-05-10T10:00:00Z")).description(s).build());
    }
    b.addTimeline(e.description("Tom should have checked the dashboard, and it was his fault.").build());
    ValidationReport report = Validator.builder().profile(Profile.STRICT).build().validate(b.build());
    List<Finding> blameless = report.findings().stream().filter(f -> f.ruleId().startsWith("blameless-"))
        .collect(Collectors.toList());
    assertThat(blameless).isNotEmpty().allMatch(f -> f.pointer().equals("/timeline/" + NOT_ENGLISH.size() + "/description"));
    List<Finding> listed = report.findings("language-not-checked");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).level()).isEqualTo(Finding.Level.INFO);
    assertThat(listed.get(0).message()).startsWith("9 fields were not checked").contains("/summary", "/timeline/0/description",
        "Japanese script", "Cyrillic script").doesNotContain("/timeline/8/");
  }
}

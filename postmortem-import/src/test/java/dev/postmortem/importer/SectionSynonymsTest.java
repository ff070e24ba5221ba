package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionSynonymsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Root Causes | ROOT_CAUSES
      Root cause | ROOT_CAUSES
      Blameless root cause | ROOT_CAUSES
      Fault | ROOT_CAUSES
      What caused the incident? | ROOT_CAUSES
      Root cause of the outage | ROOT_CAUSES
      2. Root Cause Analysis | ROOT_CAUSES
      Contributing factors | CONTRIBUTING_FACTORS
      Contributing Conditions Analysis | CONTRIBUTING_FACTORS
      Timeline (all times PST) 01/16/2024 | TIMELINE
      Timeline of events | TIMELINE
      Action Items & Followups | ACTION_ITEMS
      Corrective and Preventative Measures | ACTION_ITEMS
      How'd We Do? | LESSONS_LEARNED
      What Didn't Go So Well? | WENT_WRONG
      Things that went well | WENT_WELL
      Where we got lucky | GOT_LUCKY
      Leadup | TRIGGER
      Issue Summary | SUMMARY
      Five whys | FIVE_WHYS
      タイムライン | TIMELINE
      根本原因分析 | ROOT_CAUSES
      寄与要因 | CONTRIBUTING_FACTORS
      アクションアイテム | ACTION_ITEMS
      うまくいったこと | WENT_WELL
      うまくいかなかったこと | WENT_WRONG
      緩和策・復旧 | RESOLUTION
      Linha do tempo | TIMELINE
      Causa raiz | ROOT_CAUSES
      Itens de ação | ACTION_ITEMS
      Lições aprendidas | LESSONS_LEARNED
      O que deu certo | WENT_WELL
      Cinco porquês | FIVE_WHYS
      Response timeline | TIMELINE
      Issue Timeline - UTC | TIMELINE
      Incident chronology | TIMELINE
      Detailed timeline (CEST) | TIMELINE
      Tidslinje | TIMELINE
      Tiltak | ACTION_ITEMS
      Preventive Actions | ACTION_ITEMS
      Hva lærte vi? | LESSONS_LEARNED
      Rotårsaker | ROOT_CAUSES
      Five Why's | FIVE_WHYS
      Tijdlijn | TIMELINE
      Leçons apprises | LESSONS_LEARNED
      """)
  void defaultsCoverTemplatesAndLanguages(String heading, SectionKind kind) {
    assertThat(SectionSynonyms.create().kindOf(heading)).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({"Coffee corner", "Thanks", "Affected crates", "Appendix", "Cost of the response"})
  void unrelatedHeadingsMatchNothing(String heading) {
    assertThat(SectionSynonyms.create().kindOf(heading)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void withAddsAndDoesNotChangeTheDefaults() {
    SectionSynonyms s = SectionSynonyms.create().with(SectionKind.TIMELINE, "Ablauf der Störung");
    assertThat(s.kindOf("Ablauf der Störung")).contains(SectionKind.TIMELINE);
    assertThat(SectionSynonyms.empty().kindOf("Timeline")).isEmpty();
    assertThat(s.asMap().get(SectionKind.TIMELINE)).contains("ablauf der störung");
    assertThatThrownBy(() -> s.with(SectionKind.TIMELINE, "??")).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.internal.Labels;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** Report labels in six languages: every file complete, nothing left in English, used by every format. */
class LabelsTest {
  /**
   * Labels a language writes as English does: the only ones allowed to be equal. Any other label
   * equal to the English one is a label left untranslated.
   */
  private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
      "de", Set.of("value.EventKind.deployment", "value.Discipline.support", "value.Discipline.management", "value.VerificationMethod.slo", "value.VerificationMethod.test", "value.EvidenceKind.log", "value.EvidenceKind.trace", "value.EvidenceKind.dashboard", "value.EvidenceKind.ticket", "value.EvidenceKind.code", "id", "slo", "ticket", "status", "team", "definition", "name", "unit.hour", "unit.minute", "unit.second"),
      "fr", Set.of("value.EventKind.action", "value.EventKind.communication", "value.EventKind.observation", "value.CauseCategory.communication", "value.Discipline.support", "value.VerificationMethod.slo", "value.VerificationMethod.test", "value.EvidenceKind.communication", "value.EvidenceKind.trace", "value.EvidenceKind.ticket", "value.EvidenceKind.code", "value.EvidenceKind.document", "id", "slo", "ticket", "action", "condition", "observations", "type", "section.IMPACT", "chart.impact",
          "unit.hour", "unit.minute", "unit.second"),
      "es", Set.of("value.VerificationMethod.slo", "value.EvidenceKind.ticket", "id", "slo", "ticket", "actor", "no", "roles", "unit.day", "unit.hour", "unit.minute", "unit.second"),
      "pt", Set.of("value.VerificationMethod.slo", "value.EvidenceKind.log", "value.EvidenceKind.ticket", "id", "slo", "ticket", "status", "item", "unit.day", "unit.hour", "unit.minute", "unit.second"),
      "ja", Set.of("value.VerificationMethod.slo", "id", "slo"));
  private static final Pattern PLACE = Pattern.compile("\\{\\d}");

  private static Set<String> places(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = PLACE.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyLanguageHasEveryLabelWithTheSamePlacesAndNoneLeftInEnglish() {
    Map<String, String> en = Labels.file("en");
    assertThat(en).hasSizeGreaterThan(100);
    assertThat(Labels.LANGUAGES).containsExactly("en", "de", "fr", "es", "pt", "ja");
    for (String lang : Labels.LANGUAGES.subList(1, Labels.LANGUAGES.size())) {
      Map<String, String> own = Labels.file(lang);
      assertThat(own.keySet()).as(lang).isEqualTo(en.keySet());
      List<String> untranslated = new ArrayList<>();
      for (Map.Entry<String, String> e : en.entrySet()) {
        String v = own.get(e.getKey());
        assertThat(v).as("%s %s", lang, e.getKey()).isNotBlank();
        assertThat(places(v)).as("%s %s", lang, e.getKey()).isEqualTo(places(e.getValue()));
        if (v.equals(e.getValue()) && !SAME_AS_ENGLISH.get(lang).contains(e.getKey())) {
          untranslated.add(e.getKey());
        }
      }
      assertThat(untranslated).as("%s labels equal to the English ones", lang).isEmpty();
      for (String same : SAME_AS_ENGLISH.get(lang)) {
        assertThat(own.get(same)).as("%s %s is listed as the same as English", lang, same).isEqualTo(en.get(same));
      }
    }
  }

  @Test
  void everyEnumeratedValueShownHasALabel() {
    Map<String, String> en = Labels.file("en");
    List<Class<? extends Enum<?>>> shown = List.of(dev.postmortem.model.EventKind.class,
        dev.postmortem.model.Status.class, dev.postmortem.model.ActionStatus.class,
        dev.postmortem.model.CauseCategory.class, dev.postmortem.model.ActionType.class,
        dev.postmortem.model.Discipline.class, dev.postmortem.model.RecreationOutcome.class,
        dev.postmortem.model.VerificationMethod.class, dev.postmortem.model.EvidenceKind.class);
    for (Class<? extends Enum<?>> c : shown) {
      for (Enum<?> e : c.getEnumConstants()) {
        String key = "value." + c.getSimpleName() + "." + e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        assertThat(en).as(key).containsKey(key);
      }
    }
    assertThat(Labels.of(Locale.GERMANY).find("value.EventKind.acknowledgement")).hasValue("Bestätigung");
    assertThat(Labels.of(Locale.GERMANY).find("value.Nothing.x")).isEmpty();
  }

  @Test
  void durationsUseTheLanguagesUnits() {
    Duration d = Duration.ofMinutes(79);
    assertThat(Labels.of(Locale.UK).duration(d)).isEqualTo("1 h 19 min");
    assertThat(Labels.of(Locale.GERMANY).duration(Duration.ofHours(50))).isEqualTo("2 T 2 h");
    assertThat(Labels.of(Locale.JAPAN).duration(d)).isEqualTo("1 時間 19 分");
    assertThat(Labels.of(Locale.JAPAN).duration(Duration.ofSeconds(-45))).isEqualTo("-45 秒");
    // a language without labels gets English, whatever the JVM's default
    assertThat(Labels.of(Locale.forLanguageTag("ko")).duration(d)).isEqualTo("1 h 19 min");
    assertThat(Labels.of(Locale.forLanguageTag("de-CH")).get("page.of", 2, 7)).isEqualTo("Seite 2 von 7");
  }

  @Test
  void germanReportsHaveNoEnglishHeadingTableHeaderOrFieldName() throws Exception {
    Postmortem pm = ExamplePostmortem.create();
    for (String lang : List.of("de", "ja")) {
      Locale locale = Locale.forLanguageTag(lang);
      Map<String, String> en = Labels.file("en");
      Set<String> english = new HashSet<>();
      en.forEach((k, v) -> {
        if (!SAME_AS_ENGLISH.get(lang).contains(k) && !v.contains("{")) {
          english.add(v);
        }
      });
      byte[] docx = Reports.docx(Audience.INTERNAL).locale(locale).build().toBytes(pm);
      List<String> labels = docxLabels(docx);
      assertThat(labels).as(lang).hasSizeGreaterThan(60);
      assertThat(labels).as("%s headings, table headers and field names in English", lang)
          .noneMatch(english::contains).noneMatch(s -> s.startsWith("Time (") || s.startsWith("Captured ("));
      assertThat(labels).contains(Labels.of(locale).get("section.SUMMARY"), Labels.of(locale).get("severity"));
      assertThat(Reports.docxText(docx)).contains(Labels.of(locale).duration(Duration.ofMinutes(79)));
    }
    String pdf = Reports.pdfText(Reports.pdf(Audience.INTERNAL).locale(Locale.GERMANY).build().toBytes(pm));
    assertThat(pdf).contains("Zusammenfassung").contains("Seite 1 von").contains("Wie die Ursachen zusammenhängen")
        .contains("Jeder Pfeil zeigt").contains("Zeiten in Europe/Berlin").contains("Meilenstein")
        .doesNotContain("Page 1 of").doesNotContain("Root causes and contributing factors");
    // English stays the default
    assertThat(Reports.pdfText(Reports.pdf(Audience.INTERNAL).build().toBytes(pm))).contains("Page 1 of")
        .contains("Root causes and contributing factors").contains("Times in Europe/Berlin");
  }

  /** The Word report's headings, table header cells and field names (first cells of fact tables). */
  private static List<String> docxLabels(byte[] docx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFParagraph p : d.getParagraphs()) {
        if (p.getStyle() != null && p.getStyle().startsWith("Heading") && !p.getText().isBlank()) {
          out.add(p.getText().strip());
        }
      }
      for (XWPFTable t : d.getTables()) {
        if (t.getRow(0).isRepeatHeader()) {
          for (XWPFTableCell c : t.getRow(0).getTableCells()) {
            out.add(c.getText().strip());
          }
        } else if (t.getRow(0).getTableCells().size() % 2 == 0 && t.getRow(0).getTableCells().size() > 1) {
          // a title block: label, value, label, value
          t.getRows().forEach(r -> {
            for (int i = 0; i < r.getTableCells().size(); i += 2) {
              out.add(r.getCell(i).getText().strip());
            }
          });
        }
      }
    }
    return out;
  }
}

package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Audience;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Lists with Arabic are laid out right to left with shaped letters, like paragraphs and tables. */
class BidiListTest {
  private static final String ARABIC = "إضافة تنبيه لتشبع مجمع الاتصالات";

  /** The glyphs' own characters as drawn: shaped Arabic shows as presentation forms. */
  private static String glyphs(byte[] pdf) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          positions.forEach(p -> sb.append(p.getUnicode()));
        }
      }.getText(d);
    }
    return sb.toString();
  }

  private static long presentationForms(String s) {
    return s.codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFF).count();
  }

  @Test
  void arabicInListsIsShapedLikeInParagraphsAndTables() throws IOException {
    Postmortem pm = ExamplePostmortem.create();
    List<ActionItem> actions = new ArrayList<>();
    for (ActionItem a : pm.actionItems()) {
      actions.add(ActionItem.builder().from(a).title(ARABIC).build());
    }
    Postmortem arabic = Postmortem.builder().from(pm).actionItems(actions).build();
    String glyphs = glyphs(PdfExporter.builder().audience(Audience.INTERNAL).creationTime(Instant.EPOCH)
        .systemFonts(false).build().toBytes(arabic));
    // the action table and the checklist hold the titles (and the lists below them): all
    // drawn as shaped presentation forms, none as the unshaped letters a plain list item left
    assertThat(presentationForms(glyphs)).isGreaterThan(2L * 6 * 20); // 26 glyphs a title, 6 titles in each
    assertThat(glyphs.codePoints().filter(cp -> cp >= 0x0621 && cp <= 0x064A).count()).isZero();
  }
}

package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.Tone;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A long table is made and measured in parts on two threads: the PDF must be the one the table
 * makes when laid out in one go, byte for byte, with cells of one to several lines, highlighted
 * rows and coloured cells, and the header row repeated on every page.
 */
class PdfTablePartsTest {
  private static byte[] pdf(Table table, int partRows) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 54, 54, 62, 58);
    PdfWriter writer = PdfWriter.getInstance(doc, buffer);
    PdfReportWriter w = new PdfReportWriter(doc, writer, ZoneOffset.UTC, "PM-1 · test", "footer",
        new FontChain(java.util.List.of(), false));
    w.partRows(partRows);
    doc.open();
    // a fixed creation date, as the exporter writes it: the bytes then depend on the layout only
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfString("D:20250101000000Z"));
    w.heading(1, "Timeline");
    w.paragraph(Text.plain("Before the table."));
    w.table(table);
    w.paragraph(Text.plain("After the table."));
    w.finish();
    doc.close();
    return PdfDeterminism.apply(buffer.toByteArray());
  }

  private static Table table(long seed, int rows) {
    Random random = new Random(seed);
    String[] words = {"checkout", "pool", "exhausted", "rollback", "p99", "latency", "pager", "—", "Ünïcødé"};
    Table.Builder b = Table.builder().column("Time", 1.2f).column("Kind", 1f).column("Event", 4f);
    Tone[] tones = Tone.values();
    for (int r = 0; r < rows; r++) {
      StringBuilder text = new StringBuilder("Event " + r);
      for (int w = random.nextInt(random.nextInt(10) == 0 ? 60 : 12); w > 0; w--) {
        text.append(' ').append(words[random.nextInt(words.length)]);
      }
      List<Table.Cell> cells = new ArrayList<>();
      cells.add(Table.Cell.of(String.format("%02d:%02d", r / 60 % 24, r % 60)));
      cells.add(Table.Cell.of(Text.plain("kind " + r % 7), tones[random.nextInt(tones.length)]));
      cells.add(Table.Cell.of(text.toString()));
      b.row(random.nextInt(20) == 0 ? Tone.INFO : Tone.NONE, cells);
    }
    return b.build();
  }

  @Test
  void partsGiveTheBytesOfOneTable() throws Exception {
    long seed = new Random().nextLong();
    Table table = table(seed, 1_300);
    byte[] whole = pdf(table, Integer.MAX_VALUE);
    assertThat(pdf(table, PdfReportWriter.TABLE_PART_ROWS)).as("seed %d", seed).isEqualTo(whole);
    assertThat(pdf(table, 7)).as("seed %d, parts of 7 rows", seed).isEqualTo(whole);
    try (PDDocument d = Loader.loadPDF(whole)) {
      assertThat(d.getNumberOfPages()).isGreaterThan(20);
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= d.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        String page = s.getText(d);
        if (page.contains("Event ") && !page.contains("After the table.")) {
          assertThat(page).as("page %d repeats the header", p).contains("Time");
        }
      }
      s.setStartPage(1);
      s.setEndPage(d.getNumberOfPages());
      String all = s.getText(d);
      int at = -1;
      for (int r = 0; r < 1_300; r++) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Event " + r + "(?!\\d)").matcher(all);
        assertThat(m.find(at + 1)).as("event %d after event %d (seed %d)", r, r - 1, seed).isTrue();
        at = m.start();
      }
    }
  }
}

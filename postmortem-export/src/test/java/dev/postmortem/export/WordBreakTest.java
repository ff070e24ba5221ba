package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.internal.ColumnFit;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words in table headers and cells stay whole: "Europe/Berl|in" in the timeline's header,
 * "Acknowledge|ment" and "communicatio|ns lead" in its cells were cut in narrow columns.
 */
class WordBreakTest {
  private static final ColumnFit.WordWidth CHARS = (w, style) -> w.length() * (style == Text.Style.STRONG ? 6 : 5);

  @Test
  void columnsShareByWeightAndAreNeverNarrowerThanTheirWidestWord() {
    assertThat(ColumnFit.fit(new float[] {1, 3}, new float[] {0, 0}, 400)).containsExactly(100, 300);
    // the first column needs 150: the second gives up what it lacks
    assertThat(ColumnFit.fit(new float[] {1, 3}, new float[] {150, 0}, 400)).containsExactly(150, 250);
    // widening one column can push another below its minimum: both are then fixed
    float[] w = ColumnFit.fit(new float[] {1, 1, 8}, new float[] {60, 45, 0}, 400);
    assertThat(w).containsExactly(60, 45, 295);
    // minimums beyond the total: shares of the minimums
    assertThat(ColumnFit.fit(new float[] {1, 1}, new float[] {300, 100}, 200)).containsExactly(150, 50);
  }

  @Test
  void theWidestWordIsFoundWhereLinesMayBreak() {
    Table t = Table.builder().column("Time (14 Oct 2026, Europe/Berlin)", 1).column("Kind", 1)
        .row(Table.Cell.of("09:24"), Table.Cell.of("Acknowledgement"))
        .row(Table.Cell.of("a-very-long-hyphenated"), Table.Cell.of("接続プール"))
        .build();
    float[] widths = ColumnFit.widths(t, 1000, 10, 6, CHARS);
    // "Europe/Berlin)" in bold (14 × 6) and "Acknowledgement" (15 × 5), each with its padding; the
    // hyphenated word breaks after its hyphens, the Japanese between its characters
    assertThat(widths[0]).isEqualTo(500); // shares by weight: both minimums are below 500
    // the Japanese word counts one character at a time: the second column needs "Acknowledgement"
    assertThat(ColumnFit.widths(t, 100, 10, 6, CHARS)).containsExactly(50, 50);
    Table two = Table.builder().column("Time (14 Oct 2026, Europe/Berlin)", 1).column("Event", 9)
        .row(Table.Cell.of("09:24"), Table.Cell.of("x")).build();
    assertThat(ColumnFit.widths(two, 300, 10, 6, CHARS)).containsExactly(14 * 6 + 10, 300 - 94);
    // a word wider than 40 % of the table widens its column only that far
    assertThat(ColumnFit.widths(two, 150, 10, 6, CHARS)[0]).isEqualTo(150 * ColumnFit.MAX_SHARE);
  }

  @Test
  void tableWordsStayWholeInPdfAndWordForEveryZone() throws Exception {
    Postmortem pm = ExamplePostmortem.create();
    for (String zone : List.of("Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kathmandu")) {
      byte[] pdf = Reports.pdf(Audience.INTERNAL).zone(ZoneId.of(zone)).build().toBytes(pm);
      String text = Reports.pdfText(pdf);
      assertThat(text).as(zone).contains(zone + ")").contains("Acknowledgement").containsPattern("communications\\s+lead");
      byte[] docx = Reports.docx(Audience.INTERNAL).zone(ZoneId.of(zone)).build().toBytes(pm);
      // Word lays out itself: each column of the timeline at least as wide as its widest word
      String xml = documentXml(docx);
      int at = xml.indexOf("Time (14 Oct 2026, " + zone + ")");
      assertThat(at).as(zone).isPositive();
      List<Integer> grid = gridBefore(xml, at);
      float first = grid.get(0) / 20f - 10; // without the cell's margins
      float zoneWidth = com.lowagie.text.pdf.BaseFont.createFont("Helvetica-Bold", "Cp1252", false)
          .getWidthPoint(zone + ")", 8.5f);
      assertThat(first).as(zone).isGreaterThanOrEqualTo(zoneWidth);
      float kind = grid.get(1) / 20f - 10;
      assertThat(kind).isGreaterThanOrEqualTo(com.lowagie.text.pdf.BaseFont.createFont("Helvetica", "Cp1252", false)
          .getWidthPoint("Acknowledgement", 8.5f));
    }
  }

  private static List<Integer> gridBefore(String xml, int at) {
    int grid = xml.lastIndexOf("<w:tblGrid>", at);
    String part = xml.substring(grid, xml.indexOf("</w:tblGrid>", grid));
    Matcher m = Pattern.compile("w:w=\"(\\d+)\"").matcher(part);
    List<Integer> out = new ArrayList<>();
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  private static String documentXml(byte[] docx) throws java.io.IOException {
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no document.xml");
  }
}

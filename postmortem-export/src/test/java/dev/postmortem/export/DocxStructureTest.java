package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX read back with POI has real structure, and LibreOffice opens it. */
class DocxStructureTest {
  private static final Postmortem PM = ExamplePostmortem.create();

  @Test
  void headingsTablesListsLinksChartHeaderFooterProperties() throws Exception {
    byte[] bytes = Reports.docx(Audience.INTERNAL).build().toBytes(PM);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> h1 = new ArrayList<>();
      List<String> numFormats = new ArrayList<>();
      List<String> links = new ArrayList<>();
      boolean tocField = false;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("Heading1".equals(p.getStyle())) {
          h1.add(p.getText());
        }
        if (p.getNumFmt() != null) {
          numFormats.add(p.getNumFmt());
        }
        for (XWPFRun r : p.getRuns()) {
          if (r.getCTR().getInstrTextList().stream().anyMatch(t -> t.getStringValue().contains("TOC"))) {
            tocField = true;
          }
        }
      }
      for (XWPFTable t : doc.getTables()) {
        t.getRows().forEach(row -> row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.getRuns()
            .forEach(r -> {
              if (r instanceof XWPFHyperlinkRun) {
                links.add(((XWPFHyperlinkRun) r).getHyperlink(doc).getURL());
              }
            }))));
      }
      assertThat(h1).contains("Summary", "Impact", "Timeline", "Root causes and contributing factors",
          "Five whys", "Action items", "Lessons learned");
      assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
          .isEqualTo(java.math.BigInteger.ZERO);
      assertThat(tocField).as("TOC field").isTrue();
      assertThat(numFormats).contains("bullet", "decimal");
      assertThat(links).contains("https://tracker.example.com/SRE-1182");
      List<XWPFTable> tables = doc.getTables();
      long repeated = tables.stream().filter(t -> t.getRow(0).isRepeatHeader()).count();
      assertThat(repeated).as("tables with a repeated header row").isGreaterThanOrEqualTo(8);
      boolean coloured = tables.stream().flatMap(t -> t.getRows().stream())
          .flatMap(r -> r.getTableCells().stream()).anyMatch(c -> "FDEBD3".equals(c.getColor()));
      assertThat(coloured).as("a SEV2/warning cell is coloured").isTrue();
      assertThat(doc.getAllPictures()).hasSize(2); // the timeline chart and the cause graph
      for (var picture : doc.getAllPictures()) {
        assertThat(picture.getData()[1]).isEqualTo((byte) 0x50);
      }
      assertThat(doc.getHeaderList().get(0).getText()).contains("PM-2026-014");
      assertThat(doc.getFooterList().get(0).getText()).contains("Page");
      assertThat(doc.getFooterList().get(0)._getHdrFtr().xmlText()).contains("PAGE").contains("NUMPAGES");
      assertThat(doc.getHeaderList().get(0).getText()).contains("PM-2026-014");
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(PM.title());
      assertThat(core.getCreator()).contains("Jonas Weber");
      assertThat(core.getKeywords()).contains("SEV2");
      assertThat(core.getSubject()).contains("PM-2026-014");
      assertThat(core.getCreated().toInstant()).isEqualTo(Reports.CREATED);
      List<IBodyElement> body = doc.getBodyElements();
      assertThat(body).isNotEmpty();
    }
  }

  @Test
  void libreOfficeConvertsItToPdf(@TempDir Path dir) throws Exception {
    Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(soffice != null, "soffice is not installed");
    Path docx = dir.resolve("report.docx");
    Files.write(docx, Reports.docx(Audience.EXECUTIVE).build().toBytes(PM));
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("soffice finished within 120 s").isTrue();
    Path pdf = dir.resolve("report.pdf");
    assertThat(pdf).exists();
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getNumberOfPages()).as("executive summary pages").isBetween(1, 2);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
      assertThat(Reports.squeeze(text)).contains(Reports.squeeze(PM.title()));
    }
  }

  private static final class Stream {
    static java.util.stream.Stream<String> of(String... s) {
      return java.util.stream.Stream.of(s);
    }
  }
}

package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: fonts, bookmarks, links, metadata, page numbers, glyph fallback. */
class PdfStructureTest {
  private static final Postmortem PM = ExamplePostmortem.create();

  @Test
  void bookmarksLinksMetadataFontsAndPageNumbers() throws Exception {
    byte[] bytes = Reports.pdf(Audience.INTERNAL).build().toBytes(PM);
    try (PDDocument d = Loader.loadPDF(bytes)) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).contains("Summary", "Impact", "Key metrics", "Timeline",
          "Root causes and contributing factors", "Five whys", "Action items", "Responders");
      List<String> uris = new ArrayList<>();
      for (PDPage page : d.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink && ((PDAnnotationLink) a).getAction() instanceof PDActionURI) {
            uris.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
          }
        }
      }
      assertThat(uris).contains("https://tracker.example.com/SRE-1182", "https://status.example.com/incidents/2026-10-14");
      var info = d.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(PM.title());
      assertThat(info.getAuthor()).contains("Jonas Weber");
      assertThat(info.getKeywords()).contains("SEV2");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(Reports.CREATED);
      List<String> fonts = new ArrayList<>();
      for (PDPage page : d.getPages()) {
        for (COSName n : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(n);
          fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVu") && f.endsWith("embedded"));
      int pages = d.getNumberOfPages();
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(pages);
      s.setEndPage(pages);
      assertThat(s.getText(d)).contains("Page " + pages + " of " + pages);
    }
  }

  @Test
  void unicodeIsDrawnAndMissingGlyphsAreVisible() throws Exception {
    Postmortem pm = Postmortem.builder().id("PM-U").title("Ελληνικά Кириллица Ünïcödé ✓")
        .summary("Fire 🔥 and 漢字 are not in DejaVu Sans.").build();
    List<DroppedContent> dropped = new java.util.ArrayList<>();
    String text = Reports.pdfText(Reports.pdf(Audience.INTERNAL).onDropped(dropped::add).build().toBytes(pm));
    assertThat(text).contains("Ελληνικά Кириллица Ünïcödé ✓");
    assertThat(text).contains("Fire \uFFFD and \uFFFD\uFFFD are not in DejaVu Sans.");
    // never a silent box: the characters are reported, each once, with the section
    assertThat(dropped).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(DroppedContent.Reason.MISSING_GLYPHS);
      assertThat(d.section()).isEqualTo(ReportSection.SUMMARY);
      assertThat(d.value()).isEqualTo("字漢🔥");
      assertThat(d.message()).contains("3 characters no font has").contains("U+6F22 漢")
          .contains("U+1F525 🔥");
    });
  }

  @Test
  void executiveSummaryFitsOnTwoPages() throws Exception {
    try (PDDocument d = Loader.loadPDF(Reports.pdf(Audience.EXECUTIVE).build().toBytes(PM))) {
      assertThat(d.getNumberOfPages()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void longTablesSplitAcrossPagesWithTheirHeaderRepeated() throws Exception {
    Postmortem pm = PostmortemGenerator.seeded(3).timelineEvents(150).next();
    try (PDDocument d = Loader.loadPDF(Reports.pdf(Audience.INTERNAL).build().toBytes(pm))) {
      PDFTextStripper s = new PDFTextStripper();
      int pagesWithTimelineHeader = 0;
      for (int p = 1; p <= d.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        String page = s.getText(d);
        if (page.contains("Known at the time") || page.contains("Kind Event")) {
          pagesWithTimelineHeader++;
        }
      }
      assertThat(pagesWithTimelineHeader).as("pages showing the timeline's header row").isGreaterThan(3);
      String all = Reports.squeeze(Reports.withoutRtl(new PDFTextStripper().getText(d)));
      for (TimelineEvent e : pm.timeline()) {
        assertThat(all).contains(Reports.squeeze(Reports.pdfVisible(e.description())));
      }
    }
  }
}

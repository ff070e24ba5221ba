package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The DOCX body is streamed as text rather than built by POI: every part is well-formed XML for a
 * strict parser, user strings stay text (never markup) whatever they hold, and large post-mortems
 * come out whole.
 */
class DocxStreamingTest {
  private static final String HOSTILE = "a&b <w:p>x</w:p> ]]> \"q\" 'q' \u0001\u0008\u000B\u001F \uFFFE\uFFFF"
      + " lone \uD800 and \uDC00, pair \uD83D\uDD25, tab\there, \u202Eltr";

  /** Parses every XML part with a strict, namespace-aware parser; returns them by name. */
  private static List<String> wellFormedParts(byte[] docx) throws Exception {
    List<String> names = new ArrayList<>();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        names.add(e.getName());
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          byte[] part = z.readAllBytes();
          try {
            f.newDocumentBuilder().parse(new ByteArrayInputStream(part));
          } catch (Exception ex) {
            throw new AssertionError(e.getName() + " is not well-formed: " + ex.getMessage(), ex);
          }
        }
      }
    }
    return names;
  }

  @Test
  void hostileStringsStayTextAndTheXmlStaysWellFormed() throws Exception {
    Postmortem base = ExamplePostmortem.create();
    List<TimelineEvent> events = new ArrayList<>(base.timeline());
    events.set(0, dev.postmortem.model.ImmutableTimelineEvent.copyOf(events.get(0)).withDescription("Event " + HOSTILE + "\nsecond line"));
    Postmortem pm = ImmutablePostmortem.copyOf(base).withTitle("Title " + HOSTILE)
        .withSummary("Summary " + HOSTILE).withTimeline(events);
    byte[] docx = Reports.docx(Audience.INTERNAL).build().toBytes(pm);
    assertThat(wellFormedParts(docx)).contains("word/document.xml", "word/styles.xml", "docProps/core.xml");
    String cleaned = "a&b <w:p>x</w:p> ]]> \"q\" 'q' \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD"
        + " lone \uFFFD and \uFFFD, pair \uD83D\uDD25, tab\there, \u202Eltr";
    String text = Reports.docxText(docx);
    assertThat(text).contains("Title " + cleaned, "Summary " + cleaned, "Event " + cleaned, "second line");
    assertThat(text).doesNotContain("\uD83D\uDD25\uFFFD").contains("pair \uD83D\uDD25,");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Title " + cleaned);
      assertThat(doc.getHeaderList().get(0).getText()).contains("PM-2026-014");
      assertThat(doc.getFooterList().get(0).getText()).contains("Title " + cleaned);
    }
  }

  @RepeatedTest(3)
  void generatedHostilePostmortemsReadBackWithEveryEvent(RepetitionInfo info) throws Exception {
    long seed = 4100 + info.getCurrentRepetition();
    Postmortem pm = PostmortemGenerator.seeded(seed).hostileStrings(true).timelineEvents(60).next();
    byte[] docx = Reports.docx(Audience.INTERNAL).build().toBytes(pm);
    wellFormedParts(docx);
    String text = Reports.squeeze(Reports.docxText(docx));
    for (TimelineEvent e : pm.timeline()) {
      for (String line : e.description().split("\n")) {
        assertThat(text).as("seed %d", seed).contains(Reports.squeeze(line));
      }
    }
  }

  @Test
  void aLargeTimelineComesOutWholeWithABoundedChart() throws Exception {
    int n = 3000;
    Postmortem pm = PostmortemGenerator.seeded(3000).timelineEvents(n).next();
    long inflections = pm.timeline().stream().filter(TimelineEvent::inflectionPoint).count();
    DocxLike out = new DocxLike();
    Reports.docx(Audience.INTERNAL).build().write(pm, out);
    byte[] docx = out.toByteArray();
    assertThat(docx).isEqualTo(Reports.docx(Audience.INTERNAL).build().toBytes(pm));
    wellFormedParts(docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable timeline = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().startsWith("Time")).findFirst().orElseThrow();
      assertThat(timeline.getNumberOfRows()).isEqualTo(n + 1);
      assertThat(timeline.getRow(0).isRepeatHeader()).isTrue();
      long links = doc.getTables().stream().flatMap(t -> t.getRows().stream())
          .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
          .flatMap(p -> p.getRuns().stream()).filter(r -> r instanceof XWPFHyperlinkRun)
          .filter(r -> ((XWPFHyperlinkRun) r).getHyperlink(doc) != null).count();
      assertThat(links).as("hyperlinks resolve to relationships").isPositive();
      var png = ImageIO.read(new ByteArrayInputStream(doc.getAllPictures().get(0).getData()));
      // 12 listed inflection points and a summary line, whatever the number of events
      assertThat(inflections).isGreaterThan(13);
      assertThat(png.getHeight()).as("chart height in pixels").isLessThan(900);
    }
  }

  /** A plain stream, to check that export(out) writes what toBytes returns. */
  private static final class DocxLike extends ByteArrayOutputStream {}
}

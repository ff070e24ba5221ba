package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Policy;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * An action item's ticket in every format: a key links through the ticket URL template (a Markdown
 * link, a Word hyperlink run, a PDF link annotation), a URL links to itself, and a key without a
 * template, or any other text, is plain text with no "link kept as plain text" warning.
 */
class TicketLinkTest {
  private static final String TEMPLATE = "https://jira.example.com/browse/{key}";

  private static final Postmortem PM = Postmortem.builder().id("PM-T").title("Tickets")
      .addActionItems(
          item("AI-1", "OPS-123"),
          item("AI-2", "#42"),
          item("AI-3", "https://github.com/acme/shop/issues/7"),
          item("AI-4", "see the team board"),
          item("AI-5", " SRE_OPS-9 "))
      .build();

  private static ActionItem item(String id, String ticket) {
    return ActionItem.builder().id(id).title("Fix " + id).status(ActionStatus.OPEN).ticket(ticket).build();
  }

  /** Ticket label to link target, in document order, as each format says it. */
  private static final Map<String, String> WITH_TEMPLATE = new LinkedHashMap<>();

  static {
    WITH_TEMPLATE.put("OPS-123", "https://jira.example.com/browse/OPS-123");
    WITH_TEMPLATE.put("#42", "https://jira.example.com/browse/42");
    WITH_TEMPLATE.put("7", "https://github.com/acme/shop/issues/7");
    WITH_TEMPLATE.put("SRE_OPS-9", "https://jira.example.com/browse/SRE_OPS-9");
  }

  @Test
  void markdownLinksKeysThroughTheTemplate() {
    List<DroppedContent> dropped = new ArrayList<>();
    String md = Reports.markdown(Audience.INTERNAL).ticketUrl(TEMPLATE).onDropped(dropped::add).build().toString(PM);
    assertThat(md).contains("[OPS-123](<https://jira.example.com/browse/OPS-123>)")
        .contains("[\\#42](<https://jira.example.com/browse/42>)")
        .contains("[7](<https://github.com/acme/shop/issues/7>)")
        .contains("[SRE\\_OPS-9](<https://jira.example.com/browse/SRE_OPS-9>)")
        .contains("| see the team board |");
    assertThat(dropped).isEmpty();
  }

  @Test
  void wordHasAHyperlinkRunPerTicket() throws Exception {
    List<DroppedContent> dropped = new ArrayList<>();
    byte[] docx = Reports.docx(Audience.INTERNAL).ticketUrl(TEMPLATE).onDropped(dropped::add).build().toBytes(PM);
    assertThat(hyperlinks(docx)).containsAllEntriesOf(WITH_TEMPLATE);
    assertThat(hyperlinks(docx)).doesNotContainKey("see the team board");
    assertThat(dropped).isEmpty();
  }

  @Test
  void pdfHasALinkAnnotationPerTicket() throws Exception {
    List<DroppedContent> dropped = new ArrayList<>();
    byte[] pdf = Reports.pdf(Audience.INTERNAL).ticketUrl(TEMPLATE).onDropped(dropped::add).build().toBytes(PM);
    assertThat(uris(pdf)).containsAll(WITH_TEMPLATE.values());
    assertThat(Reports.pdfText(pdf)).contains("OPS-123", "#42", "see the");
    assertThat(dropped).isEmpty();
  }

  @Test
  void withoutATemplateKeysArePlainTextAndNothingIsReported() throws Exception {
    List<DroppedContent> dropped = new ArrayList<>();
    String md = Reports.markdown(Audience.INTERNAL).onDropped(dropped::add).build().toString(PM);
    byte[] docx = Reports.docx(Audience.INTERNAL).onDropped(dropped::add).build().toBytes(PM);
    byte[] pdf = Reports.pdf(Audience.INTERNAL).onDropped(dropped::add).build().toBytes(PM);
    assertThat(md).contains("| OPS-123 |").doesNotContain("](OPS-123)").contains("[7](<https://github.com/acme/shop/issues/7>)");
    assertThat(hyperlinks(docx)).containsOnlyKeys("7");
    assertThat(uris(pdf)).containsExactly("https://github.com/acme/shop/issues/7");
    assertThat(Reports.pdfText(pdf)).contains("OPS-123", "SRE_OPS-9");
    assertThat(dropped).isEmpty();
  }

  @Test
  void thePolicyGivesTheTemplateAndABadOneIsRefused() {
    Policy policy = Policy.read("ticketUrl: " + TEMPLATE + "\n", dev.postmortem.io.Format.YAML, "policy.yaml");
    assertThat(policy.ticketUrl()).contains(TEMPLATE);
    String md = Reports.markdown(Audience.INTERNAL).policy(policy).build().toString(PM);
    assertThat(md).contains("[OPS-123](<https://jira.example.com/browse/OPS-123>)");
    assertThat(Reports.markdown(Audience.INTERNAL).policy(Policy.create()).build().toString(PM))
        .doesNotContain("jira.example.com");
    for (String bad : List.of("https://jira.example.com/browse/", "javascript:alert({key})",
        "ftp://x/{key}", "https://x/{key}/{id}", "https:// x/{key}")) {
      assertThatThrownBy(() -> Reports.markdown(Audience.INTERNAL).ticketUrl(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{key}");
      assertThatThrownBy(() -> Policy.builder().ticketUrl(bad).build()).hasMessageContaining("ticketUrl");
    }
  }

  @Test
  void theExternalAudienceShowsNoTickets() {
    String md = Reports.markdown(Audience.EXTERNAL).ticketUrl(TEMPLATE).build().toString(PM);
    assertThat(md).doesNotContain("OPS-123").doesNotContain("jira.example.com");
  }

  private static Map<String, String> hyperlinks(byte[] docx) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement e : d.getBodyElements()) {
        if (e instanceof XWPFTable) {
          for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                  if (r instanceof XWPFHyperlinkRun) {
                    XWPFHyperlinkRun h = (XWPFHyperlinkRun) r;
                    out.put(h.text(), h.getHyperlink(d).getURL());
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static List<String> uris(byte[] pdf) throws Exception {
    List<String> uris = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink && ((PDAnnotationLink) a).getAction() instanceof PDActionURI) {
            uris.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
          }
        }
      }
    }
    return uris;
  }
}

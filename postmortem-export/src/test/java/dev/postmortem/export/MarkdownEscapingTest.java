package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Hostile user text never becomes markup it should not: parsing the report with commonmark (GFM
 * tables) finds only the headings, links, tables and HTML the exporter wrote itself, the markup of
 * the narrative fields (which hold CommonMark: lists, quotes, emphasis, code, links to safe
 * targets, subheadings) and never raw HTML, images or unsafe links; and every event's text in one
 * table cell.
 */
class MarkdownEscapingTest {
  private static final MarkdownExporter MD = MarkdownExporter.builder().mermaid(false)
      .creationTime(Reports.CREATED).build();

  @RepeatedTest(12)
  void hostileTextCreatesNoMarkup(RepetitionInfo info) {
    long seed = 7919L * info.getCurrentRepetition();
    Postmortem pm = PostmortemGenerator.seeded(seed).timelineEvents(15).hostileStrings(true).next();
    String md = MD.toString(pm);
    Node doc = Reports.GFM.parse(md);
    Set<String> allowedTitles = new HashSet<>();
    for (ReportSection s : ReportSection.values()) {
      allowedTitles.add(Template.DEFAULT.title(s));
    }
    Set<String> urls = new HashSet<>();
    pm.links().forEach(l -> urls.add(l.url()));
    pm.evidence().forEach(e -> e.link().ifPresent(urls::add));
    pm.actionItems().forEach(a -> a.ticket().ifPresent(urls::add));
    pm.participants().forEach(p -> p.email().ifPresent(e -> urls.add("mailto:" + e)));
    List<String> problems = new ArrayList<>();
    List<List<String>> timelineRows = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading h) {
        if (h.getLevel() == 2 && !allowedTitles.contains(text(h))) {
          problems.add("unexpected section heading '" + text(h) + "'");
        }
        if (h.getLevel() == 1 && !text(h).equals(pm.title().replace('\n', ' ').strip())) {
          problems.add("unexpected title heading '" + text(h) + "'");
        }
        visitChildren(h);
      }

      @Override
      public void visit(HtmlInline html) {
        if (!html.getLiteral().equals("<br>")) {
          problems.add("HTML from user text: " + html.getLiteral());
        }
      }

      @Override
      public void visit(HtmlBlock html) {
        problems.add("HTML block from user text: " + html.getLiteral());
      }

      @Override
      public void visit(Image image) {
        problems.add("image from user text: " + image.getDestination());
      }

      @Override
      public void visit(Link link) {
        // narrative fields may link, but only to targets the link guard lets through
        if (!urls.contains(link.getDestination())
            && !dev.postmortem.export.internal.Links.isSafe(link.getDestination())) {
          problems.add("unsafe link from user text: " + link.getDestination());
        }
        visitChildren(link);
      }

      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          List<String> headers = new ArrayList<>();
          for (Node row = block.getFirstChild().getFirstChild(); row != null; row = row.getNext()) {
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
              headers.add(Reports.squeeze(text(c)));
            }
          }
          if (headers.contains("Event")) {
            for (Node body = block.getFirstChild().getNext(); body != null; body = body.getNext()) {
              for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                  cells.add(Reports.squeeze(text(c)));
                }
                timelineRows.add(cells);
              }
            }
          }
        }
        visitChildren(block);
      }

      @Override
      public void visit(CustomNode node) {
        visitChildren(node);
      }
    });
    assertThat(problems).as("seed %d:\n%s", seed, md).isEmpty();
    assertThat(timelineRows).as("seed %d: one row per event", seed).hasSize(pm.timeline().size());
    for (TimelineEvent e : pm.timeline()) {
      String want = Reports.squeeze(e.description());
      assertThat(timelineRows).as("seed %d: an Event cell holds %s", seed, e.description())
          .anySatisfy(row -> assertThat(row.get(2)).contains(want));
    }
  }

  private static String text(Node n) {
    StringBuilder sb = new StringBuilder();
    n.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text t) {
        sb.append(t.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Code c) {
        sb.append(c.getLiteral());
      }
    });
    return sb.toString();
  }

  @Test
  void escapesEveryKindOfMarkup() {
    String hostile = "# h | c `x` *e* _u_ [l](http://x) <b>&amp; $m$ ~s~ \\ !";
    Postmortem pm = Postmortem.builder().id("PM-1").title("- 1. " + hostile)
        .authors(List.of(hostile + "\n1. x\n- y\n> q\n    code\n===")).build();
    String md = MarkdownExporter.builder().frontMatter(false).build().toString(pm);
    String text = Reports.markdownText(md);
    assertThat(text).contains(hostile).contains("1. x").contains("- y").contains("> q")
        .contains("code").contains("===");
    Node doc = Reports.GFM.parse(md);
    List<String> kinds = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      kinds.add(n.getClass().getSimpleName());
    }
    // Title, subtitle, the facts list: nothing else.
    assertThat(kinds).containsExactly("Heading", "Paragraph", "BulletList");
  }

  @Test
  void mermaidLabelsAreEscapedNotStripped() {
    String label = dev.postmortem.export.markdown.internal.MarkdownEscaper
        .mermaidLabel("p99 above 5%; pool: \"wait\" #1 [x]\nnext");
    assertThat(label).isEqualTo("p99 above 5#37;#59; pool#58; #34;wait#34; #35;1 #91;x#93; next");
    assertThat(label.replaceAll("#\\d+;", "")).doesNotContainPattern("[:;%\"#\\[\\]\n]");
  }

  @Test
  void narrativeMarkdownStaysMarkdownButNeverHtmlOrUnsafeLinks() {
    String summary = "The `checkout-api` pool *ran dry* <b>bold</b> [run](javascript:alert(1))"
        + " [docs](https://example.com/x)\n\n- 38% of requests\n- p99 **above** 2 s\n\n"
        + "```\nkubectl get pods ```` \n```\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | `2` |\n";
    Postmortem pm = Postmortem.builder().id("PM-1").title("T").summary(summary).build();
    List<DroppedContent> dropped = new ArrayList<>();
    String md = MarkdownExporter.builder().frontMatter(false).onDropped(dropped::add).build().toString(pm);
    Node doc = Reports.GFM.parse(md);
    List<String> kinds = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      kinds.add(n.getClass().getSimpleName());
    }
    assertThat(kinds).containsExactly("Heading", "Paragraph", "BulletList", "Heading", "Paragraph",
        "BulletList", "FencedCodeBlock", "BlockQuote", "TableBlock");
    assertThat(md).contains("The `checkout-api` pool *ran dry*")
        .contains("[docs](<https://example.com/x>)").contains("\\<b\\>bold\\</b\\>")
        .doesNotContain("](javascript").contains("- p99 **above** 2 s")
        .contains("`````\nkubectl get pods ```` \n`````");
    assertThat(dropped).extracting(DroppedContent::value).containsExactly("javascript:alert(1)");
    List<String> html = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlInline h) {
        html.add(h.getLiteral());
      }
    });
    assertThat(html).isEmpty();
  }

  @Test
  void tableRowsKeepTheirCells() {
    Postmortem pm = PostmortemGenerator.seeded(5).timelineEvents(8).hostileStrings(true).next();
    Node doc = Reports.GFM.parse(MD.toString(pm));
    List<Integer> widths = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof TableRow) {
          int n = 0;
          for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
              n++;
            }
          }
          widths.add(n);
        }
        visitChildren(node);
      }

      @Override
      public void visit(CustomBlock node) {
        visitChildren(node);
      }
    });
    assertThat(widths).isNotEmpty();
  }
}

package dev.postmortem.export.internal;

import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Text;
import dev.postmortem.export.Tone;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns the Markdown body of an additional section into report blocks: paragraphs, lists, quotes
 * (as notes), code and links. HTML is kept as text, so it can never become markup.
 */
public final class MarkdownBlocks {
  private static final Parser PARSER = Parser.builder().build();

  private MarkdownBlocks() {}

  public static void write(String markdown, ReportWriter w) {
    Node doc = PARSER.parse(markdown);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      block(n, w);
    }
  }

  private static void block(Node n, ReportWriter w) {
    if (n instanceof Paragraph) {
      w.paragraph(inline(n));
    } else if (n instanceof Heading) {
      w.heading(2, inline(n).plainText());
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      List<Text> items = new ArrayList<>();
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          Text.Builder b = Text.builder();
          for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (!b.isEmpty()) {
              b.plain("\n");
            }
            b.append(inline(c));
          }
          items.add(b.build());
        }
      }
      if (n instanceof BulletList) {
        w.bulletList(items);
      } else {
        w.numberedList(items);
      }
    } else if (n instanceof BlockQuote) {
      Text.Builder b = Text.builder();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        if (!b.isEmpty()) {
          b.plain("\n");
        }
        b.append(inline(c));
      }
      w.note(b.build(), Tone.NONE);
    } else if (n instanceof FencedCodeBlock) {
      w.paragraph(Text.builder().code(((FencedCodeBlock) n).getLiteral().stripTrailing()).build());
    } else if (n instanceof IndentedCodeBlock) {
      w.paragraph(Text.builder().code(((IndentedCodeBlock) n).getLiteral().stripTrailing()).build());
    } else if (n instanceof HtmlBlock) {
      w.paragraph(Text.plain(((HtmlBlock) n).getLiteral().strip()));
    } else if (!(n instanceof ThematicBreak)) {
      w.paragraph(inline(n));
    }
  }

  /** The inline content of a block, with styles and links. */
  static Text inline(Node block) {
    Text.Builder b = Text.builder();
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      inline(n, b, Text.Style.PLAIN, null);
    }
    return b.build();
  }

  private static void inline(Node n, Text.Builder b, Text.Style style, String link) {
    if (n instanceof org.commonmark.node.Text) {
      add(b, ((org.commonmark.node.Text) n).getLiteral(), style, link);
    } else if (n instanceof Code) {
      b.code(((Code) n).getLiteral());
    } else if (n instanceof SoftLineBreak) {
      add(b, " ", style, link);
    } else if (n instanceof HardLineBreak) {
      add(b, "\n", style, link);
    } else if (n instanceof HtmlInline) {
      add(b, ((HtmlInline) n).getLiteral(), style, link);
    } else {
      Text.Style s = n instanceof StrongEmphasis ? Text.Style.STRONG
          : n instanceof Emphasis ? Text.Style.EMPHASIS : style;
      // Unsafe targets are kept here: the writer's link guard drops and reports them.
      String l = n instanceof Link ? ((Link) n).getDestination() : link;
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        inline(c, b, s, l);
      }
    }
  }

  private static void add(Text.Builder b, String s, Text.Style style, String link) {
    if (link != null) {
      b.link(s, link);
      return;
    }
    switch (style) {
      case STRONG:
        b.strong(s);
        break;
      case EMPHASIS:
        b.emphasis(s);
        break;
      default:
        b.plain(s);
    }
  }
}

package dev.postmortem.export.internal;

import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.Tone;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
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
 * Turns the CommonMark of a narrative field (a summary, an impact description, a lesson, the body
 * of an additional section...) into report blocks: paragraphs with emphasis, code spans and links,
 * bulleted and numbered lists, code blocks, quotes (as notes) and GFM tables. Raw HTML is kept as
 * text, so it can never become markup; link targets are kept as written and each writer's link
 * guard drops the unsafe ones.
 *
 * <p>Where only inline text fits (a table cell, a list item) {@link #inline(String)} gives the
 * same content as one {@link Text}: blocks on lines of their own, list items behind a bullet.
 */
public final class MarkdownBlocks {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  /** Characters with which CommonMark can make markup anywhere in a line. */
  private static final String INLINE_MARKUP = "\\`*_[]<>!|~&";

  private MarkdownBlocks() {}

  /**
   * Writes the blocks of a CommonMark text.
   *
   * @param markdown the text
   * @param w where to write its blocks
   */
  public static void write(String markdown, ReportWriter w) {
    if (isPlain(markdown)) {
      String s = markdown.strip();
      if (!s.isEmpty()) {
        w.paragraph(Text.plain(s));
      }
      return;
    }
    Node doc = PARSER.parse(markdown);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      block(n, w);
    }
  }

  /**
   * The content of a CommonMark text as one inline text, for a table cell or a list item: its
   * paragraphs on lines of their own, list items behind a bullet, code blocks as code.
   *
   * @param markdown the text
   * @return its content
   */
  public static Text inline(String markdown) {
    if (isPlain(markdown)) {
      return Text.plain(markdown.strip());
    }
    Text.Builder b = Text.builder();
    Node doc = PARSER.parse(markdown);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      flat(n, b, "");
    }
    return b.build();
  }

  /**
   * Whether a text reads the same as CommonMark and as plain text: one line, no character that
   * can make inline markup, nothing that starts a block. Such text needs no parser.
   */
  static boolean isPlain(String s) {
    if (s.isEmpty()) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || INLINE_MARKUP.indexOf(c) >= 0) {
        return false;
      }
    }
    String t = s.stripLeading();
    if (s.length() - t.length() >= 4 || t.isEmpty()) {
      return t.isEmpty();
    }
    char first = t.charAt(0);
    if (first == '-' || first == '+' || first == '=' || first == '#' || first == '>') {
      return false;
    }
    int digits = 0;
    while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
      digits++;
    }
    return digits == 0 || digits == t.length() || t.charAt(digits) != '.' && t.charAt(digits) != ')';
  }

  private static void block(Node n, ReportWriter w) {
    if (n instanceof Paragraph) {
      w.paragraph(inlineOf(n));
    } else if (n instanceof Heading) {
      w.heading(2, inlineOf(n).plainText());
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      List<Text> items = new ArrayList<>();
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          Text.Builder b = Text.builder();
          for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            flat(c, b, "");
          }
          items.add(b.build());
        }
      }
      if (n instanceof BulletList) {
        w.bulletList(items);
      } else {
        Integer start = ((OrderedList) n).getMarkerStartNumber();
        w.numberedList(items, start == null ? 1 : start);
      }
    } else if (n instanceof BlockQuote) {
      Text.Builder b = Text.builder();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        flat(c, b, "");
      }
      w.note(b.build(), Tone.NONE);
    } else if (n instanceof FencedCodeBlock) {
      w.codeBlock(stripFinalNewline(((FencedCodeBlock) n).getLiteral()));
    } else if (n instanceof IndentedCodeBlock) {
      w.codeBlock(stripFinalNewline(((IndentedCodeBlock) n).getLiteral()));
    } else if (n instanceof HtmlBlock) {
      w.paragraph(Text.plain(((HtmlBlock) n).getLiteral().strip()));
    } else if (n instanceof TableBlock) {
      w.table(table((TableBlock) n));
    } else if (!(n instanceof ThematicBreak)) {
      w.paragraph(inlineOf(n));
    }
  }

  private static String stripFinalNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** A GFM table: header cells as column titles, widths after the longest cell of each column. */
  private static Table table(TableBlock tb) {
    List<List<Text>> rows = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    for (Node part = tb.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<Text> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(inlineOf(cell));
          }
        }
        if (part instanceof TableHead) {
          cells.forEach(c -> headers.add(c.plainText()));
        } else {
          rows.add(cells);
        }
      }
    }
    int cols = headers.size();
    float[] longest = new float[cols];
    for (int i = 0; i < cols; i++) {
      longest[i] = Math.max(4, headers.get(i).length());
    }
    for (List<Text> r : rows) {
      for (int i = 0; i < cols && i < r.size(); i++) {
        longest[i] = Math.max(longest[i], r.get(i).plainText().length());
      }
    }
    Table.Builder t = Table.builder();
    for (int i = 0; i < cols; i++) {
      // a long cell wraps: widths between 1 and 6 keep short columns readable
      t.column(headers.get(i), Math.min(6f, Math.max(1f, longest[i] / 12f)));
    }
    for (List<Text> r : rows) {
      List<Table.Cell> cells = new ArrayList<>();
      for (int i = 0; i < cols; i++) {
        cells.add(Table.Cell.of(i < r.size() ? r.get(i) : Text.empty()));
      }
      t.row(Tone.NONE, cells);
    }
    return t.build();
  }

  /** A block as lines of inline text, each list item behind a bullet (nested ones indented). */
  private static void flat(Node n, Text.Builder b, String indent) {
    if (n instanceof BulletList || n instanceof OrderedList) {
      Integer start = n instanceof OrderedList ? ((OrderedList) n).getMarkerStartNumber() : null;
      int number = start == null ? 1 : start;
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        newLine(b);
        b.plain(indent + (n instanceof BulletList ? "• " : number++ + ". "));
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof BulletList || c instanceof OrderedList) {
            flat(c, b, indent + "   ");
          } else {
            if (!first) {
              newLine(b);
              b.plain(indent + "   ");
            }
            appendInline(c, b);
          }
          first = false;
        }
      }
    } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      String code = stripFinalNewline(n instanceof FencedCodeBlock
          ? ((FencedCodeBlock) n).getLiteral() : ((IndentedCodeBlock) n).getLiteral());
      for (String line : code.split("\n", -1)) {
        newLine(b);
        b.code(line);
      }
    } else if (n instanceof BlockQuote) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        flat(c, b, indent);
      }
    } else if (n instanceof HtmlBlock) {
      newLine(b);
      b.plain(((HtmlBlock) n).getLiteral().strip());
    } else if (n instanceof TableBlock) {
      for (Node part = n.getFirstChild(); part != null; part = part.getNext()) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          newLine(b);
          boolean first = true;
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (!first) {
              b.plain(" | ");
            }
            first = false;
            appendInline(cell, b);
          }
        }
      }
    } else if (!(n instanceof ThematicBreak)) {
      newLine(b);
      appendInline(n, b);
    }
  }

  private static void newLine(Text.Builder b) {
    if (!b.isEmpty()) {
      b.plain("\n");
    }
  }

  /** The inline content of a block, with styles and links. */
  static Text inlineOf(Node block) {
    Text.Builder b = Text.builder();
    appendInline(block, b);
    return b.build();
  }

  private static void appendInline(Node block, Text.Builder b) {
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      inline(n, b, Text.Style.PLAIN, null);
    }
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
    } else if (n instanceof Image) {
      // no pictures from narrative text: the description stands for it
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        inline(c, b, style, link);
      }
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

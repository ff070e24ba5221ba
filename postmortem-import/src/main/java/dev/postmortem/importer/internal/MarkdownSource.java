package dev.postmortem.importer.internal;

import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Code;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Heading;
import dev.postmortem.importer.internal.Blocks.Html;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Quote;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Rule;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.importer.internal.Blocks.TextLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
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
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads Markdown (CommonMark with GFM tables) into the intermediate {@link Doc}. */
public final class MarkdownSource {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final java.util.regex.Pattern TASK =
      java.util.regex.Pattern.compile("\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\[[ xX]\\]");
  private final String[] lines;
  private final String source;
  /** Tables read with the fast path: header line index, index after the last row. */
  private Map<Integer, Integer> plainRows = Map.of();
  /**
   * How many more characters of block source {@link #markdown} may copy: a safety net, as the
   * containers (lists, items, quotes) keep their lines without copying them ({@link
   * Blocks.Source}) and the other blocks are copied once.
   */
  private long markdownBudget;

  private MarkdownSource(String[] lines, String source, long textLength) {
    this.lines = lines;
    this.source = source;
    this.markdownBudget = MARKDOWN_COPIES * textLength + (1L << 20);
  }

  /** Blocks, list items and inline spans may be nested at most this deep in one another. */
  static final int MAX_DEPTH = 200;

  /** The block source kept by all blocks together, in multiples of the text's length. */
  static final int MARKDOWN_COPIES = 3;

  /** At most this many link or image closers in one paragraph, or one table row. */
  static final int MAX_BRACKETS = 10_000;

  /** Parses {@code text} (already decoded) into a document. */
  public static Doc parse(String text, String source) {
    return parse(text, source, true);
  }

  /**
   * Parses {@code text}; {@code plainRows} allows the fast path for long tables of plain text
   * ({@link #plainRows}), which gives the same document.
   */
  static Doc parse(String text, String source, boolean plainRows) {
    String[] lines = lines(text);
    checkTableCells(lines, source);
    checkBrackets(lines, source);
    checkNestingPrefixes(lines, source);
    String fm = null;
    String fmFormat = null;
    int fmLine = 0;
    int start = 0;
    while (start < lines.length && lines[start].isBlank() && start < 3) {
      start++;
    }
    if (start < lines.length) {
      String first = lines[start].strip();
      String close = first.equals("---") ? "---" : first.equals("+++") ? "+++" : null;
      if (close != null) {
        for (int i = start + 1; i < lines.length; i++) {
          String l = lines[i].strip();
          if (l.equals(close) || (close.equals("---") && l.equals("..."))) {
            checkYamlLines(lines, start + 1, i, source);
            fm = String.join("\n", java.util.Arrays.copyOfRange(lines, start + 1, i));
            fmFormat = close.equals("---") ? "yaml" : "toml";
            fmLine = start + 2;
            for (int j = start; j <= i; j++) {
              lines[j] = "";
            }
            break;
          }
        }
      }
    }
    MarkdownSource ms = new MarkdownSource(lines, source, text.length());
    Map<Integer, Integer> plain = plainRows ? plainRows(lines) : Map.of();
    Node root;
    if (plain.isEmpty()) {
      root = PARSER.parse(String.join("\n", lines));
    } else {
      String[] shown = lines.clone();
      plain.forEach((header, end) -> Arrays.fill(shown, header + 3, end, ""));
      root = PARSER.parse(String.join("\n", shown));
      if (tablesAsExpected(root, plain)) {
        ms.plainRows = plain;
      } else {
        root = PARSER.parse(String.join("\n", lines));
      }
    }
    checkDepth(root, source);
    List<Block> blocks = ms.blocks(root);
    return new Doc(source, fm, fmFormat, fmLine, blocks);
  }

  /**
   * {@code text} split at every line end (CR LF, CR or LF), with the empty strings after a final
   * one kept: {@code text.split("\\r\\n|\\r|\\n", -1)} without the regular expression, which cost
   * a tenth of importing a long document.
   */
  static String[] lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  // ------------------------------------------------------------------ long tables

  /**
   * A table needs at least this many rows of plain text after its first body row for the fast
   * path of {@link #plainRows}.
   */
  static final int PLAIN_ROWS = 64;

  /**
   * Whether {@code line} is a table's delimiter row ({@code |---|:--:|}): cells of an optional
   * colon, dashes and an optional colon, with white space around them, between pipes (the outer
   * ones optional). A scan of the characters, once each: the regular expression it replaces
   * recursed once per cell and overflowed the stack on a row of some 800 cells.
   */
  static boolean isDelimiterRow(String line) {
    int n = line.length();
    int i = 0;
    if (i < n && line.charAt(i) == '|') {
      i++;
    }
    int cells = 0;
    while (true) {
      i = skipSpace(line, i);
      if (i >= n) {
        return cells > 0;
      }
      if (line.charAt(i) == ':') {
        i++;
      }
      int dashes = i;
      while (i < n && line.charAt(i) == '-') {
        i++;
      }
      if (i == dashes) {
        return false;
      }
      if (i < n && line.charAt(i) == ':') {
        i++;
      }
      i = skipSpace(line, i);
      cells++;
      if (i >= n) {
        return true;
      }
      if (line.charAt(i) != '|') {
        return false;
      }
      i++;
    }
  }

  private static int skipSpace(String s, int i) {
    // the white space of the regular expression \\s: space, tab, line feed, vertical tab, form
    // feed, carriage return
    while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
      i++;
    }
    return i;
  }

  /**
   * Long tables whose rows are plain text, by the index of their header line: the index after
   * their last row.
   *
   * <p>Parsing the inline content of each cell is most of the cost of importing a long timeline
   * table, and for a cell without any character that starts inline markup or an escape it gives
   * the cell's text. So the rows after a table's first body row are left out of what CommonMark
   * parses (blank lines in their place keep every line number) when every one of them is such
   * plain text, each row starting with a pipe and the table ending at a blank line, and are read
   * here as the GFM table extension reads rows. {@link
   * #tablesAsExpected} checks that CommonMark found each of these tables where expected (not in a
   * code block, list or quote, say); if not, the whole text is parsed again as it is.
   */
  static Map<Integer, Integer> plainRows(String[] lines) {
    Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
    for (int h = 0; h + 3 < lines.length; h++) {
      if (!lines[h].startsWith("|") || !isDelimiterRow(lines[h + 1])
          || lines[h + 2].indexOf('|') < 0) {
        continue;
      }
      // rows that start with a pipe (no other block starts so), up to a blank line, which ends
      // the table whatever follows it
      int end = h + 3;
      boolean plain = true;
      while (end < lines.length && lines[end].startsWith("|")) {
        plain &= isPlain(lines[end]);
        end++;
      }
      if (plain && end - (h + 3) >= PLAIN_ROWS && (end == lines.length || lines[end].isBlank())) {
        out.put(h, end);
      }
      h = Math.max(h, end - 1);
    }
    return out;
  }

  /**
   * Whether a row has a cell and no character that could start inline markup, an escape or an
   * entity.
   */
  private static boolean isPlain(String line) {
    if (line.trim().length() < 2) {
      return false; // a lone pipe is no row: it ends the table
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '&', '!':
          return false;
        default:
          if (c < 0x20 && c != '\t') {
            return false;
          }
      }
    }
    return true;
  }

  /**
   * Whether each table of {@code plain} is a table at the top level of the document that starts
   * at its header line and, as parsed, ends with its first body row.
   */
  private static boolean tablesAsExpected(Node root, Map<Integer, Integer> plain) {
    int found = 0;
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock && plain.containsKey(line(n) - 1)) {
        Node body = n.getLastChild();
        Node last = body == null ? null : body.getLastChild();
        if (!(body instanceof TableBody) || !(last instanceof TableRow) || line(last) - 1 != line(n) + 1) {
          return false;
        }
        found++;
      }
    }
    return found == plain.size();
  }

  /**
   * The cells of a plain row, as the GFM table extension splits them: the line trimmed, a leading
   * pipe dropped, split at each pipe, the text after the last pipe a cell only when not empty;
   * then as many cells as the header has, missing ones empty.
   */
  private static List<Inline> plainCells(String line, int columns) {
    String l = line.trim();
    if (l.startsWith("|")) {
      l = l.substring(1);
    }
    List<Inline> cells = new ArrayList<>(columns);
    int start = 0;
    for (int i = l.indexOf('|'); i >= 0 && cells.size() < columns; i = l.indexOf('|', start)) {
      cells.add(plainCell(l.substring(start, i)));
      start = i + 1;
    }
    if (cells.size() < columns && start < l.length()) {
      cells.add(plainCell(l.substring(start)));
    }
    while (cells.size() < columns) {
      cells.add(Inline.EMPTY);
    }
    return cells;
  }

  private static Inline plainCell(String cell) {
    String text = cell.trim().strip();
    return text.isEmpty() ? Inline.EMPTY : new Inline(text, null, List.of(), List.of());
  }

  /** At most this many table cells (counted as '|' separators) in one document. */
  static final int MAX_TABLE_CELLS = 500_000;

  /**
   * Refuses documents with more table cells than {@link #MAX_TABLE_CELLS} before parsing them:
   * a table of a million cells would take seconds and hundreds of megabytes to parse.
   */
  private static void checkTableCells(String[] lines, String source) {
    long cells = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      for (int c = l.indexOf('|'); c >= 0; c = l.indexOf('|', c + 1)) {
        if (++cells > MAX_TABLE_CELLS) {
          throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, c + 1,
              "more than " + MAX_TABLE_CELLS + " table cells in the document (a limit of the"
                  + " Markdown importer); split the tables or the document", null);
        }
      }
    }
  }

  /**
   * Refuses paragraphs (and table rows) with more than {@link #MAX_BRACKETS} link or image closers
   * ({@code ](} or {@code ][}) before CommonMark sees them: each link it makes looks back over the
   * open brackets before it, so that {@code ![[]()} repeated takes time with the square of its
   * length (300 KB, half a minute). Brackets alone, however deeply nested, parse in linear time.
   */
  private static void checkBrackets(String[] lines, String source) {
    int count = 0;
    int first = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      boolean row = l.startsWith("|");
      if (l.isBlank() || row) {
        count = 0;
        first = row ? i : i + 1;
      }
      for (int c = l.indexOf(']'); c >= 0 && c + 1 < l.length(); c = l.indexOf(']', c + 1)) {
        char next = l.charAt(c + 1);
        if ((next == '(' || next == '[') && ++count > MAX_BRACKETS) {
          throw new dev.postmortem.importer.PostmortemImportException(source, first + 1, 1,
              "more than " + MAX_BRACKETS + " links or images (']' followed by '(' or '[') in one"
                  + " paragraph (a limit of the Markdown importer against inputs that take too long"
                  + " to parse)", null);
        }
      }
      if (row) {
        count = 0;
      }
    }
  }

  /** The longest line of YAML (front matter, issue forms) read, in characters. */
  static final int MAX_YAML_LINE = 256 * 1024;

  /**
   * Refuses YAML lines longer than {@link #MAX_YAML_LINE} before SnakeYAML sees them: it copies its
   * read-ahead window for every kilobyte of a token, so a long line takes time with its square.
   */
  static void checkYamlLines(String[] lines, int from, int to, String source) {
    for (int i = from; i < to; i++) {
      if (lines[i].length() > MAX_YAML_LINE) {
        throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, MAX_YAML_LINE + 1,
            "a YAML line longer than " + MAX_YAML_LINE + " characters (a limit of the importer: the"
                + " YAML reader takes time with the square of a line's length)", null);
      }
    }
  }

  /** A line may open at most this many nested lists and quotes (counting its indentation). */
  static final int MAX_LINE_NESTING = 100;

  /**
   * Refuses lines that would put a block more than {@link #MAX_LINE_NESTING} lists and quotes
   * deep, before CommonMark sees them: it matches every open container against every line, so a
   * list indented 3,000 levels deep takes time with the cube of its depth. A line's depth is at
   * most its quote markers, plus its list markers, plus half its indentation (each nested list
   * is indented by at least two columns more than its parent).
   */
  private static void checkNestingPrefixes(String[] lines, String source) {
    int items = 0;
    long weight = 0;
    int headings = 0;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String stripped = l.stripLeading();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fenced = !fenced; // roughly: the heading count below skips code, where '#' starts comments
      }
      int columns = 0;
      int markers = 0;
      int c = 0;
      int n = l.length();
      while (c < n) {
        char ch = l.charAt(c);
        if (ch == ' ') {
          columns++;
          c++;
        } else if (ch == '\t') {
          columns += 4;
          c++;
        } else if (ch == '>') {
          markers++;
          c++;
        } else if ((ch == '-' || ch == '+' || ch == '*') && c + 1 < n && (l.charAt(c + 1) == ' ' || l.charAt(c + 1) == '\t')) {
          markers++;
          c += 2;
        } else if (ch >= '0' && ch <= '9') {
          int d = c;
          while (d < n && d - c < 10 && l.charAt(d) >= '0' && l.charAt(d) <= '9') {
            d++;
          }
          if (d + 1 < n && (l.charAt(d) == '.' || l.charAt(d) == ')') && (l.charAt(d + 1) == ' ' || l.charAt(d + 1) == '\t')) {
            markers++;
            c = d + 2;
          } else {
            break;
          }
        } else {
          break;
        }
        if (markers + columns / 2 > MAX_LINE_NESTING) {
          throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, c + 1,
              "lists or quotes nested (or indented) more than " + MAX_LINE_NESTING + " levels deep"
                  + " (a limit of the Markdown importer)", null);
        }
      }
      if (markers > 0 && ++items > MAX_ITEMS) {
        throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, 1,
            "more than " + MAX_ITEMS + " list items and quotes in the document (a limit of the"
                + " Markdown importer: each takes memory); split the document", null);
      }
      weight += markers + columns / 2;
      if (weight > MAX_NESTING_WEIGHT) {
        throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, 1,
            "lists and quotes nested deeply over too many lines (their depths add up to more than "
                + MAX_NESTING_WEIGHT + "; a limit of the Markdown importer: each line costs memory and"
                + " time for every list or quote open around it); flatten or split the document", null);
      }
      if (!fenced && c < n && l.charAt(c) == '#' && columns < 4 && isAtxHeading(l, c) && ++headings > MAX_HEADINGS) {
        throw new dev.postmortem.importer.PostmortemImportException(source, i + 1, c + 1,
            "more than " + MAX_HEADINGS + " headings in the document (a limit of the Markdown"
                + " importer: each heading is a section to classify); split the document", null);
      }
    }
  }

  /** Whether the line has an ATX heading opening at {@code c}: one to six '#', then a space or its end. */
  private static boolean isAtxHeading(String l, int c) {
    int d = c;
    while (d < l.length() && l.charAt(d) == '#' && d - c < 7) {
      d++;
    }
    int hashes = d - c;
    return hashes >= 1 && hashes <= 6 && (d == l.length() || l.charAt(d) == ' ' || l.charAt(d) == '\t');
  }

  /**
   * The depths of all lines' lists and quotes (markers plus half the indentation, as above) may add
   * up to at most this: CommonMark keeps a source position per line for every container open
   * around it, so 95,000 items nested 99 deep took more than 256 MB. Ordinary documents stay
   * far below (10,000 lines nested ten deep are 100,000).
   */
  static final int MAX_NESTING_WEIGHT = 500_000;

  /**
   * At most this many ATX headings ({@code #} to {@code ######}) in one document: each is a
   * section for the importer's mapping to classify, which took 0.2 ms or more per heading (100,000
   * headings, 3 MB, ran for tens of seconds). A post-mortem has a few dozen.
   */
  static final int MAX_HEADINGS = 10_000;

  /** At most this many lines that start list items or quotes in one document. */
  static final int MAX_ITEMS = 100_000;

  /**
   * Refuses documents whose blocks, list items or inline spans are nested more than {@link
   * #MAX_DEPTH} deep, before anything walks them recursively. The tree is walked iteratively.
   */
  private static void checkDepth(Node root, String source) {
    int depth = 0;
    Node n = root;
    while (n != null) {
      if (depth > MAX_DEPTH) {
        throw new dev.postmortem.importer.PostmortemImportException(source, line(n), column(n),
            "lists, quotes, links or emphasis nested more than " + MAX_DEPTH + " deep (a limit of"
                + " the Markdown importer)", null);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n != null && n != root && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == null || n == root ? null : n.getNext();
    }
  }

  private List<Block> blocks(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Block b = block(n);
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  private Block block(Node n) {
    int line = line(n);
    int col = column(n);
    if (n instanceof org.commonmark.node.Heading h) {
      return new Heading(h.getLevel(), inline(h), line, col, markdown(n));
    }
    if (n instanceof Paragraph p) {
      return new Para(inline(p), textLines(p), line, col, markdown(n));
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      List<Item> items = new ArrayList<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof ListItem li) {
          items.add(item(li));
        }
      }
      return new ListBlock(n instanceof OrderedList, items, line, col, source(n));
    }
    if (n instanceof TableBlock) {
      List<Inline> header = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (Node section = n.getFirstChild(); section != null; section = section.getNext()) {
        for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
          if (!(r instanceof TableRow)) {
            continue;
          }
          List<Inline> cells = new ArrayList<>();
          for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
              cells.add(inline(c));
            }
          }
          if (section instanceof TableHead && header.isEmpty()) {
            header.addAll(cells);
          } else if (section instanceof TableBody || section instanceof TableHead) {
            rows.add(new Row(cells, line(r)));
          }
        }
      }
      Integer end = plainRows.get(line - 1);
      if (end == null) {
        return new Table(header, rows, line, col, markdown(n));
      }
      for (int i = line + 2; i < end; i++) {
        rows.add(new Row(plainCells(lines[i], header.size()), i + 1));
      }
      return new Table(header, rows, line, col, String.join("\n", Arrays.asList(lines).subList(line - 1, end)));
    }
    if (n instanceof FencedCodeBlock f) {
      return new Code(f.getInfo() == null ? "" : f.getInfo(), f.getLiteral(), line, col, markdown(n));
    }
    if (n instanceof IndentedCodeBlock ic) {
      return new Code(null, ic.getLiteral(), line, col, markdown(n));
    }
    if (n instanceof BlockQuote) {
      return new Quote(blocks(n), line, col, source(n));
    }
    if (n instanceof HtmlBlock hb) {
      return new Html(hb.getLiteral(), line, col, markdown(n));
    }
    if (n instanceof ThematicBreak) {
      return new Rule(line, col, markdown(n));
    }
    return null; // link reference definitions and other non-content nodes
  }

  private Item item(ListItem li) {
    Node first = li.getFirstChild();
    Inline inline = Inline.EMPTY;
    List<TextLine> tl = List.of();
    List<Block> children = new ArrayList<>();
    Node rest = first;
    if (first instanceof Paragraph p) {
      inline = inline(p);
      tl = textLines(p);
      rest = first.getNext();
    }
    for (Node c = rest; c != null; c = c.getNext()) {
      Block b = block(c);
      if (b != null) {
        children.add(b);
      }
    }
    Boolean checked = null;
    String t = inline.text();
    // the item's first line: the task marker is at its start (the whole item's source would be
    // copied for every item of a nested list)
    List<SourceSpan> spans = li.getSourceSpans();
    String raw = spans.isEmpty() ? "" : lines[Math.min(lines.length - 1, spans.get(0).getLineIndex())];
    if ((t.startsWith("[ ]") || t.startsWith("[x]") || t.startsWith("[X]")) && TASK.matcher(raw).lookingAt()) {
      checked = t.charAt(1) != ' ';
      String stripped = t.substring(3).strip();
      inline = new Inline(stripped, inline.lead(), inline.links());
      if (!tl.isEmpty()) {
        TextLine l0 = tl.get(0);
        List<TextLine> copy = new ArrayList<>(tl);
        copy.set(0, new TextLine(new Inline(l0.inline().text().length() >= 3
            ? l0.inline().text().substring(3).strip() : "", l0.inline().lead(), l0.inline().links()),
            l0.line()));
        tl = copy;
      }
    } else if (first == null && li.getSourceSpans().size() > 0) {
      String rawItem = markdown(li).strip();
      if (rawItem.matches("[-*+]\\s*\\[[ xX]\\]\\s*")) {
        checked = rawItem.contains("[ ]") ? Boolean.FALSE : Boolean.TRUE;
      }
    }
    return new Item(inline, tl, checked, children, line(li), source(li));
  }

  private static int line(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  private static int column(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
  }

  /** The lines of a container block, made into a string only when asked for. */
  private Blocks.Source source(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return Blocks.Source.of("");
    }
    return Blocks.Source.lines(lines, spans.get(0).getLineIndex(), spans.get(spans.size() - 1).getLineIndex());
  }

  private String markdown(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    int from = spans.get(0).getLineIndex();
    int to = spans.get(spans.size() - 1).getLineIndex();
    long size = 0;
    for (int i = from; i <= to && i < lines.length; i++) {
      size += lines[i].length() + 1;
    }
    markdownBudget -= size;
    if (markdownBudget < 0) {
      throw new dev.postmortem.importer.PostmortemImportException(source, line(n), column(n),
          "the blocks' Markdown is more than " + MARKDOWN_COPIES + " times the length of the"
              + " document (a limit of the Markdown importer)", null);
    }
    StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, size));
    for (int i = from; i <= to && i < lines.length; i++) {
      if (i > from) {
        sb.append('\n');
      }
      sb.append(lines[i]);
    }
    return sb.toString();
  }

  /** The inline text of a node's children. */
  static Inline inline(Node parent) {
    StringBuilder sb = new StringBuilder();
    List<String> links = new ArrayList<>();
    String lead = null;
    Node first = parent.getFirstChild();
    if (first instanceof StrongEmphasis || first instanceof Emphasis) {
      StringBuilder l = new StringBuilder();
      appendText(first, l, new ArrayList<>(), true);
      lead = l.toString().strip();
    }
    appendText(parent, sb, links, false);
    List<String> strong = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof StrongEmphasis) {
        StringBuilder l = new StringBuilder();
        appendText(n, l, new ArrayList<>(), false);
        strong.add(l.toString().strip());
      }
    }
    return new Inline(sb.toString().strip(), lead, List.copyOf(links), List.copyOf(strong));
  }

  private static void appendText(Node parent, StringBuilder sb, List<String> links, boolean self) {
    if (self) {
      appendNode(parent, sb, links);
      return;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      appendNode(n, sb, links);
    }
  }

  private static void appendNode(Node n, StringBuilder sb, List<String> links) {
    if (n instanceof Text t) {
      sb.append(t.getLiteral());
    } else if (n instanceof org.commonmark.node.Code c) {
      sb.append('`').append(c.getLiteral()).append('`');
    } else if (n instanceof SoftLineBreak) {
      sb.append(' ');
    } else if (n instanceof HardLineBreak) {
      sb.append('\n');
    } else if (n instanceof HtmlInline h) {
      String lit = h.getLiteral();
      if (lit.matches("(?i)<br\\s*/?>")) {
        sb.append('\n');
      } else {
        sb.append(lit);
      }
    } else if (n instanceof Link l) {
      links.add(l.getDestination());
      appendText(n, sb, links, false);
    } else if (n instanceof Image) {
      // images carry no text of their own; the block's Markdown keeps them
    } else {
      appendText(n, sb, links, false);
    }
  }

  /** The paragraph split into lines at soft and hard breaks. */
  private static List<TextLine> textLines(Node p) {
    List<TextLine> out = new ArrayList<>();
    Node start = p.getFirstChild();
    int line = line(p);
    Node n = start;
    StringBuilder sb = new StringBuilder();
    List<String> links = new ArrayList<>();
    String lead = null;
    boolean atStart = true;
    while (n != null) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.add(new TextLine(new Inline(sb.toString().strip(), lead, List.copyOf(links)), line));
        sb.setLength(0);
        links.clear();
        lead = null;
        atStart = true;
        Node next = n.getNext();
        line = next != null && !next.getSourceSpans().isEmpty() ? line(next) : line + 1;
      } else {
        if (atStart && (n instanceof StrongEmphasis || n instanceof Emphasis)) {
          StringBuilder l = new StringBuilder();
          appendText(n, l, new ArrayList<>(), true);
          lead = l.toString().strip();
        }
        atStart = false;
        appendNode(n, sb, links);
      }
      n = n.getNext();
    }
    out.add(new TextLine(new Inline(sb.toString().strip(), lead, List.copyOf(links)), line));
    return out;
  }
}

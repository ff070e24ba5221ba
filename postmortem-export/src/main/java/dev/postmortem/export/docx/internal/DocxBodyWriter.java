package dev.postmortem.export.docx.internal;

import dev.postmortem.export.CauseGraph;
import dev.postmortem.export.ExportException;
import dev.postmortem.export.Fact;
import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.TimelineChart;
import dev.postmortem.export.Tone;
import dev.postmortem.export.internal.CauseGraphLayout;
import dev.postmortem.export.internal.CauseGraphPainter;
import dev.postmortem.export.internal.ChartCanvas;
import dev.postmortem.export.internal.ChartPainter;
import dev.postmortem.export.internal.ColumnFit;
import dev.postmortem.export.internal.Drawing;
import dev.postmortem.export.internal.Labels;
import dev.postmortem.export.internal.Links;
import dev.postmortem.export.internal.Palette;
import dev.postmortem.export.internal.Scripts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The body of the Word document ({@code word/document.xml}), written as WordprocessingML text
 * rather than built as a DOM.
 *
 * <p>The walk over the sections only records the blocks (they are the renderers' own immutable
 * {@link Table}s and {@link Text}s, so recording copies nothing) and collects what the rest of
 * the package needs before the body can be written: the headings for the table of contents, which
 * comes first, the hyperlink targets, the numbered lists and the chart images. {@link #write}
 * then streams the body to the ZIP entry block by block; a table of 50,000 rows is never more than
 * its model objects and a 32 KiB buffer. Elements are written in the order of the
 * WordprocessingML schema.
 */
public final class DocxBodyWriter implements ReportWriter {
  static final String FONT = "Arial";
  static final String MONO = "Courier New";
  /**
   * The font for Chinese, Japanese and Korean text ({@code w:eastAsia}); Word and LibreOffice put
   * in another of the script's fonts where it is missing.
   */
  static final String EAST_ASIA = "Yu Gothic";
  private static final String SYMBOL = "Segoe UI Symbol";
  /** Font sizes in half-points. */
  private static final int BODY = 20;
  private static final int SMALL = 17;
  private static final int FACT = 19;
  /** Number of the bullet list; numbered lists get 2, 3, ... in order. */
  static final int BULLET_NUM = 1;

  private interface Block {
    void write(XmlOut x);
  }

  /**
   * A picture the package must hold. Its PNG is drawn on a thread of its own, started when the
   * picture is recorded, while the body is recorded and written; the package waits for it only
   * when it writes the image, after the body.
   */
  public static final class Picture {
    private final FutureTask<byte[]> png;
    private final long widthEmu;
    private final long heightEmu;
    private String relationId;

    Picture(Callable<byte[]> draw, long widthEmu, long heightEmu) {
      this.png = new FutureTask<>(draw);
      this.widthEmu = widthEmu;
      this.heightEmu = heightEmu;
      Thread t = new Thread(png, "postmortem-docx-chart");
      t.setDaemon(true);
      t.start();
    }

    /** The PNG file, once drawn. */
    public byte[] png() {
      try {
        return png.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExportException("interrupted while drawing a picture", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new ExportException("cannot draw a picture: " + cause, cause);
      }
    }

    /** Set by the package before the body is written. */
    public void relationId(String id) {
      this.relationId = id;
    }
  }

  private final ZoneId zone;
  private final boolean toc;
  private final int pageWidth;
  private final int pageHeight;
  private final int textWidth;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String[]> headings = new ArrayList<>();
  private final Map<String, String> links = new LinkedHashMap<>();
  private final List<Picture> pictures = new ArrayList<>();
  private int tocAt = -1;
  private int bookmark;
  private final List<Integer> numberedStarts = new ArrayList<>();
  private String headerId;
  private String footerId;

  /**
   * A writer for one document.
   *
   * @param letter US Letter paper instead of A4
   * @param toc whether a table of contents follows the title block
   */
  public DocxBodyWriter(ZoneId zone, boolean letter, boolean toc) {
    this.zone = zone;
    this.toc = toc;
    this.pageWidth = letter ? 12240 : 11906;
    this.pageHeight = letter ? 15840 : 16838;
    this.textWidth = pageWidth - 2 * 1080;
  }

  private Labels labels = Labels.of(Locale.UK);
  private ImageFonts imageFonts = ImageFonts.none();

  /**
   * Sets the fonts the pictures fall back to for characters DejaVu lacks (none by default).
   *
   * @param user the user's font files
   * @param system whether to look in the system's fonts after them
   */
  public void fonts(List<java.nio.file.Path> user, boolean system) {
    this.imageFonts = new ImageFonts(user, system);
  }

  /**
   * Sets the labels of the reader's language (English by default).
   *
   * @param labels the labels
   */
  public void labels(Labels labels) {
    this.labels = labels;
  }

  /** The labels of the reader's language. */
  public Labels labels() {
    return labels;
  }

  /** Width of the text area in twentieths of a point. */
  public int textWidth() {
    return textWidth;
  }

  /** The hyperlink targets, each with the relationship id the body refers to it by. */
  public Map<String, String> links() {
    return Collections.unmodifiableMap(links);
  }

  /** The first number of each numbered list, in order; they use numbers 2, 3, ... */
  public List<Integer> numberedListStarts() {
    return Collections.unmodifiableList(numberedStarts);
  }

  /** The chart images, in order. */
  public List<Picture> pictures() {
    return Collections.unmodifiableList(pictures);
  }

  /** The relationship ids of the header and the footer, for the section properties. */
  public void headerFooter(String headerRelationId, String footerRelationId) {
    this.headerId = headerRelationId;
    this.footerId = footerRelationId;
  }

  // ------------------------------------------------------------------ recording

  @Override
  public void title(String title, Text subtitle) {
    String sub = subtitle.plainText().toUpperCase(Locale.ROOT);
    blocks.add(x -> {
      x.raw("<w:p><w:pPr><w:pStyle w:val=\"Subtitle\"/></w:pPr><w:r><w:rPr><w:spacing w:val=\"10\"/></w:rPr>");
      t(x, sub);
      x.raw("</w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r>");
      t(x, title);
      x.raw("</w:r></w:p>");
    });
  }

  @Override
  public void heading(int level, String text) {
    if (level <= 1 && toc && tocAt < 0) {
      tocAt = blocks.size();
    }
    int id = ++bookmark;
    String name = "_Toc" + id;
    headings.add(new String[] {level <= 1 ? "1" : "2", text, name});
    String style = level <= 1 ? "Heading1" : "Heading2";
    blocks.add(x -> {
      x.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/></w:pPr><w:bookmarkStart w:id=\"").num(id)
          .raw("\" w:name=\"").raw(name).raw("\"/><w:r>");
      t(x, text);
      x.raw("</w:r><w:bookmarkEnd w:id=\"").num(id).raw("\"/></w:p>");
    });
  }

  @Override
  public void paragraph(Text text) {
    register(text);
    boolean rtl = Scripts.of(text.plainText()).rightToLeft();
    blocks.add(x -> {
      x.raw(rtl ? "<w:p><w:pPr><w:bidi/></w:pPr>" : "<w:p>");
      runs(x, text, BODY, Palette.TEXT);
      x.raw("</w:p>");
    });
  }

  @Override
  public void facts(List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    List<Fact> copy = List.copyOf(facts);
    copy.forEach(f -> register(f.value()));
    blocks.add(x -> writeFacts(x, copy));
    spacer(80);
  }

  @Override
  public void bulletList(List<Text> items) {
    List<Text> copy = List.copyOf(items);
    copy.forEach(this::register);
    blocks.add(x -> listItems(x, copy, BULLET_NUM));
  }

  @Override
  public void numberedList(List<Text> items) {
    numberedList(items, 1);
  }

  @Override
  public void numberedList(List<Text> items, int start) {
    List<Text> copy = List.copyOf(items);
    copy.forEach(this::register);
    numberedStarts.add(start);
    int num = BULLET_NUM + numberedStarts.size();
    blocks.add(x -> listItems(x, copy, num));
  }

  @Override
  public void codeBlock(String code) {
    String[] lines = code.split("\r?\n", -1);
    blocks.add(x -> {
      x.raw("<w:p><w:pPr><w:pStyle w:val=\"SourceCode\"/></w:pPr><w:r>");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          x.raw("<w:br/>");
        }
        t(x, lines[i]);
      }
      x.raw("</w:r></w:p>");
    });
  }

  @Override
  public void taskList(List<Task> items) {
    List<Task> copy = List.copyOf(items);
    copy.forEach(t -> register(t.text()));
    blocks.add(x -> {
      for (Task t : copy) {
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>");
        x.raw("<w:r><w:rPr>");
        fonts(x, SYMBOL);
        color(x, t.done() ? Palette.mark(Tone.SUCCESS) : Palette.MUTED_TEXT);
        x.raw("</w:rPr><w:t>").text(t.done() ? "\u2611" : "\u2610");
        x.raw("</w:t><w:tab/></w:r>");
        runs(x, t.text(), BODY, t.done() ? Palette.MUTED_TEXT : Palette.TEXT);
        x.raw("</w:p>");
      }
    });
  }

  @Override
  public void table(Table table) {
    for (Table.Row row : table.rows()) {
      for (Table.Cell cell : row.cells()) {
        register(cell.text());
      }
    }
    blocks.add(x -> writeTable(x, table));
    spacer(60);
  }

  @Override
  public void note(Text text, Tone tone) {
    register(text);
    blocks.add(x -> {
      x.raw("<w:tbl><w:tblPr>");
      tableWidth(x);
      x.raw("<w:tblBorders>");
      border(x, "top", "none", 0, 0, "auto");
      border(x, "left", "single", 24, 0, Palette.hex(Palette.mark(tone)));
      border(x, "bottom", "none", 0, 0, "auto");
      border(x, "right", "none", 0, 0, "auto");
      border(x, "insideH", "none", 0, 0, "auto");
      border(x, "insideV", "none", 0, 0, "auto");
      x.raw("</w:tblBorders>");
      cellMargins(x);
      x.raw("</w:tblPr><w:tblGrid><w:gridCol w:w=\"").num(textWidth).raw("\"/></w:tblGrid><w:tr>");
      int bg = Palette.background(tone);
      cellStart(x, textWidth, bg >= 0 ? bg : Palette.ZEBRA);
      runs(x, text, FACT, Palette.TEXT);
      x.raw("</w:p></w:tc></w:tr></w:tbl>");
    });
    spacer(60);
  }

  @Override
  public void timelineChart(TimelineChart chart) {
    float widthPt = textWidth / 20f;
    ChartPainter painter = new ChartPainter(chart, widthPt, zone, labels);
    picture(painter, widthPt, painter.measure(ChartImage.measuring(imageFonts)), "Timeline chart", "timeline",
        "Timeline chart");
  }

  /**
   * Draws the graph as a picture (its alternative text the graph in words), or as the indented tree
   * when it does not fit on a page.
   *
   * @param graph the graph
   */
  @Override
  public void causeGraph(CauseGraph graph) {
    float widthPt = textWidth / 20f;
    ChartCanvas measure = ChartImage.measuring(imageFonts);
    Optional<CauseGraphLayout> layout = CauseGraphLayout.of(graph, widthPt, (pageHeight - 2 * 1080) / 20f * 0.75f,
        measure::textWidth);
    if (layout.isEmpty()) {
      ReportWriter.super.causeGraph(graph);
      return;
    }
    CauseGraphPainter painter = new CauseGraphPainter(layout.get(), labels);
    picture(painter, widthPt, painter.height(), "Cause graph", "causes", CauseGraphPainter.describe(graph));
  }

  /** A picture drawn by {@code painter} into a PNG, centred in a paragraph of its own. */
  private void picture(Drawing painter, float widthPt, float heightPt, String name, String file, String descr) {
    Picture pic = new Picture(() -> ChartImage.png(painter, widthPt, heightPt, imageFonts), emu(widthPt), emu(heightPt));
    pictures.add(pic);
    int n = pictures.size();
    blocks.add(x -> {
      x.raw("<w:p><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>");
      x.raw("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").num(pic.widthEmu)
          .raw("\" cy=\"").num(pic.heightEmu).raw("\"/><wp:docPr id=\"").num(n).raw("\" name=\"").raw(name).raw(" ")
          .num(n).raw("\" descr=\"").attr(descr).raw("\"/><wp:cNvGraphicFramePr>")
          .raw("<a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/>")
          .raw("</wp:cNvGraphicFramePr>")
          .raw("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
          .raw("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
          .raw("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
          .raw("<pic:nvPicPr><pic:cNvPr id=\"").num(n).raw("\" name=\"").raw(file).raw("-").num(n)
          .raw(".png\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>")
          .raw("<pic:blipFill><a:blip r:embed=\"").raw(pic.relationId)
          .raw("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
          .raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").num(pic.widthEmu).raw("\" cy=\"")
          .num(pic.heightEmu).raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
          .raw("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    });
  }

  private static long emu(float points) {
    return Math.round(points * 12700.0);
  }

  private void spacer(int after) {
    blocks.add(x -> x.raw("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"").num(after)
        .raw("\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"8\"/></w:rPr></w:r></w:p>"));
  }

  /** Gives every safe link target in the text a relationship id, in order of appearance. */
  private void register(Text text) {
    for (Text.Span s : text.spans()) {
      if (s.link().isPresent() && Links.isSafe(s.link().get())) {
        links.computeIfAbsent(s.link().get().strip(), u -> "rIdL" + (links.size() + 1));
      }
    }
  }

  // ------------------------------------------------------------------ writing

  /** Streams {@code word/document.xml}. */
  public void write(XmlOut x) {
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    x.raw("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")
        .raw(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        .raw(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>");
    for (int i = 0; i < blocks.size(); i++) {
      if (i == tocAt) {
        tableOfContents(x);
      }
      blocks.get(i).write(x);
    }
    x.raw("<w:sectPr>");
    if (headerId != null) {
      x.raw("<w:headerReference w:type=\"default\" r:id=\"").raw(headerId).raw("\"/>");
    }
    if (footerId != null) {
      x.raw("<w:footerReference w:type=\"default\" r:id=\"").raw(footerId).raw("\"/>");
    }
    x.raw("<w:pgSz w:w=\"").num(pageWidth).raw("\" w:h=\"").num(pageHeight).raw("\"/>")
        .raw("<w:pgMar w:top=\"1134\" w:right=\"1080\" w:bottom=\"1134\" w:left=\"1080\" w:header=\"567\"")
        .raw(" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    x.flush();
  }

  private void tableOfContents(XmlOut x) {
    x.raw("<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>");
    x.raw("<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
        .raw("<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r>")
        .raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    boolean first = true;
    for (String[] h : headings) {
      if (!h[0].equals("1")) {
        continue;
      }
      if (!first) {
        x.raw("</w:p><w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>");
      }
      first = false;
      x.raw("<w:hyperlink w:anchor=\"").raw(h[2]).raw("\"><w:r><w:rPr><w:b/>");
      color(x, Palette.ACCENT);
      x.raw("</w:rPr>");
      t(x, h[1]);
      x.raw("</w:r></w:hyperlink>");
    }
    x.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
    x.raw("<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:after=\"0\"/></w:pPr></w:p>");
  }

  private void listItems(XmlOut x, List<Text> items, int num) {
    for (Text t : items) {
      x.raw("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
          .num(num).raw("\"/></w:numPr></w:pPr>");
      runs(x, t, BODY, Palette.TEXT);
      x.raw("</w:p>");
    }
  }

  private void writeFacts(XmlOut x, List<Fact> facts) {
    int pairs = facts.size() > 3 ? 2 : 1;
    int rows = (facts.size() + pairs - 1) / pairs;
    int[] widths = widths(pairs == 2 ? new float[] {1.6f, 3.4f, 1.6f, 3.4f} : new float[] {1.6f, 8.4f});
    x.raw("<w:tbl><w:tblPr>");
    tableWidth(x);
    x.raw("<w:tblBorders>");
    border(x, "top", "none", 0, 0, "auto");
    border(x, "left", "none", 0, 0, "auto");
    border(x, "bottom", "single", 4, 0, "E6E9ED");
    border(x, "right", "none", 0, 0, "auto");
    border(x, "insideH", "single", 4, 0, "E6E9ED");
    border(x, "insideV", "none", 0, 0, "auto");
    x.raw("</w:tblBorders>");
    cellMargins(x);
    x.raw("</w:tblPr>");
    grid(x, widths);
    for (int r = 0; r < rows; r++) {
      x.raw("<w:tr>");
      for (int p = 0; p < pairs; p++) {
        int i = r * pairs + p;
        if (i >= facts.size()) {
          x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(widths[p * 2]).raw("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
          x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(widths[p * 2 + 1]).raw("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
          continue;
        }
        Fact f = facts.get(i);
        cellStart(x, widths[p * 2], -1);
        x.raw("<w:r><w:rPr><w:b/>");
        color(x, Palette.MUTED_TEXT);
        x.raw("<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>");
        t(x, f.label());
        x.raw("</w:r></w:p></w:tc>");
        cellStart(x, widths[p * 2 + 1], Palette.background(f.tone()));
        runs(x, f.value(), FACT, Palette.foreground(f.tone()));
        x.raw("</w:p></w:tc>");
      }
      x.raw("</w:tr>");
    }
    x.raw("</w:tbl>");
  }

  private void writeTable(XmlOut x, Table table) {
    int cols = table.columns().size();
    // no column narrower than its widest word: Word and LibreOffice cut such a word anywhere
    float[] points = ColumnFit.widths(table, textWidth / 20f, 10, SMALL / 2f * 1.1f,
        (word, style) -> WordMetrics.width(word, style, SMALL / 2f));
    int[] widths = new int[cols];
    int used = 0;
    for (int i = 0; i < cols; i++) {
      widths[i] = i == cols - 1 ? textWidth - used : (int) Math.ceil(points[i] * 20);
      used += widths[i];
    }
    x.raw("<w:tbl><w:tblPr>");
    tableWidth(x);
    String rule = Palette.hex(Palette.RULE);
    x.raw("<w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      border(x, side, "single", 4, 0, rule);
    }
    x.raw("</w:tblBorders>");
    cellMargins(x);
    x.raw("</w:tblPr>");
    grid(x, widths);
    x.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (int i = 0; i < cols; i++) {
      cellStart(x, widths[i], Palette.HEADER_BG);
      x.raw("<w:r><w:rPr><w:b/><w:color w:val=\"FFFFFF\"/>");
      size(x, SMALL);
      x.raw("</w:rPr>");
      t(x, table.columns().get(i).header());
      x.raw("</w:r></w:p></w:tc>");
    }
    x.raw("</w:tr>");
    List<Table.Row> rows = table.rows();
    for (int ri = 0; ri < rows.size(); ri++) {
      Table.Row row = rows.get(ri);
      x.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      int rowBg = Palette.background(row.highlight());
      for (int i = 0; i < cols; i++) {
        Table.Cell cell = row.cells().get(i);
        int bg = Palette.background(cell.tone());
        if (bg < 0) {
          bg = rowBg >= 0 ? rowBg : ri % 2 == 1 ? Palette.ZEBRA : -1;
        }
        cellStart(x, widths[i], bg);
        runs(x, cell.text(), SMALL, Palette.foreground(cell.tone()));
        x.raw("</w:p></w:tc>");
      }
      x.raw("</w:tr>");
    }
    x.raw("</w:tbl>");
  }

  private int[] widths(float[] rel) {
    float sum = 0;
    for (float w : rel) {
      sum += w;
    }
    int[] out = new int[rel.length];
    for (int i = 0; i < rel.length; i++) {
      out[i] = Math.round(textWidth * rel[i] / sum);
    }
    return out;
  }

  private void tableWidth(XmlOut x) {
    x.raw("<w:tblW w:w=\"").num(textWidth).raw("\" w:type=\"dxa\"/><w:jc w:val=\"left\"/>");
  }

  private static void cellMargins(XmlOut x) {
    x.raw("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"30\" w:type=\"dxa\"/><w:left w:w=\"90\" w:type=\"dxa\"/>")
        .raw("<w:bottom w:w=\"30\" w:type=\"dxa\"/><w:right w:w=\"90\" w:type=\"dxa\"/></w:tblCellMar>");
  }

  private static void grid(XmlOut x, int[] widths) {
    x.raw("<w:tblGrid>");
    for (int w : widths) {
      x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
    }
    x.raw("</w:tblGrid>");
  }

  private static void border(XmlOut x, String side, String val, int size, int space, String color) {
    x.raw("<w:").raw(side).raw(" w:val=\"").raw(val).raw("\" w:sz=\"").num(size).raw("\" w:space=\"").num(space)
        .raw("\" w:color=\"").raw(color).raw("\"/>");
  }

  /** Opens a cell and its paragraph; the caller writes runs and closes both. */
  private static void cellStart(XmlOut x, int width, int bg) {
    x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/>");
    if (bg >= 0) {
      x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(Palette.hex(bg)).raw("\"/>");
    }
    x.raw("</w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>");
  }

  // ------------------------------------------------------------------ runs

  private void runs(XmlOut x, Text text, int halfPoints, int color) {
    for (Text.Span s : text.spans()) {
      boolean link = s.link().isPresent() && Links.isSafe(s.link().get());
      if (link) {
        x.raw("<w:hyperlink r:id=\"").raw(links.get(s.link().get().strip())).raw("\" w:history=\"1\">");
      }
      x.raw("<w:r><w:rPr>");
      if (link) {
        x.raw("<w:rStyle w:val=\"Hyperlink\"/>");
      }
      boolean code = s.style() == Text.Style.CODE;
      Scripts.Kind script = Scripts.of(s.text());
      if (code) {
        x.raw("<w:rStyle w:val=\"VerbatimChar\"/>");
      } else if (script.eastAsian() != null) {
        x.raw("<w:rFonts w:hint=\"eastAsia\"/>");
      }
      if (s.style() == Text.Style.STRONG) {
        x.raw("<w:b/><w:bCs/>");
      } else if (s.style() == Text.Style.EMPHASIS) {
        x.raw("<w:i/><w:iCs/>");
      }
      if (link) {
        color(x, Palette.LINK);
      } else if (color != Palette.TEXT) {
        color(x, color);
      }
      size(x, code ? halfPoints - 1 : halfPoints);
      if (link) {
        x.raw("<w:u w:val=\"single\"/>");
      }
      if (script.rightToLeft()) {
        x.raw("<w:rtl/>");
      }
      if (script.eastAsian() != null || script.bidiLanguage() != null) {
        x.raw("<w:lang");
        if (script.eastAsian() != null) {
          x.raw(" w:eastAsia=\"").raw(script.eastAsian()).raw("\"");
        }
        if (script.bidiLanguage() != null) {
          x.raw(" w:bidi=\"").raw(script.bidiLanguage()).raw("\"");
        }
        x.raw("/>");
      }
      x.raw("</w:rPr>");
      String str = s.text();
      int start = 0;
      int n = str.length();
      for (int i = 0; i < n; i++) {
        char c = str.charAt(i);
        if (c == '\n' || c == '\r') {
          t(x, str.substring(start, i));
          x.raw("<w:br/>");
          if (c == '\r' && i + 1 < n && str.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      t(x, start == 0 ? str : str.substring(start));
      x.raw("</w:r>");
      if (link) {
        x.raw("</w:hyperlink>");
      }
    }
  }

  /** A {@code w:t} element; empty text gives none. */
  private static void t(XmlOut x, String s) {
    if (s.isEmpty()) {
      return;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (Character.isWhitespace(first) || Character.isWhitespace(last) || s.contains("  ") || s.indexOf('\t') >= 0) {
      x.raw("<w:t xml:space=\"preserve\">");
    } else {
      x.raw("<w:t>");
    }
    x.text(s).raw("</w:t>");
  }

  private static void fonts(XmlOut x, String font) {
    x.raw("<w:rFonts w:ascii=\"").raw(font).raw("\" w:hAnsi=\"").raw(font).raw("\" w:eastAsia=\"").raw(font)
        .raw("\" w:cs=\"").raw(font).raw("\"/>");
  }

  private static void color(XmlOut x, int rgb) {
    x.raw("<w:color w:val=\"").raw(Palette.hex(rgb)).raw("\"/>");
  }

  private static void size(XmlOut x, int halfPoints) {
    x.raw("<w:sz w:val=\"").num(halfPoints).raw("\"/><w:szCs w:val=\"").num(halfPoints).raw("\"/>");
  }
}

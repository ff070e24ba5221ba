package dev.postmortem.export.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
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
import java.awt.Color;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws the report's blocks with OpenPDF. */
public final class PdfReportWriter implements ReportWriter {
  private static final float BODY = 9.5f;
  private static final float TABLE = 8.3f;

  private final Document doc;
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final ZoneId zone;
  private final Events events;
  private final FontChain chain;

  /**
   * A writer drawing into {@code doc}.
   *
   * @param chain the fonts after the bundled ones, for characters DejaVu lacks
   */
  public PdfReportWriter(Document doc, PdfWriter writer, ZoneId zone, String headerLeft,
      String footerLeft, FontChain chain) {
    this.doc = doc;
    this.writer = writer;
    this.fonts = PdfFonts.get();
    this.chain = chain;
    this.zone = zone;
    this.events = new Events(headerLeft, footerLeft);
    writer.setPageEvent(events);
  }

  private static Color color(int rgb) {
    return new Color(rgb);
  }

  private Font font(BaseFont bf, float size, int rgb) {
    return new Font(bf, size, Font.NORMAL, color(rgb));
  }

  private void add(Element e) {
    try {
      doc.add(e);
    } catch (DocumentException ex) {
      throw new ExportException("cannot lay out the PDF: " + ex.getMessage(), ex);
    }
  }

  private float remaining() {
    return writer.getVerticalPosition(true) - doc.bottom();
  }

  /** Adds {@code text} to {@code p} in {@code bf}, with fallback fonts where it lacks a character. */
  private void chunks(Phrase p, String text, BaseFont bf, float size, int rgb,
      java.util.function.Consumer<Chunk> style) {
    boolean bold = bf == fonts.bold || bf == fonts.condensedBold;
    chain.split(PdfFonts.clean(text), bf, (run, f) -> {
      Chunk c = new Chunk(run, font(f, size, rgb));
      c.setSplitCharacter(LineBreaks.INSTANCE);
      if (bold && f != bf) {
        // a fallback font has no bold face: its glyphs are stroked as well as filled
        c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, color(rgb));
      }
      style.accept(c);
      p.add(c);
    });
  }

  /** One string in one font (and its fallbacks). */
  private Phrase line(String text, BaseFont bf, float size, int rgb) {
    Phrase p = new Phrase(size * 1.38f, "", font(bf, size, rgb));
    chunks(p, text, bf, size, rgb, c -> { });
    return p;
  }

  /**
   * The run direction for a cell holding {@code text}: none (no bidi work) for text without
   * right-to-left characters, else right to left when its first strong character is, else left to
   * right with bidi reordering and Arabic shaping.
   */
  static int runDirection(String text) {
    if (!Scripts.hasRightToLeft(text)) {
      return PdfWriter.RUN_DIRECTION_NO_BIDI;
    }
    return Scripts.of(text).rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
  }

  private Phrase phrase(Text text, float size, int rgb, boolean condensed) {
    Phrase p = new Phrase(size * 1.38f, "", font(condensed ? fonts.condensed : fonts.regular, size, rgb));
    for (Text.Span s : text.spans()) {
      BaseFont bf;
      switch (s.style()) {
        case STRONG:
          bf = condensed ? fonts.condensedBold : fonts.bold;
          break;
        case EMPHASIS:
          bf = condensed ? fonts.condensedItalic : fonts.italic;
          break;
        case CODE:
          bf = fonts.mono;
          break;
        default:
          bf = condensed ? fonts.condensed : fonts.regular;
      }
      boolean link = s.link().isPresent() && Links.isSafe(s.link().get());
      float sz = s.style() == Text.Style.CODE ? size * 0.92f : size;
      boolean code = s.style() == Text.Style.CODE;
      chunks(p, s.text(), bf, sz, link ? Palette.LINK : rgb, c -> {
        if (link) {
          c.setAnchor(s.link().get().strip());
          c.setUnderline(0.4f, -1.5f);
        }
        if (code) {
          c.setBackground(color(Palette.CODE_BG), 0.5f, 1f, 0.5f, 1.5f);
        }
      });
    }
    return p;
  }

  /** The most characters of the footer's running title measured on each page. */
  static final int MAX_FOOTER = 300;

  @Override
  public void title(String title, Text subtitle) {
    PdfPTable band = new PdfPTable(1);
    band.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(5);
    cell.setBorderColorLeft(color(Palette.ACCENT));
    cell.setPaddingLeft(12);
    cell.setPaddingTop(2);
    cell.setPaddingBottom(6);
    cell.setRunDirection(runDirection(title));
    Paragraph kicker = new Paragraph(line(subtitle.plainText().toUpperCase(java.util.Locale.ROOT),
        fonts.bold, 8.5f, Palette.ACCENT_LIGHT));
    kicker.setSpacingAfter(4);
    cell.addElement(kicker);
    Paragraph t = new Paragraph(line(title, fonts.bold, 19, Palette.TEXT));
    t.setLeading(24);
    cell.addElement(t);
    band.addCell(cell);
    band.setSpacingAfter(12);
    add(band);
  }

  private int pendingLevel;
  private String pendingHeading;

  @Override
  public void heading(int level, String text) {
    flush(0);
    pendingLevel = level;
    pendingHeading = text;
  }

  /** Adds the pending heading, first starting a new page unless it fits with {@code need} more. */
  private void flush(float need) {
    if (pendingHeading == null) {
      return;
    }
    String text = pendingHeading;
    int level = pendingLevel;
    pendingHeading = null;
    boolean top = level <= 1;
    float headingHeight = top ? 40 : 24;
    if (remaining() < headingHeight + Math.min(need, 320)) {
      doc.newPage();
    }
    Phrase ph = new Phrase();
    String tag = events.register(level, text);
    chunks(ph, text, fonts.bold, top ? 13.5f : 10.5f, top ? Palette.ACCENT : Palette.TEXT,
        c -> c.setGenericTag(tag));
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell(ph);
    cell.setRunDirection(runDirection(text));
    cell.setBorder(top ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
    cell.setBorderColor(color(Palette.RULE));
    cell.setBorderWidth(0.75f);
    cell.setPaddingLeft(0);
    cell.setPaddingTop(0);
    cell.setPaddingBottom(top ? 5 : 1);
    cell.setUseAscender(true);
    t.addCell(cell);
    t.setSpacingBefore(top ? 16 : 6);
    t.setSpacingAfter(top ? 8 : 4);
    t.setKeepTogether(true);
    add(t);
  }

  /** Adds the pending heading at the end of the report. */
  public void finish() {
    flush(0);
  }

  @Override
  public void paragraph(Text text) {
    flush(40);
    int direction = runDirection(text.plainText());
    if (direction != PdfWriter.RUN_DIRECTION_NO_BIDI) {
      // only table cells and columns lay out right-to-left text and shape Arabic
      PdfPTable t = new PdfPTable(1);
      t.setWidthPercentage(100);
      PdfPCell cell = new PdfPCell(phrase(text, BODY, Palette.TEXT, false));
      cell.setRunDirection(direction);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setPaddingBottom(4);
      cell.setLeading(0, 1.45f);
      t.addCell(cell);
      t.setSpacingAfter(6);
      add(t);
      return;
    }
    Paragraph p = new Paragraph(phrase(text, BODY, Palette.TEXT, false));
    p.setLeading(BODY * 1.45f);
    p.setSpacingAfter(6);
    add(p);
  }

  @Override
  public void codeBlock(String code) {
    flush(40);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    Phrase p = new Phrase(TABLE * 1.35f, "", font(fonts.mono, TABLE, Palette.TEXT));
    chunks(p, code, fonts.mono, TABLE, Palette.TEXT, c -> { });
    PdfPCell cell = new PdfPCell(p);
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(2);
    cell.setBorderColorLeft(color(Palette.RULE));
    cell.setBackgroundColor(color(Palette.CODE_BG));
    cell.setPadding(6);
    cell.setPaddingLeft(8);
    cell.setNoWrap(false);
    t.addCell(cell);
    t.setSpacingBefore(2);
    t.setSpacingAfter(8);
    add(t);
  }

  @Override
  public void facts(List<Fact> facts) {
    flush(60);
    if (facts.isEmpty()) {
      return;
    }
    int pairs = facts.size() > 3 ? 2 : 1;
    PdfPTable t = new PdfPTable(pairs * 2);
    t.setWidthPercentage(100);
    try {
      t.setWidths(pairs == 2 ? new float[] {1.6f, 3.4f, 1.6f, 3.4f} : new float[] {1.6f, 8.4f});
    } catch (DocumentException e) {
      throw new ExportException("cannot lay out facts", e);
    }
    for (Fact f : facts) {
      PdfPCell l = new PdfPCell(line(f.label(), fonts.condensedBold, 8, Palette.MUTED_TEXT));
      PdfPCell v = new PdfPCell(phrase(f.value(), 9, Palette.foreground(f.tone()), false));
      v.setRunDirection(runDirection(f.value().plainText()));
      for (PdfPCell c : new PdfPCell[] {l, v}) {
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(color(0xE6E9ED));
        c.setBorderWidth(0.5f);
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setUseAscender(true);
      }
      int bg = Palette.background(f.tone());
      if (bg >= 0) {
        v.setBackgroundColor(color(bg));
      }
      t.addCell(l);
      t.addCell(v);
    }
    if (facts.size() % pairs != 0) {
      PdfPCell empty = new PdfPCell(new Phrase("", font(fonts.regular, 8, Palette.TEXT)));
      empty.setBorder(Rectangle.NO_BORDER);
      empty.setColspan(2);
      t.addCell(empty);
    }
    t.setSpacingBefore(2);
    t.setSpacingAfter(10);
    add(t);
  }

  @Override
  public void bulletList(List<Text> items) {
    flush(40);
    if (bidiList(items, i -> new Chunk("•", font(fonts.bold, BODY, Palette.ACCENT_LIGHT)), i -> Palette.TEXT)) {
      return;
    }
    com.lowagie.text.List l = new com.lowagie.text.List(false, 12);
    l.setListSymbol(new Chunk("•", font(fonts.bold, BODY, Palette.ACCENT_LIGHT)));
    items(l, items);
  }

  @Override
  public void numberedList(List<Text> items) {
    numberedList(items, 1);
  }

  @Override
  public void numberedList(List<Text> items, int start) {
    flush(50);
    Font symbol = font(fonts.bold, BODY, Palette.ACCENT_LIGHT);
    if (bidiList(items, i -> new Chunk((start + i) + ".", symbol), i -> Palette.TEXT)) {
      return;
    }
    com.lowagie.text.List l = new com.lowagie.text.List(true, 16);
    l.setPreSymbol("");
    l.setPostSymbol(".");
    l.setSymbolIndent(16);
    Font f = font(fonts.bold, BODY, Palette.ACCENT_LIGHT);
    for (int i = 0; i < items.size(); i++) {
      ListItem li = new ListItem(phrase(items.get(i), BODY, Palette.TEXT, false));
      li.setListSymbol(new Chunk((start + i) + ".", f));
      li.setSpacingAfter(3);
      l.add(li);
    }
    l.setIndentationLeft(6);
    addList(l);
  }

  /**
   * A list with right-to-left text as a borderless table of symbol and text, since only table
   * cells lay out right-to-left text and shape Arabic: each item in its own direction, the symbols
   * on the right when the first item is right to left. Does nothing and returns false when no item
   * has right-to-left text.
   */
  private boolean bidiList(List<Text> items, java.util.function.IntFunction<Chunk> symbol,
      java.util.function.IntUnaryOperator color) {
    if (items.stream().noneMatch(t -> Scripts.hasRightToLeft(t.plainText()))) {
      return false;
    }
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    try {
      t.setWidths(new float[] {0.5f, 9.5f});
    } catch (DocumentException e) {
      throw new ExportException("cannot lay out a list: " + e.getMessage(), e);
    }
    if (!items.isEmpty() && Scripts.of(items.get(0).plainText()).rightToLeft()) {
      t.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    }
    for (int i = 0; i < items.size(); i++) {
      PdfPCell mark = new PdfPCell(new Phrase(symbol.apply(i)));
      PdfPCell text = new PdfPCell(phrase(items.get(i), BODY, color.applyAsInt(i), false));
      text.setRunDirection(runDirection(items.get(i).plainText()));
      text.setLeading(0, 1.45f);
      for (PdfPCell c : new PdfPCell[] {mark, text}) {
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(3);
        t.addCell(c);
      }
    }
    t.setSpacingAfter(8);
    add(t);
    return true;
  }

  private void items(com.lowagie.text.List l, List<Text> items) {
    for (Text t : items) {
      ListItem li = new ListItem(phrase(t, BODY, Palette.TEXT, false));
      li.setSpacingAfter(2.5f);
      l.add(li);
    }
    l.setIndentationLeft(6);
    addList(l);
  }

  private void addList(com.lowagie.text.List l) {
    add(l);
    Paragraph gap = new Paragraph(" ", font(fonts.regular, 4, Palette.TEXT));
    gap.setLeading(5);
    add(gap);
  }

  @Override
  public void taskList(List<Task> items) {
    flush(40);
    List<Text> texts = items.stream().map(Task::text).toList();
    if (bidiList(texts, i -> new Chunk(items.get(i).done() ? "☑" : "☐", font(fonts.regular, BODY + 1,
        items.get(i).done() ? Palette.mark(Tone.SUCCESS) : Palette.MUTED_TEXT)),
        i -> items.get(i).done() ? Palette.MUTED_TEXT : Palette.TEXT)) {
      return;
    }
    com.lowagie.text.List l = new com.lowagie.text.List(false, 14);
    for (Task t : items) {
      ListItem li = new ListItem(phrase(t.text(), BODY, t.done() ? Palette.MUTED_TEXT : Palette.TEXT, false));
      li.setListSymbol(new Chunk(t.done() ? "☑" : "☐",
          font(fonts.regular, BODY + 1, t.done() ? Palette.mark(Tone.SUCCESS) : Palette.MUTED_TEXT)));
      li.setSpacingAfter(2.5f);
      l.add(li);
    }
    l.setIndentationLeft(6);
    addList(l);
  }

  /** Long tables are laid out in parts of this many rows (see {@link #table}). */
  static final int TABLE_PART_ROWS = 250;

  /** Rows per part; {@link Integer#MAX_VALUE} lays every table out in one go (for the tests). */
  private int partRows = TABLE_PART_ROWS;

  /**
   * A table with its header row repeated on every page.
   *
   * <p>OpenPDF measures every cell of a table to know its row heights, the larger part of the cost
   * of a long table (a timeline of thousands of events). For a long table the rows are therefore
   * made and measured in parts of {@link #TABLE_PART_ROWS} rows, half of them on a second thread, at
   * the width the page gives the table, and then moved in order into the one table that is added:
   * the same table, rows and heights as when made in one go, whatever the threads do.
   */
  @Override
  public void table(Table table) {
    flush(70);
    float[] widths = ColumnFit.widths(table, doc.right() - doc.left(), 9, TABLE * 1.1f, this::wordWidth);
    PdfPTable t = newTable(table, widths);
    for (Table.Column c : table.columns()) {
      PdfPCell cell = new PdfPCell(line(c.header(), fonts.condensedBold, TABLE, 0xFFFFFF));
      cell.setBackgroundColor(color(Palette.HEADER_BG));
      cell.setBorderColor(color(Palette.HEADER_BG));
      cell.setBorderWidth(0.5f);
      cell.setPadding(4);
      cell.setPaddingBottom(5);
      cell.setUseAscender(true);
      t.addCell(cell);
    }
    List<Table.Row> rows = table.rows();
    if (rows.size() <= 2L * partRows) {
      addRows(t, rows, 0, rows.size());
    } else {
      // the width the document gives a table of 100 %; set now, the rows are measured as added
      float width = doc.right() - doc.left();
      t.setTotalWidth(width);
      int parts = (rows.size() + partRows - 1) / partRows;
      PdfPTable[] made = new PdfPTable[parts];
      int half = parts / 2;
      Thread second = new Thread(() -> makeParts(table, widths, width, made, half, parts), "postmortem-pdf-table");
      second.setDaemon(true);
      Throwable[] failure = new Throwable[1];
      second.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
      second.start();
      makeParts(table, widths, width, made, 0, half);
      try {
        second.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExportException("interrupted while laying out a table", e);
      }
      if (failure[0] instanceof RuntimeException) {
        throw (RuntimeException) failure[0];
      } else if (failure[0] != null) {
        throw new ExportException("cannot lay out a table: " + failure[0], failure[0]);
      }
      for (PdfPTable part : made) {
        t.getRows().addAll(part.getRows());
      }
      t.calculateHeightsFast(); // the total, from the rows' heights
      // unlocked again: OpenPDF measures a table of locked width anew on every page, while one of
      // 100 % keeps its heights as long as the page width is the one they were measured at
      t.setLockedWidth(false);
    }
    t.setSpacingBefore(3);
    t.setSpacingAfter(10);
    add(t);
  }

  /** Sets the rows per part of long tables (for the tests). */
  void partRows(int rows) {
    this.partRows = rows;
  }

  /** A word's width in a table cell, in the font of its style. */
  private float wordWidth(String word, Text.Style style) {
    switch (style) {
      case STRONG:
        return fonts.condensedBold.getWidthPoint(word, TABLE);
      case EMPHASIS:
        return fonts.condensedItalic.getWidthPoint(word, TABLE);
      case CODE:
        return fonts.mono.getWidthPoint(word, TABLE * 0.92f);
      default:
        return fonts.condensed.getWidthPoint(word, TABLE);
    }
  }

  /** A table of the columns' widths ({@link ColumnFit}, measured once for all its parts). */
  private PdfPTable newTable(Table table, float[] widths) {
    int n = table.columns().size();
    PdfPTable t = new PdfPTable(n);
    t.setWidthPercentage(100);
    try {
      t.setWidths(widths);
    } catch (DocumentException e) {
      throw new ExportException("cannot lay out a table: " + e.getMessage(), e);
    }
    t.setHeaderRows(1);
    t.setSplitLate(true);
    t.setSplitRows(true);
    return t;
  }

  /** Makes parts {@code from} to {@code to} of the table's body, measured at {@code width}. */
  private void makeParts(Table table, float[] widths, float width, PdfPTable[] made, int from, int to) {
    List<Table.Row> rows = table.rows();
    for (int part = from; part < to; part++) {
      PdfPTable t = newTable(table, widths);
      t.setHeaderRows(0);
      t.setTotalWidth(width);
      t.setLockedWidth(true);
      addRows(t, rows, part * partRows, Math.min(rows.size(), (part + 1) * partRows));
      made[part] = t;
    }
  }

  /**
   * A cell's text longer than this is split over rows of the table that continue it (no rule
   * between them): OpenPDF splits a cell that does not fit on a page by copying the rest of its
   * text for every page, so one cell of 200,000 characters took minutes.
   */
  static final int MAX_CELL_CHARS = 2_000;

  /** Adds body rows {@code from} to {@code to}; the row's index decides the zebra stripes. */
  private void addRows(PdfPTable t, List<Table.Row> rows, int from, int to) {
    for (int r = from; r < to; r++) {
      Table.Row row = rows.get(r);
      int rowBg = Palette.background(row.highlight());
      List<List<Text>> pieces = new java.util.ArrayList<>();
      int lines = 1;
      for (Table.Cell c : row.cells()) {
        List<Text> p = pieces(c.text(), MAX_CELL_CHARS);
        pieces.add(p);
        lines = Math.max(lines, p.size());
      }
      for (int line = 0; line < lines; line++) {
        for (int i = 0; i < row.cells().size(); i++) {
          Table.Cell c = row.cells().get(i);
          List<Text> p = pieces.get(i);
          Text text = line < p.size() ? p.get(line) : Text.empty();
          PdfPCell cell = new PdfPCell(phrase(text, TABLE, Palette.foreground(c.tone()), true));
          cell.setRunDirection(runDirection(text.plainText()));
          int bg = Palette.background(c.tone());
          if (bg < 0) {
            bg = rowBg >= 0 ? rowBg : r % 2 == 1 ? Palette.ZEBRA : -1;
          }
          if (bg >= 0) {
            cell.setBackgroundColor(color(bg));
          }
          cell.setBorderColor(color(Palette.RULE));
          cell.setBorderWidth(0.5f);
          if (line > 0) {
            cell.setBorderWidthTop(0);
          }
          if (line < lines - 1) {
            cell.setBorderWidthBottom(0);
          }
          cell.setPadding(4);
          cell.setPaddingBottom(5);
          cell.setUseAscender(true);
          t.addCell(cell);
        }
      }
    }
  }

  /**
   * {@code text} in pieces of at most {@code max} characters, cut at a space where there is one
   * in the second half of a piece (never inside a surrogate pair); styles and links kept.
   */
  static List<Text> pieces(Text text, int max) {
    int total = 0;
    for (Text.Span s : text.spans()) {
      total += s.text().length();
    }
    if (total <= max) {
      return List.of(text);
    }
    List<Text> out = new java.util.ArrayList<>();
    Text.Builder b = Text.builder();
    int len = 0;
    for (Text.Span s : text.spans()) {
      String str = s.text();
      int pos = 0;
      while (pos < str.length()) {
        if (len >= max) {
          out.add(b.build());
          b = Text.builder();
          len = 0;
        }
        int room = max - len;
        int end = str.length();
        if (end - pos > room) {
          end = pos + room;
          int space = str.lastIndexOf(' ', end - 1);
          if (space > pos + room / 2) {
            end = space + 1;
          } else if (Character.isHighSurrogate(str.charAt(end - 1)) && end - 1 > pos) {
            end--;
          }
        }
        add(b, s, str.substring(pos, end));
        len += end - pos;
        pos = end;
        if (pos < str.length()) {
          len = max; // the piece is full: the rest of this span starts the next one
        }
      }
    }
    if (!b.isEmpty()) {
      out.add(b.build());
    }
    return out;
  }

  private static void add(Text.Builder b, Text.Span s, String part) {
    if (s.link().isPresent()) {
      b.link(part, s.link().get());
      return;
    }
    switch (s.style()) {
      case STRONG:
        b.strong(part);
        break;
      case EMPHASIS:
        b.emphasis(part);
        break;
      case CODE:
        b.code(part);
        break;
      default:
        b.plain(part);
        break;
    }
  }

  @Override
  public void note(Text text, Tone tone) {
    flush(50);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell(phrase(text, 9, Palette.TEXT, false));
    cell.setRunDirection(runDirection(text.plainText()));
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(3);
    cell.setBorderColorLeft(color(Palette.mark(tone)));
    int bg = Palette.background(tone);
    cell.setBackgroundColor(color(bg >= 0 ? bg : Palette.ZEBRA));
    cell.setPadding(7);
    cell.setPaddingLeft(10);
    t.addCell(cell);
    t.setSpacingBefore(2);
    t.setSpacingAfter(8);
    add(t);
  }

  @Override
  public void timelineChart(TimelineChart chart) {
    float width = doc.right() - doc.left();
    ChartPainter painter = new ChartPainter(chart, width, zone, labels);
    drawing(painter, painter.measure(new PdfCanvas(null, 0)), "the timeline chart");
  }

  /**
   * Draws the graph as a diagram, or as the indented tree when it does not fit on a page.
   *
   * @param graph the graph
   */
  @Override
  public void causeGraph(CauseGraph graph) {
    float width = doc.right() - doc.left();
    PdfCanvas measure = new PdfCanvas(null, 0);
    Optional<CauseGraphLayout> layout = CauseGraphLayout.of(graph, width, (doc.top() - doc.bottom()) * 0.8f,
        measure::textWidth);
    if (layout.isEmpty()) {
      ReportWriter.super.causeGraph(graph);
      return;
    }
    CauseGraphPainter painter = new CauseGraphPainter(layout.get(), labels);
    drawing(painter, painter.height(), "the cause graph");
  }

  /** Draws a picture as vector graphics, on the next page when it does not fit on this one. */
  private void drawing(Drawing painter, float height, String what) {
    float width = doc.right() - doc.left();
    PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
    painter.paint(new PdfCanvas(tpl, height));
    try {
      Image img = Image.getInstance(tpl);
      img.setAlignment(Image.ALIGN_CENTER);
      img.setSpacingBefore(2);
      img.setSpacingAfter(8);
      flush(height + 10);
      if (remaining() < height + 10) {
        doc.newPage();
      }
      add(img);
    } catch (com.lowagie.text.BadElementException e) {
      throw new ExportException("cannot draw " + what, e);
    }
  }

  /** Draws the chart as vector graphics on a template. */
  private final class PdfCanvas implements ChartCanvas {
    private final PdfTemplate t;
    private final float h;

    PdfCanvas(PdfTemplate t, float h) {
      this.t = t;
      this.h = h;
    }

    @Override
    public void rect(float x, float y, float w, float hh, int fill) {
      t.setColorFill(color(fill));
      t.rectangle(x, h - y - hh, w, hh);
      t.fill();
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, int c, float width, boolean dashed) {
      t.saveState();
      t.setColorStroke(color(c));
      t.setLineWidth(width);
      if (dashed) {
        t.setLineDash(2, 2, 0);
      }
      t.moveTo(x1, h - y1);
      t.lineTo(x2, h - y2);
      t.stroke();
      t.restoreState();
    }

    @Override
    public void circle(float cx, float cy, float r, int fill, int stroke) {
      t.setColorFill(color(fill));
      t.setColorStroke(color(stroke));
      t.setLineWidth(0.75f);
      t.circle(cx, h - cy, r);
      t.fillStroke();
    }

    @Override
    public void diamond(float cx, float cy, float r, int fill, int stroke) {
      t.setColorFill(color(fill));
      t.setColorStroke(color(stroke));
      t.setLineWidth(0.75f);
      float y = h - cy;
      t.moveTo(cx, y + r);
      t.lineTo(cx + r, y);
      t.lineTo(cx, y - r);
      t.lineTo(cx - r, y);
      t.closePath();
      t.fillStroke();
    }

    @Override
    public void text(float x, float y, String s, float size, boolean bold, int c, int align) {
      int a = align < 0 ? Element.ALIGN_LEFT : align == 0 ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT;
      Phrase p = PdfReportWriter.this.line(s, bold ? fonts.condensedBold : fonts.condensed, size, c);
      com.lowagie.text.pdf.ColumnText.showTextAligned(t, a, p, x, h - y, 0, runDirection(s), 0);
    }

    @Override
    public void box(float x, float y, float w, float hh, float radius, int fill, int stroke, float strokeWidth) {
      t.setColorFill(color(fill));
      t.setColorStroke(color(stroke));
      t.setLineWidth(strokeWidth);
      t.roundRectangle(x, h - y - hh, w, hh, radius);
      t.fillStroke();
    }

    @Override
    public void curve(float[] s, int c, float width) {
      t.setColorStroke(color(c));
      t.setLineWidth(width);
      t.moveTo(s[0], h - s[1]);
      t.curveTo(s[2], h - s[3], s[4], h - s[5], s[6], h - s[7]);
      t.stroke();
    }

    @Override
    public void polygon(float[] xy, int fill) {
      t.setColorFill(color(fill));
      t.moveTo(xy[0], h - xy[1]);
      for (int i = 2; i + 1 < xy.length; i += 2) {
        t.lineTo(xy[i], h - xy[i + 1]);
      }
      t.closePath();
      t.fill();
    }

    @Override
    public float textWidth(String s, float size, boolean bold) {
      return com.lowagie.text.pdf.ColumnText.getWidth(
          PdfReportWriter.this.line(s, bold ? fonts.condensedBold : fonts.condensed, size, Palette.TEXT));
    }
  }

  /** Bookmarks from headings, running header and footer, "page X of Y". */
  private Labels labels = Labels.of(java.util.Locale.UK);

  /**
   * Sets the labels of the reader's language (English by default).
   *
   * @param labels the labels
   */
  public void labels(Labels labels) {
    this.labels = labels;
  }

  /** Sets the text at the left of every page's footer. */
  public void setFooter(String footer) {
    events.footerLeft = footer;
  }

  private final class Events extends PdfPageEventHelper {
    private final String headerLeft;
    private String footerLeft;
    private final List<String> titles = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final java.util.Set<Integer> outlined = new java.util.HashSet<>();
    private PdfOutline lastTop;
    private PdfTemplate total;

    Events(String headerLeft, String footerLeft) {
      this.headerLeft = headerLeft;
      this.footerLeft = footerLeft;
    }

    String register(int level, String title) {
      titles.add(title);
      levels.add(level);
      return "h" + (titles.size() - 1);
    }

    @Override
    public void onOpenDocument(PdfWriter w, Document d) {
      total = w.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
      int i = Integer.parseInt(tag.substring(1));
      if (!outlined.add(i)) {
        return;
      }
      PdfDestination dest = new PdfDestination(PdfDestination.XYZ, d.left(), rect.getTop() + 14, 0);
      PdfOutline root = w.getDirectContent().getRootOutline();
      if (levels.get(i) <= 1 || lastTop == null) {
        lastTop = new PdfOutline(root, dest, titles.get(i), true);
      } else {
        new PdfOutline(lastTop, dest, titles.get(i), false);
      }
    }

    @Override
    public void onEndPage(PdfWriter w, Document d) {
      PdfContentByte cb = w.getDirectContent();
      float size = 7.5f;
      BaseFont f = fonts.condensed;
      int page = w.getPageNumber();
      if (page > 1) {
        float y = d.top() + 22;
        com.lowagie.text.pdf.ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
            line(headerLeft, f, size, Palette.MUTED_TEXT), d.left(), y, 0);
        cb.setColorStroke(color(Palette.RULE));
        cb.setLineWidth(0.5f);
        cb.moveTo(d.left(), y - 5);
        cb.lineTo(d.right(), y - 5);
        cb.stroke();
      }
      float fy = d.bottom() - 26;
      cb.setColorStroke(color(Palette.RULE));
      cb.setLineWidth(0.5f);
      cb.moveTo(d.left(), fy + 10);
      cb.lineTo(d.right(), fy + 10);
      cb.stroke();
      String left = PdfFonts.clean(footerLeft);
      // no footer line holds more than a few hundred characters: cut a long title first, so that
      // the shortening below measures a bounded line (it ran once per character of a 256 Ki title)
      if (left.codePointCount(0, left.length()) > MAX_FOOTER) {
        left = left.substring(0, left.offsetByCodePoints(0, MAX_FOOTER)) + "…";
      }
      float maxLeft = (d.right() - d.left()) * 0.7f;
      while (com.lowagie.text.pdf.ColumnText.getWidth(line(left, f, size, Palette.MUTED_TEXT)) > maxLeft
          && left.length() > 4) {
        left = left.substring(0, left.offsetByCodePoints(left.length(), -2)) + "…";
      }
      String pageFormat = labels.get("page.of", page, "{1}");
      String pageText = pageFormat.substring(0, pageFormat.indexOf("{1}"));
      float totalWidth = f.getWidthPoint("999", size);
      com.lowagie.text.pdf.ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
          line(left, f, size, Palette.MUTED_TEXT), d.left(), fy, 0, runDirection(left), 0);
      cb.beginText();
      cb.setFontAndSize(f, size);
      cb.setColorFill(color(Palette.MUTED_TEXT));
      cb.showTextAligned(Element.ALIGN_RIGHT, pageText, d.right() - totalWidth, fy, 0);
      cb.endText();
      cb.addTemplate(total, d.right() - totalWidth, fy);
    }

    @Override
    public void onCloseDocument(PdfWriter w, Document d) {
      total.beginText();
      total.setFontAndSize(fonts.condensed, 7.5f);
      total.setColorFill(color(Palette.MUTED_TEXT));
      total.showTextAligned(Element.ALIGN_LEFT, Integer.toString(w.getPageNumber() - 1), 0, 0, 0);
      total.endText();
    }
  }
}

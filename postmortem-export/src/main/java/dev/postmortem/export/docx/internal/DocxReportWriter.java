package dev.postmortem.export.docx.internal;

import dev.postmortem.export.ExportException;
import dev.postmortem.export.Fact;
import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.TimelineChart;
import dev.postmortem.export.Tone;
import dev.postmortem.export.internal.ChartPainter;
import dev.postmortem.export.internal.Links;
import dev.postmortem.export.internal.Palette;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes the report's blocks into a Word document with Apache POI. */
public final class DocxReportWriter implements ReportWriter {
  private static final String FONT = "Arial";
  private static final String MONO = "Courier New";
  /** Half-points. */
  private static final int BODY = 20;
  private static final int SMALL = 17;

  private final XWPFDocument doc;
  private final ZoneId zone;
  private final boolean toc;
  private final int textWidth;
  private final BigInteger bulletAbstract;
  private final BigInteger decimalAbstract;
  private final BigInteger bulletNum;
  private final List<String[]> headings = new ArrayList<>();
  private XWPFParagraph tocPlaceholder;
  private int bookmark;
  private int pictures;

  /**
   * A writer on a new document.
   *
   * @param letter US Letter paper instead of A4
   * @param toc whether a table of contents follows the title block
   */
  public DocxReportWriter(XWPFDocument doc, ZoneId zone, boolean letter, boolean toc) {
    this.doc = doc;
    this.zone = zone;
    this.toc = toc;
    int pageW = letter ? 12240 : 11906;
    int pageH = letter ? 15840 : 16838;
    int margin = 1080;
    this.textWidth = pageW - 2 * margin;
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz sz = sect.addNewPgSz();
    sz.setW(BigInteger.valueOf(pageW));
    sz.setH(BigInteger.valueOf(pageH));
    CTPageMar mar = sect.addNewPgMar();
    mar.setLeft(BigInteger.valueOf(margin));
    mar.setRight(BigInteger.valueOf(margin));
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    styles();
    XWPFNumbering numbering = doc.createNumbering();
    bulletAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, true), numbering));
    decimalAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, false), numbering));
    bulletNum = numbering.addNum(bulletAbstract);
  }

  // ------------------------------------------------------------------ styles

  private void styles() {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.addStyle(paragraphStyle("Normal", "Normal", null, -1, BODY, false, Palette.TEXT, 0, 120));
    styles.addStyle(paragraphStyle("Title", "Title", "Normal", -1, 40, true, Palette.TEXT, 0, 80));
    styles.addStyle(paragraphStyle("Subtitle", "Subtitle", "Normal", -1, 18, true, Palette.ACCENT_LIGHT, 0, 40));
    styles.addStyle(paragraphStyle("Heading1", "heading 1", "Normal", 0, 28, true, Palette.ACCENT, 360, 120));
    styles.addStyle(paragraphStyle("Heading2", "heading 2", "Normal", 1, 22, true, Palette.TEXT, 200, 80));
    styles.addStyle(paragraphStyle("TOCHeading", "TOC Heading", "Normal", -1, 24, true, Palette.ACCENT, 240, 120));
    styles.addStyle(paragraphStyle("TOC1", "toc 1", "Normal", -1, BODY, false, Palette.TEXT, 0, 60));
    styles.addStyle(paragraphStyle("TOC2", "toc 2", "Normal", -1, BODY, false, Palette.TEXT, 0, 40));
    styles.addStyle(paragraphStyle("ListParagraph", "List Paragraph", "Normal", -1, BODY, false, Palette.TEXT, 0, 60));
    CTStyle link = CTStyle.Factory.newInstance();
    link.setStyleId("Hyperlink");
    link.setType(STStyleType.CHARACTER);
    link.addNewName().setVal("Hyperlink");
    CTRPr lr = link.addNewRPr();
    lr.addNewColor().setVal(Palette.hex(Palette.LINK));
    lr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
    styles.addStyle(new XWPFStyle(link, styles));
  }

  private XWPFStyle paragraphStyle(String id, String name, String basedOn, int outline, int size,
      boolean bold, int color, int before, int after) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    s.addNewNext().setVal("Normal");
    s.addNewQFormat();
    if (outline >= 0) {
      s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    }
    if (id.equals("Normal")) {
      s.setDefault(true);
    }
    CTPPrGeneral ppr = s.addNewPPr();
    if (outline >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      ppr.addNewKeepNext();
      ppr.addNewKeepLines();
    }
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    spacing.setLine(BigInteger.valueOf(id.startsWith("Heading") || id.equals("Title") ? 240 : 264));
    spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
    if (id.equals("Heading1")) {
      var border = ppr.addNewPBdr().addNewBottom();
      border.setVal(STBorder.SINGLE);
      border.setSz(BigInteger.valueOf(6));
      border.setSpace(BigInteger.valueOf(4));
      border.setColor(Palette.hex(Palette.RULE));
    }
    if (id.equals("TOC2")) {
      ppr.addNewInd().setLeft(BigInteger.valueOf(360));
    }
    CTRPr rpr = s.addNewRPr();
    if (bold) {
      rpr.addNewB();
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(size));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
    rpr.addNewColor().setVal(Palette.hex(color));
    return new XWPFStyle(s, doc.getStyles());
  }

  private static CTAbstractNum abstractNum(int id, boolean bullet) {
    CTAbstractNum a = CTAbstractNum.Factory.newInstance();
    a.setAbstractNumId(BigInteger.valueOf(id));
    CTLvl lvl = a.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
    lvl.addNewLvlText().setVal(bullet ? "•" : "%1.");
    lvl.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
    var ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(360));
    ind.setHanging(BigInteger.valueOf(360));
    CTRPr r = lvl.addNewRPr();
    r.addNewColor().setVal(Palette.hex(Palette.ACCENT_LIGHT));
    if (!bullet) {
      r.addNewB();
    }
    return a;
  }

  // ------------------------------------------------------------------ header, footer, toc

  /** Adds the running header and footer with "Page X of Y". */
  public void headerFooter(String headerText, String footerText) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph hp = header.createParagraph();
    hp.setSpacingAfter(0);
    XWPFRun hr = hp.createRun();
    hr.setText(headerText);
    small(hr, Palette.MUTED_TEXT);
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph fp = footer.createParagraph();
    fp.setSpacingAfter(0);
    CTTabStop tab = fp.getCTP().addNewPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(textWidth));
    var top = fp.getCTP().getPPr().addNewPBdr().addNewTop();
    top.setVal(STBorder.SINGLE);
    top.setSz(BigInteger.valueOf(4));
    top.setSpace(BigInteger.valueOf(4));
    top.setColor(Palette.hex(Palette.RULE));
    XWPFRun left = fp.createRun();
    left.setText(footerText);
    small(left, Palette.MUTED_TEXT);
    left.addTab();
    XWPFRun page = fp.createRun();
    page.setText("Page ");
    small(page, Palette.MUTED_TEXT);
    field(fp, "PAGE", "1");
    XWPFRun of = fp.createRun();
    of.setText(" of ");
    small(of, Palette.MUTED_TEXT);
    field(fp, "NUMPAGES", "1");
  }

  private static void small(XWPFRun r, int color) {
    r.setFontSize(8);
    r.setColor(Palette.hex(color));
  }

  private static void field(XWPFParagraph p, String instr, String cached) {
    CTSimpleField f = p.getCTP().addNewFldSimple();
    f.setInstr(instr);
    CTR r = f.addNewR();
    CTRPr rpr = r.addNewRPr();
    rpr.addNewSz().setVal(BigInteger.valueOf(16));
    rpr.addNewColor().setVal(Palette.hex(Palette.MUTED_TEXT));
    r.addNewT().setStringValue(cached);
  }

  /** Writes the table of contents, once every heading is known. */
  public void finish() {
    if (tocPlaceholder == null) {
      return;
    }
    XWPFParagraph first = insertBefore(tocPlaceholder);
    first.setStyle("TOC1");
    fldChar(first, STFldCharType.BEGIN);
    XWPFRun instr = first.createRun();
    instr.getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
    fldChar(first, STFldCharType.SEPARATE);
    XWPFParagraph p = first;
    List<String[]> entries = new ArrayList<>();
    for (String[] h : headings) {
      if (h[0].equals("1")) {
        entries.add(h);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      String[] h = entries.get(i);
      if (i > 0) {
        p = insertBefore(tocPlaceholder);
      }
      p.setStyle(h[0].equals("1") ? "TOC1" : "TOC2");
      CTHyperlink link = p.getCTP().addNewHyperlink();
      link.setAnchor(h[2]);
      CTR r = link.addNewR();
      CTRPr rpr = r.addNewRPr();
      if (h[0].equals("1")) {
        rpr.addNewB();
      }
      rpr.addNewColor().setVal(Palette.hex(h[0].equals("1") ? Palette.ACCENT : Palette.TEXT));
      r.addNewT().setStringValue(h[1]);
    }
    fldChar(p, STFldCharType.END);
    tocPlaceholder.setPageBreak(true);
  }

  private XWPFParagraph insertBefore(XWPFParagraph anchor) {
    try (XmlCursor c = anchor.getCTP().newCursor()) {
      return doc.insertNewParagraph(c);
    }
  }

  private static void fldChar(XWPFParagraph p, STFldCharType.Enum type) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(type);
  }

  // ------------------------------------------------------------------ text

  private void runs(XWPFParagraph p, Text text, int halfPoints, int color) {
    for (Text.Span s : text.spans()) {
      boolean link = s.link().isPresent() && Links.isSafe(s.link().get());
      String[] lines = s.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
      XWPFRun r = link ? p.createHyperlinkRun(s.link().get().strip()) : p.createRun();
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          r.addBreak();
        }
        r.setText(clean(lines[i]), i);
      }
      r.setFontSize(halfPoints / 2.0);
      switch (s.style()) {
        case STRONG:
          r.setBold(true);
          break;
        case EMPHASIS:
          r.setItalic(true);
          break;
        case CODE:
          r.setFontFamily(MONO);
          r.setFontSize(halfPoints / 2.0 - 0.5);
          break;
        default:
          break;
      }
      if (link) {
        r.setColor(Palette.hex(Palette.LINK));
        r.setUnderline(UnderlinePatterns.SINGLE);
        ((XWPFHyperlinkRun) r).setStyle("Hyperlink");
      } else if (color != Palette.TEXT) {
        r.setColor(Palette.hex(color));
      }
    }
  }

  /** Removes characters XML 1.0 cannot hold. */
  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
      if (!ok) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append('\uFFFD');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  @Override
  public void title(String title, Text subtitle) {
    XWPFParagraph sub = doc.createParagraph();
    sub.setStyle("Subtitle");
    XWPFRun sr = sub.createRun();
    sr.setText(clean(subtitle.plainText().toUpperCase(java.util.Locale.ROOT)));
    sr.setCharacterSpacing(10);
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Title");
    p.createRun().setText(clean(title));
  }

  @Override
  public void heading(int level, String text) {
    if (level <= 1 && toc && tocPlaceholder == null) {
      XWPFParagraph label = doc.createParagraph();
      label.setStyle("TOCHeading");
      label.createRun().setText("Contents");
      tocPlaceholder = doc.createParagraph();
      tocPlaceholder.setSpacingAfter(0);
    }
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(level <= 1 ? "Heading1" : "Heading2");
    String name = "_Toc" + (++bookmark);
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setName(name);
    start.setId(BigInteger.valueOf(bookmark));
    p.createRun().setText(clean(text));
    p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmark));
    headings.add(new String[] {level <= 1 ? "1" : "2", text, name});
  }

  @Override
  public void paragraph(Text text) {
    XWPFParagraph p = doc.createParagraph();
    runs(p, text, BODY, Palette.TEXT);
  }

  @Override
  public void facts(List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    int pairs = facts.size() > 3 ? 2 : 1;
    int rows = (facts.size() + pairs - 1) / pairs;
    XWPFTable t = doc.createTable(rows, pairs * 2);
    width(t);
    float[] widths = pairs == 2 ? new float[] {1.6f, 3.4f, 1.6f, 3.4f} : new float[] {1.6f, 8.4f};
    borders(t, false);
    for (int i = 0; i < rows * pairs; i++) {
      XWPFTableRow row = t.getRow(i / pairs);
      XWPFTableCell l = row.getCell((i % pairs) * 2);
      XWPFTableCell v = row.getCell((i % pairs) * 2 + 1);
      cellWidth(l, widths, (i % pairs) * 2);
      cellWidth(v, widths, (i % pairs) * 2 + 1);
      if (i >= facts.size()) {
        continue;
      }
      Fact f = facts.get(i);
      XWPFParagraph lp = cellParagraph(l);
      XWPFRun lr = lp.createRun();
      lr.setText(clean(f.label()));
      lr.setBold(true);
      lr.setFontSize(8);
      lr.setColor(Palette.hex(Palette.MUTED_TEXT));
      runs(cellParagraph(v), f.value(), 19, Palette.foreground(f.tone()));
      int bg = Palette.background(f.tone());
      if (bg >= 0) {
        v.setColor(Palette.hex(bg));
      }
    }
    spacer(80);
  }

  private void spacer(int after) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(after);
    p.setSpacingBefore(0);
    XWPFRun r = p.createRun();
    r.setFontSize(4);
  }

  @Override
  public void bulletList(List<Text> items) {
    for (Text t : items) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("ListParagraph");
      p.setNumID(bulletNum);
      p.setNumILvl(BigInteger.ZERO);
      runs(p, t, BODY, Palette.TEXT);
    }
  }

  @Override
  public void numberedList(List<Text> items) {
    XWPFNumbering numbering = doc.getNumbering();
    BigInteger num = numbering.addNum(decimalAbstract);
    CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
    override.setIlvl(BigInteger.ZERO);
    override.addNewStartOverride().setVal(BigInteger.ONE);
    for (Text t : items) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("ListParagraph");
      p.setNumID(num);
      p.setNumILvl(BigInteger.ZERO);
      runs(p, t, BODY, Palette.TEXT);
    }
  }

  @Override
  public void taskList(List<Task> items) {
    for (Task t : items) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("ListParagraph");
      p.setIndentationLeft(360);
      p.setIndentationHanging(360);
      XWPFRun box = p.createRun();
      box.setText(t.done() ? "☑" : "☐");
      box.setFontFamily("Segoe UI Symbol");
      box.setColor(Palette.hex(t.done() ? Palette.mark(Tone.SUCCESS) : Palette.MUTED_TEXT));
      box.addTab();
      runs(p, t.text(), BODY, t.done() ? Palette.MUTED_TEXT : Palette.TEXT);
    }
  }

  private void width(XWPFTable t) {
    CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW()
        ? t.getCTTbl().getTblPr().getTblW() : t.getCTTbl().getTblPr().addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(textWidth));
    t.setTableAlignment(TableRowAlign.LEFT);
    t.setCellMargins(30, 90, 30, 90);
  }

  private void cellWidth(XWPFTableCell c, float[] widths, int col) {
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(Math.round(textWidth * widths[col] / sum)));
  }

  private static void borders(XWPFTable t, boolean grid) {
    String rule = Palette.hex(Palette.RULE);
    if (grid) {
      t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
      t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
      t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
      t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
      t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
      t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
    } else {
      t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
      t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
      t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
      t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
      t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "E6E9ED");
      t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "E6E9ED");
    }
  }

  private static XWPFParagraph cellParagraph(XWPFTableCell c) {
    XWPFParagraph p = c.getParagraphs().get(0);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    return p;
  }

  @Override
  public void table(Table table) {
    int cols = table.columns().size();
    XWPFTable t = doc.createTable(table.rows().size() + 1, cols);
    width(t);
    borders(t, true);
    float[] widths = new float[cols];
    for (int i = 0; i < cols; i++) {
      widths[i] = table.columns().get(i).width();
    }
    XWPFTableRow head = t.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int i = 0; i < cols; i++) {
      XWPFTableCell c = head.getCell(i);
      cellWidth(c, widths, i);
      c.setColor(Palette.hex(Palette.HEADER_BG));
      XWPFRun r = cellParagraph(c).createRun();
      r.setText(clean(table.columns().get(i).header()));
      r.setBold(true);
      r.setFontSize(SMALL / 2.0);
      r.setColor("FFFFFF");
    }
    for (int ri = 0; ri < table.rows().size(); ri++) {
      Table.Row row = table.rows().get(ri);
      XWPFTableRow xr = t.getRow(ri + 1);
      xr.setCantSplitRow(true);
      int rowBg = Palette.background(row.highlight());
      for (int i = 0; i < cols; i++) {
        Table.Cell cell = row.cells().get(i);
        XWPFTableCell c = xr.getCell(i);
        cellWidth(c, widths, i);
        int bg = Palette.background(cell.tone());
        if (bg < 0) {
          bg = rowBg >= 0 ? rowBg : ri % 2 == 1 ? Palette.ZEBRA : -1;
        }
        if (bg >= 0) {
          c.setColor(Palette.hex(bg));
        }
        runs(cellParagraph(c), cell.text(), SMALL, Palette.foreground(cell.tone()));
      }
    }
    spacer(60);
  }

  @Override
  public void note(Text text, Tone tone) {
    XWPFTable t = doc.createTable(1, 1);
    width(t);
    t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 24, 0, Palette.hex(Palette.mark(tone)));
    XWPFTableCell c = t.getRow(0).getCell(0);
    cellWidth(c, new float[] {1}, 0);
    int bg = Palette.background(tone);
    c.setColor(Palette.hex(bg >= 0 ? bg : Palette.ZEBRA));
    runs(cellParagraph(c), text, 19, Palette.TEXT);
    spacer(60);
  }

  @Override
  public void timelineChart(TimelineChart chart) {
    float widthPt = textWidth / 20f;
    ChartPainter painter = new ChartPainter(chart, widthPt, zone);
    byte[] png = ChartImage.png(painter, widthPt);
    float heightPt = painter.measure(ChartImage.measuring());
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    try {
      pictures++;
      p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.common.usermodel.PictureType.PNG,
          "timeline-" + pictures + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
    } catch (InvalidFormatException | IOException e) {
      throw new ExportException("cannot add the timeline chart to the DOCX", e);
    }
  }
}

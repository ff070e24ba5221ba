package dev.postmortem.export.docx.internal;

import dev.postmortem.export.internal.Palette;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Assembles the DOCX package. POI builds everything but the body: styles, numbering, header and
 * footer, document properties, the chart images and the hyperlink relationships (all small, and
 * what POI is good at). The package is then copied entry by entry into the output ZIP with one
 * fixed entry time, and {@code word/document.xml} is streamed by {@link DocxBodyWriter} in place of
 * POI's empty one, so the body is never built as a DOM or held as a whole.
 */
public final class DocxPackage {
  private static final String DOCUMENT = "word/document.xml";
  /** Half-points. */
  private static final int BODY = 20;

  private DocxPackage() {}

  /**
   * Writes the package.
   *
   * @param properties fills in the document properties
   * @param time every ZIP entry's time
   * @param out receives the file; it is not closed
   */
  public static void write(DocxBodyWriter body, String headerText, String footerText,
      Consumer<XWPFDocument> properties, Instant time, OutputStream out) throws IOException {
    byte[] skeleton;
    // Not closed: closing a package made in memory saves it once more, into a buffer nobody reads
    // (a tenth of the export's time); revert() drops it instead.
    XWPFDocument doc = new XWPFDocument();
    try {
      styles(doc);
      numbering(doc, body.numberedLists());
      XWPFHeader header = header(doc, headerText);
      XWPFFooter footer = footer(doc, footerText, body.textWidth());
      body.headerFooter(doc.getRelationId(header), doc.getRelationId(footer));
      for (DocxBodyWriter.Picture p : body.pictures()) {
        p.relationId(doc.addPictureData(p.png(), PictureType.PNG));
      }
      for (Map.Entry<String, String> link : body.links().entrySet()) {
        doc.getPackagePart().addExternalRelationship(link.getKey(), XWPFRelation.HYPERLINK.getRelation(),
            link.getValue());
      }
      properties.accept(doc);
      UnsynchronizedByteArrayOutputStream buffer = UnsynchronizedByteArrayOutputStream.builder()
          .setBufferSize(64 * 1024).get();
      doc.write(buffer);
      skeleton = buffer.toByteArray();
    } catch (InvalidFormatException e) {
      throw new IOException("cannot add the timeline chart: " + e.getMessage(), e);
    } finally {
      doc.getPackage().revert();
    }
    // the DOS time fields are local times: set them from UTC directly, never through the JVM's
    // default time zone (setTime and setLastModifiedTime do), or the bytes depend on it
    LocalDateTime t = LocalDateTime.ofInstant(
        time.getEpochSecond() < 315532800L ? Instant.ofEpochSecond(315532800L) : time, ZoneOffset.UTC);
    boolean bodyWritten = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
        ZipOutputStream z = new ZipOutputStream(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        })) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(t);
        // PNG is compressed already; deflating it again costs time and gains nothing
        z.setLevel(e.getName().endsWith(".png") ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
        z.putNextEntry(copy);
        if (e.getName().equals(DOCUMENT)) {
          body.write(new XmlOut(z));
          bodyWritten = true;
        } else {
          in.transferTo(z);
        }
        z.closeEntry();
      }
      z.finish();
    }
    if (!bodyWritten) {
      throw new IllegalStateException("POI wrote no " + DOCUMENT);
    }
  }

  /** {@code s} with the characters XML 1.0 cannot hold replaced by U+FFFD. */
  public static String clean(String s) {
    return XmlOut.clean(s);
  }

  // ------------------------------------------------------------------ styles

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    String font = DocxBodyWriter.FONT;
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(font);
    styles.setDefaultFonts(fonts);
    styles.addStyle(paragraphStyle(styles, "Normal", "Normal", null, -1, BODY, false, Palette.TEXT, 0, 120));
    styles.addStyle(paragraphStyle(styles, "Title", "Title", "Normal", -1, 40, true, Palette.TEXT, 0, 80));
    styles.addStyle(paragraphStyle(styles, "Subtitle", "Subtitle", "Normal", -1, 18, true, Palette.ACCENT_LIGHT, 0, 40));
    styles.addStyle(paragraphStyle(styles, "Heading1", "heading 1", "Normal", 0, 28, true, Palette.ACCENT, 360, 120));
    styles.addStyle(paragraphStyle(styles, "Heading2", "heading 2", "Normal", 1, 22, true, Palette.TEXT, 200, 80));
    styles.addStyle(paragraphStyle(styles, "TOCHeading", "TOC Heading", "Normal", -1, 24, true, Palette.ACCENT, 240, 120));
    styles.addStyle(paragraphStyle(styles, "TOC1", "toc 1", "Normal", -1, BODY, false, Palette.TEXT, 0, 60));
    styles.addStyle(paragraphStyle(styles, "TOC2", "toc 2", "Normal", -1, BODY, false, Palette.TEXT, 0, 40));
    styles.addStyle(paragraphStyle(styles, "ListParagraph", "List Paragraph", "Normal", -1, BODY, false, Palette.TEXT, 0, 60));
    CTStyle link = CTStyle.Factory.newInstance();
    link.setStyleId("Hyperlink");
    link.setType(STStyleType.CHARACTER);
    link.addNewName().setVal("Hyperlink");
    CTRPr lr = link.addNewRPr();
    lr.addNewColor().setVal(Palette.hex(Palette.LINK));
    lr.addNewU().setVal(STUnderline.SINGLE);
    styles.addStyle(new XWPFStyle(link, styles));
  }

  private static XWPFStyle paragraphStyle(XWPFStyles styles, String id, String name, String basedOn,
      int outline, int size, boolean bold, int color, int before, int after) {
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
      ppr.addNewKeepNext();
      ppr.addNewKeepLines();
    }
    if (id.equals("Heading1")) {
      var border = ppr.addNewPBdr().addNewBottom();
      border.setVal(STBorder.SINGLE);
      border.setSz(BigInteger.valueOf(6));
      border.setSpace(BigInteger.valueOf(4));
      border.setColor(Palette.hex(Palette.RULE));
    }
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    spacing.setLine(BigInteger.valueOf(id.startsWith("Heading") || id.equals("Title") ? 240 : 264));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    if (id.equals("TOC2")) {
      ppr.addNewInd().setLeft(BigInteger.valueOf(360));
    }
    if (outline >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    CTRPr rpr = s.addNewRPr();
    if (bold) {
      rpr.addNewB();
    }
    rpr.addNewColor().setVal(Palette.hex(color));
    rpr.addNewSz().setVal(BigInteger.valueOf(size));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
    return new XWPFStyle(s, styles);
  }

  // ------------------------------------------------------------------ numbering

  private static void numbering(XWPFDocument doc, int numberedLists) {
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger bullet = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, true), numbering));
    BigInteger decimal = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, false), numbering));
    expect(numbering.addNum(bullet), DocxBodyWriter.BULLET_NUM);
    for (int i = 1; i <= numberedLists; i++) {
      BigInteger num = numbering.addNum(decimal);
      expect(num, DocxBodyWriter.BULLET_NUM + i);
      CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
      override.setIlvl(BigInteger.ZERO);
      override.addNewStartOverride().setVal(BigInteger.ONE);
    }
  }

  private static void expect(BigInteger actual, int expected) {
    if (actual.intValue() != expected) {
      throw new IllegalStateException("numbering " + actual + " where the body refers to " + expected);
    }
  }

  private static CTAbstractNum abstractNum(int id, boolean bullet) {
    CTAbstractNum a = CTAbstractNum.Factory.newInstance();
    a.setAbstractNumId(BigInteger.valueOf(id));
    CTLvl lvl = a.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
    lvl.addNewLvlText().setVal(bullet ? "\u2022" : "%1.");
    lvl.addNewLvlJc().setVal(STJc.LEFT);
    var ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(360));
    ind.setHanging(BigInteger.valueOf(360));
    CTRPr r = lvl.addNewRPr();
    if (!bullet) {
      r.addNewB();
    }
    r.addNewColor().setVal(Palette.hex(Palette.ACCENT_LIGHT));
    return a;
  }

  // ------------------------------------------------------------------ header and footer

  private static XWPFHeader header(XWPFDocument doc, String text) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph hp = header.createParagraph();
    hp.setSpacingAfter(0);
    XWPFRun hr = hp.createRun();
    hr.setText(XmlOut.clean(text));
    small(hr);
    return header;
  }

  /** The footer: the title on the left, "Page X of Y" on a right tab stop, a rule above. */
  private static XWPFFooter footer(XWPFDocument doc, String text, int textWidth) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph fp = footer.createParagraph();
    CTPPr ppr = fp.getCTP().addNewPPr();
    var top = ppr.addNewPBdr().addNewTop();
    top.setVal(STBorder.SINGLE);
    top.setSz(BigInteger.valueOf(4));
    top.setSpace(BigInteger.valueOf(4));
    top.setColor(Palette.hex(Palette.RULE));
    CTTabStop tab = ppr.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(textWidth));
    ppr.addNewSpacing().setAfter(BigInteger.ZERO);
    XWPFRun left = fp.createRun();
    left.setText(XmlOut.clean(text));
    small(left);
    left.addTab();
    XWPFRun page = fp.createRun();
    page.setText("Page ");
    small(page);
    field(fp, "PAGE");
    XWPFRun of = fp.createRun();
    of.setText(" of ");
    small(of);
    field(fp, "NUMPAGES");
    return footer;
  }

  private static void small(XWPFRun r) {
    r.setColor(Palette.hex(Palette.MUTED_TEXT));
    r.setFontSize(8);
  }

  private static void field(XWPFParagraph p, String instr) {
    CTSimpleField f = p.getCTP().addNewFldSimple();
    f.setInstr(instr);
    CTR r = f.addNewR();
    CTRPr rpr = r.addNewRPr();
    rpr.addNewColor().setVal(Palette.hex(Palette.MUTED_TEXT));
    rpr.addNewSz().setVal(BigInteger.valueOf(16));
    r.addNewT().setStringValue("1");
  }
}

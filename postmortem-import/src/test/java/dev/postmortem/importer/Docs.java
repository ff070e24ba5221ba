package dev.postmortem.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds Word documents and hostile zip files for tests. */
final class Docs {
  private Docs() {}

  /** A small Word builder over POI. */
  static final class Word {
    final XWPFDocument doc = new XWPFDocument();
    private BigInteger bullets;
    private BigInteger numbers;

    Word heading(int level, String text) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("Heading" + level);
      p.createRun().setText(text);
      return this;
    }

    Word para(String text) {
      doc.createParagraph().createRun().setText(text);
      return this;
    }

    Word boldLead(String lead, String rest) {
      XWPFParagraph p = doc.createParagraph();
      XWPFRun r = p.createRun();
      r.setBold(true);
      r.setText(lead);
      p.createRun().setText(rest);
      return this;
    }

    Word bullet(String text) {
      return item(text, false, 0);
    }

    Word numbered(String text) {
      return item(text, true, 0);
    }

    Word item(String text, boolean ordered, int level) {
      XWPFParagraph p = doc.createParagraph();
      p.setNumID(ordered ? numbers() : bullets());
      p.setNumILvl(BigInteger.valueOf(level));
      p.createRun().setText(text);
      return this;
    }

    Word table(String[]... rows) {
      XWPFTable t = doc.createTable(rows.length, rows[0].length);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          t.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
      return this;
    }

    private BigInteger bullets() {
      if (bullets == null) {
        bullets = numbering(STNumberFormat.BULLET, 1);
      }
      return bullets;
    }

    private BigInteger numbers() {
      if (numbers == null) {
        numbers = numbering(STNumberFormat.DECIMAL, 2);
      }
      return numbers;
    }

    private BigInteger numbering(STNumberFormat.Enum fmt, int id) {
      XWPFNumbering numbering = doc.createNumbering();
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.valueOf(id));
      for (int l = 0; l < 3; l++) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(l));
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(fmt == STNumberFormat.BULLET ? "•" : "%" + (l + 1) + ".");
      }
      BigInteger absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs, numbering));
      return numbering.addNum(absId);
    }

    byte[] bytes() {
      try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        doc.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A zip with the given entries (name, content). */
  static byte[] zip(Object... entries) {
    try (ByteArrayOutputStream bos = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(bos)) {
      for (int i = 0; i < entries.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) entries[i]));
        Object c = entries[i + 1];
        z.write(c instanceof byte[] b ? b : ((String) c).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      z.finish();
      return bos.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

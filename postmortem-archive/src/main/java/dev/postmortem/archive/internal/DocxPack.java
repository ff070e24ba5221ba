package dev.postmortem.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The review pack as a Word document, written as Office Open XML directly: styles for the title
 * and headings, tables with a repeated header row and shaded alert rows, charts as PNG pictures.
 * Every zip entry has a fixed time, so the bytes depend only on the blocks.
 */
public final class DocxPack {
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  /** Text width of a landscape A4 page with 1.27 cm margins, in twentieths of a point. */
  private static final int TEXT_TWIPS = 16838 - 2 * 720;
  private static final long EMU_PER_TWIP = 635;

  private final StringBuilder body = new StringBuilder(65536);
  private final List<byte[]> images = new ArrayList<>();

  private DocxPack() {}

  /** The DOCX of the blocks. */
  public static byte[] render(List<Block> blocks) {
    DocxPack p = new DocxPack();
    for (Block b : blocks) {
      p.block(b);
    }
    return p.zip();
  }

  private void block(Block b) {
    if (b instanceof Block.Heading h) {
      String style = h.level() == 0 ? "Title" : "Heading" + h.level();
      body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
      if (h.level() == 1 && Character.isDigit(h.text().charAt(0))) {
        body.append("<w:pageBreakBefore/>");
      }
      body.append("</w:pPr>").append(run(h.text(), false, 0)).append("</w:p>");
    } else if (b instanceof Block.Para p) {
      body.append("<w:p>");
      if (!p.lead().isEmpty()) {
        body.append(run(p.lead(), true, 0));
      }
      body.append(run(p.text(), false, 0)).append("</w:p>");
    } else if (b instanceof Block.Bullets l) {
      for (String item : l.items()) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:ind w:left=\"360\" w:hanging=\"260\"/></w:pPr>")
            .append(run("•\t" + item, false, 0)).append("</w:p>");
      }
    } else if (b instanceof Block.Table t) {
      table(t);
    } else if (b instanceof Block.Chart c) {
      picture(Charts.png(c), c.title());
    }
  }

  private void table(Block.Table t) {
    float total = 0;
    for (float w : t.widths()) {
      total += w;
    }
    int tableTwips = t.headers().size() <= 3 ? TEXT_TWIPS * 6 / 10 : TEXT_TWIPS;
    body.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(tableTwips).append("\" w:type=\"dxa\"/>")
        .append("<w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B7C3D0\"/>");
    }
    body.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        .append("<w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar>")
        .append("</w:tblPr><w:tblGrid>");
    int[] widths = new int[t.widths().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.round(tableTwips * t.widths().get(i) / total);
      body.append("<w:gridCol w:w=\"").append(widths[i]).append("\"/>");
    }
    body.append("</w:tblGrid>");
    row(t.headers(), widths, "E8EEF5", true);
    for (int r = 0; r < t.rows().size(); r++) {
      row(t.rows().get(r), widths, t.alert().get(r) ? "FBE3E0" : null, false);
    }
    body.append("</w:tbl><w:p/>");
  }

  private void row(List<String> cells, int[] widths, String fill, boolean header) {
    body.append("<w:tr>");
    if (header) {
      body.append("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    }
    for (int c = 0; c < cells.size(); c++) {
      body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
      if (fill != null) {
        body.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
      }
      body.append("</w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>")
          .append(run(cells.get(c), header, 16)).append("</w:p></w:tc>");
    }
    body.append("</w:tr>");
  }

  private void picture(byte[] png, String title) {
    images.add(png);
    int n = images.size();
    long cx = (TEXT_TWIPS - 1440) * EMU_PER_TWIP;
    long cy = cx * Charts.HEIGHT / Charts.WIDTH;
    body.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>")
        .append("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
        .append(cx).append("\" cy=\"").append(cy).append("\"/><wp:docPr id=\"").append(n)
        .append("\" name=\"Chart ").append(n).append("\" descr=\"").append(xml(title)).append("\"/>")
        .append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
        .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        .append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        .append("<pic:nvPicPr><pic:cNvPr id=\"").append(n).append("\" name=\"chart").append(n)
        .append(".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"img")
        .append(n).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx)
        .append("\" cy=\"").append(cy).append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>")
        .append("</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>")
        .append("</w:drawing></w:r></w:p>");
  }

  private static String run(String text, boolean bold, int halfPoints) {
    StringBuilder sb = new StringBuilder("<w:r>");
    if (bold || halfPoints > 0) {
      sb.append("<w:rPr>");
      if (bold) {
        sb.append("<w:b/>");
      }
      if (halfPoints > 0) {
        sb.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
      }
      sb.append("</w:rPr>");
    }
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append("<w:tab/>");
      }
      sb.append("<w:t xml:space=\"preserve\">").append(xml(parts[i])).append("</w:t>");
    }
    return sb.append("</w:r>").toString();
  }

  /** XML text: escapes markup characters and drops characters XML 1.0 cannot hold. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<': sb.append("&lt;"); break;
        case '>': sb.append("&gt;"); break;
        case '&': sb.append("&amp;"); break;
        case '"': sb.append("&quot;"); break;
        default:
          if (c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
            sb.append(' ');
          } else if (Character.isHighSurrogate(c) && (i + 1 >= s.length()
              || !Character.isLowSurrogate(s.charAt(i + 1)))
              || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  private byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          + "</Types>");
      entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
          + "</Relationships>");
      entry(z, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Post-mortem review pack</dc:title>"
          + "<dc:creator>Postmortem Kit</dc:creator></cp:coreProperties>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      for (int i = 1; i <= images.size(); i++) {
        rels.append("<Relationship Id=\"img").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart")
            .append(i).append(".png\"/>");
      }
      entry(z, "word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
      entry(z, "word/styles.xml", STYLES);
      entry(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
          + "<w:body>" + body + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
          + "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\" w:header=\"0\""
          + " w:footer=\"0\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
      for (int i = 0; i < images.size(); i++) {
        ZipEntry e = new ZipEntry("word/media/chart" + (i + 1) + ".png");
        e.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(e);
        z.write(images.get(i));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream z, String name, String content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    z.putNextEntry(e);
    z.write(content.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
      + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"260\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F3B57\"/><w:sz w:val=\"44\"/></w:rPr></w:style>"
      + heading(1, 32, "1F3B57", 240) + heading(2, 26, "1F3B57", 200) + heading(3, 22, "000000", 160)
      + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:spacing w:after=\"40\"/></w:pPr></w:style>"
      + "</w:styles>";

  private static String heading(int level, int size, String color, int before) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading "
        + level + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/>"
        + "<w:spacing w:before=\"" + before + "\" w:after=\"80\"/><w:outlineLvl w:val=\"" + (level - 1)
        + "\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"" + color + "\"/><w:sz w:val=\"" + size
        + "\"/></w:rPr></w:style>";
  }
}

package dev.postmortem.archive.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review pack as PDF with OpenPDF: DejaVu fonts embedded as subsets, charts as PNG, table
 * header rows repeated on each page. The output depends only on the blocks and the day: the
 * creation date is the report's day, and the random font-subset prefixes and the file identifier
 * are replaced by values derived from the content (same lengths, so offsets stay valid).
 */
public final class PdfPack {
  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
  private static final Color HEADER = new Color(0xe8eef5);
  private static final Color ALERT = new Color(0xfbe3e0);
  private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
  private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

  private final BaseFont regular;
  private final BaseFont bold;

  private PdfPack() {
    regular = font("DejaVuSans.ttf");
    bold = font("DejaVuSans-Bold.ttf");
  }

  private static BaseFont font(String name) {
    try (InputStream in = PdfPack.class.getClassLoader().getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + FONTS + name + " is missing from the class path;"
            + " add net.sf.jasperreports:jasperreports-fonts");
      }
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PDF of the blocks, dated {@code asOf}. */
  public static byte[] render(List<Block> blocks, LocalDate asOf) {
    return new PdfPack().write(blocks, asOf);
  }

  private byte[] write(List<Block> blocks, LocalDate asOf) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, buffer);
      doc.addTitle("Post-mortem review pack");
      doc.addSubject("Review pack as of " + asOf);
      doc.addCreator("Postmortem Kit");
      doc.open();
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTimeInMillis(asOf.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
      writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
      writer.getInfo().put(PdfName.PRODUCER, new PdfString("Postmortem Kit with OpenPDF"));
      for (Block b : blocks) {
        block(doc, b);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot write the review pack PDF: " + e.getMessage(), e);
    }
    return deterministic(buffer.toByteArray());
  }

  private void block(Document doc, Block b) throws DocumentException {
    if (b instanceof Block.Heading h) {
      float size = h.level() == 0 ? 22 : h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11.5f;
      Paragraph p = new Paragraph(h.text(), new Font(bold, size, Font.NORMAL,
          h.level() <= 1 ? new Color(0x1f3b57) : Color.BLACK));
      p.setSpacingBefore(h.level() == 0 ? 0 : h.level() == 1 ? 14 : 8);
      p.setSpacingAfter(4);
      if (h.level() == 1 && Character.isDigit(h.text().charAt(0))) {
        doc.add(Chunk.NEXTPAGE);
      }
      doc.add(p);
    } else if (b instanceof Block.Para para) {
      Paragraph p = new Paragraph();
      if (!para.lead().isEmpty()) {
        p.add(new Chunk(para.lead(), new Font(bold, 10)));
      }
      p.add(new Chunk(para.text(), new Font(regular, 10)));
      p.setSpacingAfter(5);
      doc.add(p);
    } else if (b instanceof Block.Bullets l) {
      for (String item : l.items()) {
        Paragraph p = new Paragraph("•  " + item, new Font(regular, 11));
        p.setIndentationLeft(12);
        p.setSpacingAfter(2);
        doc.add(p);
      }
      doc.add(new Paragraph(" ", new Font(regular, 6)));
    } else if (b instanceof Block.Table t) {
      doc.add(table(t));
    } else if (b instanceof Block.Chart c) {
      try {
        Image img = Image.getInstance(Charts.png(c));
        float width = doc.getPageSize().getWidth() - 72 - 120;
        img.scaleToFit(width, width * Charts.HEIGHT / Charts.WIDTH);
        img.setAlignment(Element.ALIGN_CENTER);
        img.setSpacingAfter(6);
        doc.add(img);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private PdfPTable table(Block.Table t) throws DocumentException {
    PdfPTable table = new PdfPTable(t.headers().size());
    float[] widths = new float[t.widths().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.widths().get(i);
    }
    table.setWidths(widths);
    table.setWidthPercentage(t.headers().size() <= 3 ? 60 : 100);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    table.setSpacingBefore(3);
    table.setSpacingAfter(8);
    Font head = new Font(bold, 8.5f);
    Font body = new Font(regular, 8.5f);
    for (String h : t.headers()) {
      PdfPCell cell = new PdfPCell(new Phrase(h, head));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(3);
      table.addCell(cell);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      for (String v : t.rows().get(r)) {
        PdfPCell cell = new PdfPCell(new Phrase(v, body));
        cell.setPadding(3);
        if (t.alert().get(r)) {
          cell.setBackgroundColor(ALERT);
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  /** Replaces OpenPDF's random subset prefixes and time-based file id with content-derived ones. */
  static byte[] deterministic(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<String, String> prefixes = new LinkedHashMap<>();
    Matcher m = SUBSET.matcher(text);
    while (m.find()) {
      prefixes.computeIfAbsent(m.group(1), k -> prefix(prefixes.size()));
    }
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      text = text.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
    }
    Matcher id = ID.matcher(text);
    if (id.find()) {
      String hex = md5(text.substring(0, id.start()) + text.substring(id.end()));
      StringBuilder sb = new StringBuilder(text);
      sb.replace(id.start(1), id.end(1), pad(hex, id.end(1) - id.start(1)));
      sb.replace(id.start(2), id.end(2), pad(hex, id.end(2) - id.start(2)));
      text = sb.toString();
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String prefix(int n) {
    char[] c = new char[6];
    for (int i = 5; i >= 0; i--) {
      c[i] = (char) ('A' + n % 26);
      n /= 26;
    }
    return new String(c);
  }

  private static String pad(String hex, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(hex);
    }
    return sb.substring(0, length);
  }

  private static String md5(String s) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.ISO_8859_1));
      StringBuilder sb = new StringBuilder();
      for (byte x : d) {
        sb.append(String.format(Locale.ROOT, "%02x", x));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.postmortem.export.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import dev.postmortem.export.ExportException;
import dev.postmortem.export.internal.FontFiles;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts from {@code net.sf.jasperreports:jasperreports-fonts}, embedded as subsets with
 * Identity-H encoding. Font files are read once; {@link BaseFont}s are made per thread because
 * they are not safe to share while documents are written.
 */
public final class PdfFonts {
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
  private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(PdfFonts::new);

  public final BaseFont regular;
  public final BaseFont bold;
  public final BaseFont italic;
  public final BaseFont mono;
  public final BaseFont condensed;
  public final BaseFont condensedBold;
  public final BaseFont condensedItalic;

  private PdfFonts() {
    regular = font("DejaVuSans.ttf");
    bold = font("DejaVuSans-Bold.ttf");
    italic = font("DejaVuSans-Oblique.ttf");
    mono = font("DejaVuSansMono.ttf");
    condensed = font("DejaVuSansCondensed.ttf");
    condensedBold = font("DejaVuSansCondensed-Bold.ttf");
    condensedItalic = font("DejaVuSansCondensed-Oblique.ttf");
  }

  /** This thread's fonts. */
  public static PdfFonts get() {
    return PER_THREAD.get();
  }

  private static byte[] bytes(String name) {
    return FILES.computeIfAbsent(name, FontFiles::read);
  }

  private static BaseFont font(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(name), null);
    } catch (com.lowagie.text.DocumentException | IOException e) {
      throw new ExportException("cannot load font " + name, e);
    }
  }

  /**
   * The text without control and invisible format characters (joiners, variation selectors); tabs
   * become spaces. What no font can draw is left to the {@link FontChain}.
   *
   * @param s the text
   * @return the text to draw
   */
  public static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean invisible = Character.getType(cp) == Character.FORMAT
          || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
      boolean control = cp < 0x20 && cp != '\n' || cp == 0x7f;
      if (invisible || control) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
        if (cp == '\t') {
          sb.append(' ');
        } else if (control && cp != '\r') {
          sb.append('\uFFFD');
        }
      } else if (sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The text with every character DejaVu cannot draw replaced by U+FFFD, visibly, and invisible
   * format characters (joiners, variation selectors) left out.
   */
  public String drawable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      // Format characters (bidi controls, joiners, variation selectors) have no glyph, and
      // OpenPDF does no bidi layout: they are left out rather than drawn.
      boolean invisible = Character.getType(cp) == Character.FORMAT
          || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
      boolean ok = !invisible && (cp == '\n' || regular.charExists(cp));
      if (!ok || cp < 0x20 && cp != '\n') {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
        if (!invisible && cp != '\r') {
          sb.append(cp == '\t' ? " " : "\uFFFD");
        }
      } else if (sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }
}

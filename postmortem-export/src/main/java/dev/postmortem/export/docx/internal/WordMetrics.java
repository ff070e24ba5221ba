package dev.postmortem.export.docx.internal;

import com.lowagie.text.pdf.BaseFont;
import dev.postmortem.export.ExportException;
import dev.postmortem.export.Text;

/**
 * Widths of words in the Word report's fonts, from the metrics of Helvetica and Courier built into
 * OpenPDF: Arial (and LibreOffice's Liberation Sans) have Helvetica's widths, Courier New has
 * Courier's. Characters outside Latin-1 count as nothing, so such words never widen a column.
 */
final class WordMetrics {
  private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
  private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
  private static final BaseFont ITALIC = font(BaseFont.HELVETICA_OBLIQUE);
  private static final BaseFont MONO = font(BaseFont.COURIER);

  private WordMetrics() {}

  private static BaseFont font(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
      throw new ExportException("cannot read the metrics of " + name, e);
    }
  }

  /**
   * The width of a word.
   *
   * @param word the word
   * @param style its style
   * @param size the font size in points
   * @return its width in points
   */
  static float width(String word, Text.Style style, float size) {
    switch (style) {
      case STRONG:
        return BOLD.getWidthPoint(word, size);
      case EMPHASIS:
        return ITALIC.getWidthPoint(word, size);
      case CODE:
        return MONO.getWidthPoint(word, size * 16 / 17f);
      default:
        return REGULAR.getWidthPoint(word, size);
    }
  }
}

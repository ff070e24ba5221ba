package dev.postmortem.export.pdf.internal;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a PDF line may break: where OpenPDF's default allows (spaces, hyphens, between Chinese,
 * Japanese and Korean characters), except before closing brackets and punctuation and after
 * opening brackets (the Japanese rule of kinsoku shori), so that a title never begins its second
 * line with "）" or a sentence with "。".
 */
public final class LineBreaks extends DefaultSplitCharacter {
  /** The one instance: it keeps no state. */
  public static final SplitCharacter INSTANCE = new LineBreaks();
  /** Characters a line must not begin with. */
  static final String NO_BREAK_BEFORE = ")]}）」』】〕〉》〙〗、。，．,.:;：；!?！？ー々ゝゞヽヾっゃゅょァィゥェォッャュョヮヵヶ…‥〜・";
  /** Characters a line must not end with. */
  static final String NO_BREAK_AFTER = "([{（「『【〔〈《〘〖";

  private LineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = getCurrentCharacter(current, cc, ck);
    if (NO_BREAK_AFTER.indexOf(c) >= 0) {
      return false;
    }
    if (current + 1 < end && current + 1 < cc.length
        && NO_BREAK_BEFORE.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
      return false;
    }
    return super.isSplitCharacter(start, current, end, cc, ck);
  }
}

package dev.postmortem.export.internal;

/**
 * What a text needs from a writer because of its scripts: a font for Chinese, Japanese or Korean,
 * right-to-left layout for Arabic and Hebrew.
 */
public final class Scripts {
  /** The scripts of one text. */
  public static final class Kind {
    static final Kind LATIN = new Kind(null, false, null);
    private final String eastAsian;
    private final boolean rightToLeft;
    private final String bidiLanguage;

    Kind(String eastAsian, boolean rightToLeft, String bidiLanguage) {
      this.eastAsian = eastAsian;
      this.rightToLeft = rightToLeft;
      this.bidiLanguage = bidiLanguage;
    }

    /**
     * The language tag of the text's Chinese, Japanese or Korean characters ({@code ja-JP} when
     * there is kana, {@code ko-KR} for hangul, {@code zh-CN} for ideographs alone), or null.
     *
     * @return the tag or null
     */
    public String eastAsian() {
      return eastAsian;
    }

    /**
     * Whether the text's first strong character is right-to-left (the Unicode bidi algorithm's
     * rule for a paragraph's direction).
     *
     * @return whether it reads right to left
     */
    public boolean rightToLeft() {
      return rightToLeft;
    }

    /**
     * The language tag of the text's right-to-left characters ({@code ar-SA}, {@code he-IL}), or
     * null when it has none.
     *
     * @return the tag or null
     */
    public String bidiLanguage() {
      return bidiLanguage;
    }
  }

  private Scripts() {}

  /**
   * The scripts of a text.
   *
   * @param s the text
   * @return what it needs
   */
  public static Kind of(String s) {
    boolean kana = false;
    boolean hangul = false;
    boolean han = false;
    boolean arabic = false;
    boolean hebrew = false;
    Boolean firstStrongRtl = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x0590) {
        if (firstStrongRtl == null && Character.isLetter(cp)) {
          firstStrongRtl = Boolean.FALSE;
        }
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      switch (script) {
        case HIRAGANA:
        case KATAKANA:
          kana = true;
          break;
        case HANGUL:
          hangul = true;
          break;
        case HAN:
          han = true;
          break;
        case ARABIC:
          arabic = true;
          break;
        case HEBREW:
          hebrew = true;
          break;
        default:
          break;
      }
      if (firstStrongRtl == null) {
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          firstStrongRtl = Boolean.TRUE;
        } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          firstStrongRtl = Boolean.FALSE;
        }
      }
    }
    String eastAsian = kana ? "ja-JP" : hangul ? "ko-KR" : han ? "zh-CN" : null;
    String bidi = arabic ? "ar-SA" : hebrew ? "he-IL" : null;
    boolean rtl = Boolean.TRUE.equals(firstStrongRtl);
    if (eastAsian == null && bidi == null && !rtl) {
      return Kind.LATIN;
    }
    return new Kind(eastAsian, rtl, bidi);
  }

  /**
   * Whether a text holds a right-to-left character anywhere.
   *
   * @param s the text
   * @return whether it does
   */
  public static boolean hasRightToLeft(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
        return true;
      }
    }
    return false;
  }
}

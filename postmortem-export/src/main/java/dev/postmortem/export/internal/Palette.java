package dev.postmortem.export.internal;

import dev.postmortem.export.Tone;

/** The report's colours as 0xRRGGBB, shared by DOCX, PDF and the chart. */
public final class Palette {
  public static final int ACCENT = 0x1F3A5F;
  public static final int ACCENT_LIGHT = 0x2F5D8A;
  public static final int TEXT = 0x1F2328;
  public static final int MUTED_TEXT = 0x59636E;
  public static final int RULE = 0xD0D7DE;
  public static final int ZEBRA = 0xF6F8FA;
  public static final int HEADER_BG = 0x1F3A5F;
  public static final int LINK = 0x0B5CAD;
  public static final int CODE_BG = 0xEFF1F3;

  private Palette() {}

  /** Background of a cell in this tone; -1 for none. */
  public static int background(Tone tone) {
    switch (tone) {
      case CRITICAL:
        return 0xFDE2E1;
      case WARNING:
        return 0xFDEBD3;
      case CAUTION:
        return 0xFFF4CC;
      case SUCCESS:
        return 0xDDF2E3;
      case INFO:
        return 0xE2EDFB;
      case MUTED:
        return 0xECEEF0;
      default:
        return -1;
    }
  }

  /** Text colour in this tone. */
  public static int foreground(Tone tone) {
    switch (tone) {
      case CRITICAL:
        return 0x9A1C1C;
      case WARNING:
        return 0x8A4B08;
      case CAUTION:
        return 0x6B5200;
      case SUCCESS:
        return 0x1E6B36;
      case INFO:
        return 0x1E4E8C;
      case MUTED:
        return 0x59636E;
      default:
        return TEXT;
    }
  }

  /** A strong colour for chart marks in this tone. */
  public static int mark(Tone tone) {
    switch (tone) {
      case CRITICAL:
        return 0xD1242F;
      case WARNING:
        return 0xE16F24;
      case CAUTION:
        return 0xD4A72C;
      case SUCCESS:
        return 0x2DA44E;
      case INFO:
        return 0x2F81F7;
      case MUTED:
        return 0x8C959F;
      default:
        return 0x57606A;
    }
  }

  /** The colour as six hex digits, for example {@code 1F3A5F}. */
  public static String hex(int rgb) {
    // not String.format: this runs for every cell of a table
    char[] c = new char[6];
    for (int i = 5, v = rgb; i >= 0; i--, v >>>= 4) {
      c[i] = HEX[v & 0xF];
    }
    return new String(c);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}

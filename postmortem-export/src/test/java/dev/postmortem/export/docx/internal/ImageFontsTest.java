package dev.postmortem.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.export.internal.ChartCanvas;
import dev.postmortem.export.pdf.internal.SystemFonts;
import java.awt.Font;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Word report's pictures draw Japanese with a fallback font, not as boxes. */
class ImageFontsTest {
  private static final String JAPANESE = "接続プール";

  /** A font file of this machine with Japanese, if any. */
  private static Path japaneseFont() {
    for (Path p : SystemFonts.files()) {
      try {
        Font[] f = Font.createFonts(p.toFile());
        if (f.length > 0 && f[0].canDisplayUpTo(JAPANESE) < 0) {
          return p;
        }
      } catch (Exception e) {
        // not a font Java 2D reads
      }
    }
    return null;
  }

  @Test
  void japaneseIsDrawnWithTheUsersFontAndWithoutItAsBoxes() {
    Path font = japaneseFont();
    assumeTrue(font != null, "no font with Japanese on this machine");
    ImageFonts user = new ImageFonts(List.of(font), false);
    assertThat(user.fontFor('接')).isNotNull();
    assertThat(user.fontFor('A')).isNotNull(); // any font has it; DejaVu is asked first anyway
    assertThat(ImageFonts.none().fontFor('接')).isNull();
    ChartCanvas with = ChartImage.measuring(user);
    ChartCanvas without = ChartImage.measuring(ImageFonts.none());
    // Japanese glyphs are about one em wide each; the same text with and without differs
    assertThat(with.textWidth(JAPANESE, 10, false)).isBetween(40f, 60f);
    assertThat(with.textWidth("Latin only", 10, false)).isEqualTo(without.textWidth("Latin only", 10, false));
    byte[] a = ChartImage.png(c -> {
      c.text(4, 20, "C1 " + JAPANESE, 10, true, 0, -1);
      return 30;
    }, 120, 30, user);
    byte[] b = ChartImage.png(c -> {
      c.text(4, 20, "C1 " + JAPANESE, 10, true, 0, -1);
      return 30;
    }, 120, 30, ImageFonts.none());
    assertThat(Arrays.equals(a, b)).isFalse();
    assertThat(ChartImage.png(c -> {
      c.text(4, 20, "C1 " + JAPANESE, 10, true, 0, -1);
      return 30;
    }, 120, 30, new ImageFonts(List.of(font), false))).isEqualTo(a); // the same bytes every time
  }
}

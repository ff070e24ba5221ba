package dev.postmortem.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Our PNG encoder's files decode, with ImageIO, to exactly the pixels that were encoded. */
class PngEncoderTest {

  @RepeatedTest(12)
  void decodesToTheSamePixels(RepetitionInfo info) throws Exception {
    long seed = 0x5EEDL * info.getCurrentRepetition();
    Random rnd = new Random(seed);
    // sizes around the IDAT chunk size, 1-pixel edges and wide rows
    int w = 1 + rnd.nextInt(info.getCurrentRepetition() % 3 == 0 ? 3 : 900);
    int h = 1 + rnd.nextInt(info.getCurrentRepetition() % 4 == 0 ? 2 : 500);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(rnd.nextInt(0x1000000)));
      g.drawLine(rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(w), rnd.nextInt(h));
      g.fillOval(rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(30), rnd.nextInt(30));
    }
    g.dispose();
    for (int i = 0; i < w * h / 50; i++) {
      img.setRGB(rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(0x1000000)); // noise: every filter is chosen
    }
    byte[] png = PngEncoder.encode(img);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(back).as("seed %d", seed).isNotNull();
    assertThat(back.getWidth()).isEqualTo(w);
    assertThat(back.getHeight()).isEqualTo(h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int expected = img.getRGB(x, y);
        int actual = back.getRGB(x, y);
        if (expected != actual) {
          throw new AssertionError(String.format("seed %d: pixel (%d,%d) is %08x, expected %08x",
              seed, x, y, actual, expected));
        }
      }
    }
    assertThat(PngEncoder.encode(img)).as("deterministic").isEqualTo(png);
  }

  @Test
  void largeImagesUseSeveralIdatChunks() throws Exception {
    Random rnd = new Random(7);
    BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 600; x++) {
        img.setRGB(x, y, rnd.nextInt(0x1000000));
      }
    }
    byte[] png = PngEncoder.encode(img);
    int idat = 0;
    for (int i = 8; i < png.length; ) {
      int len = ((png[i] & 0xFF) << 24) | ((png[i + 1] & 0xFF) << 16) | ((png[i + 2] & 0xFF) << 8) | (png[i + 3] & 0xFF);
      if (new String(png, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
        idat++;
      }
      i += 12 + len;
    }
    assertThat(idat).isGreaterThan(1);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(back.getRGB(599, 399)).isEqualTo(img.getRGB(599, 399));
  }

  @Test
  void rejectsOtherImageTypes() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngEncoder.encode(argb)).isInstanceOf(IllegalArgumentException.class);
  }
}

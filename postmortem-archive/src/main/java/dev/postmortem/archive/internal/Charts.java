package dev.postmortem.archive.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws bar and line charts as PNG with Java 2D, in the DejaVu font shipped with the fonts jar, so
 * a chart depends only on its data.
 */
public final class Charts {
  /** Width of a chart in pixels. */
  public static final int WIDTH = 1200;
  /** Height of a chart in pixels. */
  public static final int HEIGHT = 520;
  private static final Color[] PALETTE = {new Color(0x1f5f99), new Color(0xd9822b),
      new Color(0x2e8b57), new Color(0xa23b72), new Color(0x6b6b6b)};
  private static final Font BASE = loadFont();

  private Charts() {}

  private static Font loadFont() {
    String path = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    try (InputStream in = Charts.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      }
    } catch (IOException | java.awt.FontFormatException e) {
      // fall through to the logical font
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  }

  /** The chart as PNG bytes. */
  public static byte[] png(Block.Chart chart) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      draw(g, chart);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void draw(Graphics2D g, Block.Chart c) {
    g.setFont(BASE.deriveFont(Font.BOLD, 26f));
    g.setColor(new Color(0x222222));
    g.drawString(c.title(), 30, 40);
    int left = 100;
    int right = WIDTH - 30;
    int top = 80;
    int bottom = HEIGHT - 90;
    double max = 0;
    for (Block.Series s : c.series()) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep(max <= 0 ? 1 : max / 5);
    double axisMax = Math.max(step, Math.ceil(max / step) * step);
    g.setFont(BASE.deriveFont(17f));
    FontMetrics fm = g.getFontMetrics();
    for (double y = 0; y <= axisMax + step / 2; y += step) {
      int py = bottom - (int) Math.round((bottom - top) * y / axisMax);
      g.setColor(new Color(0xdddddd));
      g.drawLine(left, py, right, py);
      g.setColor(new Color(0x444444));
      String label = number(y);
      g.drawString(label, left - 10 - fm.stringWidth(label), py + 6);
    }
    int n = c.categories().size();
    if (n == 0) {
      return;
    }
    double slot = (double) (right - left) / n;
    int every = Math.max(1, (int) Math.ceil(n / ((right - left) / 110.0)));
    for (int i = 0; i < n; i++) {
      if (i % every != 0) {
        continue;
      }
      String label = c.categories().get(i);
      int cx = left + (int) Math.round(slot * (i + 0.5));
      g.setColor(new Color(0x444444));
      g.drawString(label, cx - fm.stringWidth(label) / 2, bottom + 26);
    }
    int k = c.series().size();
    for (int si = 0; si < k; si++) {
      Block.Series s = c.series().get(si);
      g.setColor(PALETTE[si % PALETTE.length]);
      List<Double> v = s.values();
      if (c.line()) {
        g.setStroke(new BasicStroke(3.5f));
        int px = -1;
        int py = -1;
        for (int i = 0; i < n && i < v.size(); i++) {
          int x = left + (int) Math.round(slot * (i + 0.5));
          int y = bottom - (int) Math.round((bottom - top) * v.get(i) / axisMax);
          if (px >= 0) {
            g.drawLine(px, py, x, y);
          }
          g.fillOval(x - 5, y - 5, 10, 10);
          px = x;
          py = y;
        }
      } else {
        double bw = slot * 0.7 / k;
        for (int i = 0; i < n && i < v.size(); i++) {
          int x = left + (int) Math.round(slot * i + slot * 0.15 + bw * si);
          int h = (int) Math.round((bottom - top) * v.get(i) / axisMax);
          g.fillRect(x, bottom - h, Math.max(1, (int) Math.round(bw)), h);
          if (n <= 16) {
            g.setColor(new Color(0x222222));
            String label = number(v.get(i));
            g.drawString(label, x + (int) (bw / 2) - fm.stringWidth(label) / 2, bottom - h - 6);
            g.setColor(PALETTE[si % PALETTE.length]);
          }
        }
      }
    }
    g.setStroke(new BasicStroke(2f));
    g.setColor(new Color(0x444444));
    g.drawLine(left, bottom, right, bottom);
    // legend
    if (k > 1 || c.line()) {
      int x = left;
      int y = HEIGHT - 30;
      for (int si = 0; si < k; si++) {
        g.setColor(PALETTE[si % PALETTE.length]);
        g.fillRect(x, y - 14, 18, 18);
        g.setColor(new Color(0x222222));
        String name = c.series().get(si).name();
        g.drawString(name, x + 26, y);
        x += 26 + fm.stringWidth(name) + 40;
      }
    }
  }

  private static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / p;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return Math.max(nice * p, 1e-9);
  }

  /** A number without a needless fraction. */
  public static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.valueOf((long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}

package dev.postmortem.export.docx.internal;

import dev.postmortem.export.ExportException;
import dev.postmortem.export.internal.FontFiles;
import dev.postmortem.export.internal.ChartCanvas;
import dev.postmortem.export.internal.Drawing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

/** Draws the timeline chart and the cause graph into a PNG with Java 2D, using the DejaVu fonts for stable output. */
final class ChartImage {
  private static final float SCALE = 2f;
  private static final Font REGULAR = load("DejaVuSansCondensed.ttf");
  private static final Font BOLD = load("DejaVuSansCondensed-Bold.ttf");
  private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

  private ChartImage() {}

  private static Font load(String name) {
    try (InputStream in = FontFiles.open(name)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new ExportException("cannot load font " + name, e);
    }
  }

  static ChartCanvas measuring(ImageFonts fallback) {
    Graphics2D g;
    synchronized (SCRATCH) {
      g = SCRATCH.createGraphics();
    }
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return new Canvas(g, fallback);
  }

  static byte[] png(Drawing painter, float widthPt, float h, ImageFonts fallback) {
    BufferedImage img = new BufferedImage(Math.round(widthPt * SCALE), Math.round(h * SCALE),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(SCALE, SCALE);
      painter.paint(new Canvas(g, fallback));
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(img);
  }

  private static final class Canvas implements ChartCanvas {
    private final Graphics2D g;
    private final ImageFonts fallback;

    Canvas(Graphics2D g, ImageFonts fallback) {
      this.g = g;
      this.fallback = fallback;
    }

    /**
     * The text with a fallback font on each run DejaVu lacks, or null when DejaVu has it all (or
     * no font has the rest).
     */
    private TextLayout layout(String s, float size, boolean bold) {
      Font base = font(size, bold);
      if (s.isEmpty() || base.canDisplayUpTo(s) < 0) {
        return null;
      }
      AttributedString as = new AttributedString(s);
      as.addAttribute(TextAttribute.FONT, base);
      boolean any = false;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (!base.canDisplay(cp)) {
          Font f = fallback.fontFor(cp);
          if (f != null) {
            as.addAttribute(TextAttribute.FONT, f.deriveFont(bold ? Font.BOLD : Font.PLAIN, size), i, next);
            any = true;
          }
        }
        i = next;
      }
      return any ? new TextLayout(as.getIterator(), g.getFontRenderContext()) : null;
    }

    @Override
    public void rect(float x, float y, float w, float h, int fill) {
      g.setColor(new Color(fill));
      g.fill(new Rectangle2D.Float(x, y, w, h));
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, int color, float width, boolean dashed) {
      g.setColor(new Color(color));
      g.setStroke(dashed
          ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0)
          : new BasicStroke(width));
      g.draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void circle(float cx, float cy, float r, int fill, int stroke) {
      Ellipse2D e = new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r);
      g.setColor(new Color(fill));
      g.fill(e);
      g.setColor(new Color(stroke));
      g.setStroke(new BasicStroke(0.75f));
      g.draw(e);
    }

    @Override
    public void diamond(float cx, float cy, float r, int fill, int stroke) {
      Path2D p = new Path2D.Float();
      p.moveTo(cx, cy - r);
      p.lineTo(cx + r, cy);
      p.lineTo(cx, cy + r);
      p.lineTo(cx - r, cy);
      p.closePath();
      g.setColor(new Color(fill));
      g.fill(p);
      g.setColor(new Color(stroke));
      g.setStroke(new BasicStroke(0.75f));
      g.draw(p);
    }

    @Override
    public void box(float x, float y, float w, float h, float radius, int fill, int stroke, float strokeWidth) {
      RoundRectangle2D r = new RoundRectangle2D.Float(x, y, w, h, 2 * radius, 2 * radius);
      g.setColor(new Color(fill));
      g.fill(r);
      g.setColor(new Color(stroke));
      g.setStroke(new BasicStroke(strokeWidth));
      g.draw(r);
    }

    @Override
    public void curve(float[] s, int color, float width) {
      g.setColor(new Color(color));
      g.setStroke(new BasicStroke(width));
      g.draw(new CubicCurve2D.Float(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]));
    }

    @Override
    public void polygon(float[] xy, int fill) {
      Path2D p = new Path2D.Float();
      p.moveTo(xy[0], xy[1]);
      for (int i = 2; i + 1 < xy.length; i += 2) {
        p.lineTo(xy[i], xy[i + 1]);
      }
      p.closePath();
      g.setColor(new Color(fill));
      g.fill(p);
    }

    private Font font(float size, boolean bold) {
      return (bold ? BOLD : REGULAR).deriveFont(size);
    }

    @Override
    public void text(float x, float y, String s, float size, boolean bold, int color, int align) {
      Font f = font(size, bold);
      g.setFont(f);
      g.setColor(new Color(color));
      float w = textWidth(s, size, bold);
      float left = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
      TextLayout layout = layout(s, size, bold);
      if (layout != null) {
        layout.draw(g, left, y);
        return;
      }
      g.drawString(s, left, y);
    }

    @Override
    public float textWidth(String s, float size, boolean bold) {
      TextLayout layout = layout(s, size, bold);
      if (layout != null) {
        return layout.getAdvance();
      }
      return (float) font(size, bold).getStringBounds(s, g.getFontRenderContext()).getWidth();
    }
  }
}

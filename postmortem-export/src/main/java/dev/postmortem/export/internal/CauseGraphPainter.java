package dev.postmortem.export.internal;

import dev.postmortem.export.CauseGraph;
import dev.postmortem.export.Tone;
import java.util.List;

/**
 * Draws a {@link CauseGraphLayout} on a {@link ChartCanvas}: a box per cause (its id and role in its
 * tone's colour, then its description), a curve with an arrow head per edge, and a line saying how
 * to read it. DOCX draws it into a PNG, PDF as vector graphics.
 */
public final class CauseGraphPainter implements Drawing {
  private static final float CAPTION_SIZE = 7;
  private static final int EDGE = 0x6E7781;
  /** Characters of a description in the alternative text. */
  private static final int MAX_DESCRIBED = 200;
  private final CauseGraphLayout layout;
  private final String caption;

  /**
   * A painter of a layout.
   *
   * @param layout the layout
   * @param labels the labels of the reader's language, for the line under the diagram
   */
  public CauseGraphPainter(CauseGraphLayout layout, Labels labels) {
    this.layout = layout;
    this.caption = labels.get("causes.caption");
  }

  /** The height {@link #paint} takes. */
  public float height() {
    return layout.height() + 14;
  }

  @Override
  public float paint(ChartCanvas c) {
    float w = layout.width();
    float h = height();
    c.rect(0, 0, w, h, Palette.ZEBRA);
    for (CauseGraphLayout.Route r : layout.routes()) {
      List<float[]> segs = r.segments();
      for (float[] s : segs) {
        c.curve(s, EDGE, 0.9f);
      }
      float[] s = r.reversed() ? segs.get(0) : segs.get(segs.size() - 1);
      if (r.reversed()) {
        arrow(c, s[0], s[1], s[0] - s[2], s[1] - s[3]);
      } else {
        arrow(c, s[6], s[7], s[6] - s[4], s[7] - s[5]);
      }
    }
    for (CauseGraphLayout.Box b : layout.boxes()) {
      Tone tone = b.node().tone();
      int bg = Palette.background(tone);
      c.box(b.x(), b.y(), b.w(), b.h(), 3, bg >= 0 ? bg : 0xFFFFFF, Palette.mark(tone),
          tone == Tone.CRITICAL ? 1.4f : 0.8f);
      float y = b.y() + CauseGraphLayout.INNER + CauseGraphLayout.HEAD_SIZE;
      c.text(b.x() + CauseGraphLayout.INNER, y, b.head(), CauseGraphLayout.HEAD_SIZE, true,
          Palette.foreground(tone == Tone.NONE ? Tone.MUTED : tone), -1);
      y += 3;
      for (String line : b.lines()) {
        y += CauseGraphLayout.LINE;
        c.text(b.x() + CauseGraphLayout.INNER, y - 2, line, CauseGraphLayout.LABEL_SIZE, false, Palette.TEXT, -1);
      }
    }
    c.text(CauseGraphLayout.PAD, h - 6, caption, CAPTION_SIZE, false, Palette.MUTED_TEXT, -1);
    return h;
  }

  /** An arrow head with its tip at (x, y), pointing along (dx, dy). */
  private static void arrow(ChartCanvas c, float x, float y, float dx, float dy) {
    float len = (float) Math.hypot(dx, dy);
    if (len == 0) {
      dx = 1;
      dy = 0;
      len = 1;
    }
    float ux = dx / len;
    float uy = dy / len;
    float back = 6;
    float wing = 2.8f;
    c.polygon(new float[] {x, y, x - ux * back - uy * wing, y - uy * back + ux * wing,
        x - ux * back + uy * wing, y - uy * back - ux * wing}, EDGE);
  }

  /**
   * The graph as text, one line per edge, for the picture's alternative text.
   *
   * @param graph the graph
   * @return the text
   */
  public static String describe(CauseGraph graph) {
    StringBuilder sb = new StringBuilder("Cause graph.");
    for (CauseGraph.Line l : graph.tree()) {
      sb.append(' ').append("  ".repeat(l.depth())).append(l.depth() > 0 ? "led to " : "").append(l.node().id())
          .append(' ').append(l.node().role());
      if (l.repeated()) {
        sb.append(" (see above).");
        continue;
      }
      String label = l.node().label().replaceAll("\\s+", " ").strip();
      if (label.length() > MAX_DESCRIBED) {
        int end = Character.isHighSurrogate(label.charAt(MAX_DESCRIBED - 1)) ? MAX_DESCRIBED - 1 : MAX_DESCRIBED;
        label = label.substring(0, end) + "\u2026";
      }
      sb.append(": ").append(label);
      if (!label.isEmpty() && ".!?\u3002".indexOf(label.charAt(label.length() - 1)) < 0) {
        sb.append('.');
      }
    }
    return sb.toString().strip();
  }
}

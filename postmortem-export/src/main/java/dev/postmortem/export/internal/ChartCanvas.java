package dev.postmortem.export.internal;

/** What the timeline chart is drawn on; coordinates in points, origin top left. */
public interface ChartCanvas {
  void rect(float x, float y, float w, float h, int fill);

  void line(float x1, float y1, float x2, float y2, int color, float width, boolean dashed);

  void circle(float cx, float cy, float r, int fill, int stroke);

  void diamond(float cx, float cy, float r, int fill, int stroke);

  /** Text with its baseline at {@code y}; {@code align} is -1 left, 0 centre, 1 right. */
  void text(float x, float y, String s, float size, boolean bold, int color, int align);

  float textWidth(String s, float size, boolean bold);

  /**
   * A rectangle with rounded corners, filled and outlined.
   *
   * @param radius the corners' radius
   * @param fill the fill colour
   * @param stroke the outline's colour
   * @param strokeWidth the outline's width
   */
  void box(float x, float y, float w, float h, float radius, int fill, int stroke, float strokeWidth);

  /**
   * A cubic Bézier curve.
   *
   * @param seg {@code x0 y0 c1x c1y c2x c2y x1 y1}
   * @param color its colour
   * @param width its width
   */
  void curve(float[] seg, int color, float width);

  /**
   * A filled polygon.
   *
   * @param xy its corners, {@code x y} pairs
   * @param fill the colour
   */
  void polygon(float[] xy, int fill);
}

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
}

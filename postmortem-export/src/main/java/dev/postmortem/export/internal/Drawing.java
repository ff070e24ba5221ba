package dev.postmortem.export.internal;

/** A picture drawn on a {@link ChartCanvas}: the timeline chart, the cause graph. */
@FunctionalInterface
public interface Drawing {
  /**
   * Draws the picture.
   *
   * @param c the canvas
   * @return the height drawn
   */
  float paint(ChartCanvas c);
}

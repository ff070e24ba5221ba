package dev.postmortem.archive.internal;

import java.util.List;

/** The blocks a review pack is made of; each format draws them its own way. Text is user text. */
public sealed interface Block {
  /** A heading; level 0 is the document title. */
  record Heading(int level, String text) implements Block {}

  /** A paragraph; {@code lead} is set in bold before the text. */
  record Para(String lead, String text) implements Block {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {}

  /**
   * A table with a header row; {@code widths} are relative; {@code alert} marks rows to highlight.
   */
  record Table(List<String> headers, List<Float> widths, List<List<String>> rows,
      List<Boolean> alert) implements Block {}

  /** A series of a chart. */
  record Series(String name, List<Double> values) {}

  /** A bar or line chart over categories. */
  record Chart(String title, boolean line, List<String> categories, List<Series> series,
      String unit) implements Block {}
}

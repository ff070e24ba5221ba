package dev.postmortem.export;

import java.util.List;

/**
 * The blocks a report is made of, written by {@link SectionRenderer}s and drawn by each format
 * in its own way. Strings are user text: writers escape them.
 */
public interface ReportWriter {
  /** The document title and a subtitle line. */
  void title(String title, Text subtitle);

  /** A heading: level 1 for a section (with a bookmark), level 2 for a subsection. */
  void heading(int level, String text);

  /** A paragraph; line breaks in the text are kept. */
  void paragraph(Text text);

  /** Label–value pairs, such as a title block. */
  void facts(List<Fact> facts);

  /** A bulleted list. */
  void bulletList(List<Text> items);

  /** A numbered list. */
  void numberedList(List<Text> items);

  /**
   * A numbered list whose first number is {@code start}, as a Markdown list starting at 3 has.
   *
   * @param items the items
   * @param start the number of the first item
   */
  default void numberedList(List<Text> items, int start) {
    numberedList(items);
  }

  /**
   * A block of preformatted code, its lines kept as they are and set in a monospaced font.
   *
   * @param code the code, lines separated by {@code \n}
   */
  default void codeBlock(String code) {
    paragraph(Text.builder().code(code).build());
  }

  /** A check list: each item done or not. */
  void taskList(List<Task> items);

  /** A table with a header row. */
  void table(Table table);

  /** A highlighted note. */
  void note(Text text, Tone tone);

  /** A chart of the incident's timeline. */
  void timelineChart(TimelineChart chart);

  /**
   * The causes and what each led to. By default an indented tree ({@link CauseGraph#tree()}), one
   * line per cause: its id, role and description (cut at 60 characters, the table above has it in full), what it led to indented
   * below it behind an arrow, a cause shown before marked "see above". The Markdown report draws
   * a Mermaid flowchart instead; Word and PDF draw a diagram of boxes and arrows, left to right
   * from root causes to effects, and keep the tree for a graph too large to read on a page.
   *
   * @param graph the graph
   */
  default void causeGraph(CauseGraph graph) {
    Text.Builder b = Text.builder();
    boolean first = true;
    for (CauseGraph.Line line : graph.tree()) {
      if (!first) {
        b.plain("\n");
      }
      first = false;
      if (line.depth() > 0) {
        // no-break spaces: formats keep them at the start of a line
        b.plain("\u00A0\u00A0\u00A0\u00A0".repeat(line.depth() - 1) + "\u00A0\u00A0\u2192 ");
      }
      b.code(line.node().id()).plain(" ");
      if (line.repeated()) {
        b.emphasis("(see above)");
        continue;
      }
      b.strong(line.node().role() + ": ");
      String label = line.node().label().replaceAll("\\s+", " ").strip();
      if (label.codePointCount(0, label.length()) > 60) {
        label = label.substring(0, label.offsetByCodePoints(0, 59)).strip() + "\u2026";
      }
      b.plain(label);
    }
    paragraph(b.build());
  }

  /** One item of a {@link #taskList(List)}. */
  final class Task {
    private final boolean done;
    private final Text text;

    private Task(boolean done, Text text) {
      this.done = done;
      this.text = text;
    }

    /** A task. */
    public static Task of(boolean done, Text text) {
      return new Task(done, java.util.Objects.requireNonNull(text, "text must not be null"));
    }

    /** Whether it is done. */
    public boolean done() {
      return done;
    }

    /** Its text. */
    public Text text() {
      return text;
    }
  }
}

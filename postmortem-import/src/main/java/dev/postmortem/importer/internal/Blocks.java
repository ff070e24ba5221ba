package dev.postmortem.importer.internal;

import java.util.List;

/**
 * The intermediate document structure shared by the Markdown and Word readers: headings,
 * paragraphs, lists, tables, code, quotes. The mapping to the model works on this structure only,
 * so both formats are mapped by the same code.
 *
 * <p>Lines are 1-based source lines for Markdown and 1-based paragraph numbers for Word.
 */
public final class Blocks {
  private Blocks() {}

  /** A block of the document. */
  public sealed interface Block permits Heading, Para, ListBlock, Table, Code, Quote, Html, Rule {
    /** Where the block starts. */
    int line();

    /** The column where the block starts (1-based), 0 when unknown. */
    int column();

    /** The block's Markdown, as written in the source or rendered from the Word document. */
    String markdown();
  }

  /**
   * Inline text of a paragraph, list item or cell.
   *
   * @param text the plain text (formatting removed, escapes resolved, code spans kept literal)
   * @param lead the text of a leading strong/emphasised span, or {@code null}
   * @param links destinations of the links in the text, in order
   * @param strong the texts of the strong (bold) spans directly in the text
   */
  public record Inline(String text, String lead, List<String> links, List<String> strong) {
    public static final Inline EMPTY = new Inline("", null, List.of());

    /** Inline text without strong spans recorded. */
    public Inline(String text, String lead, List<String> links) {
      this(text, lead, links, List.of());
    }

    public boolean isBlank() {
      return text.isBlank();
    }
  }

  /** A heading. */
  public record Heading(int level, Inline inline, int line, int column, String markdown)
      implements Block {
    public String text() {
      return inline.text();
    }
  }

  /** A paragraph. {@code lines} holds the per-line text with each line's source line. */
  public record Para(Inline inline, List<TextLine> lines, int line, int column, String markdown)
      implements Block {
    public String text() {
      return inline.text();
    }
  }

  /** One line of a paragraph (split at soft and hard line breaks). */
  public record TextLine(Inline inline, int line) {}

  /** A bullet or numbered list. */
  public record ListBlock(boolean ordered, List<Item> items, int line, int column, String markdown)
      implements Block {}

  /**
   * A list item: its first paragraph's text, the task-list state, and its further blocks.
   *
   * @param checked {@code null} when the item is not a task, else whether it is ticked
   */
  public record Item(
      Inline inline, List<TextLine> lines, Boolean checked, List<Block> children, int line,
      String markdown) {
    public String text() {
      return inline.text();
    }
  }

  /** A table: the header cells and the body rows. */
  public record Table(List<Inline> header, List<Row> rows, int line, int column, String markdown)
      implements Block {}

  /** A table row. */
  public record Row(List<Inline> cells, int line) {}

  /** A code block (fenced or indented). */
  public record Code(String info, String literal, int line, int column, String markdown)
      implements Block {}

  /** A block quote. */
  public record Quote(List<Block> children, int line, int column, String markdown)
      implements Block {}

  /** Raw HTML. */
  public record Html(String html, int line, int column, String markdown) implements Block {}

  /** A thematic break. */
  public record Rule(int line, int column, String markdown) implements Block {}

  /**
   * A parsed document.
   *
   * @param frontMatter the front matter's text, or {@code null}
   * @param frontMatterFormat {@code yaml} or {@code toml}, or {@code null}
   * @param frontMatterLine the line where the front matter's content starts
   */
  public record Doc(
      String source, String frontMatter, String frontMatterFormat, int frontMatterLine,
      List<Block> blocks) {}
}

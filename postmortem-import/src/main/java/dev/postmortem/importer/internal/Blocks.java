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

  /**
   * A block's Markdown, made into a string only when asked for. Lists, list items and quotes hold
   * the blocks nested in them, and a string of each one's source would copy the source of a
   * block nested {@code n} deep {@code n} times (a list 3,000 levels deep took gigabytes).
   */
  public interface Source {
    /** The Markdown as a new string. */
    @Override
    String toString();

    /**
     * Markdown held as a string.
     *
     * @param markdown the text
     * @return the source
     */
    static Source of(String markdown) {
      return new Fixed(markdown);
    }

    /**
     * Lines {@code from} to {@code to} (inclusive, 0-based) of {@code lines}, joined by line feeds.
     *
     * @param lines the document's lines, not changed afterwards
     * @param from the first line
     * @param to the last line
     * @return the source
     */
    static Source lines(String[] lines, int from, int to) {
      return new Lines(lines, from, Math.min(to, lines.length - 1));
    }
  }

  private record Fixed(String markdown) implements Source {
    private Fixed {
      java.util.Objects.requireNonNull(markdown, "markdown");
    }

    @Override
    public String toString() {
      return markdown;
    }
  }

  private record Lines(String[] lines, int from, int to) implements Source {
    @Override
    public String toString() {
      if (from > to) {
        return "";
      }
      int size = 0;
      for (int i = from; i <= to; i++) {
        size += lines[i].length() + 1;
      }
      StringBuilder sb = new StringBuilder(size);
      for (int i = from; i <= to; i++) {
        if (i > from) {
          sb.append('\n');
        }
        sb.append(lines[i]);
      }
      return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Lines l && l.toString().equals(toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }
  }

  /** A bullet or numbered list. */
  public record ListBlock(boolean ordered, List<Item> items, int line, int column, Source source)
      implements Block {
    /** A list whose Markdown is {@code markdown}. */
    public ListBlock(boolean ordered, List<Item> items, int line, int column, String markdown) {
      this(ordered, items, line, column, Source.of(markdown));
    }

    @Override
    public String markdown() {
      return source.toString();
    }
  }

  /**
   * A list item: its first paragraph's text, the task-list state, and its further blocks.
   *
   * @param checked {@code null} when the item is not a task, else whether it is ticked
   */
  public record Item(
      Inline inline, List<TextLine> lines, Boolean checked, List<Block> children, int line,
      Source source) {
    /** An item whose Markdown is {@code markdown}. */
    public Item(Inline inline, List<TextLine> lines, Boolean checked, List<Block> children,
        int line, String markdown) {
      this(inline, lines, checked, children, line, Source.of(markdown));
    }

    public String text() {
      return inline.text();
    }

    /** The item's Markdown, made anew on each call. */
    public String markdown() {
      return source.toString();
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
  public record Quote(List<Block> children, int line, int column, Source source)
      implements Block {
    /** A quote whose Markdown is {@code markdown}. */
    public Quote(List<Block> children, int line, int column, String markdown) {
      this(children, line, column, Source.of(markdown));
    }

    @Override
    public String markdown() {
      return source.toString();
    }
  }

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

package dev.postmortem.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table with a header row, relative column widths and colour-coded cells. Formats repeat the
 * header row on every page.
 */
public final class Table {
  /** A column: its header and its relative width. */
  public static final class Column {
    private final String header;
    private final float width;

    Column(String header, float width) {
      this.header = header;
      this.width = width;
    }

    /** The header text. */
    public String header() {
      return header;
    }

    /** The relative width. */
    public float width() {
      return width;
    }
  }

  /** A cell: its text and tone. */
  public static final class Cell {
    private final Text text;
    private final Tone tone;

    private Cell(Text text, Tone tone) {
      this.text = Objects.requireNonNull(text, "text must not be null");
      this.tone = Objects.requireNonNull(tone, "tone must not be null");
    }

    /** A cell. */
    public static Cell of(Text text, Tone tone) {
      return new Cell(text, tone);
    }

    /** A cell with no colour. */
    public static Cell of(Text text) {
      return new Cell(text, Tone.NONE);
    }

    /** A plain-text cell with no colour. */
    public static Cell of(String text) {
      return new Cell(Text.plain(text), Tone.NONE);
    }

    /** The text. */
    public Text text() {
      return text;
    }

    /** The tone. */
    public Tone tone() {
      return tone;
    }
  }

  /** A row: its cells and an optional highlight for the whole row. */
  public static final class Row {
    private final List<Cell> cells;
    private final Tone highlight;

    Row(List<Cell> cells, Tone highlight) {
      this.cells = cells;
      this.highlight = highlight;
    }

    /** The cells, one per column. */
    public List<Cell> cells() {
      return cells;
    }

    /** The row's highlight ({@link Tone#NONE} for none). */
    public Tone highlight() {
      return highlight;
    }
  }

  private final List<Column> columns;
  private final List<Row> rows;

  private Table(List<Column> columns, List<Row> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The columns. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows, without the header. */
  public List<Row> rows() {
    return rows;
  }

  /** Builds a {@link Table}. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private Builder() {}

    /** Adds a column. @return {@code this} */
    public Builder column(String header, float width) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("add every column before the first row");
      }
      columns.add(new Column(Objects.requireNonNull(header, "header must not be null"), width));
      return this;
    }

    /** Adds a row. @return {@code this} */
    public Builder row(Cell... cells) {
      return row(Tone.NONE, Arrays.asList(cells));
    }

    /**
     * Adds a row with a highlight.
     *
     * @throws IllegalArgumentException when the number of cells differs from the columns'
     * @return {@code this}
     */
    public Builder row(Tone highlight, List<Cell> cells) {
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + cells.size() + " cells but the table has " + columns.size() + " columns");
      }
      rows.add(new Row(List.copyOf(cells), Objects.requireNonNull(highlight)));
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(
          Collections.unmodifiableList(new ArrayList<>(columns)),
          Collections.unmodifiableList(new ArrayList<>(rows)));
    }
  }
}

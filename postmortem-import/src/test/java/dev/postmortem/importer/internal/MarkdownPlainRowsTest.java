package dev.postmortem.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Long tables of plain rows are read without CommonMark's inline parser: the document must be the
 * one the plain parse gives — same blocks, cells, line numbers and source text — for long tables
 * of every shape, for tables the fast path must leave alone (in lists, quotes and code blocks,
 * with markup in a row) and for the project's and the shared corpus's Markdown files.
 */
class MarkdownPlainRowsTest {
  private static final String[] WORDS = {"checkout", "pool", "p99", "09:14", "rollback", "Ünïcødé",
      "—", "a.b", "x|", "5%", "#3", "\t", "\u00a0", "\u2003", "-", ">", "~", "+", "=", ":", "()"};

  private static void assertSame(String markdown, String what) {
    Doc plain = MarkdownSource.parse(markdown, "t.md", false);
    Doc fast = MarkdownSource.parse(markdown, "t.md", true);
    if (!fast.equals(plain)) {
      List<Block> a = plain.blocks();
      List<Block> b = fast.blocks();
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!a.get(i).equals(b.get(i))) {
          if (a.get(i) instanceof Table ta && b.get(i) instanceof Table tb) {
            for (int r = 0; r < Math.min(ta.rows().size(), tb.rows().size()); r++) {
              assertThat(tb.rows().get(r)).as("%s: block %d, row %d", what, i, r).isEqualTo(ta.rows().get(r));
            }
          }
          assertThat(b.get(i)).as("%s: block %d", what, i).isEqualTo(a.get(i));
        }
      }
    }
    assertThat(fast).as(what).isEqualTo(plain);
  }

  private static String row(Random random, int columns, boolean plain, boolean pipeFirst) {
    StringBuilder sb = new StringBuilder();
    int lead = pipeFirst ? 2 : random.nextInt(8);
    sb.append(lead == 0 ? " " : lead == 1 ? "" : "|");
    int cells = columns + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0);
    for (int c = 0; c < cells; c++) {
      if (c > 0) {
        sb.append('|');
      }
      sb.append(random.nextBoolean() ? " " : "");
      for (int w = random.nextInt(5); w > 0; w--) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
      }
      if (!plain && c == 0) {
        sb.append(List.of("**b**", "`c`", "[l](https://x.example)", "a\\|b", "&amp;", "<br>", "_e_")
            .get(random.nextInt(7)));
      }
    }
    int end = random.nextInt(6);
    sb.append(end == 0 ? "" : end == 1 ? " |  " : "|");
    return sb.toString();
  }

  private static String table(Random random, int rows, boolean allPlain) {
    return table(random, rows, allPlain, true);
  }

  private static String table(Random random, int rows, boolean allPlain, boolean pipeFirst) {
    int columns = 1 + random.nextInt(5);
    StringBuilder sb = new StringBuilder("| Time");
    for (int c = 1; c < columns; c++) {
      sb.append(" | Col ").append(c);
    }
    sb.append(" |\n|");
    for (int c = 0; c < columns; c++) {
      sb.append(List.of("---", ":--", "--:", ":-:").get(random.nextInt(4))).append('|');
    }
    sb.append('\n');
    int markup = allPlain ? -1 : random.nextInt(rows);
    for (int r = 0; r < rows; r++) {
      sb.append(row(random, columns, r != markup, pipeFirst || random.nextInt(50) > 0)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void longTablesOfEveryShapeGiveTheSameDocument() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    int fast = 0;
    for (int i = 0; i < Integer.getInteger("plainrows.documents", 60); i++) {
      StringBuilder md = new StringBuilder("# Incident " + i + "\n\n## Timeline\n\n");
      boolean allPlain = i % 4 != 3;
      md.append(table(random, MarkdownSource.PLAIN_ROWS + random.nextInt(150), allPlain, i % 5 != 4));
      // what follows the table directly, without a blank line (in a third of the documents)
      md.append(i % 3 != 2 ? "" : List.of("After the table.\n", "---\n", "# Next\n", "- item\n",
          "    code\n", "> quote\n", "=====\n", "| last |\n").get(random.nextInt(8)));
      md.append("\n## Action items\n\n").append(table(random, random.nextInt(3) * 40, true));
      String text = md.toString();
      assertSame(text, "seed " + seed + ", document " + i);
      if (!MarkdownSource.plainRows(MarkdownSource.lines(text)).isEmpty()) {
        fast++;
      }
    }
    assertThat(fast).as("documents the fast path applies to (seed %d)", seed).isGreaterThan(15);
  }

  @Test
  void tablesTheFastPathMustLeaveAloneGiveTheSameDocument() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String t = table(random, MarkdownSource.PLAIN_ROWS + 10, true);
    String indented = t.replaceAll("(?m)^(?=.)", "  ");
    List<String> cases = List.of(
        "```\n" + t + "```\n",
        "~~~md\n" + t + "\n",
        "- item\n" + indented,
        "> " + t.replace("\n", "\n> "),
        "<div>\n" + t + "</div>\n",
        "Paragraph text\n" + t,
        "1. one\n\n" + t,
        "<!--\n" + t + "-->\n",
        t + t.substring(t.indexOf('\n', t.indexOf('\n') + 1) + 1));
    for (int i = 0; i < cases.size(); i++) {
      assertSame(cases.get(i), "seed " + seed + ", case " + i);
    }
  }

  @Test
  void theFastPathReadsTheRowsAndKeepsTheirLines() {
    StringBuilder md = new StringBuilder("Intro\n\n| Time | Event |\n|---|---|\n");
    for (int r = 0; r < 100; r++) {
      md.append("| 10:").append(String.format("%02d", r % 60)).append(" | event ").append(r).append(" |\n");
    }
    md.append("\nAfter.\n");
    Doc doc = MarkdownSource.parse(md.toString(), "t.md", true);
    Table table = (Table) doc.blocks().get(1);
    assertThat(table.rows()).hasSize(100);
    assertThat(table.rows().get(99).cells().get(1).text()).isEqualTo("event 99");
    assertThat(table.rows().get(99).line()).isEqualTo(104);
    assertThat(doc.blocks().get(2).line()).isEqualTo(106);
    assertThat(table.markdown()).endsWith("| event 99 |");
  }

  @Test
  void theProjectsAndTheCorpussMarkdownGivesTheSameDocument() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String name : List.of("portuguese.md", "sre-book.md", "freeform.md", "japanese.md",
        "report-tables.md", "kehoe.md")) {
      try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    String shared = System.getProperty("postmortem.shared.dir");
    if (shared != null && Files.isDirectory(Path.of(shared, "corpus"))) {
      try (Stream<Path> files = Files.list(Path.of(shared, "corpus"))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      }
    }
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      assertSame(text, "file " + i);
      // and with each of its tables made long enough for the fast path
      StringBuilder longer = new StringBuilder();
      String[] lines = MarkdownSource.lines(text);
      for (int l = 0; l < lines.length; l++) {
        longer.append(lines[l]).append('\n');
        if (l >= 2 && lines[l - 1].matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*")
            && lines[l].contains("|")) {
          for (int k = 0; k < MarkdownSource.PLAIN_ROWS + 5; k++) {
            longer.append("| extra ").append(k).append(" | row |\n");
          }
        }
      }
      assertSame(longer.toString(), "file " + i + " with long tables");
    }
    List<Block> none = MarkdownSource.parse("", "t.md", true).blocks();
    assertThat(none).isEmpty();
  }
}

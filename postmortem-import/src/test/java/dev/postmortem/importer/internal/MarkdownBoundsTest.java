package dev.postmortem.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.importer.PostmortemImportException;
import dev.postmortem.importer.PostmortemImporter;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile Markdown shapes: bounded before CommonMark, located errors, no stack overflow. */
class MarkdownBoundsTest {
  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();
  private static final String HEAD = "# PM-1: Hostile\n\n## Summary\n\nSomething broke.\n\n";

  /** The regular expression the delimiter-row scanner replaces. */
  private static final Pattern OLD =
      Pattern.compile("\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");

  @Test
  void delimiterRowScannerAgreesWithTheRegularExpression() {
    Random random = new Random(15);
    char[] alphabet = {'|', '-', ':', ' ', '\t', 'x', '\u000B', '\u00A0'};
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String line = sb.toString();
      assertThat(MarkdownSource.isDelimiterRow(line)).as("'%s'", line).isEqualTo(OLD.matcher(line).matches());
    }
  }

  @Test
  void aDelimiterRowOfThousandsOfCellsIsATable() {
    int cols = 1_000;
    String md = HEAD + "## Timeline\n\n|" + " a |".repeat(cols) + "\n|" + ":---:|".repeat(cols) + "\n|"
        + " x |".repeat(cols) + "\n";
    assertThat(MarkdownSource.isDelimiterRow("|" + ":---:|".repeat(cols))).isTrue();
    assertThat(IMPORTER.importMarkdown(md, "wide.md").postmortem().title()).endsWith("Hostile");
  }

  @Test
  void repeatedImageAndLinkOpenersAreRefusedBeforeTheInlineParser() {
    String md = HEAD + "![[]()".repeat(50_000) + "\n";
    assertThatThrownBy(() -> IMPORTER.importMarkdown(md, "brackets.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageStartingWith("brackets.md:7:")
        .hasMessageContaining("links or images");
  }

  @Test
  void aListIndentedThousandsOfLevelsDeepIsRefusedAtTheLineThatGoesTooDeep() {
    StringBuilder sb = new StringBuilder(HEAD).append("## Lessons learned\n\n");
    for (int i = 0; i < 3_000; i++) {
      sb.append("  ".repeat(i)).append("- item\n");
    }
    PostmortemImportException e = (PostmortemImportException) org.assertj.core.api.Assertions
        .catchThrowable(() -> IMPORTER.importMarkdown(sb.toString(), "deep.md"));
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(9 + MarkdownSource.MAX_LINE_NESTING);
    assertThat(e.problem()).contains("nested (or indented) more than 100 levels");
  }

  @Test
  void nestedListsKeepTheirSourceWithoutACopyPerLevel() {
    StringBuilder sb = new StringBuilder(HEAD).append("## Lessons learned\n\n");
    for (int i = 0; i < 90; i++) {
      sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    Blocks.Doc doc = MarkdownSource.parse(sb.toString(), "nested.md");
    Blocks.ListBlock list = (Blocks.ListBlock) doc.blocks().get(doc.blocks().size() - 1);
    assertThat(list.source()).isNotInstanceOf(String.class);
    assertThat(list.markdown()).startsWith("- item 0\n  - item 1").endsWith("- item 89");
    Blocks.Item first = list.items().get(0);
    Blocks.ListBlock inner = (Blocks.ListBlock) first.children().get(0);
    assertThat(inner.markdown()).startsWith("  - item 1").endsWith("- item 89");
  }

  @Test
  void tooManyListItemsAreRefusedWithTheLine() {
    String md = HEAD + "## Lessons learned\n\n" + "- x\n".repeat(MarkdownSource.MAX_ITEMS + 1);
    assertThatThrownBy(() -> IMPORTER.importMarkdown(md, "items.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageStartingWith("items.md:" + (9 + MarkdownSource.MAX_ITEMS) + ":")
        .hasMessageContaining("list items");
  }

  @Test
  void listsNestedDeeplyOverManyLinesAreRefusedBeforeCommonMark() {
    // each line 49 levels deep on average: the depths add up past the limit at about line 10,000
    StringBuilder sb = new StringBuilder(HEAD).append("## Lessons learned\n\n");
    for (int i = 0; i < 95_000; i++) {
      sb.append("  ".repeat(i % 99)).append("- item ").append(i).append('\n');
    }
    String md = sb.toString();
    long start = System.nanoTime();
    assertThatThrownBy(() -> IMPORTER.importMarkdown(md, "deep.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageStartingWith("deep.md:")
        .hasMessageContaining("depths add up to more than " + MarkdownSource.MAX_NESTING_WEIGHT);
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse").isLessThan(5_000);
    // the same items nested four deep are read
    StringBuilder flat = new StringBuilder(HEAD).append("## Lessons learned\n\n");
    for (int i = 0; i < 20_000; i++) {
      flat.append("  ".repeat(i % 4)).append("- item ").append(i).append('\n');
    }
    assertThat(IMPORTER.importMarkdown(flat.toString(), "flat.md").postmortem().id()).isEqualTo("PM-1");
  }

  @Test
  void tooManyHeadingsAreRefusedWithTheLineButHashesInCodeAreNotHeadings() {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i <= MarkdownSource.MAX_HEADINGS; i++) {
      sb.append("## Section ").append(i).append("\n\nText.\n\n");
    }
    assertThatThrownBy(() -> IMPORTER.importMarkdown(sb.toString(), "headings.md"))
        .isInstanceOf(PostmortemImportException.class)
        .hasMessageMatching("headings\\.md:\\d+:1: more than 10000 headings in the document.*");
    String code = HEAD + "## Timeline\n\n```sh\n" + "# a comment\n".repeat(MarkdownSource.MAX_HEADINGS + 10) + "```\n";
    assertThat(IMPORTER.importMarkdown(code, "code.md").postmortem().id()).isEqualTo("PM-1");
  }

  @Test
  void emphasisNestedDeeplyIsRefusedNotOverflowed() {
    String md = HEAD + "*a ".repeat(3_000) + "b" + "*".repeat(3_000) + "\n";
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> IMPORTER.importMarkdown(md, "emph.md"));
    assertThat(t).satisfiesAnyOf(
        x -> assertThat(x).isNull(),
        x -> assertThat(x).isInstanceOf(PostmortemImportException.class).hasMessageStartingWith("emph.md:7"));
  }
}

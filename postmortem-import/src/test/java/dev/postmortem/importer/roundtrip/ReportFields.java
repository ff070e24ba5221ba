package dev.postmortem.importer.roundtrip;

import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the internal report shows, and the round trip through it: render the internal Markdown or
 * Word report, import it, diff field by field.
 *
 * <p>Left out of the comparison, each because the internal report does not show it:
 *
 * <ul>
 *   <li>{@code /schemaVersion}, {@code /$schema}: format bookkeeping, not content;
 *   <li>{@code /lifecycle} other than drafted and published (which the Markdown report keeps in
 *       its front matter): not shown;
 *   <li>{@code /extensions}: the import keeps the report's own facts there (they are not fields
 *       of the original);
 *   <li>{@code /additionalSections}: the import adds the report's derived sections (key metrics,
 *       charts); the original sections are compared by title and text in the round-trip tests;
 *   <li>{@code /incident/statusPageUpdated}: no report shows it.
 * </ul>
 *
 * <p>The Word report also leaves out, as {@link #WORD_NOT_SHOWN} says: the milestones after the
 * start (it draws them in the chart image only, and its Duration fact is rounded; the Markdown
 * report writes them in its Mermaid chart), {@code /internalFields} and {@code /lifecycle} (the Markdown report
 * keeps them in its front matter; Word has no such place that a reader sees; it shows the
 * published date without its time).
 */
public final class ReportFields {
  /** The pointers left out, see the class comment. */
  public static final Predicate<String> NOT_SHOWN = Pattern.compile(
      "^/(\\$schema|schemaVersion|lifecycle/(created|reviewed|closed)|extensions|additionalSections"
          + "|incident/statusPageUpdated)"
          + "(/.*)?$").asPredicate();

  /** What the Word report does not show besides {@link #NOT_SHOWN}, see the class comment. */
  public static final Predicate<String> WORD_NOT_SHOWN = NOT_SHOWN.or(Pattern.compile(
      "^/(incident/(detected|acknowledged|mitigated|resolved)|internalFields|lifecycle)(/.*)?$").asPredicate());

  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();

  private ReportFields() {}

  /** The internal Markdown report of {@code pm}. */
  public static String markdown(Postmortem pm) {
    return MarkdownExporter.create().toString(pm);
  }

  /** The internal Word report of {@code pm}. */
  public static byte[] docx(Postmortem pm) {
    return DocxExporter.create().toBytes(pm);
  }

  /** {@code pm} rendered as the internal Markdown report and imported back. */
  public static ImportResult viaMarkdown(Postmortem pm) {
    return IMPORTER.importMarkdown(markdown(pm), "roundtrip.md");
  }

  /** {@code pm} rendered as the internal Word report and imported back. */
  public static ImportResult viaDocx(Postmortem pm) {
    return IMPORTER.importDocx(new ByteArrayInputStream(docx(pm)), "roundtrip.docx");
  }

  /** The difference of {@code copy} from {@code original}, fields the Markdown report shows. */
  public static FieldDiff.Result diff(Postmortem original, Postmortem copy) {
    return FieldDiff.diff(original, copy, NOT_SHOWN);
  }

  /**
   * A text as a reader of the report sees it: narrative fields are rendered as CommonMark, so
   * "**bold**" shows as bold and tabs and line breaks as spaces; compared this way, a field is
   * back when it shows the same text.
   */
  public static String asShown(String markdown) {
    return words(markdown, true);
  }

  /**
   * The words a CommonMark text says: its text and code literals, without markup or link targets;
   * with {@code asReport}, list items and headings are separated as a one-line report field shows them.
   */
  public static String words(String markdown, boolean asReport) {
    StringBuilder sb = new StringBuilder();
    org.commonmark.parser.Parser.builder().build().parse(markdown).accept(
        new org.commonmark.node.AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.SoftLineBreak b) {
            sb.append(' ');
          }

          @Override
          public void visit(org.commonmark.node.HardLineBreak b) {
            sb.append(' ');
          }

          @Override
          public void visit(org.commonmark.node.Paragraph p) {
            sb.append(' ');
            visitChildren(p);
          }

          @Override
          public void visit(org.commonmark.node.ListItem i) {
            if (asReport) {
              sb.append(" • "); // as the reports show a list inside a one-line field
            }
            visitChildren(i);
          }

          @Override
          public void visit(org.commonmark.node.Heading h) {
            if (asReport) {
              sb.append(' ');
            }
            visitChildren(h);
          }
        });
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  /** Like {@link #diff}, texts compared {@link #asShown as shown}. */
  public static FieldDiff.Result diffShown(Postmortem original, Postmortem copy) {
    return FieldDiff.diff(original, copy, NOT_SHOWN, ReportFields::asShown);
  }

  /** Like {@link #diffWord}, texts compared {@link #asShown as shown}. */
  public static FieldDiff.Result diffWordShown(Postmortem original, Postmortem copy) {
    return FieldDiff.diff(original, copy, WORD_NOT_SHOWN, ReportFields::asShown);
  }

  /** The difference of {@code copy} from {@code original}, fields the Word report shows. */
  public static FieldDiff.Result diffWord(Postmortem original, Postmortem copy) {
    return FieldDiff.diff(original, copy, WORD_NOT_SHOWN);
  }

}

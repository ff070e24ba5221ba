package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Narrative fields hold CommonMark, and each format renders it natively: the Markdown report keeps
 * it as Markdown, Word as runs, numbered and bulleted lists, code and quote paragraphs and tables,
 * PDF in the fonts of each style. Compared with reviewed files in {@code
 * src/test/resources/golden/rich-text}; run with {@code -Dgolden.update=true} to rewrite them, then
 * review the diff like code. For PDF the golden file lists each line's text with the fonts it is
 * drawn in, which is what a reader sees and does not depend on PDF byte layout.
 */
class RichTextGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/rich-text");

  /** A post-mortem whose narrative fields use every kind of CommonMark the reports render. */
  static Postmortem richText() {
    OffsetDateTime start = OffsetDateTime.parse("2026-03-02T09:14:00+01:00");
    return Postmortem.builder().id("PM-RT-1").title("Search results stale after index swap")
        .incident(Milestones.builder().started(start).resolved(start.plusMinutes(47)).build())
        .summary("The `search-indexer` swapped a **half-built** index into service, so queries"
            + " returned *stale* results for 47 minutes. See the [runbook](https://runbooks.example.com/search).\n\n"
            + "Two things made it worse:\n\n"
            + "1. the swap had no size check;\n"
            + "2. the alert on `result_age_seconds` was muted.\n")
        .impact(Impact.builder().description("- 38% of searches returned results older than a day\n"
            + "- the `/suggest` endpoint answered with an empty list\n"
            + "- no data was lost\n").build())
        .trigger("A deploy at 09:12 ran:\n\n```\nindexer swap --from build-2291 --force\n```\n")
        .resolution("> Roll back first, investigate second.\n\n"
            + "| Step | Time | Result |\n|---|---|---|\n| Swap back to `build-2290` | 09:58 | healthy |\n"
            + "| Purge the suggest cache | 10:01 | healthy |\n")
        .addCauses(Cause.builder().id("C1").category(CauseCategory.PROCESS).trigger(true)
            .description("`indexer swap --force` skips the **document count** check").build())
        .addCauses(Cause.builder().id("C2").category(CauseCategory.MONITORING).rootCause(true)
            .description("The stale-results alert was *muted* during a migration and never unmuted")
            .build())
        .lessonsLearned(Lessons.builder().addWentWell("Rollback took **under five minutes**")
            .addWentWrong("The `--force` flag is in the runbook's *normal* path").build())
        .addActionItems(ActionItem.builder().id("AI-1").title("Refuse swaps of smaller indexes")
            .description("Compare document counts; fail when the new index has **< 95%** of the old one's.")
            .build())
        .addAdditionalSections(AdditionalSection.of("Commands used",
            "Checked with `curl`:\n\n    curl -s https://search.example.com/health | jq .age\n\n"
                + "Nested lists:\n\n- index\n  - shards\n  - replicas\n- cache\n"))
        .build();
  }

  @Test
  void markdownKeepsTheMarkdown() throws IOException {
    String md = Reports.markdown(Audience.INTERNAL).build().toString(richText());
    compare("rich-text-internal.md", md);
  }

  @Test
  void wordRendersItAsRunsListsCodeAndTables() throws IOException {
    byte[] docx = Reports.docx(Audience.INTERNAL).build().toBytes(richText());
    String xml = entry(docx, "word/document.xml");
    // one block a line, so the golden file diffs well
    String lines = xml.replace("</w:p>", "</w:p>\n").replace("</w:tr>", "</w:tr>\n");
    compare("rich-text-internal.docx.xml", lines);
    String numbering = entry(docx, "word/numbering.xml");
    assertThat(numbering).contains("w:numFmt w:val=\"decimal\"").contains("w:numFmt w:val=\"bullet\"");
    assertThat(entry(docx, "word/styles.xml")).contains("w:styleId=\"SourceCode\"")
        .contains("w:styleId=\"VerbatimChar\"");
  }

  @Test
  void pdfDrawsEachStyleInItsFont() throws IOException {
    byte[] pdf = Reports.pdf(Audience.INTERNAL).build().toBytes(richText());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      StringWriter out = new StringWriter();
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          StringBuilder sb = new StringBuilder();
          String font = null;
          for (TextPosition p : positions) {
            String f = p.getFont().getName();
            f = f.substring(f.indexOf('+') + 1);
            if (!f.equals(font)) {
              sb.append(font == null ? "" : "] ").append('[').append(f).append(": ");
              font = f;
            }
            sb.append(p.getUnicode());
          }
          if (font != null) {
            sb.append(']');
          }
          writeString(sb.toString());
        }
      };
      s.setSortByPosition(true);
      s.writeText(d, out);
      compare("rich-text-internal.pdf.txt", out.toString().replace("\r\n", "\n"));
    }
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is missing");
  }

  private static void compare(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
    assertThat(actual).as("%s differs from %s", name, file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}

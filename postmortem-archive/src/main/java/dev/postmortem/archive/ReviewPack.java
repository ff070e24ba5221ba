package dev.postmortem.archive;

import dev.postmortem.archive.internal.Block;
import dev.postmortem.archive.internal.DocxPack;
import dev.postmortem.archive.internal.JsonPack;
import dev.postmortem.archive.internal.MarkdownPack;
import dev.postmortem.archive.internal.PackModel;
import dev.postmortem.archive.internal.PdfPack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link ArchiveReport} as the review pack: Markdown (charts as Mermaid), Word and PDF
 * (charts as PNG) from one walk over the report's sections, or JSON with stable keys.
 *
 * <p>The output depends only on the report: the same archive analysed as of the same day gives
 * byte-identical files.
 */
public final class ReviewPack {
  private ReviewPack() {}

  /** The formats of a review pack. */
  public enum Format {
    /** GitHub-flavoured Markdown with Mermaid charts ({@code .md}). */
    MARKDOWN("md"),
    /** Word ({@code .docx}). */
    DOCX("docx"),
    /** PDF ({@code .pdf}). */
    PDF("pdf"),
    /** JSON with stable keys ({@code .json}). */
    JSON("json");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /**
     * The file extension, without the dot.
     *
     * @return the extension
     */
    public String extension() {
      return extension;
    }

    /**
     * The format of an extension or name: {@code md}/{@code markdown}, {@code docx}, {@code pdf},
     * {@code json}, case-insensitively.
     *
     * @param id the name
     * @return the format
     * @throws IllegalArgumentException listing the accepted names
     */
    public static Format fromId(String id) {
      String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (f.extension.equals(s) || f.name().toLowerCase(Locale.ROOT).equals(s)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown review pack format '" + id
          + "'; allowed values: md, docx, pdf, json");
    }
  }

  /**
   * Writes the review pack.
   *
   * @param report the report
   * @param format the format
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public static void write(ArchiveReport report, Format format, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(out, "out must not be null");
    if (format == Format.JSON) {
      JsonPack.write(report, out);
      return;
    }
    List<Block> blocks = PackModel.of(report);
    switch (format) {
      case MARKDOWN:
        out.write(MarkdownPack.render(blocks).getBytes(StandardCharsets.UTF_8));
        break;
      case DOCX:
        out.write(DocxPack.render(blocks));
        break;
      default:
        out.write(PdfPack.render(blocks, report.asOf()));
    }
  }

  /**
   * The review pack as Markdown.
   *
   * @param report the report
   * @return the Markdown text
   */
  public static String markdown(ArchiveReport report) {
    return MarkdownPack.render(PackModel.of(Objects.requireNonNull(report, "report must not be null")));
  }
}

package dev.postmortem.archive;

import dev.postmortem.archive.internal.DocxPack;
import dev.postmortem.archive.internal.JsonPack;
import dev.postmortem.archive.internal.MarkdownPack;
import dev.postmortem.archive.internal.PackModel;
import dev.postmortem.archive.internal.PdfPack;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link ArchiveReport} as the review pack: Markdown (charts as Mermaid), Word and PDF
 * (charts as PNG) from one walk over the report's sections, or JSON with stable keys.
 *
 * <p>One instance per format, immutable and thread-safe, with the same outputs as the
 * post-mortem exporters: {@link #toBytes(ArchiveReport)}, {@link #write(ArchiveReport,
 * OutputStream)}, {@link #write(ArchiveReport, Path)}, and {@link #toString(ArchiveReport)} for the
 * text formats. All failures are unchecked: an {@link UncheckedIOException} when the stream or
 * file cannot be written.
 *
 * <p>The output depends only on the report: the same archive analysed as of the same day gives
 * byte-identical files.
 *
 * <pre>{@code
 * ReviewPack.create(ReviewPack.Format.PDF).write(report, Path.of("review-pack.pdf"));
 * String markdown = ReviewPack.create(ReviewPack.Format.MARKDOWN).toString(report);
 * }</pre>
 */
public final class ReviewPack {
  private static final ReviewPack[] INSTANCES = {new ReviewPack(Format.MARKDOWN),
      new ReviewPack(Format.DOCX), new ReviewPack(Format.PDF), new ReviewPack(Format.JSON)};

  private final Format format;

  private ReviewPack(Format format) {
    this.format = format;
  }

  /**
   * The review pack writer of a format.
   *
   * @param format the format
   * @return the writer (a shared instance)
   */
  public static ReviewPack create(Format format) {
    return INSTANCES[Objects.requireNonNull(format, "format must not be null").ordinal()];
  }

  /**
   * The format written.
   *
   * @return the format
   */
  public Format format() {
    return format;
  }

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
   * The review pack as bytes (UTF-8 for the text formats).
   *
   * @param report the report
   * @return the file's content
   */
  public byte[] toBytes(ArchiveReport report) {
    Objects.requireNonNull(report, "report must not be null");
    switch (format) {
      case MARKDOWN:
        return MarkdownPack.render(PackModel.of(report)).getBytes(StandardCharsets.UTF_8);
      case DOCX:
        return DocxPack.render(PackModel.of(report));
      case PDF:
        return PdfPack.render(PackModel.of(report), report.asOf());
      default:
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
          JsonPack.write(report, bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }
  }

  /**
   * The review pack as text, for the text formats: {@link Format#MARKDOWN} and {@link
   * Format#JSON}.
   *
   * @param report the report
   * @return the text
   * @throws IllegalStateException for {@link Format#DOCX} and {@link Format#PDF}, which are not
   *     text
   */
  public String toString(ArchiveReport report) {
    Objects.requireNonNull(report, "report must not be null");
    if (format == Format.DOCX || format == Format.PDF) {
      throw new IllegalStateException("a " + format.extension()
          + " review pack is not text; use toBytes or write");
    }
    return new String(toBytes(report), StandardCharsets.UTF_8);
  }

  /**
   * Writes the review pack to {@code out}; does not close the stream.
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException when writing to {@code out} fails
   */
  public void write(ArchiveReport report, OutputStream out) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      if (format == Format.JSON) {
        JsonPack.write(report, out);
      } else {
        out.write(toBytes(report));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the review pack to a file, replacing it if it exists. The content is written to a
   * temporary file in the same directory first and then moved into place, so a failure never
   * leaves a partial file behind.
   *
   * @param report the report
   * @param file the file; its directory must exist
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(ArchiveReport report, Path file) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        write(report, out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(),
          e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write failed already; that failure is the one to report
        }
      }
    }
  }
}

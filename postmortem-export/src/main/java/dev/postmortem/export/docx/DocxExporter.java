package dev.postmortem.export.docx;

import dev.postmortem.export.Audience;
import dev.postmortem.export.ExportException;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.ExporterBuilder;
import dev.postmortem.export.ReportOptions;
import dev.postmortem.export.docx.internal.DocxBodyWriter;
import dev.postmortem.export.docx.internal.DocxPackage;
import dev.postmortem.export.internal.Labels;
import dev.postmortem.export.internal.ReportRun;
import dev.postmortem.model.Postmortem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a post-mortem as a Word document (Office Open XML): a title block, real heading styles
 * (navigation pane and a table-of-contents field), tables with repeated header rows and colour
 * coding, live hyperlinks, bulleted and numbered lists, a timeline chart, a header and a footer
 * with "page X of Y", and document properties.
 *
 * <pre>{@code
 * DocxExporter docx = DocxExporter.builder().template(Template.GOOGLE_SRE).build();
 * docx.write(postmortem, Path.of("report.docx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. With a fixed {@link ExporterBuilder#creationTime creation time}
 * the same input gives byte-identical files.
 */
public final class DocxExporter implements Exporter {
  private final ReportOptions options;
  private final boolean tableOfContents;

  private DocxExporter(Builder b) {
    this.options = b.snapshot();
    this.tableOfContents = b.tableOfContents;
  }

  /**
   * A builder with the default options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An exporter with the default options: internal audience, default template, UTC.
   *
   * @return the exporter
   */
  public static DocxExporter create() {
    return builder().build();
  }

  @Override
  public void write(Postmortem postmortem, OutputStream out) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      writeDocx(postmortem, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The DOCX file as bytes.
   *
   * @param postmortem the post-mortem
   * @return the Word document's bytes
   * @throws ExportException when the report cannot be produced
   */
  @Override
  public byte[] toBytes(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    try {
      writeDocx(postmortem, buffer);
    } catch (IOException | UncheckedIOException e) {
      throw new ExportException("cannot write the DOCX of post-mortem '" + postmortem.id() + "': "
          + e.getMessage(), e);
    }
    return buffer.toByteArray();
  }

  /**
   * One walk records the body's blocks; then the package is written with the body streamed into
   * it (see {@link DocxPackage}).
   */
  private void writeDocx(Postmortem postmortem, OutputStream out) throws IOException {
    String country = options.locale().getCountry();
    boolean letter = country.equals("US") || country.equals("CA");
    boolean toc = tableOfContents && options.audience() == Audience.INTERNAL;
    try {
      DocxBodyWriter body = new DocxBodyWriter(options.zone(postmortem), letter, toc);
      Labels labels = Labels.of(options.locale());
      body.labels(labels);
      body.fonts(options.fonts(), options.systemFonts());
      ReportRun run = ReportRun.prepare(postmortem, options, body);
      run.walk();
      Postmortem pm = run.postmortem();
      DocxPackage.write(body, pm.id() + " \u00b7 " + labels.get("audience." + options.audience().name()), pm.title(),
          properties(pm, run), run.createdAt(), out);
    } catch (ExportException | IOException | UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ExportException("cannot write the DOCX of post-mortem '" + postmortem.id() + "': "
          + e, e);
    }
  }

  private DocxPackage.Properties properties(Postmortem pm, ReportRun run) {
    List<String> keywords = new ArrayList<>();
    keywords.add("post-mortem");
    pm.severity().ifPresent(s -> keywords.add(s.displayName()));
    if (options.audience() != Audience.EXTERNAL) {
      keywords.addAll(pm.tags());
    }
    return new DocxPackage.Properties(
        pm.title(),
        options.audience().label() + " of post-mortem " + pm.id(),
        pm.authors().isEmpty() ? "Postmortem Kit" : String.join(", ", pm.authors()),
        String.join(", ", keywords),
        "Post-mortem",
        pm.id(),
        pm.summary().orElse(""),
        run.createdAt());
  }

  @Override
  public ReportOptions options() {
    return options;
  }

  @Override
  public String fileExtension() {
    return "docx";
  }

  /** Builds a {@link DocxExporter}. */
  public static final class Builder extends ExporterBuilder<Builder> {
    private boolean tableOfContents = true;

    private Builder() {}

    /**
     * Whether the internal report has a table of contents after its title block, defaults to
     * {@code true}. Word fills in page numbers when the field is updated.
     *
     * @return {@code this}
     */
    public Builder tableOfContents(boolean tableOfContents) {
      this.tableOfContents = tableOfContents;
      return this;
    }

    ReportOptions snapshot() {
      return options();
    }

    /**
     * Builds the exporter.
     *
     * @return the exporter
     */
    public DocxExporter build() {
      return new DocxExporter(this);
    }
  }
}

package dev.postmortem.export.markdown;

import dev.postmortem.export.Exporter;
import dev.postmortem.export.ExporterBuilder;
import dev.postmortem.export.ReportOptions;
import dev.postmortem.export.internal.ReportRun;
import dev.postmortem.export.markdown.internal.MarkdownEscaper;
import dev.postmortem.export.markdown.internal.MarkdownReportWriter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes a post-mortem as GitHub-flavoured Markdown: YAML front matter, tables, a task list of
 * the action items and Mermaid diagrams of the incident and of the action items' due dates. Every
 * user string is escaped, so it can never create a heading, a link, a table cell break or HTML.
 *
 * <pre>{@code
 * MarkdownExporter md = MarkdownExporter.builder().audience(Audience.EXECUTIVE).build();
 * String report = md.toString(postmortem);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownExporter implements Exporter {
  private final ReportOptions options;
  private final boolean frontMatter;
  private final boolean mermaid;

  private MarkdownExporter(Builder b) {
    this.options = b.snapshot();
    this.frontMatter = b.frontMatter;
    this.mermaid = b.mermaid;
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
  public static MarkdownExporter create() {
    return builder().build();
  }

  /**
   * The report as text.
   *
   * @param postmortem the post-mortem
   * @return the Markdown document
   * @throws dev.postmortem.export.ExportException when the report cannot be produced
   */
  public String toString(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    StringBuilder out = new StringBuilder(4096);
    MarkdownReportWriter writer = new MarkdownReportWriter(out, options.zone(postmortem), mermaid);
    ReportRun run = ReportRun.prepare(postmortem, options, writer);
    if (frontMatter) {
      frontMatter(out, run);
    }
    run.walk();
    return out.toString();
  }

  private void frontMatter(StringBuilder out, ReportRun run) {
    Postmortem pm = run.postmortem();
    out.append("---\n");
    out.append("id: ").append(MarkdownEscaper.yamlString(pm.id())).append('\n');
    out.append("title: ").append(MarkdownEscaper.yamlString(pm.title())).append('\n');
    out.append("status: ").append(pm.status().id()).append('\n');
    pm.severity().ifPresent(s -> out.append("severity: ").append(s.id()).append('\n'));
    pm.incident().started().ifPresent(t -> out.append("date: ")
        .append(t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append('\n'));
    if (!pm.authors().isEmpty()) {
      out.append("authors:\n");
      pm.authors().forEach(a -> out.append("  - ").append(MarkdownEscaper.yamlString(a)).append('\n'));
    }
    pm.lifecycle().drafted().ifPresent(t -> out.append("drafted: ").append(utc(t)).append('\n'));
    pm.lifecycle().published().ifPresent(t -> out.append("published: ").append(utc(t)).append('\n'));
    if (options.audience() == dev.postmortem.export.Audience.INTERNAL && !pm.internalFields().isEmpty()) {
      // which fields only internal audiences may see, so that importing the report keeps it
      out.append("internalFields:\n");
      pm.internalFields().forEach(f -> out.append("  - ").append(MarkdownEscaper.yamlString(f)).append('\n'));
    }
    out.append("audience: ").append(options.audience().id()).append('\n');
    out.append("template: ").append(options.template().id()).append('\n');
    out.append("generated: ").append(DateTimeFormatter.ISO_INSTANT.format(run.createdAt())).append('\n');
    out.append("---\n\n");
  }

  private static String utc(java.time.OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * The report as UTF-8 bytes.
   *
   * @param postmortem the post-mortem
   * @return the Markdown document's bytes
   * @throws dev.postmortem.export.ExportException when the report cannot be produced
   */
  @Override
  public byte[] toBytes(Postmortem postmortem) {
    return toString(postmortem).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void write(Postmortem postmortem, OutputStream out) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    Objects.requireNonNull(out, "out must not be null");
    byte[] bytes = toBytes(postmortem);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ReportOptions options() {
    return options;
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  /** Builds a {@link MarkdownExporter}. */
  public static final class Builder extends ExporterBuilder<Builder> {
    private boolean frontMatter = true;
    private boolean mermaid = true;

    private Builder() {}

    /**
     * Whether the report starts with YAML front matter (id, title, status, severity, date,
     * authors), defaults to {@code true}.
     *
     * @return {@code this}
     */
    public Builder frontMatter(boolean frontMatter) {
      this.frontMatter = frontMatter;
      return this;
    }

    /**
     * Whether the timeline has Mermaid diagrams (a gantt chart of the incident and a timeline of
     * the action items' due dates), defaults to {@code true}.
     *
     * @return {@code this}
     */
    public Builder mermaid(boolean mermaid) {
      this.mermaid = mermaid;
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
    public MarkdownExporter build() {
      return new MarkdownExporter(this);
    }
  }
}

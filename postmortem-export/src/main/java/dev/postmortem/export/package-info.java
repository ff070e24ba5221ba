/**
 * Reports of a post-mortem for three audiences ({@link dev.postmortem.export.Audience}) in the
 * section order of a {@link dev.postmortem.export.Template}. The exporters ({@link
 * dev.postmortem.export.markdown.MarkdownExporter}, {@link dev.postmortem.export.docx.DocxExporter},
 * {@link dev.postmortem.export.pdf.PdfExporter}) share one walk over the sections: {@link
 * dev.postmortem.export.SectionRenderer}s write blocks to a {@link
 * dev.postmortem.export.ReportWriter} that each format draws in its own way.
 */
package dev.postmortem.export;

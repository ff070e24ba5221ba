/** The PDF exporter, {@link dev.postmortem.export.pdf.PdfExporter}. */
package dev.postmortem.export.pdf;

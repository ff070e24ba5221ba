/** The DOCX exporter, {@link dev.postmortem.export.docx.DocxExporter}. */
package dev.postmortem.export.docx;

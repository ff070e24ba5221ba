/** The Markdown exporter, {@link dev.postmortem.export.markdown.MarkdownExporter}. */
package dev.postmortem.export.markdown;

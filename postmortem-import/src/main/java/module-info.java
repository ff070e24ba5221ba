/**
 * Postmortem Kit importers: post-mortems written as Markdown (from any template) or Word
 * documents, and draft timelines from JSON Lines logs, CSV files and Slack exports.
 *
 * <p>Start at {@link dev.postmortem.importer.PostmortemImporter} and {@link
 * dev.postmortem.importer.TimelineImporter}.
 */
module dev.postmortem.importer {
  requires transitive dev.postmortem.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.toml;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;

  exports dev.postmortem.importer;
  exports dev.postmortem.importer.timeline;
}

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
  // POI logs through the Log4j API: a quiet provider of the lowest priority, so nothing is printed
  // unless the application adds a real one (log4j-core, log4j-to-slf4j)
  requires org.apache.logging.log4j;

  provides org.apache.logging.log4j.spi.Provider
      with dev.postmortem.importer.internal.logging.QuietLog4jProvider;
  // the Log4j API instantiates the provider's logger context factory by reflection
  exports dev.postmortem.importer.internal.logging to org.apache.logging.log4j;
  requires java.xml;

  exports dev.postmortem.importer;
  exports dev.postmortem.importer.timeline;
}

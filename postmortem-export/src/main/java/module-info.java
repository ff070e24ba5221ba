/**
 * Postmortem Kit reports: a post-mortem as Markdown ({@link dev.postmortem.export.markdown}), Word
 * ({@link dev.postmortem.export.docx}) or PDF ({@link dev.postmortem.export.pdf}) for an internal,
 * executive or external audience; {@link dev.postmortem.export} holds the options and the section
 * renderer extension point.
 */
module dev.postmortem.export {
  requires transitive dev.postmortem.core;
  requires com.github.librepdf.openpdf;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires java.desktop;
  // only resources (the DejaVu fonts); an automatic module, so all its packages are open
  requires net.sf.jasperreports.fonts;

  exports dev.postmortem.export;
  exports dev.postmortem.export.markdown;
  exports dev.postmortem.export.docx;
  exports dev.postmortem.export.pdf;
}

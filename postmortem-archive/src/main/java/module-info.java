/**
 * Postmortem Kit archive: learning across many post-mortems. {@link dev.postmortem.archive.Archive}
 * reads a folder of post-mortems (JSON, YAML, Markdown, Word) into an immutable {@link
 * dev.postmortem.archive.ArchiveReport} — inventory, follow-up backlog, review agenda, recurring
 * patterns and metrics over time — and {@link dev.postmortem.archive.ReviewPack} writes it as
 * Markdown, Word, PDF or JSON.
 */
module dev.postmortem.archive {
  requires transitive dev.postmortem.core;
  requires dev.postmortem.importer;
  requires com.github.librepdf.openpdf;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires java.desktop;
  requires static org.immutables.value.annotations;

  exports dev.postmortem.archive;
}

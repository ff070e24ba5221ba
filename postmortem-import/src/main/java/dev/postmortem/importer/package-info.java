/**
 * Importers for post-mortems teams already wrote.
 *
 * <p>{@link dev.postmortem.importer.PostmortemImporter} reads Markdown from any template
 * (Google SRE, PagerDuty, Atlassian, Kehoe and free-form), with YAML or TOML front matter, and
 * Word {@code .docx} documents, into the model plus {@link
 * dev.postmortem.importer.ImportDiagnostic}s with lines for every guess it had to make. Sections
 * are recognised through {@link dev.postmortem.importer.SectionSynonyms}; sections that map to
 * nothing are kept as additional sections with their Markdown.
 *
 * <p>{@link dev.postmortem.importer.TimelineImporter} drafts a timeline from JSON Lines logs, CSV
 * files and Slack channel exports, streaming large inputs.
 */
package dev.postmortem.importer;

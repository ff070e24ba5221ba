package dev.postmortem.export;

import java.util.Set;

/**
 * Renders some sections of a report through the context's {@link ReportWriter}, for every
 * format at once. Register one with {@link ExporterBuilder#sectionRendererFactory}; the first
 * renderer that handles a section renders it, and {@link CoreSectionRenderer} comes last.
 */
public interface SectionRenderer {
  /** The sections this renderer handles. */
  Set<ReportSection> sections();

  /** Renders one section; writes nothing when the section has no content. */
  void render(ReportSection section);

  /** Called once before the first section. */
  default void beforeDocument() {}

  /** Called once after the last section. */
  default void afterDocument() {}
}

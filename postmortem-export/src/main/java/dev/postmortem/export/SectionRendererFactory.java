package dev.postmortem.export;

/** Creates a {@link SectionRenderer} for one export; called once per exported document. */
@FunctionalInterface
public interface SectionRendererFactory {
  /** A renderer that writes through {@code context}. */
  SectionRenderer create(SectionContext context);
}

package dev.postmortem.importer;

import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.model.Postmortem;
import java.util.List;
import java.util.Objects;

/**
 * The result of an import: the post-mortem, where each of its parts came from, and what the
 * importer noticed or guessed.
 */
public final class ImportResult {
  private final PostmortemDocument document;
  private final List<ImportDiagnostic> diagnostics;

  /** A result. */
  public ImportResult(PostmortemDocument document, List<ImportDiagnostic> diagnostics) {
    this.document = Objects.requireNonNull(document, "document");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The imported post-mortem. */
  public Postmortem postmortem() {
    return document.postmortem();
  }

  /**
   * The post-mortem with its source name and a source map from JSON pointers ({@code /timeline/3},
   * {@code /actionItems/0}, ...) to lines, for validators to point findings at.
   */
  public PostmortemDocument document() {
    return document;
  }

  /** Every guess and decision, with lines, in document order. */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** The diagnostics of one kind. */
  public List<ImportDiagnostic> diagnostics(ImportDiagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).toList();
  }
}

package dev.postmortem.cli.internal;

import java.util.List;

/**
 * The outcome of checking one file.
 *
 * @param file the file as named on the command line
 * @param readable whether the file could be read as a post-mortem
 * @param diagnostics what was found, in {@link Diagnostic#ORDER}
 */
public record FileReport(String file, boolean readable, List<Diagnostic> diagnostics) {
  /** Copies the list. */
  public FileReport {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }
}

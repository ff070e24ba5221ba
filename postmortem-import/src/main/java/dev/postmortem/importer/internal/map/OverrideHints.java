package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ends each diagnostic of an assumption with how to override it: the CLI flag and the key of a
 * {@code --mapping} file (or the builder method of the library) that states what the document
 * leaves open, so a reader of the diagnostic knows what to do when the assumption is wrong.
 */
final class OverrideHints {
  private OverrideHints() {}

  static List<ImportDiagnostic> annotate(List<ImportDiagnostic> in) {
    List<ImportDiagnostic> out = new ArrayList<>(in.size());
    for (ImportDiagnostic d : in) {
      String hint = hint(d);
      out.add(hint == null || d.message().contains(" --") ? d : new ImportDiagnostic(d.level(), d.kind(),
          d.message() + "; " + hint, d.source(), d.line(), d.column(), d.pointer()));
    }
    return out;
  }

  static String hint(ImportDiagnostic d) {
    String m = d.message().toLowerCase(Locale.ROOT);
    return switch (d.kind()) {
      case ASSUMED_ZONE -> "to override, give --zone ZONE (or 'zone:' in a --mapping file)";
      case ASSUMED_DATE -> m.contains("no year")
          ? "to override, write the year or give --reference-date YYYY-MM-DD"
          : "to override, give --reference-date YYYY-MM-DD (or 'referenceDate:' in a --mapping file)";
      case AMBIGUOUS_DATE -> "to override, give --date-order day-first|month-first (or 'dateOrder:' in a --mapping file)";
      case UNMAPPED_SECTION -> "to map it, list its heading under 'sections:' in a --mapping file";
      case UNMAPPED_METADATA -> "to map it, list its label under 'fields:' in a --mapping file";
      case GUESSED_VALUE -> m.contains("status") ? "to override, list the word under 'statuses:' in a --mapping file"
          : m.contains("severity") ? "to override, list the word under 'severities:' in a --mapping file"
          : null;
      default -> null;
    };
  }
}

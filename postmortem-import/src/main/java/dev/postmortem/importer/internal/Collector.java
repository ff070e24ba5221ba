package dev.postmortem.importer.internal;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.ImportDiagnostic.Level;
import dev.postmortem.io.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects diagnostics and source positions while a document is mapped. */
public final class Collector {
  private final String source;
  private final List<ImportDiagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();

  public Collector(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  public void info(Kind kind, int line, int column, String pointer, String message) {
    diagnostics.add(new ImportDiagnostic(Level.INFO, kind, message, source, line, column, pointer));
  }

  public void warn(Kind kind, int line, int column, String pointer, String message) {
    diagnostics.add(new ImportDiagnostic(Level.WARNING, kind, message, source, line, column, pointer));
  }

  public void at(String pointer, int line, int column) {
    if (line >= 1) {
      positions.putIfAbsent(pointer, SourcePosition.of(source, line, Math.max(0, column)));
    }
  }

  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  public Map<String, SourcePosition> positions() {
    return positions;
  }

  /** Escapes a JSON pointer segment (RFC 6901). */
  public static String segment(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}

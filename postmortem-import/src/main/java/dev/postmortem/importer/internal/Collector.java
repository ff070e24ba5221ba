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

  /**
   * Renumbers the elements of an array after it was reordered: a pointer {@code prefix + i} (or
   * below it) becomes {@code prefix + newIndex[i]}, in the diagnostics and the source positions.
   */
  public void renumber(String prefix, int[] newIndex) {
    Map<String, SourcePosition> moved = new LinkedHashMap<>();
    positions.forEach((k, v) -> moved.put(renumbered(k, prefix, newIndex), v));
    positions.clear();
    positions.putAll(moved);
    diagnostics.replaceAll(x -> {
      String np = renumbered(x.pointer(), prefix, newIndex);
      return np.equals(x.pointer()) ? x
          : new ImportDiagnostic(x.level(), x.kind(), x.message(), x.source(), x.line(), x.column(), np);
    });
  }

  private static String renumbered(String pointer, String prefix, int[] newIndex) {
    if (pointer == null || !pointer.startsWith(prefix)) {
      return pointer;
    }
    int end = prefix.length();
    while (end < pointer.length() && Character.isDigit(pointer.charAt(end))) {
      end++;
    }
    if (end == prefix.length() || end - prefix.length() > 9 || end < pointer.length() && pointer.charAt(end) != '/') {
      return pointer;
    }
    int i = Integer.parseInt(pointer.substring(prefix.length(), end));
    return i < newIndex.length ? prefix + newIndex[i] + pointer.substring(end) : pointer;
  }

  /** Escapes a JSON pointer segment (RFC 6901). */
  public static String segment(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}

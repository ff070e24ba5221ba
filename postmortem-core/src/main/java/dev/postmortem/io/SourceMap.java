package dev.postmortem.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a post-mortem came from: JSON pointers (RFC 6901) mapped to source
 * positions. Readers and importers fill it; validators use it to point findings at lines.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());
  private final Map<String, SourcePosition> positions;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
  }

  /** A map that knows no positions. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** A map from the given pointer-to-position entries. */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    return new SourceMap(Collections.unmodifiableMap(new HashMap<>(positions)));
  }

  /**
   * The position of {@code pointer}, or of its nearest ancestor that has one: a missing field is
   * reported at the object that lacks it.
   */
  public Optional<SourcePosition> find(String pointer) {
    String p = pointer;
    while (true) {
      SourcePosition pos = positions.get(p);
      if (pos != null) {
        return Optional.of(pos);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** The position recorded for exactly this pointer. */
  public Optional<SourcePosition> exact(String pointer) {
    return Optional.ofNullable(positions.get(pointer));
  }

  /** All recorded positions, by pointer. */
  public Map<String, SourcePosition> asMap() {
    return positions;
  }

  /** How many positions are recorded. */
  public int size() {
    return positions.size();
  }
}

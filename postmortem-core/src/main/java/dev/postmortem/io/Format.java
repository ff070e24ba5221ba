package dev.postmortem.io;

import java.util.Locale;
import java.util.Optional;

/** The two serializations of the post-mortem file format. */
public enum Format {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML ({@code .yaml}, {@code .yml}). */
  YAML;

  /** The format a file name's extension names, if any. */
  public static Optional<Format> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}

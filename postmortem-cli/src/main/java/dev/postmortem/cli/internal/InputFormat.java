package dev.postmortem.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the commands read, recognised by extension unless --input-format says: the
 * canonical JSON and YAML, and Markdown and Word documents, which are imported.
 */
public enum InputFormat {
  /** The canonical file format as JSON. */
  JSON(List.of(".json")),
  /** The canonical file format as YAML. */
  YAML(List.of(".yaml", ".yml")),
  /** A post-mortem written in Markdown, from any template; imported. */
  MD(List.of(".md", ".markdown")),
  /** A post-mortem written as a Word document; imported. */
  DOCX(List.of(".docx"));

  private final List<String> extensions;

  InputFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The file extensions of this format, with the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** The lowercase name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file's extension names, if any. */
  public static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Every recognised extension, for messages. */
  public static String allExtensions() {
    StringBuilder sb = new StringBuilder();
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        sb.append(sb.length() == 0 ? "" : ", ").append(ext);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return id();
  }
}

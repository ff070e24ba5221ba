package dev.postmortem.cli.internal;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a post-mortem from any supported kind of file. */
public final class DocumentLoader {
  private final PostmortemReader reader = PostmortemReader.strict();
  private final InputFormat override;

  /**
   * A loader.
   *
   * @param override the format to assume for every file, or {@code null} to go by extension
   */
  public DocumentLoader(InputFormat override) {
    this.override = override;
  }

  /**
   * Reads the file.
   *
   * @throws IOException when the file cannot be read
   * @throws PostmortemFormatException when it is not a valid post-mortem or its format is unknown
   */
  public PostmortemDocument load(Path file) throws IOException {
    String name = file.toString();
    InputFormat format = override != null
        ? override
        : InputFormat.of(file).orElseThrow(() -> new PostmortemFormatException(name, 0, 0, "",
            "unknown file extension; expected one of " + InputFormat.allExtensions()
                + " (or give --input-format)", null));
    try (InputStream in = Files.newInputStream(file)) {
      switch (format) {
        case JSON:
          return reader.readDocument(in, Format.JSON, name);
        case YAML:
          return reader.readDocument(in, Format.YAML, name);
        default:
          throw new IllegalStateException("unhandled input format " + format);
      }
    }
  }
}

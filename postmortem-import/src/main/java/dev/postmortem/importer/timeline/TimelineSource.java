package dev.postmortem.importer.timeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A source to draft from: a file or a Slack export folder, with its family when it is named
 * rather than detected.
 *
 * @param path the file or folder
 * @param format the family, or {@code null} to detect it from the content
 */
public record TimelineSource(Path path, SourceFormat format) {
  /**
   * A source.
   *
   * @param path the file or folder
   * @param format the family, or {@code null} to detect it
   */
  public TimelineSource {
    Objects.requireNonNull(path, "path");
  }

  /**
   * A source whose family is detected from its content.
   *
   * @param path the file or folder
   * @return the source
   */
  public static TimelineSource of(Path path) {
    return new TimelineSource(path, null);
  }

  /**
   * The family, when named.
   *
   * @return the family, or empty to detect it
   */
  public Optional<SourceFormat> named() {
    return Optional.ofNullable(format);
  }
}

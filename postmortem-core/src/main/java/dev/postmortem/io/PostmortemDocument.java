package dev.postmortem.io;

import dev.postmortem.model.Postmortem;
import java.util.Objects;
import java.util.Optional;

/**
 * A post-mortem together with where it came from: the source file's name and the position of each
 * of its parts, so that validation findings can point at lines.
 */
public final class PostmortemDocument {
  private final Postmortem postmortem;
  private final String source;
  private final SourceMap positions;

  private PostmortemDocument(Postmortem postmortem, String source, SourceMap positions) {
    this.postmortem = Objects.requireNonNull(postmortem, "postmortem must not be null");
    this.source = source;
    this.positions = Objects.requireNonNull(positions, "positions must not be null");
  }

  /**
   * A document.
   *
   * @param source the file name, or {@code null} when unknown
   */
  public static PostmortemDocument of(Postmortem postmortem, String source, SourceMap positions) {
    return new PostmortemDocument(postmortem, source, positions);
  }

  /** A document without a source: findings will carry JSON pointers only. */
  public static PostmortemDocument of(Postmortem postmortem) {
    return new PostmortemDocument(postmortem, null, SourceMap.empty());
  }

  /** The post-mortem. */
  public Postmortem postmortem() {
    return postmortem;
  }

  /** The source file's name, when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Where each JSON pointer of the post-mortem starts in the source. */
  public SourceMap positions() {
    return positions;
  }
}

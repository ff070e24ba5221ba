package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** When the post-mortem document itself reached each stage. */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycle.class)
@JsonDeserialize(as = ImmutableLifecycle.class)
public interface Lifecycle {
  /** When the document was created. */
  Optional<OffsetDateTime> created();

  /** When a complete first draft was ready for review. */
  Optional<OffsetDateTime> drafted();

  /** When the review meeting took place. */
  Optional<OffsetDateTime> reviewed();

  /** When the post-mortem was published to its audience. */
  Optional<OffsetDateTime> published();

  /** When the post-mortem was closed (every action item finished). */
  Optional<OffsetDateTime> closed();

  /** A builder. */
  static ImmutableLifecycle.Builder builder() {
    return ImmutableLifecycle.builder();
  }

  /** A lifecycle with nothing recorded. */
  static Lifecycle empty() {
    return ImmutableLifecycle.builder().build();
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A piece of evidence: a log query, a graph, a chat transcript, a ticket. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public interface Evidence {
  /** A unique id within the post-mortem, for example {@code E1}. */
  String id();

  /** The kind of evidence. */
  EvidenceKind kind();

  /** A short title. */
  String title();

  /** Where it can be found. */
  Optional<String> link();

  /** An attached file, relative to the post-mortem file. */
  Optional<String> file();

  /** What it shows. */
  Optional<String> description();

  /** When it was captured. */
  Optional<OffsetDateTime> capturedAt();

  /** Whether only internal audiences may see this item. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean internal() {
    return false;
  }

  /** A builder. */
  static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "Evidence", "id", "");
    Checks.notBlank(title(), "Evidence", "title", "id=" + id());
  }
}

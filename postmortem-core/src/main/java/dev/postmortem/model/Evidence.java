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
public abstract class Evidence {
  Evidence() {}

  /** A unique id within the post-mortem, for example {@code E1}. */
  public abstract String id();

  /** The kind of evidence. */
  public abstract EvidenceKind kind();

  /** A short title. */
  public abstract String title();

  /** Where it can be found. */
  public abstract Optional<String> link();

  /** An attached file, relative to the post-mortem file. */
  public abstract Optional<String> file();

  /** What it shows. */
  public abstract Optional<String> description();

  /** When it was captured. */
  public abstract Optional<OffsetDateTime> capturedAt();

  /** Whether only internal audiences may see this item. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A builder. */
  public static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Evidence", "id", "");
    Checks.notBlank(title(), "Evidence", "title", "id=" + id());
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A 5 Whys chain: a problem statement and the ordered steps that drill down to a root cause. */
@Value.Immutable
@JsonSerialize(as = ImmutableWhyChain.class)
@JsonDeserialize(as = ImmutableWhyChain.class)
public interface WhyChain {
  /** An id, unique within the post-mortem, for example {@code W1}. */
  Optional<String> id();

  /** The problem the chain starts from. */
  String problem();

  /** The steps, in order. */
  List<WhyStep> steps();

  /** The id of the {@link Cause} the chain ends at. */
  Optional<String> rootCause();

  /** A builder. */
  static ImmutableWhyChain.Builder builder() {
    return ImmutableWhyChain.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(problem(), "WhyChain", "problem", id().map(i -> "id=" + i).orElse(""));
  }
}

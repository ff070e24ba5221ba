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
public abstract class WhyChain {
  WhyChain() {}

  /** An id, unique within the post-mortem, for example {@code W1}. */
  public abstract Optional<String> id();

  /** The problem the chain starts from. */
  public abstract String problem();

  /** The steps, in order. */
  public abstract List<WhyStep> steps();

  /** The id of the {@link Cause} the chain ends at. */
  public abstract Optional<String> rootCause();

  /** A builder. */
  public static ImmutableWhyChain.Builder builder() {
    return ImmutableWhyChain.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(problem(), "WhyChain", "problem", id().map(i -> "id=" + i).orElse(""));
  }
}

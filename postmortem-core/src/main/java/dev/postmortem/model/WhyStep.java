package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One "why?" of a 5 Whys chain. */
@Value.Immutable
@JsonSerialize(as = ImmutableWhyStep.class)
@JsonDeserialize(as = ImmutableWhyStep.class)
public interface WhyStep {
  /** The question, for example "Why did the pool run out of connections?". */
  String question();

  /** The answer; empty while the step is unanswered. */
  Optional<String> answer();

  /** The id of the {@link Cause} this answer corresponds to, making the chain a graph path. */
  Optional<String> cause();

  /** Ids of the {@link Evidence} items that support the answer. */
  List<String> evidence();

  /** A builder. */
  static ImmutableWhyStep.Builder builder() {
    return ImmutableWhyStep.builder();
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The Start / Stop / Continue retrospective: practices to adopt, drop and keep. */
@Value.Immutable
@JsonSerialize(as = ImmutableStartStopContinue.class)
@JsonDeserialize(as = ImmutableStartStopContinue.class)
public interface StartStopContinue {
  /** Practices to start. */
  List<String> start();

  /** Practices to stop. */
  List<String> stop();

  /** Practices to continue; {@code continue} in files. */
  @JsonProperty("continue")
  List<String> keep();

  /** A builder. */
  static ImmutableStartStopContinue.Builder builder() {
    return ImmutableStartStopContinue.builder();
  }

  /** Nothing recorded. */
  static StartStopContinue empty() {
    return ImmutableStartStopContinue.builder().build();
  }

  /** Whether nothing is recorded. */
  @JsonIgnore
  default boolean isEmpty() {
    return start().isEmpty() && stop().isEmpty() && keep().isEmpty();
  }
}

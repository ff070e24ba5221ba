package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Reproducing the failure in a sandbox that mirrors production. */
@Value.Immutable
@JsonSerialize(as = ImmutableRecreation.class)
@JsonDeserialize(as = ImmutableRecreation.class)
public interface Recreation {
  /** Whether the failure was reproduced. */
  RecreationOutcome outcome();

  /** The environment used, for example {@code staging cluster with production config}. */
  Optional<String> environment();

  /** The steps taken, in order. */
  List<String> steps();

  /** What was observed. */
  List<String> observations();

  /** Ids of the {@link ActionItem}s whose fixes were verified in the recreation. */
  List<String> fixesVerified();

  /** Why no recreation was attempted, when {@link #outcome()} is NOT_ATTEMPTED. */
  Optional<String> reason();

  /** When it was done. */
  Optional<LocalDate> performedOn();

  /** A builder. */
  static ImmutableRecreation.Builder builder() {
    return ImmutableRecreation.builder();
  }
}

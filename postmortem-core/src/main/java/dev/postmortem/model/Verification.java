package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** How an action item's effect is checked, and what the check showed. */
@Value.Immutable
@JsonSerialize(as = ImmutableVerification.class)
@JsonDeserialize(as = ImmutableVerification.class)
public interface Verification {
  /** How it is verified. */
  VerificationMethod method();

  /** The id of the {@link Slo} whose violations should drop, when {@link #method()} is SLO. */
  Optional<String> slo();

  /** What will be checked and what change is expected. */
  Optional<String> description();

  /** Measured before the fix. */
  Optional<SloMeasurement> before();

  /** Measured after the fix, over a window of equal length. */
  Optional<SloMeasurement> after();

  /** What the check showed. */
  Optional<String> result();

  /** When the check was done. */
  Optional<LocalDate> verifiedOn();

  /**
   * Whether the measurements show improvement: fewer violations after than before, over windows
   * of equal length. Empty when either measurement is missing.
   */
  @JsonIgnore
  default Optional<Boolean> showsImprovement() {
    if (before().isEmpty() || after().isEmpty()) {
      return Optional.empty();
    }
    SloMeasurement b = before().get();
    SloMeasurement a = after().get();
    return Optional.of(b.window().equals(a.window()) && a.violations() < b.violations());
  }

  /** A builder. */
  static ImmutableVerification.Builder builder() {
    return ImmutableVerification.builder();
  }
}

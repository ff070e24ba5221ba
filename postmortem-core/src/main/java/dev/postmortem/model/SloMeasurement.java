package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An SLO measured over a window: how often it was violated and what it attained. */
@Value.Immutable
@JsonSerialize(as = ImmutableSloMeasurement.class)
@JsonDeserialize(as = ImmutableSloMeasurement.class)
public abstract class SloMeasurement {
  SloMeasurement() {}

  /** Start of the window. */
  public abstract OffsetDateTime start();

  /** End of the window. */
  public abstract OffsetDateTime end();

  /** How many times (or windows) the objective was violated. */
  public abstract long violations();

  /** The attained value, for example {@code 99.95} (percent). */
  public abstract Optional<BigDecimal> attained();

  /** The window's length. */
  @JsonIgnore
  public Duration window() {
    return Duration.between(start(), end());
  }

  /** A builder. */
  public static ImmutableSloMeasurement.Builder builder() {
    return ImmutableSloMeasurement.builder();
  }

  @Value.Check
  void check() {
    Checks.check(!end().isBefore(start()), "SloMeasurement.end " + end() + " is before start " + start());
    Checks.check(violations() >= 0, "SloMeasurement.violations must not be negative: " + violations());
  }
}

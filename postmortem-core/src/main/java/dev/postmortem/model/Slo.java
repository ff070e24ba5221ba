package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A service level objective, with measurements before and after the incident's fixes. */
@Value.Immutable
@JsonSerialize(as = ImmutableSlo.class)
@JsonDeserialize(as = ImmutableSlo.class)
public interface Slo {
  /** A unique id within the post-mortem, for example {@code checkout-availability}. */
  String id();

  /** A readable name. */
  String name();

  /** What is measured, for example {@code share of checkout requests answered 2xx in 1 s}. */
  Optional<String> indicator();

  /** The objective in percent, for example {@code 99.9}. */
  Optional<BigDecimal> objective();

  /** The rolling window the objective applies to, for example {@code P28D}. */
  Optional<Duration> window();

  /** Measured before the fix. */
  Optional<SloMeasurement> before();

  /** Measured after the fix, over a window of the same length. */
  Optional<SloMeasurement> after();

  /** A builder. */
  static ImmutableSlo.Builder builder() {
    return ImmutableSlo.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "Slo", "id", "");
    Checks.notBlank(name(), "Slo", "name", "id=" + id());
  }
}

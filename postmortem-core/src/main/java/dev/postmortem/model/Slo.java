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
public abstract class Slo {
  Slo() {}

  /** A unique id within the post-mortem, for example {@code checkout-availability}. */
  public abstract String id();

  /** A readable name. */
  public abstract String name();

  /** What is measured, for example {@code share of checkout requests answered 2xx in 1 s}. */
  public abstract Optional<String> indicator();

  /** The objective in percent, for example {@code 99.9}. */
  public abstract Optional<BigDecimal> objective();

  /** The rolling window the objective applies to, for example {@code P28D}. */
  public abstract Optional<Duration> window();

  /** Measured before the fix. */
  public abstract Optional<SloMeasurement> before();

  /** Measured after the fix, over a window of the same length. */
  public abstract Optional<SloMeasurement> after();

  /** A builder. */
  public static ImmutableSlo.Builder builder() {
    return ImmutableSlo.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Slo", "id", "");
    Checks.notBlank(name(), "Slo", "name", "id=" + id());
  }
}

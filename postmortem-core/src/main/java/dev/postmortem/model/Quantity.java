package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A measured or estimated amount of impact, for example 12 % of requests failed. */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public abstract class Quantity {
  Quantity() {}

  /** What was measured, for example {@code failed requests}. */
  public abstract String metric();

  /** The amount. */
  public abstract BigDecimal value();

  /** The unit, for example {@code %}, {@code requests}, {@code users}, {@code EUR}. */
  public abstract Optional<String> unit();

  /** Whether the value is an estimate rather than a measurement. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean estimated() {
    return false;
  }

  /** Whether only internal audiences may see this figure. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A builder. */
  public static ImmutableQuantity.Builder builder() {
    return ImmutableQuantity.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(metric(), "Quantity", "metric", "");
  }
}

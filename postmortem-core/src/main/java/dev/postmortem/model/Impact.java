package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Who and what the incident affected, and by how much. */
@Value.Immutable
@JsonSerialize(as = ImmutableImpact.class)
@JsonDeserialize(as = ImmutableImpact.class)
public interface Impact {
  /** A prose description of the impact. */
  Optional<String> description();

  /** The services or components affected. */
  List<String> affectedServices();

  /** The groups of users affected, for example {@code EU customers}. */
  List<String> affectedUsers();

  /** Whether customers noticed; empty when unknown. */
  Optional<Boolean> customerFacing();

  /** Measured or estimated quantities. */
  List<Quantity> quantities();

  /** Ids of the {@link Slo}s whose objectives the incident breached. */
  List<String> slosBreached();

  /** A builder. */
  static ImmutableImpact.Builder builder() {
    return ImmutableImpact.builder();
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The incident's milestones, each an offset date-time. Called {@code incident} in files.
 *
 * <p>In a consistent post-mortem they are ordered started ≤ detected ≤ acknowledged ≤ mitigated
 * ≤ resolved; the validator checks that, the model does not.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestones.class)
@JsonDeserialize(as = ImmutableMilestones.class)
public interface Milestones {
  /** When the impact began. */
  Optional<OffsetDateTime> started();

  /** When a person or a system first noticed the problem. */
  Optional<OffsetDateTime> detected();

  /** When a responder acknowledged the alert or page. */
  Optional<OffsetDateTime> acknowledged();

  /** When the impact was reduced to an acceptable level. */
  Optional<OffsetDateTime> mitigated();

  /** When the incident was over: the impact ended and the system was stable. */
  Optional<OffsetDateTime> resolved();

  /** When the public status page was first updated. */
  Optional<OffsetDateTime> statusPageUpdated();

  /** A builder. */
  static ImmutableMilestones.Builder builder() {
    return ImmutableMilestones.builder();
  }

  /** Milestones with nothing recorded. */
  static Milestones empty() {
    return ImmutableMilestones.builder().build();
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The status of one action item as seen at a follow-up review. */
@Value.Immutable
@JsonSerialize(as = ImmutableItemProgress.class)
@JsonDeserialize(as = ImmutableItemProgress.class)
public interface ItemProgress {
  /** The action item's id. */
  String item();

  /** Its status at the review. */
  ActionStatus status();

  /** What the owner reported. */
  Optional<String> note();

  /** A builder. */
  static ImmutableItemProgress.Builder builder() {
    return ImmutableItemProgress.builder();
  }
}

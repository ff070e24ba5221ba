package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A follow-up review of the action items, held at a cadence set by the severity. */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpReview.class)
@JsonDeserialize(as = ImmutableFollowUpReview.class)
public interface FollowUpReview {
  /** When the review was held. */
  LocalDate heldOn();

  /** Who attended. */
  List<String> attendees();

  /** Notes. */
  Optional<String> notes();

  /** The status of each item reviewed. */
  List<ItemProgress> items();

  /** A builder. */
  static ImmutableFollowUpReview.Builder builder() {
    return ImmutableFollowUpReview.builder();
  }
}

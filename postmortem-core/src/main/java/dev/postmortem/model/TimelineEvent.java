package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of the incident timeline.
 *
 * <p>An event has a time ({@link #at()}) or, when it was imported from a document whose time could
 * not be read, the original text of that time ({@link #timeText()}); at least one of the two is
 * always present.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimelineEvent.class)
@JsonDeserialize(as = ImmutableTimelineEvent.class)
public abstract class TimelineEvent {
  TimelineEvent() {}

  /** When it happened, with its UTC offset. */
  public abstract Optional<OffsetDateTime> at();

  /** The time as originally written, kept when it could not be read as a date-time. */
  public abstract Optional<String> timeText();

  /** What kind of event this is. */
  @Value.Default
  public EventKind kind() {
    return EventKind.OTHER;
  }

  /** What happened. */
  public abstract String description();

  /** Who acted, as a role rather than a name, for example {@code on-call engineer}. */
  public abstract Optional<String> actor();

  /** Where the record of this event comes from, for example {@code #incident-42 Slack}. */
  public abstract Optional<String> source();

  /** Ids of the {@link Evidence} items that back this event. */
  public abstract List<String> evidence();

  /** What the responders knew at that moment (for reverse-chronology analysis). */
  public abstract Optional<String> knownAtTheTime();

  /** Whether another action here could have changed the course of the incident. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean inflectionPoint() {
    return false;
  }

  /** Whether this is a key event, shown in summaries. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean keyEvent() {
    return false;
  }

  /** Whether {@link #at()} is approximate. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean approximate() {
    return false;
  }

  /** Whether only internal audiences may see this event. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A builder. */
  public static ImmutableTimelineEvent.Builder builder() {
    return ImmutableTimelineEvent.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "TimelineEvent", "description", "");
    Checks.check(
        at().isPresent() || timeText().isPresent(),
        "TimelineEvent needs 'at' or 'timeText' (event '" + description() + "')");
  }
}

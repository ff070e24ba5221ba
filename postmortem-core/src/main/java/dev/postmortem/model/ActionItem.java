package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A follow-up action: what will be done, by whom, by when, and how we will know it worked. */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItem.class)
@JsonDeserialize(as = ImmutableActionItem.class)
public interface ActionItem {
  /** A unique id within the post-mortem, for example {@code AI-1}. */
  String id();

  /** What will be done, starting with a verb. */
  String title();

  /** More detail, including the condition under which the item is done. */
  Optional<String> description();

  /** What the item is meant to do. */
  Optional<ActionType> type();

  /** How urgent it is. */
  Optional<Priority> priority();

  /** Who owns it: a person, a handle or a team. */
  Optional<String> owner();

  /** When it is due. */
  Optional<LocalDate> due();

  /** Its progress. */
  @Value.Default
  default ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** Why it will not be done, when the status is {@link ActionStatus#WONT_DO}. */
  Optional<String> rationale();

  /** When to reconsider a won't-do decision. */
  Optional<LocalDate> revisitOn();

  /** When it was finished. */
  Optional<LocalDate> completedOn();

  /** The tracking ticket, for example a Jira or GitHub issue link. */
  Optional<String> ticket();

  /** Ids of the {@link Cause}s this item addresses. */
  List<String> addresses();

  /** How its effect is verified, and the result. */
  Optional<Verification> verification();

  /** Whether only internal audiences may see this item. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean internal() {
    return false;
  }

  /** Whether the item is finished (done or verified). */
  @JsonIgnore
  default boolean isFinished() {
    return status() == ActionStatus.DONE || status() == ActionStatus.VERIFIED;
  }

  /** A builder. */
  static ImmutableActionItem.Builder builder() {
    return ImmutableActionItem.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "ActionItem", "id", "");
    Checks.notBlank(title(), "ActionItem", "title", "id=" + id());
  }
}

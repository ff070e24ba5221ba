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
public abstract class ActionItem {
  ActionItem() {}

  /** A unique id within the post-mortem, for example {@code AI-1}. */
  public abstract String id();

  /** What will be done, starting with a verb. */
  public abstract String title();

  /** More detail, including the condition under which the item is done. */
  public abstract Optional<String> description();

  /** What the item is meant to do. */
  public abstract Optional<ActionType> type();

  /** How urgent it is. */
  public abstract Optional<Priority> priority();

  /** Who owns it: a person, a handle or a team. */
  public abstract Optional<String> owner();

  /** When it is due. */
  public abstract Optional<LocalDate> due();

  /** Its progress. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** Why it will not be done, when the status is {@link ActionStatus#WONT_DO}. */
  public abstract Optional<String> rationale();

  /** When to reconsider a won't-do decision. */
  public abstract Optional<LocalDate> revisitOn();

  /** When it was finished. */
  public abstract Optional<LocalDate> completedOn();

  /** The tracking ticket, for example a Jira or GitHub issue link. */
  public abstract Optional<String> ticket();

  /** Ids of the {@link Cause}s this item addresses. */
  public abstract List<String> addresses();

  /** How its effect is verified, and the result. */
  public abstract Optional<Verification> verification();

  /** Whether only internal audiences may see this item. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** Whether the item is finished (done or verified). */
  @JsonIgnore
  public boolean isFinished() {
    return status() == ActionStatus.DONE || status() == ActionStatus.VERIFIED;
  }

  /** A builder. */
  public static ImmutableActionItem.Builder builder() {
    return ImmutableActionItem.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "ActionItem", "id", "");
    Checks.notBlank(title(), "ActionItem", "title", "id=" + id());
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contributing factor or condition: a node of the cause graph.
 *
 * <p>Causes are linked by {@link #ledTo()} edges (this cause led to those). The {@link
 * #trigger()} is the event that set things off; {@link #rootCause()} is a label given to the
 * systemic conditions the analysis settled on — never a person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCause.class)
@JsonDeserialize(as = ImmutableCause.class)
public abstract class Cause {
  Cause() {}

  /** A unique id within the post-mortem, for example {@code C1}. */
  public abstract String id();

  /** The condition, described as a property of the system. */
  public abstract String description();

  /** The kind of condition. */
  @Value.Default
  public CauseCategory category() {
    return CauseCategory.TECHNICAL;
  }

  /** Whether this is the trigger: the change or event that set the incident off. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean trigger() {
    return false;
  }

  /** Whether the analysis labels this factor a root cause. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean rootCause() {
    return false;
  }

  /** Ids of the causes this one led to. */
  public abstract List<String> ledTo();

  /** Ids of the {@link Evidence} items that support this cause. */
  public abstract List<String> evidence();

  /** Why this was labelled a root cause when no 5 Whys chain reaches it. */
  public abstract Optional<String> justification();

  /** Whether only internal audiences may see this cause. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A builder. */
  public static ImmutableCause.Builder builder() {
    return ImmutableCause.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Cause", "id", "");
    Checks.notBlank(description(), "Cause", "description", "id=" + id());
  }
}

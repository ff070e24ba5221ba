package dev.postmortem.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who took part in the incident response or the review. */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public abstract class Participant {
  Participant() {}

  /** The person's name (redacted in external reports). */
  public abstract String name();

  /** A short handle, for example a chat or source-control user name. */
  public abstract Optional<String> handle();

  /** An e-mail address. */
  public abstract Optional<String> email();

  /** The roles the person played. */
  public abstract List<Role> roles();

  /** The function the person works in. */
  public abstract Optional<Discipline> discipline();

  /** The person's team. */
  public abstract Optional<String> team();

  /** A builder. */
  public static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Participant", "name", "");
  }
}

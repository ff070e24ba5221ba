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
public interface Participant {
  /** The person's name (redacted in external reports). */
  String name();

  /** A short handle, for example a chat or source-control user name. */
  Optional<String> handle();

  /** An e-mail address. */
  Optional<String> email();

  /** The roles the person played. */
  List<Role> roles();

  /** The function the person works in. */
  Optional<Discipline> discipline();

  /** The person's team. */
  Optional<String> team();

  /** A builder. */
  static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "Participant", "name", "");
  }
}

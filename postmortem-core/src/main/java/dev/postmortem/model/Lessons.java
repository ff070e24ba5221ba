package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Lessons learned: what went well, what went wrong, where we got lucky, near misses. */
@Value.Immutable
@JsonSerialize(as = ImmutableLessons.class)
@JsonDeserialize(as = ImmutableLessons.class)
public interface Lessons {
  /** What went well. */
  List<String> wentWell();

  /** What went wrong. */
  List<String> wentWrong();

  /** Where we got lucky. */
  List<String> gotLucky();

  /** Near misses: things that almost made it worse. */
  List<String> nearMisses();

  /** A builder. */
  static ImmutableLessons.Builder builder() {
    return ImmutableLessons.builder();
  }

  /** No lessons recorded. */
  static Lessons empty() {
    return ImmutableLessons.builder().build();
  }

  /** Whether nothing is recorded. */
  @JsonIgnore
  default boolean isEmpty() {
    return wentWell().isEmpty() && wentWrong().isEmpty() && gotLucky().isEmpty() && nearMisses().isEmpty();
  }
}

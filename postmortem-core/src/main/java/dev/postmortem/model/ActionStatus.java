package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** Progress of an action item. Written in files as lowercase kebab-case, read case-insensitively. */
public enum ActionStatus {
  /** Not started. */
  OPEN,
  /** Being worked on. */
  IN_PROGRESS,
  /** Finished, not yet verified. */
  DONE,
  /** Finished and shown to work. */
  VERIFIED,
  /** Deliberately not done; needs a rationale and a revisit date. */
  WONT_DO;

  /** The identifier used in files, for example {@code open}. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /**
   * Reads an identifier case-insensitively ({@code -}, {@code _} and spaces are equivalent).
   *
   * @throws IllegalArgumentException listing the allowed values
   */
  @JsonCreator
  public static ActionStatus fromId(String id) {
    return Enums.parse(ActionStatus.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

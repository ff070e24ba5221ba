package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** What an action item is meant to do. Written in files as lowercase kebab-case, read case-insensitively. */
public enum ActionType {
  /** Reduce the impact of a recurrence. */
  MITIGATE,
  /** Stop the incident from recurring. */
  PREVENT,
  /** Find the problem sooner. */
  DETECT,
  /** Change how people work. */
  PROCESS,
  /** Fix damage the incident left. */
  REPAIR,
  /** Find out more (with a stated outcome). */
  INVESTIGATE,
  /** Write or fix documentation. */
  DOCUMENT;

  /** The identifier used in files, for example {@code mitigate}. */
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
  public static ActionType fromId(String id) {
    return Enums.parse(ActionType.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** Urgency of an action item (P0 most urgent). Written in files as lowercase kebab-case, read case-insensitively. */
public enum Priority {
  /** Drop everything. */
  P0,
  /** Within days. */
  P1,
  /** Within weeks. */
  P2,
  /** Within a quarter. */
  P3,
  /** When convenient. */
  P4;

  /** The identifier used in files, for example {@code p0}. */
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
  public static Priority fromId(String id) {
    return Enums.parse(Priority.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

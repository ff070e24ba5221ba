package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** Whether an incident recreation reproduced the failure. Written in files as lowercase kebab-case, read case-insensitively. */
public enum RecreationOutcome {
  /** The failure was reproduced. */
  REPRODUCED,
  /** Some symptoms were reproduced. */
  PARTIALLY_REPRODUCED,
  /** The failure could not be reproduced. */
  NOT_REPRODUCED,
  /** No recreation was attempted. */
  NOT_ATTEMPTED;

  /** The identifier used in files, for example {@code reproduced}. */
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
  public static RecreationOutcome fromId(String id) {
    return Enums.parse(RecreationOutcome.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

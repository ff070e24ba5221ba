package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** How an action item's effect is checked. Written in files as lowercase kebab-case, read case-insensitively. */
public enum VerificationMethod {
  /** An SLO's violations before and after the fix. */
  SLO,
  /** An alert that would have fired. */
  ALERT,
  /** An automated test. */
  TEST,
  /** The incident recreation no longer reproduces. */
  RECREATION,
  /** A manual review or audit. */
  REVIEW,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code slo}. */
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
  public static VerificationMethod fromId(String id) {
    return Enums.parse(VerificationMethod.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

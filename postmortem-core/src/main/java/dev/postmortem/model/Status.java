package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** Lifecycle status of a post-mortem document. Written in files as lowercase kebab-case, read case-insensitively. */
public enum Status {
  /** Being written. */
  DRAFT,
  /** Written and under review. */
  IN_REVIEW,
  /** Reviewed and published to its audience. */
  PUBLISHED,
  /** Published and every action item finished. */
  CLOSED;

  /** The identifier used in files, for example {@code draft}. */
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
  public static Status fromId(String id) {
    return Enums.parse(Status.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

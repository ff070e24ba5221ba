package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** The function a person works in; the validator asks for several. Written in files as lowercase kebab-case, read case-insensitively. */
public enum Discipline {
  /** Software development. */
  DEVELOPMENT,
  /** Testing and quality assurance. */
  TESTING,
  /** Operations and site reliability engineering. */
  OPERATIONS,
  /** Security. */
  SECURITY,
  /** Customer support. */
  SUPPORT,
  /** Product management. */
  PRODUCT,
  /** Engineering or company management. */
  MANAGEMENT,
  /** Communications and public relations. */
  COMMUNICATIONS,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code development}. */
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
  public static Discipline fromId(String id) {
    return Enums.parse(Discipline.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

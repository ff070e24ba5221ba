package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** The kind of condition a cause describes. Written in files as lowercase kebab-case, read case-insensitively. */
public enum CauseCategory {
  /** Software, hardware or infrastructure behaviour. */
  TECHNICAL,
  /** How work is done: reviews, rollouts, runbooks. */
  PROCESS,
  /** Alerting, dashboards and observability. */
  MONITORING,
  /** Hand-offs and information flow. */
  COMMUNICATION,
  /** Staffing, priorities, ownership. */
  ORGANIZATIONAL,
  /** Third parties and the outside world. */
  EXTERNAL,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code technical}. */
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
  public static CauseCategory fromId(String id) {
    return Enums.parse(CauseCategory.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

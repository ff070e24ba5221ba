package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** The part a person played in the incident or the review. Written in files as lowercase kebab-case, read case-insensitively. */
public enum Role {
  /** Led the response. */
  INCIDENT_COMMANDER,
  /** Handled internal and external communication. */
  COMMUNICATIONS_LEAD,
  /** Kept the record during the incident. */
  SCRIBE,
  /** Worked on the incident. */
  RESPONDER,
  /** Brought specific knowledge. */
  SUBJECT_MATTER_EXPERT,
  /** Wrote the post-mortem. */
  AUTHOR,
  /** Reviewed the post-mortem. */
  REVIEWER,
  /** Ran the review meeting. */
  FACILITATOR,
  /** Approved the post-mortem. */
  APPROVER,
  /** Attended. */
  OBSERVER,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code incident-commander}. */
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
  public static Role fromId(String id) {
    return Enums.parse(Role.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

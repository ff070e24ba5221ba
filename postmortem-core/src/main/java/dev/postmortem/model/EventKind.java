package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** What a timeline event records. Written in files as lowercase kebab-case, read case-insensitively. */
public enum EventKind {
  /** The change or condition that set the incident off. */
  TRIGGER,
  /** An automated alert fired. */
  ALERT,
  /** A human or system noticed the problem. */
  DETECTION,
  /** A responder acknowledged the page or alert. */
  ACKNOWLEDGEMENT,
  /** More people or teams were pulled in. */
  ESCALATION,
  /** A decision was taken. */
  DECISION,
  /** Someone did something. */
  ACTION,
  /** A message to people inside or outside the company. */
  COMMUNICATION,
  /** The public status page was updated. */
  STATUS_UPDATE,
  /** The impact was reduced or stopped. */
  MITIGATION,
  /** The incident was resolved. */
  RESOLUTION,
  /** Something was observed. */
  OBSERVATION,
  /** A deploy or configuration change. */
  DEPLOYMENT,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code trigger}. */
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
  public static EventKind fromId(String id) {
    return Enums.parse(EventKind.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

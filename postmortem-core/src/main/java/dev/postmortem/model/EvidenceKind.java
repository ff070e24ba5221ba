package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.postmortem.internal.Enums;

/** The kind of an evidence item. Written in files as lowercase kebab-case, read case-insensitively. */
public enum EvidenceKind {
  /** Log lines or a log query. */
  LOG,
  /** A metric or graph. */
  METRIC,
  /** An error tracker report or stack trace. */
  ERROR_REPORT,
  /** Chat, e-mail, pages, call notes. */
  COMMUNICATION,
  /** A distributed trace. */
  TRACE,
  /** A dashboard. */
  DASHBOARD,
  /** A ticket or issue. */
  TICKET,
  /** A commit, diff or pull request. */
  CODE,
  /** A screenshot. */
  SCREENSHOT,
  /** Any other document. */
  DOCUMENT,
  /** Anything else. */
  OTHER;

  /** The identifier used in files, for example {@code log}. */
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
  public static EvidenceKind fromId(String id) {
    return Enums.parse(EvidenceKind.class, id);
  }

  @Override
  public String toString() {
    return id();
  }
}

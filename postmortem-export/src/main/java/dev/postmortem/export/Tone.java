package dev.postmortem.export;

/** A colour meaning for a table cell or a note; each format maps it to its own colours. */
public enum Tone {
  /** No colour. */
  NONE,
  /** Critical: SEV0/SEV1, overdue, errors. */
  CRITICAL,
  /** Serious: SEV2, warnings. */
  WARNING,
  /** Moderate: SEV3, in progress. */
  CAUTION,
  /** Good: done, verified, resolved. */
  SUCCESS,
  /** Informational: highlights such as inflection points. */
  INFO,
  /** Quiet: won't do, low severities. */
  MUTED
}

package dev.postmortem.importer;

/** What a section of an imported document holds, as recognised from its heading. */
public enum SectionKind {
  /** Document metadata as a table or key/value list (id, date, authors, severity, ...). */
  METADATA,
  /** The summary. */
  SUMMARY,
  /** The impact. */
  IMPACT,
  /** How the incident was detected. */
  DETECTION,
  /** What set the incident off. */
  TRIGGER,
  /** The root causes. */
  ROOT_CAUSES,
  /** Contributing factors (causes that are not root causes). */
  CONTRIBUTING_FACTORS,
  /** Mitigation, resolution and recovery. */
  RESOLUTION,
  /** The timeline. */
  TIMELINE,
  /** The action items. */
  ACTION_ITEMS,
  /** Lessons learned; its sub-sections are usually went well / went wrong / got lucky. */
  LESSONS_LEARNED,
  /** What went well. */
  WENT_WELL,
  /** What went wrong. */
  WENT_WRONG,
  /** Where we got lucky. */
  GOT_LUCKY,
  /** A 5 Whys analysis. */
  FIVE_WHYS,
  /** The people involved: attendees, responders, participants. */
  PARTICIPANTS,
  /** Supporting information and related links. */
  LINKS,
  /** What the review sets out to learn or decide. */
  OBJECTIVES,
  /** Start / Stop / Continue; its sub-sections are named Start, Stop and Continue. */
  START_STOP_CONTINUE,
  /** The evidence the analysis rests on, usually a table of id, kind and link. */
  EVIDENCE,
  /** Near misses: what almost went wrong (a sub-section of the lessons). */
  NEAR_MISSES,
  /** The service level objectives the incident touched, with measurements before and after. */
  SLOS,
  /** The incident recreation: outcome, environment, steps, observations. */
  RECREATION,
  /** Follow-up reviews of the action items, one sub-section per review. */
  FOLLOW_UPS
}

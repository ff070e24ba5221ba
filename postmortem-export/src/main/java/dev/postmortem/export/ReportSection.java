package dev.postmortem.export;

/**
 * The sections of a report. A {@link Template} orders them and names them; a {@link
 * SectionRenderer} renders them.
 */
public enum ReportSection {
  /** The title block: title, id, severity, status, dates, authors. Always first. */
  HEADER("Overview"),
  /** The summary and the objectives of the analysis. */
  SUMMARY("Summary"),
  /** Who and what was affected, with quantities. */
  IMPACT("Impact"),
  /** How the incident was detected. */
  DETECTION("Detection"),
  /** What set the incident off. */
  TRIGGER("Trigger"),
  /** How the incident was mitigated and resolved. */
  RESOLUTION("Resolution"),
  /** The people involved and their roles. */
  RESPONDERS("Responders"),
  /** Time-based metrics and action-item counts. */
  METRICS("Key metrics"),
  /** The timeline of events, with a chart. */
  TIMELINE("Timeline"),
  /** The cause graph: root causes and contributing factors. */
  CAUSES("Root causes and contributing factors"),
  /** The 5 Whys chains. */
  FIVE_WHYS("Five whys"),
  /** What went well, what went wrong, where we got lucky. */
  LESSONS("Lessons learned"),
  /** Start, stop, continue. */
  START_STOP_CONTINUE("Start, stop, continue"),
  /** The action items, as a table and a task list. */
  ACTION_ITEMS("Action items"),
  /** Service level objectives, before and after. */
  SLOS("Service level objectives"),
  /** The incident recreation. */
  RECREATION("Incident recreation"),
  /** Follow-up reviews of the action items. */
  FOLLOW_UPS("Follow-up reviews"),
  /** The evidence the analysis rests on. */
  EVIDENCE("Supporting evidence"),
  /** Related links. */
  LINKS("Related links"),
  /** Free sections the model has no place for. */
  ADDITIONAL("Additional information"),
  /** Appendix: the validation findings. */
  FINDINGS("Appendix: validation findings");

  private final String title;

  ReportSection(String title) {
    this.title = title;
  }

  /** The default title; templates may use another ({@link Template#title(ReportSection)}). */
  public String defaultTitle() {
    return title;
  }
}

package dev.postmortem.export;

/** Who a report is written for; decides which sections appear and what is redacted. */
public enum Audience {
  /** The full report for the teams involved: every section, names, links and evidence. */
  INTERNAL("Internal report"),
  /**
   * A summary for leadership, at most two pages: summary, impact, key metrics, key events, the
   * root causes and the action items.
   */
  EXECUTIVE("Executive summary"),
  /**
   * A statement for customers: no people, no e-mail addresses, no internal links, nothing marked
   * internal (the {@code internal} flags and {@link dev.postmortem.model.Postmortem#internalFields()}).
   */
  EXTERNAL("Incident report");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  /** The report's kind as shown on its title page, for example {@code Executive summary}. */
  public String label() {
    return label;
  }

  /** A stable identifier, for example {@code executive}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

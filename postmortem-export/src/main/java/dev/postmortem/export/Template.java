package dev.postmortem.export;

import static dev.postmortem.export.ReportSection.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order and the names of a report's sections, after the well-known post-mortem templates.
 * Sections a template does not name come after its own, in {@link #DEFAULT} order; the findings
 * appendix is always last.
 */
public enum Template {
  /** Postmortem Kit's order: the story first, then the analysis, then the follow-up. */
  DEFAULT(List.of(), Map.of()),
  /**
   * The Google SRE book: summary, impact, root causes, trigger, resolution, detection, action
   * items, lessons learned, timeline, supporting information.
   */
  GOOGLE_SRE(
      List.of(SUMMARY, IMPACT, CAUSES, TRIGGER, RESOLUTION, DETECTION, ACTION_ITEMS, LESSONS,
          TIMELINE, EVIDENCE, LINKS),
      Map.of(CAUSES, "Root causes", EVIDENCE, "Supporting information")),
  /**
   * PagerDuty: overview, what happened, contributing factors, resolution, impact, responders,
   * timeline, how'd we do, action items.
   */
  PAGERDUTY(
      List.of(SUMMARY, TRIGGER, CAUSES, RESOLUTION, IMPACT, RESPONDERS, TIMELINE, LESSONS,
          ACTION_ITEMS),
      Map.of(SUMMARY, "Overview", TRIGGER, "What happened", CAUSES, "Contributing factors",
          LESSONS, "How'd we do?")),
  /**
   * Atlassian: incident summary, leadup, impact, detection, response and recovery, timeline, five
   * whys, root cause, related records, lessons learned, corrective actions.
   */
  ATLASSIAN(
      List.of(SUMMARY, TRIGGER, IMPACT, DETECTION, RESOLUTION, TIMELINE, FIVE_WHYS, CAUSES, LINKS,
          LESSONS, ACTION_ITEMS),
      Map.of(SUMMARY, "Incident summary", TRIGGER, "Leadup", RESOLUTION, "Response and recovery",
          CAUSES, "Root cause", LINKS, "Related records", ACTION_ITEMS, "Corrective actions"));

  private static final class Order {
    static final List<ReportSection> DEFAULT_ORDER = List.of(
      HEADER, SUMMARY, IMPACT, DETECTION, TRIGGER, RESOLUTION, METRICS, TIMELINE, CAUSES,
      FIVE_WHYS, LESSONS, START_STOP_CONTINUE, ACTION_ITEMS, SLOS, RECREATION, RESPONDERS,
      FOLLOW_UPS, EVIDENCE, LINKS, ADDITIONAL, FINDINGS);
  }

  private final List<ReportSection> order;
  private final Map<ReportSection, String> titles;

  Template(List<ReportSection> own, Map<ReportSection, String> titles) {
    Set<ReportSection> s = new LinkedHashSet<>();
    s.add(HEADER);
    s.addAll(own);
    for (ReportSection r : Order.DEFAULT_ORDER) {
      if (r != FINDINGS) {
        s.add(r);
      }
    }
    s.add(FINDINGS);
    this.order = Collections.unmodifiableList(new ArrayList<>(s));
    this.titles = titles.isEmpty() ? Map.of() : new EnumMap<>(titles);
  }

  /** Every section, in this template's order. */
  public List<ReportSection> sections() {
    return order;
  }

  /** The section's title in this template. */
  public String title(ReportSection section) {
    return titles.getOrDefault(section, section.defaultTitle());
  }

  /** A stable identifier, for example {@code google-sre}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads an identifier such as {@code google-sre} case-insensitively.
   *
   * @throws IllegalArgumentException listing the allowed values
   */
  public static Template fromId(String id) {
    String s = id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (Template t : values()) {
      if (t.id().equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown template '" + id + "'; allowed values: default, google-sre, pagerduty, atlassian");
  }
}

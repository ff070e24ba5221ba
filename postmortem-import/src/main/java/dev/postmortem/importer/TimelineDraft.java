package dev.postmortem.importer;

import dev.postmortem.io.SourceMap;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.TimelineEvent;
import java.util.List;

/**
 * A draft timeline read from logs, a CSV file or a chat export: the events in input order, the
 * evidence item they all refer to (the input itself), where each event came from ({@code
 * /timeline/N} to its line) and what was skipped or guessed.
 */
public final class TimelineDraft {
  private final List<TimelineEvent> events;
  private final Evidence evidence;
  private final SourceMap positions;
  private final List<ImportDiagnostic> diagnostics;

  TimelineDraft(List<TimelineEvent> events, Evidence evidence, SourceMap positions,
      List<ImportDiagnostic> diagnostics) {
    this.events = List.copyOf(events);
    this.evidence = evidence;
    this.positions = positions;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The events, in input order. */
  public List<TimelineEvent> events() {
    return events;
  }

  /** The evidence item describing the input; every event refers to it by id. */
  public Evidence evidence() {
    return evidence;
  }

  /** Where each event ({@code /timeline/N}) came from. */
  public SourceMap positions() {
    return positions;
  }

  /** Skipped lines, unreadable timestamps, truncation. */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }
}

package dev.postmortem.archive.internal;

import dev.postmortem.archive.ArchiveReport.SloChange;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the analysis keeps of one post-mortem: the few facts every section needs, so memory grows
 * with the report and not with the documents (a post-mortem's timeline and evidence are dropped as
 * soon as it is digested).
 */
public record Digest(
    String file,
    String id,
    String title,
    Optional<Severity> severity,
    Status status,
    Optional<OffsetDateTime> started,
    String quarter,
    Optional<LocalDate> date,
    Optional<LocalDate> lastReview,
    Optional<LocalDate> reviewBase,
    List<Optional<Duration>> durations,
    boolean resolved,
    Optional<Duration> timeToPublish,
    List<Item> items,
    List<CauseText> causes,
    Set<CauseCategory> categories,
    Optional<String> triggerKind,
    List<String> services,
    List<String> tags,
    boolean detectionRecorded,
    boolean byAlert,
    boolean byCustomer,
    boolean hasWhys,
    boolean systemic,
    int blamelessFindings) {

  /** An action item, with its owner's team resolved. */
  public record Item(String id, String title, Optional<String> owner, Optional<String> team,
      Optional<LocalDate> due, ActionStatus status, Optional<ActionType> type,
      Optional<LocalDate> revisitOn, Optional<SloChange> slo) {}

  /** A cause and the 5 Whys answers that lead to it: the text themes are found in. */
  public record CauseText(String id, String description, String text) {}
}

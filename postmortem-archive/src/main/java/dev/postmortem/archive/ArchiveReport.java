package dev.postmortem.archive;

import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link Archive#analyse} found across a set of post-mortems, as of one day: the inventory,
 * the follow-up backlog, the review agenda, the recurring patterns and the metrics over time.
 *
 * <p>Immutable; every list is in a stable order (documented on each), so the same archive and the
 * same day always give the same report. {@link ReviewPack} writes it as Markdown, Word, PDF or JSON.
 *
 * @param asOf the day the report is as of
 * @param policy the policy it was made with
 * @param postmortems every post-mortem read, by file path
 * @param problems files skipped, unreadable or sharing an id, by file path then kind
 * @param inventory counts by severity, status and quarter
 * @param backlog the follow-up backlog
 * @param agenda post-mortems due for a follow-up review
 * @param patterns recurring causes, themes and detection gaps
 * @param metrics metrics over time
 */
public record ArchiveReport(
    LocalDate asOf,
    ArchivePolicy policy,
    List<PostmortemEntry> postmortems,
    List<Problem> problems,
    Inventory inventory,
    Backlog backlog,
    List<ReviewDue> agenda,
    Patterns patterns,
    Metrics metrics) {

  /** Copies the lists. */
  public ArchiveReport {
    postmortems = List.copyOf(postmortems);
    problems = List.copyOf(problems);
    agenda = List.copyOf(agenda);
  }

  /**
   * One post-mortem of the archive.
   *
   * @param id its id
   * @param title its title
   * @param severity its severity, if recorded
   * @param status its status
   * @param file the file it was read from
   * @param started when the incident started, if recorded
   * @param quarter the calendar quarter of the start in UTC, for example {@code 2026-Q1}, or
   *     {@code unknown}
   */
  public record PostmortemEntry(String id, String title, Optional<Severity> severity,
      Status status, String file, Optional<OffsetDateTime> started, String quarter) {}

  /** The kind of a {@link Problem}. */
  public enum ProblemKind {
    /** Not a post-mortem (a README, an index, an empty template): left out. */
    SKIPPED,
    /** Could not be read; the message says where and why. */
    UNREADABLE,
    /** Has the same post-mortem id as another file; both are analysed and listed. */
    DUPLICATE_ID;

    /**
     * The identifier in JSON: {@code skipped}, {@code unreadable}, {@code duplicate-id}.
     *
     * @return the identifier
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A file the analysis could not take as it is.
   *
   * @param file the file
   * @param kind what is wrong
   * @param message the details: the reader's error with its line, or the other files of the id
   */
  public record Problem(String file, ProblemKind kind, String message) {}

  /**
   * Post-mortems counted three ways. Keys are {@code sev0}…{@code sev5} or {@code unknown},
   * status ids, and quarters such as {@code 2026-Q1} or {@code unknown}; each map is sorted by
   * key.
   *
   * @param total how many post-mortems
   * @param bySeverity counts by severity
   * @param byStatus counts by status
   * @param byQuarter counts by quarter of the incident's start
   */
  public record Inventory(int total, Map<String, Integer> bySeverity, Map<String, Integer> byStatus,
      Map<String, Integer> byQuarter) {
    /** Copies the maps. */
    public Inventory {
      bySeverity = Collections.unmodifiableSortedMap(new TreeMap<>(bySeverity));
      byStatus = Collections.unmodifiableSortedMap(new TreeMap<>(byStatus));
      byQuarter = Collections.unmodifiableSortedMap(new TreeMap<>(byQuarter));
    }
  }

  /**
   * An action item of the archive.
   *
   * @param postmortem the post-mortem's id
   * @param id the item's id
   * @param title the title
   * @param owner who owns it, if recorded
   * @param team the owner's team: the owner's team among the participants, or the owner itself
   *     when no participant matches and the owner looks like a team
   * @param due the due date, if any
   * @param status the status
   * @param type the action type, if any
   * @param ageDays days from the post-mortem's date (created, else resolved, else started) to the
   *     report's day
   * @param overdue whether it is pending (open or in progress) and due before the report's day
   * @param daysOverdue days past due, 0 when not overdue
   * @param revisitOn when a won't-do decision is to be reconsidered
   * @param slo the SLO measurements before and after the fix, when recorded
   */
  public record ActionItemEntry(String postmortem, String id, String title, Optional<String> owner,
      Optional<String> team, Optional<LocalDate> due, ActionStatus status,
      Optional<ActionType> type, long ageDays, boolean overdue, long daysOverdue,
      Optional<LocalDate> revisitOn, Optional<SloChange> slo) {}

  /**
   * An SLO measured before and after an action item's fix.
   *
   * @param slo the SLO id, if named
   * @param violationsBefore violations in the window before
   * @param violationsAfter violations in the window after
   * @param improved whether there are fewer violations after, over windows of equal length
   */
  public record SloChange(Optional<String> slo, long violationsBefore, long violationsAfter,
      boolean improved) {}

  /**
   * Pending items of one owner or team.
   *
   * @param name the owner or team ({@code (none)} when not recorded)
   * @param pending pending items
   * @param overdue of which overdue
   */
  public record Group(String name, int pending, int overdue) {}

  /**
   * The follow-up backlog across the archive.
   *
   * @param pending every item not finished and not won't-do, most overdue first, then by due date,
   *     post-mortem and id
   * @param byOwner pending items by owner, most overdue first
   * @param byTeam pending items by team, most overdue first
   * @param dueSoon for each of the policy's {@code dueSoon} windows (in days), the pending items
   *     due from the report's day to the end of the window
   * @param revisitDue won't-do items whose revisit date has come
   * @param unverified items done but not verified whose type the policy says needs verification
   * @param sloChanges items with SLO measurements before and after
   */
  public record Backlog(List<ActionItemEntry> pending, List<Group> byOwner, List<Group> byTeam,
      Map<Long, List<ActionItemEntry>> dueSoon, List<ActionItemEntry> revisitDue,
      List<ActionItemEntry> unverified, List<ActionItemEntry> sloChanges) {
    /** Copies the lists. */
    public Backlog {
      pending = List.copyOf(pending);
      byOwner = List.copyOf(byOwner);
      byTeam = List.copyOf(byTeam);
      dueSoon = Collections.unmodifiableSortedMap(new TreeMap<>(dueSoon));
      revisitDue = List.copyOf(revisitDue);
      unverified = List.copyOf(unverified);
      sloChanges = List.copyOf(sloChanges);
    }

    /**
     * How many pending items are overdue.
     *
     * @return the count
     */
    public long overdueCount() {
      return pending.stream().filter(ActionItemEntry::overdue).count();
    }
  }

  /**
   * A post-mortem due for a follow-up review.
   *
   * @param postmortem its id
   * @param title its title
   * @param severity its severity, if recorded
   * @param cadence the policy's cadence for it
   * @param lastReview the last follow-up review (or the review meeting), if any
   * @param due when the next review was due
   * @param missed how many whole cadences have passed since it was due (0: due this cycle)
   * @param openItems ids of its pending items
   */
  public record ReviewDue(String postmortem, String title, Optional<Severity> severity,
      Duration cadence, Optional<LocalDate> lastReview, LocalDate due, long missed,
      List<String> openItems) {
    /** Copies the list. */
    public ReviewDue {
      openItems = List.copyOf(openItems);
    }
  }

  /**
   * A count of post-mortems sharing a key.
   *
   * @param key the category, trigger kind, service or tag
   * @param postmortems ids of the post-mortems, sorted
   */
  public record Tally(String key, List<String> postmortems) {
    /** Copies the list. */
    public Tally {
      postmortems = List.copyOf(postmortems);
    }
  }

  /**
   * A cause that belongs to a theme.
   *
   * @param postmortem the post-mortem's id
   * @param id the cause's id
   * @param description the cause's description
   * @param sharedTerms the theme's terms this cause's text contains: why it belongs
   * @param similarity cosine similarity to the theme's centroid, 0–1
   */
  public record ThemeMember(String postmortem, String id, String description,
      List<String> sharedTerms, double similarity) {
    /** Copies the list. */
    public ThemeMember {
      sharedTerms = List.copyOf(sharedTerms);
    }
  }

  /**
   * Causes with similar text across different post-mortems.
   *
   * @param name a name made of the three heaviest terms
   * @param terms the theme's heaviest terms, heaviest first
   * @param postmortems ids of the post-mortems, in order of incident start
   * @param causes the member causes
   */
  public record Theme(String name, List<String> terms, List<String> postmortems,
      List<ThemeMember> causes) {
    /** Copies the lists. */
    public Theme {
      terms = List.copyOf(terms);
      postmortems = List.copyOf(postmortems);
      causes = List.copyOf(causes);
    }
  }

  /**
   * A "seen before" link: a post-mortem and the earlier ones of the same theme.
   *
   * @param postmortem the later post-mortem
   * @param theme the theme's name
   * @param earlier the earlier post-mortems, oldest first
   */
  public record SeenBefore(String postmortem, String theme, List<String> earlier) {
    /** Copies the list. */
    public SeenBefore {
      earlier = List.copyOf(earlier);
    }
  }

  /**
   * Incidents found by people outside (customers, support) or otherwise not by an alert.
   *
   * @param postmortems post-mortems with a recorded detection
   * @param notByAlert ids of those not detected by an alert
   * @param byCustomers ids of those reported from outside
   * @param byService post-mortems not detected by an alert, by affected service
   */
  public record DetectionGaps(int postmortems, List<String> notByAlert, List<String> byCustomers,
      List<Tally> byService) {
    /** Copies the lists. */
    public DetectionGaps {
      notByAlert = List.copyOf(notByAlert);
      byCustomers = List.copyOf(byCustomers);
      byService = List.copyOf(byService);
    }
  }

  /**
   * Recurring patterns. Each tally list is sorted by count (descending), then key.
   *
   * @param byCategory post-mortems by cause category
   * @param byTrigger post-mortems by trigger kind
   * @param byService post-mortems by affected service
   * @param byTag post-mortems by tag
   * @param themes themes, largest first
   * @param seenBefore links from post-mortems to earlier ones of the same theme
   * @param detection detection gaps
   */
  public record Patterns(List<Tally> byCategory, List<Tally> byTrigger, List<Tally> byService,
      List<Tally> byTag, List<Theme> themes, List<SeenBefore> seenBefore,
      DetectionGaps detection) {
    /** Copies the lists. */
    public Patterns {
      byCategory = List.copyOf(byCategory);
      byTrigger = List.copyOf(byTrigger);
      byService = List.copyOf(byService);
      byTag = List.copyOf(byTag);
      themes = List.copyOf(themes);
      seenBefore = List.copyOf(seenBefore);
    }
  }

  /**
   * A duration statistic of a group: never a mean, because incident durations are skewed.
   *
   * @param metric the metric's id, for example {@code time-to-detect}
   * @param group a severity ({@code sev1}) or a quarter ({@code 2026-Q1})
   * @param count how many post-mortems recorded it
   * @param median the median, if any
   * @param p90 the 90th percentile, if any
   */
  public record Stat(String metric, String group, int count, Optional<Duration> median,
      Optional<Duration> p90) {}

  /**
   * Time to publish against the policy's deadline, for one severity.
   *
   * @param severity the severity
   * @param deadline the policy's deadline, if any
   * @param count post-mortems with both resolution and publication recorded
   * @param median the median time to publish
   * @param p90 its 90th percentile
   * @param late how many took longer than the deadline
   * @param unpublished resolved post-mortems not yet published
   */
  public record Publishing(String severity, Optional<Duration> deadline, int count,
      Optional<Duration> median, Optional<Duration> p90, int late, int unpublished) {}

  /**
   * Learning health of one quarter (or {@code all}).
   *
   * @param group the quarter or {@code all}
   * @param postmortems post-mortems in the group
   * @param withWhys those with at least one 5 Whys chain
   * @param systemic those whose 5 Whys reach a systemic cause
   * @param blamelessFindings findings of the blameless-language rules
   */
  public record Learning(String group, int postmortems, int withWhys, int systemic,
      int blamelessFindings) {
    /**
     * The share of post-mortems whose 5 Whys reach a systemic cause, 0–1; empty without any.
     *
     * @return the share
     */
    public Optional<Double> systemicShare() {
      return postmortems == 0 ? Optional.empty() : Optional.of((double) systemic / postmortems);
    }

    /**
     * Blameless-language findings per post-mortem; empty without any post-mortem.
     *
     * @return the rate
     */
    public Optional<Double> blamelessPerPostmortem() {
      return postmortems == 0 ? Optional.empty()
          : Optional.of((double) blamelessFindings / postmortems);
    }
  }

  /**
   * Metrics over time.
   *
   * @param bySeverity time to detect, acknowledge, mitigate and resolve by severity
   * @param byQuarter the same by quarter
   * @param publishing time to publish against the deadline, by severity
   * @param learning learning health by quarter, then {@code all}
   */
  public record Metrics(List<Stat> bySeverity, List<Stat> byQuarter, List<Publishing> publishing,
      List<Learning> learning) {
    /** Copies the lists. */
    public Metrics {
      bySeverity = List.copyOf(bySeverity);
      byQuarter = List.copyOf(byQuarter);
      publishing = List.copyOf(publishing);
      learning = List.copyOf(learning);
    }
  }
}

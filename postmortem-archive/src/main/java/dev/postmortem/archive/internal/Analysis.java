package dev.postmortem.archive.internal;

import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ArchiveReport.ActionItemEntry;
import dev.postmortem.archive.ArchiveReport.Backlog;
import dev.postmortem.archive.ArchiveReport.DetectionGaps;
import dev.postmortem.archive.ArchiveReport.Group;
import dev.postmortem.archive.ArchiveReport.Inventory;
import dev.postmortem.archive.ArchiveReport.Learning;
import dev.postmortem.archive.ArchiveReport.Metrics;
import dev.postmortem.archive.ArchiveReport.Patterns;
import dev.postmortem.archive.ArchiveReport.PostmortemEntry;
import dev.postmortem.archive.ArchiveReport.Problem;
import dev.postmortem.archive.ArchiveReport.Publishing;
import dev.postmortem.archive.ArchiveReport.ReviewDue;
import dev.postmortem.archive.ArchiveReport.SeenBefore;
import dev.postmortem.archive.ArchiveReport.Stat;
import dev.postmortem.archive.ArchiveReport.Tally;
import dev.postmortem.archive.ArchiveReport.Theme;
import dev.postmortem.metrics.Distribution;
import dev.postmortem.metrics.Metric;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds the report from the digests of an archive. */
public final class Analysis {
  private static final Comparator<Digest> CHRONOLOGICAL = Comparator
      .comparing((Digest d) -> d.started().map(OffsetDateTime::toInstant).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Digest::id).thenComparing(Digest::file);

  private final ArchivePolicy policy;
  private final LocalDate asOf;

  /** An analysis as of a day. */
  public Analysis(ArchivePolicy policy, LocalDate asOf) {
    this.policy = policy;
    this.asOf = asOf;
  }

  /** The report of the digests (in file order) and the problems found while reading. */
  public ArchiveReport report(List<Digest> digests, List<Problem> readProblems) {
    List<Problem> problems = new ArrayList<>(readProblems);
    Map<String, List<String>> filesById = new TreeMap<>();
    for (Digest d : digests) {
      filesById.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d.file());
    }
    filesById.forEach((id, files) -> {
      if (files.size() > 1) {
        for (String f : files) {
          List<String> others = new ArrayList<>(files);
          others.remove(f);
          problems.add(new Problem(f, ArchiveReport.ProblemKind.DUPLICATE_ID,
              "post-mortem id '" + id + "' is also used by " + String.join(", ", others)));
        }
      }
    });
    problems.sort(Comparator.comparing(Problem::file).thenComparing(Problem::kind));
    List<PostmortemEntry> entries = new ArrayList<>();
    for (Digest d : digests) {
      entries.add(new PostmortemEntry(d.id(), d.title(), d.severity(), d.status(), d.file(),
          d.started(), d.quarter()));
    }
    List<Digest> chrono = new ArrayList<>(digests);
    chrono.sort(CHRONOLOGICAL);
    return new ArchiveReport(asOf, policy, entries, problems, inventory(digests),
        backlog(digests), agenda(digests), patterns(chrono), metrics(digests));
  }

  private static Inventory inventory(List<Digest> digests) {
    Map<String, Integer> sev = new TreeMap<>();
    Map<String, Integer> status = new TreeMap<>();
    Map<String, Integer> quarter = new TreeMap<>();
    for (Digest d : digests) {
      sev.merge(d.severity().map(Severity::id).orElse("unknown"), 1, Integer::sum);
      status.merge(d.status().id(), 1, Integer::sum);
      quarter.merge(d.quarter(), 1, Integer::sum);
    }
    return new Inventory(digests.size(), sev, status, quarter);
  }

  private static boolean pending(ActionStatus s) {
    return s == ActionStatus.OPEN || s == ActionStatus.IN_PROGRESS;
  }

  private ActionItemEntry entry(Digest d, Digest.Item i) {
    long age = d.date().map(x -> Math.max(0, ChronoUnit.DAYS.between(x, asOf))).orElse(0L);
    boolean overdue = pending(i.status()) && i.due().isPresent() && i.due().get().isBefore(asOf);
    long days = overdue ? ChronoUnit.DAYS.between(i.due().get(), asOf) : 0;
    return new ActionItemEntry(d.id(), i.id(), i.title(), i.owner(), i.team(), i.due(),
        i.status(), i.type(), age, overdue, days, i.revisitOn(), i.slo());
  }

  private Backlog backlog(List<Digest> digests) {
    List<ActionItemEntry> pendingItems = new ArrayList<>();
    List<ActionItemEntry> revisit = new ArrayList<>();
    List<ActionItemEntry> unverified = new ArrayList<>();
    List<ActionItemEntry> slo = new ArrayList<>();
    for (Digest d : digests) {
      for (Digest.Item i : d.items()) {
        ActionItemEntry e = entry(d, i);
        if (pending(i.status())) {
          pendingItems.add(e);
        }
        if (i.status() == ActionStatus.WONT_DO && i.revisitOn().isPresent()
            && !i.revisitOn().get().isAfter(asOf)) {
          revisit.add(e);
        }
        if (i.status() == ActionStatus.DONE && i.type().isPresent()
            && policy.verificationRequired().contains(i.type().get())) {
          unverified.add(e);
        }
        if (i.slo().isPresent()) {
          slo.add(e);
        }
      }
    }
    Comparator<ActionItemEntry> byKey = Comparator.comparing(ActionItemEntry::postmortem)
        .thenComparing(ActionItemEntry::id);
    Comparator<ActionItemEntry> byDue = Comparator
        .comparing((ActionItemEntry e) -> e.due().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(byKey);
    pendingItems.sort(Comparator.comparingLong((ActionItemEntry e) -> -e.daysOverdue())
        .thenComparing(byDue));
    revisit.sort(Comparator.comparing((ActionItemEntry e) -> e.revisitOn().orElseThrow())
        .thenComparing(byKey));
    unverified.sort(byKey);
    slo.sort(byKey);
    Map<Long, List<ActionItemEntry>> dueSoon = new TreeMap<>();
    for (Duration window : policy.dueSoon()) {
      LocalDate end = asOf.plusDays(window.toDays());
      List<ActionItemEntry> l = new ArrayList<>();
      for (ActionItemEntry e : pendingItems) {
        if (e.due().isPresent() && !e.due().get().isBefore(asOf) && !e.due().get().isAfter(end)) {
          l.add(e);
        }
      }
      l.sort(byDue);
      dueSoon.put(window.toDays(), l);
    }
    return new Backlog(pendingItems, groups(pendingItems, e -> e.owner().orElse("(none)")),
        groups(pendingItems, e -> e.team().orElse("(none)")), dueSoon, revisit, unverified, slo);
  }

  private static List<Group> groups(List<ActionItemEntry> items,
      Function<ActionItemEntry, String> key) {
    Map<String, int[]> m = new TreeMap<>();
    for (ActionItemEntry e : items) {
      int[] c = m.computeIfAbsent(key.apply(e), k -> new int[2]);
      c[0]++;
      c[1] += e.overdue() ? 1 : 0;
    }
    List<Group> out = new ArrayList<>();
    m.forEach((k, c) -> out.add(new Group(k, c[0], c[1])));
    out.sort(Comparator.comparingInt((Group g) -> -g.overdue())
        .thenComparingInt(g -> -g.pending()).thenComparing(Group::name));
    return out;
  }

  private List<ReviewDue> agenda(List<Digest> digests) {
    List<ReviewDue> out = new ArrayList<>();
    for (Digest d : digests) {
      List<String> open = new ArrayList<>();
      for (Digest.Item i : d.items()) {
        if (pending(i.status())) {
          open.add(i.id());
        }
      }
      if (open.isEmpty()) {
        continue;
      }
      Duration cadence = policy.cadence(d.severity());
      long days = Math.max(1, cadence.toDays());
      LocalDate due = d.reviewBase().map(b -> b.plusDays(days)).orElse(asOf);
      if (due.isAfter(asOf)) {
        continue;
      }
      long missed = ChronoUnit.DAYS.between(due, asOf) / days;
      out.add(new ReviewDue(d.id(), d.title(), d.severity(), cadence, d.lastReview(), due, missed,
          open));
    }
    out.sort(Comparator.comparingInt((ReviewDue r) -> r.severity().map(Severity::level).orElse(9))
        .thenComparing(ReviewDue::due).thenComparing(ReviewDue::postmortem));
    return out;
  }

  private Patterns patterns(List<Digest> chrono) {
    Map<String, TreeSet<String>> category = new TreeMap<>();
    Map<String, TreeSet<String>> trigger = new TreeMap<>();
    Map<String, TreeSet<String>> service = new TreeMap<>();
    Map<String, TreeSet<String>> tag = new TreeMap<>();
    Map<String, TreeSet<String>> gapService = new TreeMap<>();
    List<Themes.Doc> docs = new ArrayList<>();
    int detection = 0;
    List<String> notByAlert = new ArrayList<>();
    List<String> byCustomers = new ArrayList<>();
    for (Digest d : chrono) {
      for (CauseCategory c : d.categories()) {
        category.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(d.id());
      }
      d.triggerKind().ifPresent(k -> trigger.computeIfAbsent(k, x -> new TreeSet<>()).add(d.id()));
      d.services().forEach(s -> service.computeIfAbsent(s, x -> new TreeSet<>()).add(d.id()));
      d.tags().forEach(s -> tag.computeIfAbsent(s, x -> new TreeSet<>()).add(d.id()));
      for (Digest.CauseText c : d.causes()) {
        docs.add(new Themes.Doc(d.id(), c.id(), c.description(), c.text()));
      }
      if (d.detectionRecorded()) {
        detection++;
        if (!d.byAlert()) {
          notByAlert.add(d.id());
          d.services().forEach(s -> gapService.computeIfAbsent(s, x -> new TreeSet<>()).add(d.id()));
        }
        if (d.byCustomer()) {
          byCustomers.add(d.id());
        }
      }
    }
    List<Theme> themes = new Themes(policy.themeThreshold(), policy.themeMinPostmortems()).find(docs);
    List<SeenBefore> seen = new ArrayList<>();
    for (Theme t : themes) {
      for (int i = 1; i < t.postmortems().size(); i++) {
        seen.add(new SeenBefore(t.postmortems().get(i), t.name(), t.postmortems().subList(0, i)));
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < chrono.size(); i++) {
      order.putIfAbsent(chrono.get(i).id(), i);
    }
    seen.sort(Comparator.comparingInt((SeenBefore s) -> order.get(s.postmortem()))
        .thenComparing(SeenBefore::theme));
    return new Patterns(tallies(category), tallies(trigger), tallies(service), tallies(tag),
        themes, seen, new DetectionGaps(detection, sorted(notByAlert), sorted(byCustomers),
            tallies(gapService)));
  }

  private static List<String> sorted(List<String> l) {
    return List.copyOf(new TreeSet<>(l));
  }

  private static List<Tally> tallies(Map<String, TreeSet<String>> m) {
    List<Tally> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Tally(k, List.copyOf(v))));
    out.sort(Comparator.comparingInt((Tally t) -> -t.postmortems().size()).thenComparing(Tally::key));
    return out;
  }

  private Metrics metrics(List<Digest> digests) {
    Map<String, List<Digest>> bySeverity = new TreeMap<>();
    Map<String, List<Digest>> byQuarter = new TreeMap<>();
    for (Digest d : digests) {
      bySeverity.computeIfAbsent(d.severity().map(Severity::id).orElse("unknown"),
          k -> new ArrayList<>()).add(d);
      byQuarter.computeIfAbsent(d.quarter(), k -> new ArrayList<>()).add(d);
    }
    List<Publishing> publishing = new ArrayList<>();
    for (Map.Entry<String, List<Digest>> e : bySeverity.entrySet()) {
      Optional<Duration> deadline = "unknown".equals(e.getKey()) ? Optional.empty()
          : Optional.ofNullable(policy.publishWithin().get(Severity.fromId(e.getKey())));
      List<Duration> values = new ArrayList<>();
      int late = 0;
      int unpublished = 0;
      for (Digest d : e.getValue()) {
        if (d.timeToPublish().isPresent()) {
          values.add(d.timeToPublish().get());
          if (deadline.isPresent() && d.timeToPublish().get().compareTo(deadline.get()) > 0) {
            late++;
          }
        } else if (d.resolved()) {
          unpublished++;
        }
      }
      Distribution dist = Distribution.of(values);
      publishing.add(new Publishing(e.getKey(), deadline, dist.count(), dist.median(), dist.p90(),
          late, unpublished));
    }
    List<Learning> learning = new ArrayList<>();
    byQuarter.forEach((q, l) -> learning.add(learning(q, l)));
    learning.add(learning("all", digests));
    return new Metrics(stats(bySeverity), stats(byQuarter), publishing, learning);
  }

  private static Learning learning(String group, List<Digest> l) {
    int whys = 0;
    int systemic = 0;
    int blameless = 0;
    for (Digest d : l) {
      whys += d.hasWhys() ? 1 : 0;
      systemic += d.systemic() ? 1 : 0;
      blameless += d.blamelessFindings();
    }
    return new Learning(group, l.size(), whys, systemic, blameless);
  }

  private static List<Stat> stats(Map<String, List<Digest>> groups) {
    List<Stat> out = new ArrayList<>();
    for (int m = 0; m < Digester.METRICS.size(); m++) {
      Metric metric = Digester.METRICS.get(m);
      for (Map.Entry<String, List<Digest>> e : groups.entrySet()) {
        List<Duration> values = new ArrayList<>();
        for (Digest d : e.getValue()) {
          d.durations().get(m).ifPresent(values::add);
        }
        Distribution dist = Distribution.of(values);
        if (dist.count() == 0) {
          continue;
        }
        out.add(new Stat(metric.id(), e.getKey(), dist.count(), dist.median(), dist.p90()));
      }
    }
    return out;
  }

  /** Keeps insertion order; for callers that group. */
  static <K, V> Map<K, V> ordered() {
    return new LinkedHashMap<>();
  }
}

package dev.postmortem.archive.internal;

import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.archive.ArchiveReport.SloChange;
import dev.postmortem.metrics.Metric;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import dev.postmortem.validate.Rule;
import dev.postmortem.validate.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Turns a post-mortem into its {@link Digest}. Thread-safe. */
public final class Digester {
  /** The duration metrics reported over time, in this order. */
  public static final List<Metric> METRICS = List.of(Metric.TIME_TO_DETECT,
      Metric.TIME_TO_ACKNOWLEDGE, Metric.TIME_TO_MITIGATE, Metric.TIME_TO_RESOLVE);
  private static final Set<String> ALERT_TERMS = Set.of("alert", "alerts", "alerted", "alerting",
      "alarm", "alarms", "paged", "page", "pager", "pagerduty", "opsgenie", "monitor", "monitors",
      "monitoring", "probe", "probes", "synthetic", "canary", "anomaly", "threshold");

  private final ArchivePolicy policy;
  private final Validator blameless;
  private final Set<String> customerTerms;

  /** A digester for the policy. */
  public Digester(ArchivePolicy policy) {
    this.policy = policy;
    Validator.Builder vb = Validator.builder();
    for (Rule r : Validator.create().rules()) {
      if (!r.id().startsWith("blameless-")) {
        vb.disable(r.id());
      }
    }
    this.blameless = vb.build();
    Set<String> terms = new java.util.HashSet<>();
    for (String t : policy.customerDetectionTerms()) {
      terms.add(t.toLowerCase(Locale.ROOT));
    }
    this.customerTerms = terms;
  }

  /** The digest of {@code pm}, read from {@code file}. */
  public Digest digest(Postmortem pm, String file) {
    Optional<OffsetDateTime> started = pm.incident().started();
    Optional<LocalDate> date = pm.lifecycle().created().or(() -> pm.incident().resolved())
        .or(() -> started).map(Digester::utcDate);
    Optional<LocalDate> lastReview = pm.followUps().stream().map(FollowUpReview::heldOn)
        .max(LocalDate::compareTo).or(() -> pm.lifecycle().reviewed().map(Digester::utcDate));
    Optional<LocalDate> base = lastReview
        .or(() -> pm.lifecycle().published().map(Digester::utcDate))
        .or(() -> pm.incident().resolved().map(Digester::utcDate))
        .or(() -> started.map(Digester::utcDate));
    List<Optional<java.time.Duration>> durations = new ArrayList<>();
    for (Metric m : METRICS) {
      durations.add(m.measure(pm));
    }
    Set<CauseCategory> categories = EnumSet.noneOf(CauseCategory.class);
    pm.causes().forEach(c -> categories.add(c.category()));
    return new Digest(file, pm.id(), pm.title(), pm.severity(), pm.status(), started,
        quarter(started), date, lastReview, base, List.copyOf(durations),
        pm.incident().resolved().isPresent(), Metric.TIME_TO_PUBLISH.measure(pm), items(pm),
        causeTexts(pm), categories, triggerKind(pm), lower(pm.impact().map(i -> i.affectedServices())
            .orElse(List.of())), lower(pm.tags()), detectionRecorded(pm), byAlert(pm),
        byCustomer(pm), !pm.fiveWhys().isEmpty(), systemic(pm),
        blameless.validate(pm).findings().size());
  }

  static LocalDate utcDate(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  /** The calendar quarter of a time in UTC, for example {@code 2026-Q1}, or {@code unknown}. */
  public static String quarter(Optional<OffsetDateTime> t) {
    return t.map(Digester::utcDate)
        .map(d -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1)).orElse("unknown");
  }

  private static List<String> lower(List<String> values) {
    TreeSet<String> out = new TreeSet<>();
    for (String v : values) {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static List<Digest.Item> items(Postmortem pm) {
    Map<String, String> teams = new HashMap<>();
    Set<String> teamNames = new java.util.HashSet<>();
    for (Participant p : pm.participants()) {
      if (p.team().isPresent()) {
        String team = p.team().get();
        teams.put(key(p.name()), team);
        p.handle().ifPresent(h -> teams.put(key(h), team));
        p.email().ifPresent(e -> teams.put(key(e), team));
        teamNames.add(key(team));
      }
    }
    List<Digest.Item> out = new ArrayList<>();
    for (ActionItem a : pm.actionItems()) {
      Optional<String> team = a.owner().flatMap(o -> {
        String t = teams.get(key(o));
        if (t != null) {
          return Optional.of(t);
        }
        return teamNames.contains(key(o)) || key(o).contains("team") ? Optional.of(o)
            : Optional.empty();
      });
      out.add(new Digest.Item(a.id(), a.title(), a.owner(), team, a.due(), a.status(), a.type(),
          a.revisitOn(), a.verification().flatMap(Digester::slo)));
    }
    return List.copyOf(out);
  }

  private static Optional<SloChange> slo(Verification v) {
    if (v.before().isEmpty() || v.after().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SloChange(v.slo(), v.before().get().violations(),
        v.after().get().violations(), v.showsImprovement().orElse(false)));
  }

  private static String key(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT);
    return k.startsWith("@") ? k.substring(1) : k;
  }

  private static List<Digest.CauseText> causeTexts(Postmortem pm) {
    Map<String, StringBuilder> text = new LinkedHashMap<>();
    for (Cause c : pm.causes()) {
      text.put(c.id(), new StringBuilder(c.description()));
    }
    for (WhyChain chain : pm.fiveWhys()) {
      for (WhyStep step : chain.steps()) {
        Optional<String> target = step.cause().or(chain::rootCause);
        if (step.answer().isPresent() && target.isPresent() && text.containsKey(target.get())) {
          text.get(target.get()).append(". ").append(step.answer().get());
        }
      }
    }
    List<Digest.CauseText> out = new ArrayList<>();
    for (Cause c : pm.causes()) {
      out.add(new Digest.CauseText(c.id(), c.description(), text.get(c.id()).toString()));
    }
    return List.copyOf(out);
  }

  private Optional<String> triggerKind(Postmortem pm) {
    StringBuilder sb = new StringBuilder();
    pm.trigger().ifPresent(sb::append);
    for (Cause c : pm.causes()) {
      if (c.trigger()) {
        sb.append(' ').append(c.description());
      }
    }
    if (sb.length() == 0) {
      return Optional.empty();
    }
    Set<String> words = Set.copyOf(Terms.words(sb.toString()));
    for (Map.Entry<String, List<String>> kind : policy.triggerKinds().entrySet()) {
      for (String w : kind.getValue()) {
        if (words.contains(w.toLowerCase(Locale.ROOT))) {
          return Optional.of(kind.getKey());
        }
      }
    }
    return Optional.of("other");
  }

  private static boolean detectionRecorded(Postmortem pm) {
    return pm.detection().isPresent() || pm.incident().detected().isPresent()
        || pm.timeline().stream().anyMatch(e -> e.kind() == EventKind.DETECTION
            || e.kind() == EventKind.ALERT);
  }

  /** The text saying how the incident was found: the detection prose and the first detection. */
  private static String detectionText(Postmortem pm) {
    StringBuilder sb = new StringBuilder(pm.detection().orElse(""));
    pm.timeline().stream().filter(e -> e.kind() == EventKind.DETECTION).findFirst()
        .ifPresent(e -> sb.append(' ').append(e.description()));
    return sb.toString();
  }

  private static boolean byAlert(Postmortem pm) {
    Optional<OffsetDateTime> detected = pm.incident().detected().or(() -> pm.timeline().stream()
        .filter(e -> e.kind() == EventKind.DETECTION).findFirst().flatMap(TimelineEvent::at));
    for (TimelineEvent e : pm.timeline()) {
      if (e.kind() == EventKind.ALERT && (detected.isEmpty() || e.at().isEmpty()
          || !e.at().get().isAfter(detected.get()))) {
        return true;
      }
    }
    for (String w : Terms.words(detectionText(pm))) {
      if (ALERT_TERMS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean byCustomer(Postmortem pm) {
    if (byAlert(pm)) {
      return false;
    }
    for (String w : Terms.words(detectionText(pm))) {
      if (customerTerms.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean systemic(Postmortem pm) {
    for (WhyChain chain : pm.fiveWhys()) {
      Optional<String> end = chain.rootCause();
      if (end.isEmpty()) {
        for (WhyStep s : chain.steps()) {
          if (s.cause().isPresent()) {
            end = s.cause();
          }
        }
      }
      if (end.isPresent()) {
        Optional<Cause> c = pm.cause(end.get());
        if (c.isPresent() && policy.systemicCategories().contains(c.get().category())) {
          return true;
        }
      }
    }
    return false;
  }
}

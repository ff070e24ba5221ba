package dev.postmortem.metrics;

import dev.postmortem.model.Postmortem;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived metrics of one post-mortem, and their distributions across several.
 *
 * <pre>{@code
 * PostmortemMetrics m = PostmortemMetrics.of(pm, Clock.systemUTC());
 * m.get(Metric.TIME_TO_DETECT);        // Optional[PT7M]
 * m.actionItems().overdue();           // 1
 * PostmortemMetrics.summarize(all).get(Metric.IMPACT_DURATION).median();
 * }</pre>
 */
public final class PostmortemMetrics {
  private final Map<Metric, Optional<Duration>> durations;
  private final ActionItemCounts actionItems;

  private PostmortemMetrics(Map<Metric, Optional<Duration>> durations, ActionItemCounts actionItems) {
    this.durations = durations;
    this.actionItems = actionItems;
  }

  /** The metrics of a post-mortem, counting overdue items as of today in the clock's zone. */
  public static PostmortemMetrics of(Postmortem postmortem, Clock clock) {
    return of(postmortem, LocalDate.now(clock));
  }

  /** The metrics of a post-mortem, counting overdue items as of the given day. */
  public static PostmortemMetrics of(Postmortem postmortem, LocalDate asOf) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    Map<Metric, Optional<Duration>> d = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      d.put(m, m.measure(postmortem));
    }
    return new PostmortemMetrics(
        Collections.unmodifiableMap(d), ActionItemCounts.of(postmortem.actionItems(), asOf));
  }

  /** One duration metric; empty when an anchor is missing. */
  public Optional<Duration> get(Metric metric) {
    return durations.get(metric);
  }

  /** Every duration metric, in {@link Metric} order. */
  public Map<Metric, Optional<Duration>> durations() {
    return durations;
  }

  /** Action-item counts. */
  public ActionItemCounts actionItems() {
    return actionItems;
  }

  /**
   * The distribution of every duration metric across the post-mortems; a post-mortem missing an
   * anchor does not count towards that metric, and a negative value (anchors out of order) is
   * skipped and counted in {@link Distribution#skippedNegative()}.
   */
  public static Map<Metric, Distribution> summarize(Collection<? extends Postmortem> postmortems) {
    Map<Metric, Distribution> out = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      List<Duration> values = new ArrayList<>();
      for (Postmortem p : postmortems) {
        m.measure(p).ifPresent(values::add);
      }
      out.put(m, Distribution.of(values));
    }
    return Collections.unmodifiableMap(out);
  }
}

package dev.postmortem.metrics;

import dev.postmortem.model.Postmortem;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A duration metric with an explicit definition: the time from one {@link Anchor} to another.
 *
 * <p>When either anchor is missing the metric is empty — never zero. When the anchors are out of
 * order the duration is negative (the validator reports the order).
 */
public enum Metric {
  /** Time to detect: {@code started → detected}. */
  TIME_TO_DETECT(Anchor.STARTED, Anchor.DETECTED, "Time to detect"),
  /** Time to acknowledge: {@code detected → acknowledged}. */
  TIME_TO_ACKNOWLEDGE(Anchor.DETECTED, Anchor.ACKNOWLEDGED, "Time to acknowledge"),
  /** Time to mitigate: {@code started → mitigated}. */
  TIME_TO_MITIGATE(Anchor.STARTED, Anchor.MITIGATED, "Time to mitigate"),
  /** Time to resolve, measured from detection: {@code detected → resolved}. */
  TIME_TO_RESOLVE(Anchor.DETECTED, Anchor.RESOLVED, "Time to resolve"),
  /** Impact duration: {@code started → resolved}. */
  IMPACT_DURATION(Anchor.STARTED, Anchor.RESOLVED, "Impact duration"),
  /** Time from resolution to the first complete draft: {@code resolved → drafted}. */
  TIME_TO_DRAFT(Anchor.RESOLVED, Anchor.DRAFTED, "Time to draft"),
  /** Time from resolution to publication: {@code resolved → published}. */
  TIME_TO_PUBLISH(Anchor.RESOLVED, Anchor.PUBLISHED, "Time to publish");

  private final Anchor from;
  private final Anchor to;
  private final String label;

  Metric(Anchor from, Anchor to, String label) {
    this.from = from;
    this.to = to;
    this.label = label;
  }

  /** The anchor the metric starts at. */
  public Anchor from() {
    return from;
  }

  /** The anchor the metric ends at. */
  public Anchor to() {
    return to;
  }

  /** A human label, for example {@code Time to detect}. */
  public String label() {
    return label;
  }

  /** A stable identifier, for example {@code time-to-detect}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The definition in words, for example {@code started → detected}. */
  public String definition() {
    return from.name().toLowerCase(Locale.ROOT) + " → " + to.name().toLowerCase(Locale.ROOT);
  }

  /** The metric for one post-mortem; empty when either anchor is missing. */
  public Optional<Duration> measure(Postmortem postmortem) {
    return from.in(postmortem)
        .flatMap(start -> to.in(postmortem).map(end -> Duration.between(start, end)));
  }
}

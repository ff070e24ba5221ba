package dev.postmortem.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of a duration metric across several post-mortems: count, median, 90th
 * percentile, minimum and maximum. There is deliberately no mean: incident durations are skewed.
 *
 * <p>Percentiles interpolate linearly between the closest ranks (the "R-7" / spreadsheet
 * {@code PERCENTILE.INC} definition); the median of an even count is the mean of the two middle
 * values. All statistics are empty when {@link #count()} is 0.
 *
 * <p>Negative values (a metric whose anchors are out of order, reported by the validator's
 * {@code duration-negative} rule) are left out and counted in {@link #skippedNegative()}.
 */
public final class Distribution {
  private final List<Duration> sorted;
  private final int skippedNegative;

  private Distribution(List<Duration> sorted, int skippedNegative) {
    this.sorted = sorted;
    this.skippedNegative = skippedNegative;
  }

  /**
   * The distribution of the given values, without the negative ones.
   *
   * @param values the durations
   * @return their distribution
   */
  public static Distribution of(Collection<Duration> values) {
    List<Duration> copy = new ArrayList<>(values.size());
    int negative = 0;
    for (Duration d : values) {
      if (d.isNegative()) {
        negative++;
      } else {
        copy.add(d);
      }
    }
    Collections.sort(copy);
    return new Distribution(Collections.unmodifiableList(copy), negative);
  }

  /**
   * How many negative values were left out.
   *
   * @return the count of skipped values
   */
  public int skippedNegative() {
    return skippedNegative;
  }

  /** How many values there are. */
  public int count() {
    return sorted.size();
  }

  /** The smallest value. */
  public Optional<Duration> min() {
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(0));
  }

  /** The largest value. */
  public Optional<Duration> max() {
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1));
  }

  /** The median. */
  public Optional<Duration> median() {
    return percentile(0.5);
  }

  /** The 90th percentile. */
  public Optional<Duration> p90() {
    return percentile(0.9);
  }

  /**
   * A percentile.
   *
   * @param p from 0 to 1
   */
  public Optional<Duration> percentile(double p) {
    if (p < 0 || p > 1 || Double.isNaN(p)) {
      throw new IllegalArgumentException("p must be between 0 and 1: " + p);
    }
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    Duration a = sorted.get(lo);
    Duration b = sorted.get(hi);
    long fractionNanos = Math.round((b.minus(a).toNanos()) * (h - lo));
    return Optional.of(a.plusNanos(fractionNanos));
  }

  /** The values, sorted. */
  public List<Duration> values() {
    return sorted;
  }

  @Override
  public String toString() {
    return "Distribution{count=" + count() + ", median=" + median().orElse(null) + ", p90="
        + p90().orElse(null) + ", min=" + min().orElse(null) + ", max=" + max().orElse(null)
        + (skippedNegative > 0 ? ", skippedNegative=" + skippedNegative : "") + "}";
  }
}

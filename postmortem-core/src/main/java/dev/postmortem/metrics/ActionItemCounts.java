package dev.postmortem.metrics;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Counts of a post-mortem's action items by status, and how many are overdue on a given day.
 *
 * <p>Overdue: not finished, not won't-do, and due before {@link #asOf()}.
 */
public final class ActionItemCounts {
  private final LocalDate asOf;
  private final int total;
  private final int open;
  private final int inProgress;
  private final int done;
  private final int verified;
  private final int wontDo;
  private final int overdue;

  private ActionItemCounts(LocalDate asOf, int[] c) {
    this.asOf = asOf;
    this.total = c[0];
    this.open = c[1];
    this.inProgress = c[2];
    this.done = c[3];
    this.verified = c[4];
    this.wontDo = c[5];
    this.overdue = c[6];
  }

  /** Counts the items as of the given day. */
  public static ActionItemCounts of(Collection<ActionItem> items, LocalDate asOf) {
    int[] c = new int[7];
    for (ActionItem item : items) {
      c[0]++;
      ActionStatus s = item.status();
      c[1 + s.ordinal()]++;
      boolean pending = s == ActionStatus.OPEN || s == ActionStatus.IN_PROGRESS;
      if (pending && item.due().isPresent() && item.due().get().isBefore(asOf)) {
        c[6]++;
      }
    }
    return new ActionItemCounts(asOf, c);
  }

  /** The day the overdue count refers to. */
  public LocalDate asOf() {
    return asOf;
  }

  /** All items. */
  public int total() {
    return total;
  }

  /** Items not started. */
  public int open() {
    return open;
  }

  /** Items in progress. */
  public int inProgress() {
    return inProgress;
  }

  /** Items done but not verified. */
  public int done() {
    return done;
  }

  /** Items verified. */
  public int verified() {
    return verified;
  }

  /** Items deliberately not done. */
  public int wontDo() {
    return wontDo;
  }

  /** Items finished: done or verified. */
  public int finished() {
    return done + verified;
  }

  /** Pending items due before {@link #asOf()}. */
  public int overdue() {
    return overdue;
  }

  /**
   * The share of items finished, among those not marked won't-do, from 0 to 1; empty when there
   * are no such items.
   */
  public Optional<Double> completion() {
    int relevant = total - wontDo;
    return relevant == 0 ? Optional.empty() : Optional.of((double) finished() / relevant);
  }

  @Override
  public String toString() {
    return "ActionItemCounts{total=" + total + ", open=" + open + ", inProgress=" + inProgress
        + ", done=" + done + ", verified=" + verified + ", wontDo=" + wontDo + ", overdue="
        + overdue + ", asOf=" + asOf + "}";
  }
}

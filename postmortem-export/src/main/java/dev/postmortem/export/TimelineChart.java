package dev.postmortem.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart of the incident: its phases as bars, its milestones as markers and its events as dots
 * on one time axis, plus the action items' due dates (drawn by formats that can show dates, such
 * as Mermaid).
 */
public final class TimelineChart {
  /** A span of time drawn as a bar, for example "Impact" from started to mitigated. */
  public static final class Phase {
    private final String label;
    private final Instant from;
    private final Instant to;
    private final Tone tone;

    Phase(String label, Instant from, Instant to, Tone tone) {
      this.label = label;
      this.from = from;
      this.to = to;
      this.tone = tone;
    }

    /** The label. */
    public String label() {
      return label;
    }

    /** The start. */
    public Instant from() {
      return from;
    }

    /** The end. */
    public Instant to() {
      return to;
    }

    /** The colour. */
    public Tone tone() {
      return tone;
    }
  }

  /** A point in time: a milestone or an event. */
  public static final class Point {
    private final String label;
    private final Instant at;
    private final Tone tone;
    private final boolean highlighted;

    Point(String label, Instant at, Tone tone, boolean highlighted) {
      this.label = label;
      this.at = at;
      this.tone = tone;
      this.highlighted = highlighted;
    }

    /** The label. */
    public String label() {
      return label;
    }

    /** When. */
    public Instant at() {
      return at;
    }

    /** The colour. */
    public Tone tone() {
      return tone;
    }

    /** Whether it is highlighted (an inflection point). */
    public boolean highlighted() {
      return highlighted;
    }
  }

  /** An action item's due date. */
  public static final class Due {
    private final String label;
    private final LocalDate date;
    private final boolean done;

    Due(String label, LocalDate date, boolean done) {
      this.label = label;
      this.date = date;
      this.done = done;
    }

    /** The label. */
    public String label() {
      return label;
    }

    /** The due date. */
    public LocalDate date() {
      return date;
    }

    /** Whether the item is finished. */
    public boolean done() {
      return done;
    }
  }

  private final String title;
  private final Instant start;
  private final Instant end;
  private final List<Phase> phases;
  private final List<Point> milestones;
  private final List<Point> events;
  private final List<Due> dues;

  private TimelineChart(Builder b) {
    this.title = b.title;
    this.start = b.start;
    this.end = b.end;
    this.phases = Collections.unmodifiableList(new ArrayList<>(b.phases));
    this.milestones = Collections.unmodifiableList(new ArrayList<>(b.milestones));
    this.events = Collections.unmodifiableList(new ArrayList<>(b.events));
    this.dues = Collections.unmodifiableList(new ArrayList<>(b.dues));
  }

  /** A builder for a chart over {@code [start, end]}. */
  public static Builder builder(String title, Instant start, Instant end) {
    return new Builder(title, start, end);
  }

  /** The chart's title. */
  public String title() {
    return title;
  }

  /** The start of the time axis. */
  public Instant start() {
    return start;
  }

  /** The end of the time axis. */
  public Instant end() {
    return end;
  }

  /** The axis length, never zero. */
  public Duration span() {
    Duration d = Duration.between(start, end);
    return d.isZero() ? Duration.ofMinutes(1) : d;
  }

  /** The phases. */
  public List<Phase> phases() {
    return phases;
  }

  /** The milestones. */
  public List<Point> milestones() {
    return milestones;
  }

  /** The events. */
  public List<Point> events() {
    return events;
  }

  /** The action items' due dates. */
  public List<Due> dues() {
    return dues;
  }

  /** Builds a {@link TimelineChart}. */
  public static final class Builder {
    private final String title;
    private final Instant start;
    private final Instant end;
    private final List<Phase> phases = new ArrayList<>();
    private final List<Point> milestones = new ArrayList<>();
    private final List<Point> events = new ArrayList<>();
    private final List<Due> dues = new ArrayList<>();

    private Builder(String title, Instant start, Instant end) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      this.start = Objects.requireNonNull(start, "start must not be null");
      this.end = Objects.requireNonNull(end, "end must not be null");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("chart end " + end + " is before its start " + start);
      }
    }

    /** Adds a phase. @return {@code this} */
    public Builder phase(String label, Instant from, Instant to, Tone tone) {
      phases.add(new Phase(label, from, to, tone));
      return this;
    }

    /** Adds a milestone. @return {@code this} */
    public Builder milestone(String label, Instant at, Tone tone) {
      milestones.add(new Point(label, at, tone, false));
      return this;
    }

    /** Adds an event. @return {@code this} */
    public Builder event(String label, Instant at, Tone tone, boolean highlighted) {
      events.add(new Point(label, at, tone, highlighted));
      return this;
    }

    /** Adds an action item's due date. @return {@code this} */
    public Builder due(String label, LocalDate date, boolean done) {
      dues.add(new Due(label, date, done));
      return this;
    }

    /** The chart. */
    public TimelineChart build() {
      return new TimelineChart(this);
    }
  }
}

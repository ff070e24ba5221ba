package dev.postmortem.importer.timeline;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Collector;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.importer.internal.timeline.Detector;
import dev.postmortem.importer.internal.timeline.Entry;
import dev.postmortem.importer.internal.timeline.Kinds;
import dev.postmortem.importer.internal.timeline.Levels;
import dev.postmortem.importer.internal.timeline.ReadContext;
import dev.postmortem.importer.internal.timeline.Similarity;
import dev.postmortem.importer.internal.timeline.SourceException;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.TimelineEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Drafts a timeline from the records a team already has: text and syslog logs, JSON Lines, CSV,
 * Slack, Teams and plain chat, PagerDuty, Opsgenie and Alertmanager histories, {@code git log}
 * and GitHub deployments. Each source's family is detected from its content unless named.
 *
 * <pre>{@code
 * DraftedTimeline draft = TimelineDrafter.create()
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .draft(List.of(TimelineSource.of(Path.of("app.log")), TimelineSource.of(Path.of("slack-export"))));
 * Postmortem merged = draft.mergeInto(existing, Duration.ofMinutes(2)).postmortem();
 * }</pre>
 *
 * <p>Logs are streamed: memory stays bounded whatever their size (only kept events are held, at
 * most {@link #maxEvents} a source). A source that cannot be read, or from which nothing was
 * read, gives a warning that says why; it never gives 0 events in silence.
 */
public final class TimelineDrafter {
  private ZoneId zone = ZoneOffset.UTC;
  private OffsetDateTime since;
  private OffsetDateTime until;
  private final Set<String> channels = new TreeSet<>();
  private String timeField;
  private String messageField;
  private String levelField;
  private int minSeverity = Levels.WARN;
  private TimeParser.DateOrder order = TimeParser.DateOrder.UNKNOWN;
  private int maxEvents = 5_000;
  private int year;
  private LongConsumer progress;
  private Path base;

  private TimelineDrafter() {}

  /**
   * A drafter with the defaults: UTC, no time range, warn and above, 5,000 events a source.
   *
   * @return a new drafter
   */
  public static TimelineDrafter create() {
    return new TimelineDrafter();
  }

  /**
   * The zone for times written without one, and of the drafted times.
   *
   * @param zone the zone
   * @return this drafter
   */
  public TimelineDrafter zone(ZoneId zone) {
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Only events at or after this time.
   *
   * @param since the start, or {@code null} for none
   * @return this drafter
   */
  public TimelineDrafter since(OffsetDateTime since) {
    this.since = since;
    return this;
  }

  /**
   * Only events at or before this time.
   *
   * @param until the end, or {@code null} for none
   * @return this drafter
   */
  public TimelineDrafter until(OffsetDateTime until) {
    this.until = until;
    return this;
  }

  /**
   * The Slack channels to read (with or without {@code #}); all when none are given.
   *
   * @param names the channel names
   * @return this drafter
   */
  public TimelineDrafter channels(Collection<String> names) {
    channels.addAll(names);
    return this;
  }

  /**
   * The time field of JSON records or column of CSV files; guessed from common names unless set.
   *
   * @param field a property, dotted path, JSON pointer or column name
   * @return this drafter
   */
  public TimelineDrafter timeField(String field) {
    this.timeField = field;
    return this;
  }

  /**
   * The message field or column; guessed unless set.
   *
   * @param field a property, dotted path, JSON pointer or column name
   * @return this drafter
   */
  public TimelineDrafter messageField(String field) {
    this.messageField = field;
    return this;
  }

  /**
   * The level field or column; guessed unless set.
   *
   * @param field a property, dotted path, JSON pointer or column name
   * @return this drafter
   */
  public TimelineDrafter levelField(String field) {
    this.levelField = field;
    return this;
  }

  /**
   * The least severe log level kept ({@code warn} unless set); {@code all} keeps every line.
   * Changes of state are kept whatever their level.
   *
   * @param level {@code debug}, {@code info}, {@code notice}, {@code warn}, {@code error},
   *     {@code critical} or {@code all}
   * @return this drafter
   * @throws IllegalArgumentException for another word
   */
  public TimelineDrafter minLevel(String level) {
    if ("all".equalsIgnoreCase(level.strip())) {
      this.minSeverity = Levels.NONE;
      return this;
    }
    int s = Levels.of(level);
    if (s == Levels.NONE) {
      throw new IllegalArgumentException("unknown level '" + level
          + "'; use debug, info, notice, warn, error, critical or all");
    }
    this.minSeverity = s;
    return this;
  }

  /**
   * How numeric dates like {@code 03/04/2026} are read; decided by the data unless set.
   *
   * @param dayFirst {@code true} for day-first, {@code false} for month-first, {@code null} to
   *     decide from the data
   * @return this drafter
   */
  public TimelineDrafter dayFirst(Boolean dayFirst) {
    this.order = dayFirst == null ? TimeParser.DateOrder.UNKNOWN
        : dayFirst ? TimeParser.DateOrder.DAY_FIRST : TimeParser.DateOrder.MONTH_FIRST;
    return this;
  }

  /**
   * The year of syslog (RFC 3164) timestamps, which have none; the year of {@link #since}, else
   * of the source file's last change, unless set.
   *
   * @param year the year
   * @return this drafter
   */
  public TimelineDrafter year(int year) {
    this.year = year;
    return this;
  }

  /**
   * The most events kept from one source (5,000 unless set); more are reported and left out.
   *
   * @param maxEvents a positive number
   * @return this drafter
   */
  public TimelineDrafter maxEvents(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be positive: " + maxEvents);
    }
    this.maxEvents = maxEvents;
    return this;
  }

  /**
   * The folder evidence file paths are written relative to (the post-mortem's folder, as the file
   * format wants); the paths as given unless set.
   *
   * @param dir the folder, or {@code null}
   * @return this drafter
   */
  public TimelineDrafter relativeTo(Path dir) {
    this.base = dir;
    return this;
  }

  /**
   * Told the number of bytes read as sources are read (for a progress bar).
   *
   * @param progress the listener, or {@code null}
   * @return this drafter
   */
  public TimelineDrafter progress(LongConsumer progress) {
    this.progress = progress;
    return this;
  }

  /**
   * Drafts from files, each family detected from its content.
   *
   * @param paths the files or Slack export folders
   * @return the draft
   */
  public DraftedTimeline draft(Path... paths) {
    List<TimelineSource> sources = new ArrayList<>();
    for (Path p : paths) {
      sources.add(TimelineSource.of(p));
    }
    return draft(sources);
  }

  /**
   * Drafts from sources. A source that cannot be read is a warning in {@link
   * DraftedTimeline#diagnostics()}; the others are still read.
   *
   * @param sources the sources
   * @return the draft: events in time order, one evidence item a source, candidate milestones
   */
  public DraftedTimeline draft(List<TimelineSource> sources) {
    List<DraftedEvent> events = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<ImportDiagnostic> diagnostics = new ArrayList<>();
    List<DraftedTimeline.SourceSummary> summaries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TimelineSource s : sources) {
      Path path = s.path();
      String name = path.toString();
      Collector out = new Collector(name);
      SourceFormat format = s.format();
      List<Entry> entries = new ArrayList<>();
      int records = 0;
      try {
        if (!Files.exists(path)) {
          throw new SourceException(0, "no such file or folder");
        }
        if (!Files.isReadable(path)) {
          throw new SourceException(0, "not readable (permissions)");
        }
        if (format == null) {
          format = Detector.detect(path).orElse(null);
          if (format == null) {
            throw new SourceException(0, Files.isDirectory(path)
                ? "a folder that is not a Slack export (no channels.json, users.json or day files)"
                : Files.size(path) == 0 ? "the file is empty"
                : "could not tell what kind of records it holds; name the format with --format");
          }
        } else if (Files.isDirectory(path) && format != SourceFormat.SLACK) {
          throw new SourceException(0, "a folder; only a Slack export may be a folder");
        }
        ReadContext ctx = new ReadContext(options(path), out, entries::add, progress);
        Detector.reader(format).read(path, ctx);
        records = ctx.records();
        if (ctx.kept() == 0) {
          out.warn(Kind.SKIPPED_INPUT, 0, 0, "", "read " + ctx.records() + " record(s) as " + format.id()
              + " but none became an event" + (ctx.outOfRange() > 0 ? " (" + ctx.outOfRange()
              + " fell outside --since/--until)" : format == SourceFormat.LOG || format == SourceFormat.JSON_LINES
              ? " (no line at warn level or above and no change of state; lower it with --level)" : ""));
        } else if (ctx.outOfRange() > 0) {
          out.info(Kind.SKIPPED_INPUT, 0, 0, "", ctx.outOfRange() + " event(s) outside --since/--until left out");
        }
      } catch (SourceException e) {
        out.warn(Kind.SKIPPED_INPUT, e.line(), 0, "", "not read" + (format != null ? " as " + format.id() : "")
            + ": " + e.getMessage());
      } catch (IOException | java.io.UncheckedIOException e) {
        out.warn(Kind.SKIPPED_INPUT, 0, 0, "", "could not be read: " + e.getMessage());
      } catch (RuntimeException e) {
        out.warn(Kind.SKIPPED_INPUT, 0, 0, "", "not read" + (format != null ? " as " + format.id() : "")
            + ": " + e);
      }
      diagnostics.addAll(out.diagnostics());
      summaries.add(new DraftedTimeline.SourceSummary(name, format, records, entries.size()));
      if (entries.isEmpty()) {
        continue;
      }
      Evidence ev = evidence(path, format, entries, ids, base);
      evidence.add(ev);
      for (Entry e : entries) {
        events.add(event(e, format, name, ev.id()));
      }
    }
    events.sort(Comparator.comparing((DraftedEvent d) -> d.event().at().orElseThrow().toInstant()));
    return new DraftedTimeline(events, evidence, diagnostics, summaries, zone);
  }

  private ReadContext.Options options(Path path) {
    int y = year;
    if (y == 0 && since != null) {
      y = since.getYear();
    }
    if (y == 0) {
      try {
        y = Files.getLastModifiedTime(path).toInstant().atZone(zone).getYear();
      } catch (IOException e) {
        y = 1970;
      }
    }
    return new ReadContext.Options(zone, y, since, until, minSeverity, channels, timeField, messageField,
        levelField, order, maxEvents, 1 << 20);
  }

  private static Evidence evidence(Path path, SourceFormat format, List<Entry> entries, Set<String> ids, Path base) {
    String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String slug = file.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String id = "EV-" + (slug.isEmpty() ? "source" : slug);
    String unique = id;
    for (int i = 2; !ids.add(unique); i++) {
      unique = id + "-" + i;
    }
    Set<String> labels = new TreeSet<>();
    for (Entry e : entries) {
      if (e.label() != null) {
        labels.add(e.label());
      }
    }
    String what = switch (format) {
      case LOG, JSON_LINES -> "Log";
      case CSV -> "CSV export";
      case SLACK -> "Slack export";
      case TEAMS -> "Teams chat export";
      case CHAT -> "Chat transcript";
      case PAGERDUTY -> "PagerDuty incident log";
      case OPSGENIE -> "Opsgenie alert export";
      case ALERTMANAGER -> "Alertmanager notifications";
      case GIT_LOG -> "Git history";
      case GITHUB -> "GitHub deployments and releases";
    };
    EvidenceKind kind = switch (format) {
      case LOG, JSON_LINES, CSV -> EvidenceKind.LOG;
      case SLACK, TEAMS, CHAT, PAGERDUTY, OPSGENIE, ALERTMANAGER -> EvidenceKind.COMMUNICATION;
      case GIT_LOG, GITHUB -> EvidenceKind.CODE;
    };
    return Evidence.builder().id(unique).kind(kind)
        .title(what + " " + file + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")"))
        .file(relative(path, base))
        .description(entries.size() + " event(s) drafted by postmortem timeline")
        .build();
  }

  private static String relative(Path path, Path base) {
    if (base == null) {
      return path.toString();
    }
    try {
      return base.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return path.toAbsolutePath().toString();
    }
  }

  /** How long repeats went on, in the kit's one format: {@code 45 s}, {@code 7 min 30 s}, {@code 2 h 5 min}. */
  static String span(java.time.Duration d) {
    return dev.postmortem.metrics.DurationFormat.format(d);
  }

  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private DraftedEvent event(Entry e, SourceFormat format, String file, String evidenceId) {
    OffsetDateTime at = e.at().atZoneSameInstant(zone).toOffsetDateTime();
    EventKind kind = e.kind();
    String milestone = e.milestone();
    boolean inferred = false;
    if (kind == null) {
      Kinds.Guess g = Kinds.classify(Similarity.withoutReplyQuote(e.text()));
      inferred = true;
      if (g.kind() != null) {
        kind = g.kind();
        milestone = g.milestone();
      } else {
        kind = switch (format) {
          case SLACK, TEAMS, CHAT -> EventKind.COMMUNICATION;
          case GIT_LOG, GITHUB -> EventKind.DEPLOYMENT;
          case PAGERDUTY, OPSGENIE, ALERTMANAGER -> EventKind.OBSERVATION;
          default -> EventKind.OBSERVATION;
        };
      }
    }
    String text = e.text();
    Optional<OffsetDateTime> last = Optional.ofNullable(e.lastAt()).map(t -> t.atZoneSameInstant(zone).toOffsetDateTime());
    if (e.count() > 1) {
      text = text + " (" + e.count() + " times" + last.map(t -> " in " + span(java.time.Duration.between(at, t)))
          .orElse("") + ")";
    }
    String prefix = switch (format) {
      case LOG, JSON_LINES, CSV -> e.severity() >= Levels.WARN ? Levels.name(e.severity()).toUpperCase(Locale.ROOT) + ": " : "";
      default -> "";
    };
    String description = prefix + text;
    if (description.length() > 500) {
      description = description.substring(0, 499) + "…";
    }
    String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
    String ref = e.ref();
    boolean numeric = !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
    ImmutableTimelineEvent.Builder b = TimelineEvent.builder()
        .at(at.withNano(at.getNano() - at.getNano() % 1_000_000))
        .kind(kind)
        .description(description)
        .source(numeric ? name + ":" + ref : name + " " + ref)
        .addEvidence(evidenceId);
    if (e.actor() != null && !e.actor().isBlank()) {
      b.actor(e.actor().strip());
    }
    return new DraftedEvent(b.build(), format, file, numeric ? "line " + ref : ref, e.excerpt(), e.count(), last,
        inferred, Optional.ofNullable(milestone));
  }
}

package dev.postmortem.cli.internal;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.timeline.DraftedEvent;
import dev.postmortem.importer.timeline.DraftedTimeline;
import dev.postmortem.importer.timeline.MergeResult;
import dev.postmortem.importer.timeline.SourceFormat;
import dev.postmortem.importer.timeline.TimelineDrafter;
import dev.postmortem.importer.timeline.TimelineSource;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem timeline}: drafts timeline events from logs, chat, pages and deploys. */
@Command(
    name = "timeline",
    sortOptions = false,
    description = {
      "Drafts timeline events from the records a team already has: logs (syslog, ISO-8601,",
      "logback/log4j, journalctl, kubectl, nginx/Apache), JSON Lines, CSV, a Slack export, a Teams",
      "chat export, a chat transcript, PagerDuty, Opsgenie and Alertmanager histories, git log and",
      "GitHub deployments. Each source's format is detected from its content.",
      "With --merge-into, adds the events to a post-mortem (JSON or YAML), leaving out those already",
      "there and keeping everything else as written, and prints what was added; otherwise writes a",
      "draft post-mortem. Warnings about sources go to standard error."
    })
public final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "Log files, exports, or the root folder of a Slack export.")
  List<Path> sources;

  @Option(names = "--merge-into", paramLabel = "FILE",
      description = "Add the drafted events to this post-mortem (.json, .yaml); written back in place unless --out.")
  Path mergeInto;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the post-mortem here instead (.json or .yaml).")
  Path out;

  @Option(names = "--since", paramLabel = "TIME",
      description = "Only events at or after this time (2026-10-14T09:00, with or without an offset; or a date).")
  String since;

  @Option(names = "--until", paramLabel = "TIME", description = "Only events at or before this time.")
  String until;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Zone of times written without one, and of the drafted times (Europe/Berlin, +02:00);"
          + " the merge target's offset, else UTC, unless given.")
  String zone;

  @Option(names = "--format", paramLabel = "[SOURCE=]FORMAT",
      description = "Read every source, or the one named, as: log, json-lines, csv, slack, teams, chat,"
          + " pagerduty, opsgenie, alertmanager, git-log, github.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--channel", paramLabel = "NAME", description = "Slack channels to read (all unless given).")
  List<String> channels = new ArrayList<>();

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "warn",
      description = "Least severe log level kept: debug, info, notice, warn, error, critical or all"
          + " (default: ${DEFAULT-VALUE}); changes of state are always kept.")
  String level;

  @Option(names = "--time-field", paramLabel = "FIELD", description = "JSON/CSV time field (a name, dotted path or JSON pointer).")
  String timeField;

  @Option(names = "--message-field", paramLabel = "FIELD", description = "JSON/CSV message field.")
  String messageField;

  @Option(names = "--level-field", paramLabel = "FIELD", description = "JSON/CSV level field.")
  String levelField;

  @Option(names = "--date-order", paramLabel = "ORDER",
      description = "day-first or month-first for dates like 03/04/2026 (decided by the data unless given).")
  String dateOrder;

  @Option(names = "--year", paramLabel = "YEAR", description = "Year of syslog (RFC 3164) times, which have none.")
  Integer year;

  @Option(names = "--tolerance", paramLabel = "DURATION", defaultValue = "2m",
      description = "How far apart two times may be for events with similar words to be the same (default: ${DEFAULT-VALUE}).")
  String tolerance;

  @Option(names = "--max-events", paramLabel = "N", defaultValue = "5000",
      description = "Most events kept from one source (default: ${DEFAULT-VALUE}).")
  int maxEvents;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json or yaml (default: the --out or merge target's extension, else yaml).")
  String to;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar (default: when standard error is a terminal and the sources pass 16 MB).")
  Boolean progress;

  /** Used by picocli. */
  public TimelineCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Postmortem target = null;
    if (mergeInto != null) {
      DocumentLoader.requireRegularFile(mergeInto);
      InputFormat f = InputFormat.of(mergeInto).orElse(null);
      if (f != InputFormat.JSON && f != InputFormat.YAML) {
        throw new CliException(mergeInto + ": --merge-into takes a .json or .yaml post-mortem"
            + " (convert a Markdown or Word one first with 'postmortem convert')");
      }
      target = new DocumentLoader(null).load(mergeInto).postmortem();
    }
    ZoneId z = zone(target);
    TimelineDrafter drafter = TimelineDrafter.create().zone(z).channels(channels).maxEvents(maxEvents)
        .timeField(timeField).messageField(messageField).levelField(levelField);
    try {
      drafter.minLevel(level);
    } catch (IllegalArgumentException e) {
      throw new CliException("--level: " + e.getMessage());
    }
    if (since != null) {
      drafter.since(time("--since", since, z, false));
    }
    if (until != null) {
      drafter.until(time("--until", until, z, true));
    }
    if (dateOrder != null) {
      switch (dateOrder.toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "day-first", "dmy" -> drafter.dayFirst(true);
        case "month-first", "mdy" -> drafter.dayFirst(false);
        default -> throw new CliException("--date-order: use day-first or month-first, not '" + dateOrder + "'");
      }
    }
    if (year != null) {
      drafter.year(year);
    }
    Duration tol = duration(tolerance);
    Path dest = out != null ? out : mergeInto;
    Path parent = dest == null ? null : dest.toAbsolutePath().getParent();
    drafter.relativeTo(parent != null ? parent : Path.of("").toAbsolutePath());
    List<TimelineSource> list = sources();
    ByteProgress bar = ByteProgress.of(err, progress, list);
    drafter.progress(bar::add);
    DraftedTimeline draft;
    try {
      draft = drafter.draft(list);
    } finally {
      bar.close();
    }
    for (ImportDiagnostic d : draft.diagnostics()) {
      if (d.level() == ImportDiagnostic.Level.WARNING) {
        err.println(d.source() + (d.line() > 0 ? ":" + d.line() : "") + ": warning: " + d.message());
      }
    }
    for (DraftedTimeline.SourceSummary s : draft.sources()) {
      if (s.format() != null) {
        err.println(s.source() + ": read as " + s.format().id() + ", " + s.records() + " record"
            + (s.records() == 1 ? "" : "s") + ", " + s.events() + " event" + (s.events() == 1 ? "" : "s"));
      }
    }
    err.flush();
    if (draft.events().isEmpty()) {
      throw new CliException("no event drafted from " + list.size() + " source" + (list.size() == 1 ? "" : "s")
          + " (see the warnings above)");
    }
    if (target == null) {
      Postmortem pm = draft.toPostmortem();
      write(pm, out, stdout);
      return 0;
    }
    MergeResult r = draft.mergeInto(target, tol);
    write(r.postmortem(), dest, stdout);
    stdout.println("Added " + r.added().size() + " event" + (r.added().size() == 1 ? "" : "s") + " to " + dest
        + (r.duplicates().isEmpty() ? "" : "; " + r.duplicates().size() + " already there"
            + " (within " + pretty(tol) + ", similar words) left out") + ":");
    for (DraftedEvent e : r.added()) {
      TimelineEvent ev = e.event();
      stdout.println("  + " + ev.at().orElseThrow() + "  " + ev.kind().id() + "  " + plain(ev.description())
          + "  [" + ev.source().orElse("") + "]");
    }
    for (Map.Entry<DraftedEvent, TimelineEvent> d : r.duplicates().entrySet()) {
      stdout.println("  = " + d.getKey().event().at().orElseThrow() + "  " + plain(d.getKey().event().description())
          + "  (already there: \"" + plain(d.getValue().description()) + "\")");
    }
    for (Map.Entry<String, DraftedEvent> m : r.milestones().entrySet()) {
      stdout.println("  ~ incident." + m.getKey() + " = " + m.getValue().event().at().orElseThrow()
          + " (inferred from " + m.getValue().event().source().orElse("") + "; check it)");
    }
    stdout.flush();
    return 0;
  }

  private List<TimelineSource> sources() {
    SourceFormat all = null;
    Map<Path, SourceFormat> named = new HashMap<>();
    for (String f : formats) {
      int eq = f.lastIndexOf('=');
      try {
        if (eq > 0) {
          named.put(Path.of(f.substring(0, eq)).toAbsolutePath().normalize(), SourceFormat.fromId(f.substring(eq + 1)));
        } else {
          all = SourceFormat.fromId(f);
        }
      } catch (IllegalArgumentException e) {
        throw new CliException("--format: " + e.getMessage());
      }
    }
    List<TimelineSource> list = new ArrayList<>();
    for (Path p : sources) {
      SourceFormat f = named.getOrDefault(p.toAbsolutePath().normalize(), all);
      list.add(new TimelineSource(p, f));
    }
    return list;
  }

  private ZoneId zone(Postmortem target) {
    if (zone != null) {
      try {
        return ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        throw new CliException("--zone: unknown zone '" + zone + "' (use a name like Europe/Berlin or an offset like +02:00)");
      }
    }
    if (target != null) {
      for (TimelineEvent e : target.timeline()) {
        if (e.at().isPresent()) {
          return e.at().get().getOffset();
        }
      }
      if (target.incident().started().isPresent()) {
        return target.incident().started().get().getOffset();
      }
    }
    return java.time.ZoneOffset.UTC;
  }

  static OffsetDateTime time(String option, String value, ZoneId zone, boolean endOfDay) {
    String v = value.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeException e) {
      // try without an offset
    }
    try {
      return java.time.LocalDateTime.parse(v).atZone(zone).toOffsetDateTime();
    } catch (DateTimeException e) {
      // try a date
    }
    try {
      java.time.LocalDate d = java.time.LocalDate.parse(v);
      return (endOfDay ? d.atTime(23, 59, 59) : d.atStartOfDay()).atZone(zone).toOffsetDateTime();
    } catch (DateTimeException e) {
      throw new CliException(option + ": '" + value + "' is not a time; write 2026-10-14T09:00, with an"
          + " offset (+02:00) or without (then --zone applies), or a date");
    }
  }

  static Duration duration(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt") || v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(v.replaceAll("[a-z]+$", ""));
      String unit = v.replaceAll("^[0-9]+", "");
      return switch (unit) {
        case "s", "sec" -> Duration.ofSeconds(n);
        case "m", "min", "" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> throw new NumberFormatException(unit);
      };
    } catch (RuntimeException e) {
      throw new CliException("--tolerance: '" + s + "' is not a duration; write 90s, 2m or 1h");
    }
  }

  /** {@code s} without control characters, so that a log line cannot drive the terminal. */
  static String plain(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0x202E || c == 0x202D ? ' ' : c));
    return sb.toString();
  }

  private static String pretty(Duration d) {
    return dev.postmortem.metrics.DurationFormat.format(d);
  }

  private void write(Postmortem pm, Path file, PrintWriter stdout) throws IOException {
    String fmt = to;
    if (fmt == null && file != null) {
      fmt = InputFormat.of(file).map(InputFormat::id).orElse(null);
    }
    if (fmt == null) {
      fmt = "yaml";
    }
    String text = switch (fmt.toLowerCase(Locale.ROOT)) {
      case "json" -> PostmortemWriter.create(dev.postmortem.io.Format.JSON).toString(pm);
      case "yaml", "yml" -> PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(pm);
      default -> throw new CliException("--to: use json or yaml, not '" + fmt + "'");
    };
    if (file == null) {
      Output.write(text, null, stdout);
      return;
    }
    Path abs = file.toAbsolutePath();
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "." + abs.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

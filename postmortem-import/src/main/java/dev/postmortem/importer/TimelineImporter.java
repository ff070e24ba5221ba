package dev.postmortem.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Collector;
import dev.postmortem.importer.internal.Csv;
import dev.postmortem.importer.internal.LineReader;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.io.SourceMap;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drafts a timeline from data: JSON Lines logs, CSV files and Slack channel exports. This is the
 * "data collection" step: every event records where it came from ({@link
 * TimelineEvent#source()}, e.g. {@code app.jsonl:42}) and refers to one {@link Evidence} item for
 * the input. Inputs are streamed; {@link #forEach} does not keep events in memory at all.
 *
 * <pre>{@code
 * TimelineDraft draft = TimelineImporter.jsonLines()
 *     .timestampField("ts").messageField("/fields/message").levelField("level")
 *     .minLevel("warn")
 *     .read(Path.of("app.jsonl"));
 * }</pre>
 *
 * <p>Fields are named by a property name, a dotted path ({@code fields.message}) or a JSON pointer
 * ({@code /fields/message}). Timestamps may be ISO-8601, epoch seconds or milliseconds, or any
 * form the Markdown importer reads. Lines that cannot be read are skipped with a diagnostic; an
 * input that gives no event at all is a warning, never silence.
 *
 * <p>For text and syslog logs, chat, alert and deployment records, several sources at once and
 * merging into a post-mortem, see {@link dev.postmortem.importer.timeline.TimelineDrafter}.
 */
public final class TimelineImporter {
  /** The kind of input. */
  private enum Type {
    JSON_LINES,
    CSV,
    SLACK
  }

  private static final List<String> LEVELS =
      List.of("trace", "debug", "info", "notice", "warn", "error", "critical", "fatal");

  private final Type type;
  private String timestampField;
  private String messageField;
  private String levelField;
  private String actorField;
  private String minLevel;
  private ZoneId zone = ZoneOffset.UTC;
  private int maxEvents = 100_000;
  private int maxLineChars = 1 << 20;
  private char delimiter = ',';
  private TimeParser.DateOrder dateOrder = TimeParser.DateOrder.UNKNOWN;

  private TimelineImporter(Type type) {
    this.type = type;
  }

  /** An importer of JSON Lines logs (one JSON object per line). */
  public static TimelineImporter jsonLines() {
    return new TimelineImporter(Type.JSON_LINES);
  }

  /** An importer of CSV files with a header row (RFC 4180 quoting). */
  public static TimelineImporter csv() {
    return new TimelineImporter(Type.CSV);
  }

  /**
   * An importer of Slack exports: a channel's day file (a JSON array of messages) or a channel
   * directory of day files; {@code users.json} next to it or one level up names the users.
   */
  public static TimelineImporter slack() {
    return new TimelineImporter(Type.SLACK);
  }

  /** The timestamp field; guessed from common names unless set. */
  public TimelineImporter timestampField(String field) {
    this.timestampField = field;
    return this;
  }

  /** The message field; guessed from common names unless set. */
  public TimelineImporter messageField(String field) {
    this.messageField = field;
    return this;
  }

  /** The level field; guessed from common names unless set. */
  public TimelineImporter levelField(String field) {
    this.levelField = field;
    return this;
  }

  /** The field naming who acted (a user, a service); guessed unless set. */
  public TimelineImporter actorField(String field) {
    this.actorField = field;
    return this;
  }

  /** Only entries at this level or above ({@code warn}, {@code error}, ...); all unless set. */
  public TimelineImporter minLevel(String level) {
    String l = normalizeLevel(level);
    if (!LEVELS.contains(l)) {
      throw new IllegalArgumentException("unknown level '" + level + "'; use one of " + LEVELS);
    }
    this.minLevel = l;
    return this;
  }

  /** The zone for timestamps without one; UTC unless set. */
  public TimelineImporter defaultZone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /** The most events {@link #read} keeps; more are reported and not read. 100,000 unless set. */
  public TimelineImporter maxEvents(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be positive: " + maxEvents);
    }
    this.maxEvents = maxEvents;
    return this;
  }

  /** The CSV delimiter; a comma unless set. */
  public TimelineImporter delimiter(char delimiter) {
    this.delimiter = delimiter;
    return this;
  }

  /** Reads a file (or, for Slack, a channel directory). */
  public TimelineDraft read(Path path) {
    String source = path.toString();
    if (type == Type.SLACK && Files.isDirectory(path)) {
      List<TimelineEvent> events = new ArrayList<>();
      Collector out = new Collector(source);
      Map<String, String> users = slackUsers(path);
      List<Path> days;
      try {
        days = days(path);
        if (days.isEmpty()) { // the export's root: a folder of day files per channel
          List<Path> all = new ArrayList<>();
          try (Stream<Path> s = Files.list(path)) {
            for (Path channel : s.filter(Files::isDirectory).sorted().toList()) {
              all.addAll(days(channel));
            }
          }
          days = all;
        }
      } catch (IOException e) {
        throw new PostmortemImportException(source, 0, 0, "could not list the directory: " + e.getMessage(), e);
      }
      Evidence ev = evidence(source);
      for (Path day : days) {
        try (InputStream in = Files.newInputStream(day)) {
          slack(in, day.toString(), users, ev.id(), out, collect(events, out));
        } catch (IOException e) {
          throw new PostmortemImportException(day.toString(), 0, 0, "could not read: " + e.getMessage(), e);
        }
      }
      return draft(events, ev, out, days.isEmpty()
          ? "no Slack day files (YYYY-MM-DD.json) here or in a channel folder below" : null);
    }
    if (type == Type.CSV && dateOrder == TimeParser.DateOrder.UNKNOWN) {
      TimeParser.DateOrder found = orderOf(path);
      if (found != TimeParser.DateOrder.UNKNOWN) {
        TimeParser.DateOrder before = dateOrder;
        dateOrder = found;
        try {
          return read(path);
        } finally {
          dateOrder = before;
        }
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      if (type == Type.SLACK) {
        List<TimelineEvent> events = new ArrayList<>();
        Collector out = new Collector(source);
        Evidence ev = evidence(source);
        Path parent = path.toAbsolutePath().getParent();
        slack(in, source, parent == null ? Map.of() : slackUsers(parent), ev.id(), out, collect(events, out));
        return draft(events, ev, out, null);
      }
      return read(in, source);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Reads a stream; {@code source} names it in events, positions and diagnostics. */
  public TimelineDraft read(InputStream in, String source) {
    List<TimelineEvent> events = new ArrayList<>();
    Collector out = new Collector(source);
    Evidence ev = evidence(source);
    run(in, source, ev.id(), out, collect(events, out));
    return draft(events, ev, out, null);
  }

  /** The draft; when it has no event, a warning that says so (and why, when known). */
  private static TimelineDraft draft(List<TimelineEvent> events, Evidence ev, Collector out, String why) {
    if (events.isEmpty()) {
      out.warn(Kind.SKIPPED_INPUT, 0, 0, "", "no event was read"
          + (why != null ? ": " + why : out.diagnostics().isEmpty() ? "" : "; see the notes above"));
    }
    return new TimelineDraft(events, ev, SourceMap.of(out.positions()), out.diagnostics());
  }

  private static List<Path> days(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json")).sorted().toList();
    }
  }

  /** Day-first or month-first, from the numeric dates of a file (a day above 12 decides). */
  private static TimeParser.DateOrder orderOf(Path path) {
    boolean day = false;
    boolean month = false;
    try (java.io.BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && !(day && month)) {
        TimeParser.DateOrder o = TimeParser.evidence(line);
        day |= o == TimeParser.DateOrder.DAY_FIRST;
        month |= o == TimeParser.DateOrder.MONTH_FIRST;
      }
    } catch (IOException | RuntimeException e) {
      return TimeParser.DateOrder.UNKNOWN;
    }
    return day == month ? TimeParser.DateOrder.UNKNOWN : day ? TimeParser.DateOrder.DAY_FIRST : TimeParser.DateOrder.MONTH_FIRST;
  }

  /**
   * Streams the events to {@code sink} without keeping them; returns the diagnostics. The limit
   * of {@link #maxEvents} does not apply.
   */
  public List<ImportDiagnostic> forEach(InputStream in, String source, Consumer<TimelineEvent> sink) {
    Collector out = new Collector(source);
    Evidence ev = evidence(source);
    run(in, source, ev.id(), out, (e, line) -> {
      sink.accept(e);
      return true;
    });
    return out.diagnostics();
  }

  @FunctionalInterface
  private interface Sink {
    /** Takes an event read at {@code line}; false to stop reading. */
    boolean accept(TimelineEvent event, int line);
  }

  private Sink collect(List<TimelineEvent> events, Collector out) {
    return (e, line) -> {
      if (events.size() >= maxEvents) {
        out.warn(Kind.SKIPPED_INPUT, line, 0, "", "more than " + maxEvents
            + " events; the rest of the input was not read (raise maxEvents to read it)");
        return false;
      }
      out.at("/timeline/" + events.size(), line, 0);
      events.add(e);
      return true;
    };
  }

  private void run(InputStream in, String source, String evidenceId, Collector out, Sink sink) {
    switch (type) {
      case JSON_LINES -> jsonLines(in, source, evidenceId, out, sink);
      case CSV -> csv(in, source, evidenceId, out, sink);
      default -> slack(in, source, Map.of(), evidenceId, out, sink);
    }
  }

  private Evidence evidence(String source) {
    String name = source == null ? "input" : source;
    String slug = name.replaceAll(".*[/\\\\]", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return Evidence.builder()
        .id("EV-" + (slug.isEmpty() ? "input" : slug))
        .kind(type == Type.SLACK ? EvidenceKind.COMMUNICATION : EvidenceKind.LOG)
        .title(switch (type) {
          case JSON_LINES -> "Log " + name;
          case CSV -> "CSV export " + name;
          default -> "Slack export " + name;
        })
        .file(name)
        .build();
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  // ------------------------------------------------------------------ JSON Lines

  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
          .maxStringLength(1 << 20).build()).build()).build();

  private void jsonLines(InputStream in, String source, String evidenceId, Collector out, Sink sink) {
    LineReader lines = new LineReader(utf8(in), maxLineChars);
    try {
      String line;
      while ((line = lines.next()) != null) {
        int n = lines.lineNumber();
        if (lines.truncated()) {
          out.warn(Kind.SKIPPED_INPUT, n, 1, "", "line longer than " + maxLineChars + " characters; skipped");
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          out.warn(Kind.SKIPPED_INPUT, n, 1, "", "not a JSON object: " + firstLine(e.getOriginalMessage()));
          continue;
        }
        if (node == null || !node.isObject()) {
          out.warn(Kind.SKIPPED_INPUT, n, 1, "", "not a JSON object; skipped");
          continue;
        }
        Map<String, String> flat = new HashMap<>();
        if (!record(field(node, timestampField, "timestamp", "@timestamp", "time", "ts", "date", "datetime"),
            field(node, messageField, "message", "msg", "event", "text", "description", "summary"),
            field(node, levelField, "level", "severity", "lvl", "log.level"),
            field(node, actorField, "user", "actor", "service", "logger", "host"),
            source, n, evidenceId, out, sink, flat)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new PostmortemImportException(source, lines.lineNumber(), 0,
          "could not read the log (is it UTF-8 text?): " + e.getMessage(), e);
    }
  }

  private static String field(JsonNode node, String configured, String... guesses) {
    if (configured != null) {
      return text(lookup(node, configured));
    }
    for (String g : guesses) {
      String v = text(lookup(node, g));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static JsonNode lookup(JsonNode node, String path) {
    if (path.startsWith("/")) {
      JsonNode v = node.at(path);
      return v.isMissingNode() ? null : v;
    }
    JsonNode direct = node.get(path);
    if (direct != null) {
      return direct;
    }
    JsonNode cur = node;
    for (String part : path.split("\\.")) {
      cur = cur == null ? null : cur.get(part);
    }
    return cur;
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  // ------------------------------------------------------------------ CSV

  private void csv(InputStream in, String source, String evidenceId, Collector out, Sink sink) {
    Csv csv = new Csv(utf8(in), delimiter, maxLineChars);
    try {
      List<String> header = csv.next();
      if (header == null) {
        throw new PostmortemImportException(source, 1, 1, "the CSV file is empty (a header row is needed)", null);
      }
      int tc = column(header, timestampField, "timestamp", "time", "@timestamp", "date", "datetime", "ts", "when");
      int mc = column(header, messageField, "message", "msg", "event", "description", "text", "summary", "what");
      int lc = column(header, levelField, "level", "severity", "priority");
      int ac = column(header, actorField, "user", "actor", "author", "who", "service", "source");
      if (tc < 0 || mc < 0) {
        throw new PostmortemImportException(source, 1, 1, "the CSV header " + header + " has no "
            + (tc < 0 ? "timestamp" : "message") + " column; name it with "
            + (tc < 0 ? "timestampField" : "messageField"), null);
      }
      List<String> row;
      while ((row = csv.next()) != null) {
        int n = csv.recordLine();
        if (csv.truncated()) {
          out.warn(Kind.SKIPPED_INPUT, n, 1, "", "record longer than " + maxLineChars + " characters; skipped");
          continue;
        }
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (!record(get(row, tc), get(row, mc), get(row, lc), get(row, ac), source, n, evidenceId,
            out, sink, null)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new PostmortemImportException(source, csv.recordLine(), 0,
          "could not read the CSV file (is it UTF-8 text?): " + e.getMessage(), e);
    } catch (Csv.CsvException e) {
      throw new PostmortemImportException(source, e.line(), 0, e.getMessage(), e);
    }
  }

  private static String get(List<String> row, int i) {
    return i >= 0 && i < row.size() ? row.get(i) : null;
  }

  private static int column(List<String> header, String configured, String... guesses) {
    if (configured != null) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equalsIgnoreCase(configured)) {
          return i;
        }
      }
      return -1;
    }
    for (String g : guesses) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equalsIgnoreCase(g)) {
          return i;
        }
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ Slack

  private static final Pattern SLACK_MARKUP = Pattern.compile("<([@#!])?([^>|]+)(?:\\|([^>]+))?>");

  private static Map<String, String> slackUsers(Path dir) {
    for (Path p : new Path[] {dir.resolve("users.json"), dir.getParent() == null ? null : dir.getParent().resolve("users.json")}) {
      if (p != null && Files.isRegularFile(p)) {
        Map<String, String> users = new HashMap<>();
        try (InputStream in = Files.newInputStream(p)) {
          JsonNode arr = JSON.readTree(in);
          for (JsonNode u : arr) {
            String name = u.path("profile").path("display_name").asText("");
            if (name.isBlank()) {
              name = u.path("real_name").asText(u.path("name").asText(""));
            }
            users.put(u.path("id").asText(), name);
          }
        } catch (IOException | RuntimeException e) {
          return Map.of();
        }
        return users;
      }
    }
    return Map.of();
  }

  private void slack(InputStream in, String source, Map<String, String> users, String evidenceId,
      Collector out, Sink sink) {
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new PostmortemImportException(source, p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr(), "a Slack export day file is a JSON array of messages", null);
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode m = JSON.readTree(p);
        String subtype = m.path("subtype").asText("");
        if (subtype.equals("channel_join") || subtype.equals("channel_leave")) {
          out.info(Kind.SKIPPED_INPUT, line, 0, "", "Slack " + subtype + " message skipped");
          continue;
        }
        String user = m.path("user_profile").path("display_name").asText("");
        if (user.isBlank()) {
          user = m.path("user_profile").path("real_name").asText("");
        }
        if (user.isBlank()) {
          String id = m.path("user").asText(m.path("username").asText(m.path("bot_id").asText("")));
          user = users.getOrDefault(id, id);
        }
        String text = slackText(m.path("text").asText(""), users);
        if (!record(m.path("ts").asText(null), text, null, user.isBlank() ? null : user, source, line,
            evidenceId, out, sink, null)) {
          return;
        }
      }
      if (t != JsonToken.END_ARRAY) {
        throw new PostmortemImportException(source, p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr(), "expected a message object in the Slack export", null);
      }
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
          ? jpe.getLocation().getLineNr() : 0;
      throw new PostmortemImportException(source, line, 0,
          "could not read the Slack export: " + firstLine(e.getMessage()), e);
    }
  }

  private static String slackText(String text, Map<String, String> users) {
    Matcher m = SLACK_MARKUP.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String sigil = m.group(1);
      String target = m.group(2);
      String label = m.group(3);
      String r;
      if ("@".equals(sigil)) {
        r = "@" + (label != null ? label : users.getOrDefault(target, target));
      } else if ("#".equals(sigil)) {
        r = "#" + (label != null ? label : target);
      } else if ("!".equals(sigil)) {
        r = "@" + (label != null ? label : target);
      } else {
        r = label != null ? label + " (" + target + ")" : target;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  // ------------------------------------------------------------------ shared

  private boolean record(String ts, String message, String level, String actor, String source,
      int line, String evidenceId, Collector out, Sink sink, Map<String, String> unused) {
    String ptr = "";
    if (minLevel != null && level != null) {
      int l = LEVELS.indexOf(normalizeLevel(level));
      if (l >= 0 && l < LEVELS.indexOf(minLevel)) {
        return true;
      }
    }
    if (message == null || message.isBlank()) {
      out.warn(Kind.SKIPPED_INPUT, line, 0, ptr, "entry without a message; skipped");
      return true;
    }
    ImmutableTimelineEvent.Builder b = TimelineEvent.builder()
        .description(message.strip())
        .source(source == null ? "line " + line : source + ":" + line)
        .addEvidence(evidenceId);
    OffsetDateTime at = ts == null ? null : timestamp(ts.strip());
    if (at != null) {
      b.at(at);
    } else {
      b.timeText(ts == null || ts.isBlank() ? "unknown" : ts.strip());
      out.warn(Kind.UNPARSEABLE_TIME, line, 0, ptr, ts == null || ts.isBlank()
          ? "entry without a timestamp; kept with the time 'unknown'"
          : "timestamp '" + ts + "' could not be read; kept as text");
    }
    if (actor != null && !actor.isBlank()) {
      b.actor(actor.strip());
    }
    if (level != null) {
      String l = normalizeLevel(level);
      if (l.equals("error") || l.equals("critical") || l.equals("fatal")) {
        b.kind(EventKind.ALERT);
      } else {
        b.kind(EventKind.OBSERVATION);
      }
    } else if (type == Type.SLACK) {
      b.kind(EventKind.COMMUNICATION);
    } else {
      b.kind(EventKind.OBSERVATION);
    }
    return sink.accept(b.build(), line);
  }

  private OffsetDateTime timestamp(String ts) {
    if (ts.matches("\\d{9,13}(\\.\\d+)?")) {
      BigDecimal v = new BigDecimal(ts);
      Instant i = v.compareTo(BigDecimal.valueOf(100_000_000_000L)) < 0
          ? Instant.ofEpochSecond(v.longValue(), v.remainder(BigDecimal.ONE).movePointRight(9).longValue())
          : Instant.ofEpochMilli(v.longValue());
      return i.atOffset(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(ts);
    } catch (RuntimeException e) {
      // fall through to the lenient reader
    }
    TimeParser.Parsed p = TimeParser.parse(ts, dateOrder, 0);
    if (p == null || p.date() == null || p.time() == null) {
      return null;
    }
    ZoneId z = p.zone() != null ? p.zone() : zone;
    return ZonedDateTime.of(p.date(), p.time(), z).toOffsetDateTime();
  }

  private static String normalizeLevel(String level) {
    String l = level.strip().toLowerCase(Locale.ROOT);
    return switch (l) {
      case "warning" -> "warn";
      case "err" -> "error";
      case "crit", "emerg", "emergency", "alert" -> "critical";
      case "information", "informational" -> "info";
      default -> l;
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.timeline.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Tells a source's family from its content (its first kilobytes), not its name. */
public final class Detector {
  private Detector() {}

  private static final Pattern COMMIT = Pattern.compile("^commit [0-9a-f]{7,64}\\b");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");

  /** The first {@code max} bytes of a file as text (a broken last character is dropped). */
  public static String head(Path path, int max) throws IOException {
    byte[] buf = new byte[max];
    int n = 0;
    try (InputStream in = Files.newInputStream(path)) {
      int r;
      while (n < max && (r = in.read(buf, n, max - n)) > 0) {
        n += r;
      }
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String s = d.decode(ByteBuffer.wrap(buf, 0, n)).toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * The family of {@code path}.
   *
   * @return the family, or empty when the content says nothing a reader knows
   */
  public static Optional<SourceFormat> detect(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      if (Files.isRegularFile(path.resolve("channels.json")) || Files.isRegularFile(path.resolve("users.json"))) {
        return Optional.of(SourceFormat.SLACK);
      }
      try (Stream<Path> s = Files.list(path)) {
        return s.anyMatch(p -> DAY.matcher(p.getFileName().toString()).matches())
            ? Optional.of(SourceFormat.SLACK) : Optional.empty();
      }
    }
    String head = head(path, 65536);
    String t = head.stripLeading();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.startsWith("{") || (t.startsWith("[") && jsonArray(t))) {
      return Optional.of(json(t));
    }
    String[] lines = t.split("\r?\n", 40);
    if (COMMIT.matcher(lines[0]).find()) {
      return Optional.of(SourceFormat.GIT_LOG);
    }
    int chat = 0;
    int log = 0;
    int considered = 0;
    for (int i = 0; i < lines.length && i < 30; i++) {
      String l = lines[i].strip();
      if (l.isEmpty()) {
        continue;
      }
      considered++;
      if (TranscriptReader.LINE.matcher(l).matches()) {
        chat++;
      }
      if (LogLine.parse(lines[i], ZoneOffset.UTC, 2000) != null) {
        log++;
      }
    }
    if (chat > 0 && chat * 2 >= considered && chat >= log) {
      return Optional.of(SourceFormat.CHAT);
    }
    boolean csv = csvLike(lines);
    if (log > 0 && log * 3 >= considered && !(csv && cellAfterTime(lines[0]))) {
      return Optional.of(SourceFormat.LOG);
    }
    if (csv) {
      String header = lines[0].toLowerCase(java.util.Locale.ROOT);
      if (header.contains("type") && (header.contains("log entry") || header.contains("log_entry")
          || header.contains("agent")) || (lines.length > 1 && lines[1].contains("_log_entry"))) {
        return Optional.of(SourceFormat.PAGERDUTY);
      }
      return Optional.of(SourceFormat.CSV);
    }
    return Optional.empty();
  }

  /** Whether text starting with {@code [} opens a JSON array rather than a bracketed log time. */
  private static boolean jsonArray(String t) {
    String rest = t.substring(1).stripLeading();
    return rest.isEmpty() || "{[]\"".indexOf(rest.charAt(0)) >= 0;
  }

  private static SourceFormat json(String t) {
    if (t.contains("\"log_entries\"") || t.contains("_log_entry\"")) {
      return SourceFormat.PAGERDUTY;
    }
    if (t.contains("\"alerts\"") && (t.contains("\"groupKey\"") || t.contains("\"receiver\""))) {
      return SourceFormat.ALERTMANAGER;
    }
    if (t.contains("\"tinyId\"") || (t.contains("\"data\"") && t.contains("\"acknowledged\"") && t.contains("\"createdAt\""))) {
      return SourceFormat.OPSGENIE;
    }
    if (t.contains("\"tag_name\"") || t.contains("\"deployment_url\"")
        || (t.contains("\"environment\"") && t.contains("\"sha\"") && t.contains("\"created_at\""))) {
      return SourceFormat.GITHUB;
    }
    if (t.contains("\"createdDateTime\"") && (t.contains("\"messageType\"") || t.contains("\"body\""))) {
      return SourceFormat.TEAMS;
    }
    if (t.startsWith("[") && t.contains("\"ts\"") && t.contains("\"type\": \"message\"")
        || t.startsWith("[") && t.contains("\"ts\"") && t.contains("\"type\":\"message\"")) {
      return SourceFormat.SLACK;
    }
    return SourceFormat.JSON_LINES;
  }

  /** Whether the line starts with a time followed by a delimiter: a CSV row, not a log line. */
  private static boolean cellAfterTime(String line) {
    String l = line.startsWith("\"") ? line.substring(1) : line;
    Times.Read r = Times.iso(l, 0, ZoneOffset.UTC);
    if (r == null || r.end() >= l.length()) {
      return false;
    }
    char c = l.charAt(r.end());
    return c == ',' || c == ';' || c == '\t' || c == '"';
  }

  private static boolean csvLike(String[] lines) {
    if (lines.length < 2) {
      return false;
    }
    for (char d : new char[] {',', ';', '\t'}) {
      int c0 = count(lines[0], d);
      if (c0 == 0) {
        continue;
      }
      int same = 0;
      int n = 0;
      for (int i = 1; i < lines.length && i < 10; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        n++;
        if (count(lines[i], d) >= c0) {
          same++;
        }
      }
      if (n > 0 && same * 2 >= n) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    boolean q = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        q = !q;
      } else if (ch == c && !q) {
        n++;
      }
    }
    return n;
  }

  /** The reader of a family. */
  public static SourceReader reader(SourceFormat f) {
    return switch (f) {
      case LOG -> new LogReader();
      case JSON_LINES -> new JsonLinesReader();
      case CSV -> new CsvReader();
      case SLACK -> new SlackReader();
      case TEAMS -> new TeamsReader();
      case CHAT -> new TranscriptReader();
      case PAGERDUTY -> new PagerDutyReader();
      case OPSGENIE -> new OpsgenieReader();
      case ALERTMANAGER -> new AlertmanagerReader();
      case GIT_LOG -> new GitLogReader();
      case GITHUB -> new GitHubReader();
    };
  }
}

package dev.postmortem.importer.timeline;

import java.util.Locale;

/** The families of records a timeline is drafted from. */
public enum SourceFormat {
  /** Plain-text and syslog logs: RFC 5424/3164, ISO-8601 prefixes, logback/log4j, access and error logs. */
  LOG,
  /** JSON Lines logs, or a JSON array of log records. */
  JSON_LINES,
  /** CSV with or without a header row. */
  CSV,
  /** A Slack export: its root, a channel folder or a day file. */
  SLACK,
  /** A Microsoft Teams chat export (Graph {@code chatMessage} JSON). */
  TEAMS,
  /** A plain chat transcript: {@code [10:42] name: text}. */
  CHAT,
  /** PagerDuty incident log entries (JSON or CSV). */
  PAGERDUTY,
  /** An Opsgenie alert export (alert list or alert log JSON). */
  OPSGENIE,
  /** Prometheus Alertmanager webhook payloads. */
  ALERTMANAGER,
  /** {@code git log --date=iso} output. */
  GIT_LOG,
  /** GitHub releases, deployments or deployment statuses JSON. */
  GITHUB;

  /**
   * The name used on the command line, for example {@code json-lines}.
   *
   * @return the lowercase, hyphenated name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a name ({@code json-lines}, {@code JSON_LINES}, {@code jsonl}, {@code syslog}, ...).
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException listing the names when none matches
   */
  public static SourceFormat fromId(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (n) {
      case "jsonl", "ndjson", "json" -> {
        return JSON_LINES;
      }
      case "syslog", "text", "journal", "journalctl", "kubectl", "nginx", "apache", "access-log" -> {
        return LOG;
      }
      case "transcript" -> {
        return CHAT;
      }
      case "git", "gitlog" -> {
        return GIT_LOG;
      }
      case "ms-teams", "microsoft-teams" -> {
        return TEAMS;
      }
      default -> {
        for (SourceFormat f : values()) {
          if (f.id().equals(n)) {
            return f;
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (SourceFormat f : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.id());
    }
    throw new IllegalArgumentException("unknown source format '" + name + "'; use one of " + sb);
  }

  @Override
  public String toString() {
    return id();
  }
}

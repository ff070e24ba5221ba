package dev.postmortem.importer.internal.timeline;

import java.util.Locale;

/** Log levels as numbers: higher is more severe. */
public final class Levels {
  private Levels() {}

  /** The source has no level. */
  public static final int NONE = -1;
  public static final int TRACE = 0;
  public static final int DEBUG = 1;
  public static final int INFO = 2;
  public static final int NOTICE = 3;
  public static final int WARN = 4;
  public static final int ERROR = 5;
  public static final int CRITICAL = 6;

  /** The severity a level word names, or {@link #NONE}. */
  public static int of(String word) {
    if (word == null) {
      return NONE;
    }
    String w = word.strip();
    if (w.isEmpty() || w.length() > 12) {
      return NONE;
    }
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "trace", "finest", "finer", "verbose", "v" -> TRACE;
      case "debug", "fine", "dbug", "d" -> DEBUG;
      case "info", "information", "informational", "config", "i", "inf" -> INFO;
      case "notice", "note" -> NOTICE;
      case "warn", "warning", "w", "wrn" -> WARN;
      case "error", "err", "e", "eror", "severe", "fail", "failure" -> ERROR;
      case "crit", "critical", "fatal", "f", "emerg", "emergency", "alert", "panic", "ftl", "crt" -> CRITICAL;
      default -> NONE;
    };
  }

  /** The severity of a syslog severity number (0 emergency ... 7 debug). */
  public static int ofSyslog(int severity) {
    return switch (severity) {
      case 0, 1, 2 -> CRITICAL;
      case 3 -> ERROR;
      case 4 -> WARN;
      case 5 -> NOTICE;
      case 6 -> INFO;
      default -> DEBUG;
    };
  }

  /** The name of a severity, for messages. */
  public static String name(int severity) {
    return switch (severity) {
      case TRACE -> "trace";
      case DEBUG -> "debug";
      case INFO -> "info";
      case NOTICE -> "notice";
      case WARN -> "warn";
      case ERROR -> "error";
      case CRITICAL -> "critical";
      default -> "none";
    };
  }
}

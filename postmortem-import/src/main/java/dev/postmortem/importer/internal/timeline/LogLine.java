package dev.postmortem.importer.internal.timeline;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a text log taken apart: its time, level, who wrote it and the message. Knows the
 * syslog forms (RFC 5424, RFC 3164), ISO-8601 prefixes (logback, log4j, Spring Boot, journalctl
 * {@code short-iso}, {@code kubectl logs --timestamps}, nginx's error log), Apache's error log and
 * the common/combined access log.
 *
 * @param at when
 * @param severity the {@link Levels} severity written on the line, or {@link Levels#NONE}
 * @param actor the program or service that wrote it, or {@code null}
 * @param message the message without the layout
 * @param layout which layout was recognised
 * @param zoneWritten whether the line states its zone or offset
 */
public record LogLine(OffsetDateTime at, int severity, String actor, String message, Layout layout,
    boolean zoneWritten) {

  /** The layouts recognised. */
  public enum Layout {
    SYSLOG_5424, SYSLOG_3164, ISO, APACHE_ERROR, ACCESS
  }

  /**
   * Takes a line apart.
   *
   * @param year the year for RFC 3164 timestamps, which have none
   * @return the parts, or {@code null} when the line does not start with a timestamp the reader
   *     knows (a continuation line, a stack trace frame)
   */
  public static LogLine parse(String line, ZoneId zone, int year) {
    int n = line.length();
    if (n < 8) {
      return null;
    }
    char c = line.charAt(0);
    if (c == '<') {
      return syslog(line, zone, year);
    }
    if (c >= '0' && c <= '9') {
      Times.Read r = Times.iso(line, 0, zone);
      if (r != null) {
        return iso(line, r);
      }
      return access(line, zone);
    }
    if (c == '[') {
      Times.Read r = Times.iso(line, 1, zone);
      if (r != null) {
        int end = r.end();
        if (end < n && line.charAt(end) == ']') {
          end++;
        }
        return iso(line, new Times.Read(r.at(), end, r.zoneWritten()));
      }
      return apacheError(line, zone);
    }
    if (Character.isLetter(c)) {
      Times.Read r = Times.bsd(line, 0, year, zone);
      if (r != null) {
        return bsdRest(line, r.end(), r, Levels.NONE);
      }
      return access(line, zone);
    }
    return null;
  }

  // <PRI>1 TS HOST APP PROCID MSGID SD MSG  or  <PRI>Mmm dd HH:MM:SS HOST TAG: MSG
  private static LogLine syslog(String line, ZoneId zone, int year) {
    int gt = line.indexOf('>');
    if (gt < 2 || gt > 4) {
      return null;
    }
    int pri;
    try {
      pri = Integer.parseInt(line, 1, gt, 10);
    } catch (NumberFormatException e) {
      return null;
    }
    if (pri > 191) {
      return null; // facility 23 is the last: not a syslog priority
    }
    int severity = Levels.ofSyslog(pri & 7);
    int p = gt + 1;
    if (line.startsWith("1 ", p)) {
      p += 2;
      Times.Read r = Times.iso(line, p, zone);
      if (r == null) {
        return null;
      }
      int[] pos = {r.end()};
      String host = token(line, pos);
      String app = token(line, pos);
      token(line, pos); // procid
      token(line, pos); // msgid
      skipStructuredData(line, pos);
      String msg = pos[0] < line.length() ? line.substring(pos[0]) : "";
      if (msg.startsWith("\uFEFF")) {
        msg = msg.substring(1);
      }
      String actor = app != null && !app.equals("-") ? app : host != null && !host.equals("-") ? host : null;
      LevelAt la = level(msg, 0);
      if (la != null) {
        msg = la.rest(msg); // the priority says the severity; a level word repeating it is dropped
      }
      return new LogLine(r.at(), severity, actor, msg.strip(), Layout.SYSLOG_5424, r.zoneWritten());
    }
    Times.Read r = Times.bsd(line, p, year, zone);
    if (r != null) {
      return bsdRest(line, r.end(), r, severity);
    }
    r = Times.iso(line, p, zone);
    if (r != null) {
      LogLine l = iso(line, r);
      return new LogLine(l.at, severity, l.actor, l.message, Layout.SYSLOG_5424, l.zoneWritten);
    }
    return null;
  }

  private static String token(String line, int[] pos) {
    int p = pos[0];
    while (p < line.length() && line.charAt(p) == ' ') {
      p++;
    }
    int s = p;
    while (p < line.length() && line.charAt(p) != ' ') {
      p++;
    }
    pos[0] = p;
    return p > s ? line.substring(s, p) : null;
  }

  private static void skipStructuredData(String line, int[] pos) {
    int p = pos[0];
    while (p < line.length() && line.charAt(p) == ' ') {
      p++;
    }
    if (p < line.length() && line.charAt(p) == '-') {
      pos[0] = p + 1;
      return;
    }
    while (p < line.length() && line.charAt(p) == '[') {
      boolean quoted = false;
      p++;
      while (p < line.length()) {
        char ch = line.charAt(p);
        if (ch == '\\') {
          p += 2;
          continue;
        }
        if (ch == '"') {
          quoted = !quoted;
        } else if (ch == ']' && !quoted) {
          p++;
          break;
        }
        p++;
      }
    }
    pos[0] = p;
  }

  // after an RFC 3164 timestamp: HOST TAG[PID]: MSG
  private static LogLine bsdRest(String line, int end, Times.Read r, int severity) {
    int[] pos = {end};
    token(line, pos); // host
    int p = pos[0];
    while (p < line.length() && line.charAt(p) == ' ') {
      p++;
    }
    int colon = line.indexOf(": ", p);
    String actor = null;
    String msg;
    if (colon > p && colon - p < 64 && line.substring(p, colon).indexOf(' ') < 0) {
      actor = line.substring(p, colon);
      int br = actor.indexOf('[');
      if (br > 0) {
        actor = actor.substring(0, br);
      }
      msg = line.substring(colon + 2);
    } else {
      msg = line.substring(Math.min(p, line.length()));
    }
    int sev = severity;
    LevelAt la = level(msg, 0);
    if (la != null) {
      sev = sev == Levels.NONE ? la.severity : sev;
      msg = la.rest(msg);
    }
    return new LogLine(r.at(), sev, actor, msg.strip(), Layout.SYSLOG_3164, r.zoneWritten());
  }

  // after an ISO timestamp: logback, log4j, journalctl, kubectl, nginx error, logfmt, JSON
  private static LogLine iso(String line, Times.Read r) {
    int p = r.end();
    while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
      p++;
    }
    String rest = line.substring(p);
    String actor = null;
    // journalctl short-iso: HOST UNIT[PID]: MSG
    int sp = rest.indexOf(' ');
    if (sp > 0) {
      int colon = rest.indexOf(": ", sp + 1);
      if (colon > sp + 1 && colon - sp < 64 && rest.substring(sp + 1, colon).indexOf(' ') < 0
          && rest.substring(0, sp).indexOf('[') < 0 && level(rest, 0) == null
          && isUnit(rest.substring(sp + 1, colon))) {
        String unit = rest.substring(sp + 1, colon);
        int br = unit.indexOf('[');
        actor = br > 0 ? unit.substring(0, br) : unit;
        rest = rest.substring(colon + 2);
      }
    }
    if (rest.startsWith("{") && rest.endsWith("}")) {
      try {
        com.fasterxml.jackson.databind.JsonNode node = Json.MAPPER.readTree(rest);
        String msg = Json.first(node, JsonLinesReader.MESSAGE);
        if (msg != null) {
          String a = Json.first(node, JsonLinesReader.ACTOR);
          return new LogLine(r.at(), Levels.of(Json.first(node, JsonLinesReader.LEVEL)), a != null ? a : actor, msg,
              Layout.ISO, r.zoneWritten());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // not JSON after all: read as text
      }
      return new LogLine(r.at(), jsonLevel(rest), actor, rest, Layout.ISO, r.zoneWritten());
    }
    Logfmt lf = logfmt(rest);
    if (lf != null) {
      return new LogLine(r.at(), lf.severity, actor, lf.msg, Layout.ISO, r.zoneWritten());
    }
    LevelAt la = level(rest, 6);
    int sev = Levels.NONE;
    if (la != null) {
      sev = la.severity;
      rest = la.rest(rest);
      Matcher pid = NGINX_PID.matcher(rest);
      rest = pid.find() ? rest.substring(pid.end()) : dropLogger(rest);
    }
    return new LogLine(r.at(), sev, actor, rest.strip(), Layout.ISO, r.zoneWritten());
  }

  private static boolean isUnit(String u) {
    int br = u.indexOf('[');
    if (br > 0 && u.endsWith("]")) {
      for (int i = br + 1; i < u.length() - 1; i++) {
        if (!Character.isDigit(u.charAt(i))) {
          return false;
        }
      }
      return u.length() - br > 2;
    }
    return u.equals("kernel") || u.equals("systemd") || u.endsWith(".service");
  }

  private static final Pattern NGINX_PID = Pattern.compile("^\\d+#\\d+: (?:\\*\\d+ )?");

  /** Drops {@code [thread] com.example.Logger - } or {@code --- [thread] logger : } before the message. */
  private static String dropLogger(String rest) {
    int limit = Math.min(rest.length(), 160);
    int dash = rest.indexOf(" - ");
    int colon = rest.indexOf(" : ");
    int cut = -1;
    if (dash >= 0 && dash < limit) {
      cut = dash + 3;
    }
    if (colon >= 0 && colon < limit && (cut < 0 || colon < dash)) {
      cut = colon + 3;
    }
    if (cut > 0) {
      String head = rest.substring(0, cut);
      // only when the head looks like thread/logger names, not words of a sentence
      int words = 0;
      for (String t : head.trim().split("\\s+")) {
        if (!t.isEmpty() && !t.startsWith("[") && !t.equals("-") && !t.equals(":") && !t.equals("---")
            && !t.contains(".") && !t.matches("\\d+")) {
          words++;
        }
      }
      if (words <= 1) {
        return rest.substring(cut);
      }
    }
    // a bracketed thread alone: [main] message
    if (rest.startsWith("[")) {
      int close = rest.indexOf("] ");
      if (close > 0 && close < 60) {
        return rest.substring(close + 2);
      }
    }
    return rest;
  }

  private record LevelAt(int severity, int start, int end) {
    String rest(String s) {
      String before = s.substring(0, start).strip();
      String after = s.substring(Math.min(end, s.length()));
      after = after.startsWith(":") ? after.substring(1) : after;
      // keep what came before the level only when it is more than a thread or a pid
      if (!before.isEmpty() && !before.startsWith("[") && before.length() > 24) {
        return before + " " + after.strip();
      }
      return after.strip();
    }
  }

  /** The first level word among the first {@code tokens} tokens (0: the first only). */
  private static LevelAt level(String s, int tokens) {
    int p = 0;
    int n = s.length();
    for (int t = 0; t <= tokens && p < n; t++) {
      while (p < n && s.charAt(p) == ' ') {
        p++;
      }
      int start = p;
      while (p < n && s.charAt(p) != ' ') {
        p++;
      }
      if (p - start > 14 || p == start) {
        continue;
      }
      String tok = s.substring(start, p);
      String w = tok;
      if (w.startsWith("[") || w.startsWith("<") || w.startsWith("(")) {
        w = w.substring(1);
      }
      while (!w.isEmpty() && "]>):,|".indexOf(w.charAt(w.length() - 1)) >= 0) {
        w = w.substring(0, w.length() - 1);
      }
      int colon = w.lastIndexOf(':');
      if (colon > 0 && tok.startsWith("[")) {
        w = w.substring(colon + 1); // [proxy:error]
      }
      int dot = w.lastIndexOf('.');
      if (dot > 0) {
        w = w.substring(dot + 1); // production.ERROR
      }
      if (w.length() == 1 && tokens > 0 && !tok.startsWith("[")) {
        continue; // a single letter is a level only in brackets or first
      }
      int sev = Levels.of(w);
      if (sev != Levels.NONE) {
        return new LevelAt(sev, start, p);
      }
    }
    return null;
  }

  private static final Pattern LOGFMT_LEVEL = Pattern.compile("(?:^|\\s)(?:level|lvl|severity)=\"?(\\w+)");
  private static final Pattern LOGFMT_MSG = Pattern.compile("(?:^|\\s)(?:msg|message)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");

  private record Logfmt(int severity, String msg) {}

  private static Logfmt logfmt(String s) {
    if (s.indexOf('=') < 0) {
      return null;
    }
    Matcher lm = LOGFMT_LEVEL.matcher(s);
    Matcher mm = LOGFMT_MSG.matcher(s);
    if (!lm.find() || !mm.find()) {
      return null;
    }
    String m = mm.group(1);
    if (m.startsWith("\"")) {
      m = m.substring(1, m.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    String others = LOGFMT_MSG.matcher(LOGFMT_LEVEL.matcher(s).replaceAll(" ")).replaceAll(" ")
        .replaceAll("(?:^|\\s)(?:ts|time|t)=\\S+", " ").strip();
    if (!others.isEmpty() && others.length() < 120) {
      m = m + " (" + others + ")";
    }
    return new Logfmt(Levels.of(lm.group(1)), m);
  }

  private static final Pattern JSON_LEVEL = Pattern.compile("\"(?:level|severity|lvl)\"\\s*:\\s*\"(\\w+)\"");

  private static int jsonLevel(String s) {
    Matcher m = JSON_LEVEL.matcher(s);
    return m.find() ? Levels.of(m.group(1)) : Levels.NONE;
  }

  // [Wed Oct 14 09:14:03.123456 2026] [module:level] [pid N] [client A] MSG
  private static LogLine apacheError(String line, ZoneId zone) {
    if (line.length() < 30 || line.charAt(4) != ' ') {
      return null;
    }
    int close = line.indexOf(']');
    if (close < 20 || close > 40) {
      return null;
    }
    int yearStart = close - 4;
    int year;
    try {
      year = Integer.parseInt(line, yearStart, close, 10);
    } catch (NumberFormatException e) {
      return null;
    }
    Times.Read r = Times.bsd(line.substring(5, yearStart).strip(), 0, year, zone);
    if (r == null) {
      return null;
    }
    String rest = line.substring(close + 1).strip();
    int sev = Levels.NONE;
    String actor = null;
    while (rest.startsWith("[")) {
      int e = rest.indexOf(']');
      if (e < 0) {
        break;
      }
      String tag = rest.substring(1, e);
      int colon = tag.indexOf(':');
      if (sev == Levels.NONE && !tag.startsWith("pid") && !tag.startsWith("client")) {
        sev = Levels.of(colon >= 0 ? tag.substring(colon + 1) : tag);
        if (colon > 0) {
          actor = tag.substring(0, colon);
        }
      }
      rest = rest.substring(e + 1).strip();
    }
    return new LogLine(r.at(), sev, actor, rest, Layout.APACHE_ERROR, r.zoneWritten());
  }

  // HOST IDENT USER [dd/Mmm/yyyy:HH:MM:SS +zzzz] "REQUEST" STATUS BYTES ...
  private static LogLine access(String line, ZoneId zone) {
    int br = line.indexOf(" [");
    if (br < 0 || br > 200) {
      return null;
    }
    Times.Read r = Times.clf(line, br + 2, zone);
    if (r == null || r.end() >= line.length() || line.charAt(r.end()) != ']') {
      return null;
    }
    int q1 = line.indexOf('"', r.end());
    int q2 = q1 < 0 ? -1 : line.indexOf('"', q1 + 1);
    while (q2 > 0 && line.charAt(q2 - 1) == '\\') {
      q2 = line.indexOf('"', q2 + 1);
    }
    if (q2 < 0) {
      return null;
    }
    String request = line.substring(q1 + 1, q2);
    int[] pos = {q2 + 1};
    String status = token(line, pos);
    int code;
    try {
      code = Integer.parseInt(status == null ? "" : status);
    } catch (NumberFormatException e) {
      return null;
    }
    String[] parts = request.split(" ");
    String path = parts.length > 1 ? parts[1] : request;
    int qm = path.indexOf('?');
    if (qm >= 0) {
      path = path.substring(0, qm);
    }
    String method = parts.length > 1 ? parts[0] : "";
    int sev = code >= 500 ? Levels.ERROR : code == 429 ? Levels.WARN : Levels.INFO;
    String msg = "HTTP " + code + " for " + (method.isEmpty() ? "" : method + " ") + path;
    return new LogLine(r.at(), sev, null, msg, Layout.ACCESS, r.zoneWritten());
  }
}

package dev.postmortem.importer.internal.timeline;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.LineReader;
import dev.postmortem.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * {@code git log} output: {@code --date=iso}, {@code --date=iso-strict} or git's default date,
 * also {@code --pretty=fuller} (the commit date is used). Each commit is a change event with its
 * short hash and subject; the author is its actor.
 */
public final class GitLogReader implements SourceReader {
  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    try (InputStream in = ctx.open(path)) {
      LineReader lines = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), ctx.options().maxLineChars());
      String line;
      Commit c = null;
      int badDates = 0;
      while ((line = lines.next()) != null && !ctx.full()) {
        int n = lines.lineNumber();
        if (line.startsWith("commit ")) {
          if (c != null && !emit(c, ctx)) {
            badDates++;
          }
          String sha = line.substring(7).strip();
          int sp = sha.indexOf(' ');
          c = new Commit(sp > 0 ? sha.substring(0, sp) : sha, n);
          continue;
        }
        if (c == null) {
          continue;
        }
        if (line.startsWith("Author:")) {
          String a = line.substring(7).strip();
          int lt = a.indexOf(" <");
          c.author = lt > 0 ? a.substring(0, lt) : a;
        } else if (line.startsWith("Date:") || line.startsWith("CommitDate:")) {
          c.date = line.substring(line.indexOf(':') + 1).strip();
        } else if (line.startsWith("AuthorDate:") && c.date == null) {
          c.date = line.substring(11).strip();
        } else if (line.startsWith("Merge:")) {
          continue;
        } else if (line.startsWith("    ") && c.subject == null && !line.isBlank()) {
          c.subject = line.strip();
        }
      }
      if (c != null && !emit(c, ctx)) {
        badDates++;
      }
      if (badDates > 0) {
        ctx.out().warn(Kind.UNPARSEABLE_TIME, 0, 0, "", badDates + " commit(s) without a readable date left out"
            + " (write the log with --date=iso)");
      }
      if (ctx.records() == 0) {
        throw new SourceException(0, "no commit with a readable date; expected 'git log --date=iso' output");
      }
    }
  }

  private static final class Commit {
    final String sha;
    final int line;
    String author;
    String date;
    String subject;

    Commit(String sha, int line) {
      this.sha = sha;
      this.line = line;
    }
  }

  private static boolean emit(Commit c, ReadContext ctx) {
    OffsetDateTime at = date(c.date, ctx);
    if (at == null) {
      return false;
    }
    ctx.counted();
    String shortSha = c.sha.length() > 7 ? c.sha.substring(0, 7) : c.sha;
    String text = "Commit " + shortSha + ": " + (c.subject == null ? "(no message)" : c.subject);
    ctx.emit(new Entry(at, text, c.author, Levels.NONE, null, null, "commit " + shortSha, c.line,
        Entry.excerpt("commit " + c.sha + " " + (c.subject == null ? "" : c.subject)), 1, null, null));
    return true;
  }

  /** {@code 2026-10-14 09:02:11 +0200}, ISO strict, or {@code Wed Oct 14 09:02:11 2026 +0200}. */
  static OffsetDateTime date(String s, ReadContext ctx) {
    if (s == null) {
      return null;
    }
    Times.Read r = Times.iso(s, 0, ctx.zone());
    if (r != null) {
      return r.at();
    }
    // git's default: Wed Oct 14 09:02:11 2026 +0200
    String[] p = s.split("\\s+");
    if (p.length >= 5 && p[4].matches("\\d{4}")) {
      String iso = p[4] + "-" + String.format(java.util.Locale.ROOT, "%02d", Math.max(0, Times.month(p[1], 0)))
          + "-" + String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(p[2].replaceAll("\\D", "0"))) + " " + p[3]
          + (p.length > 5 ? " " + p[5] : "");
      Times.Read q = Times.iso(iso, 0, ctx.zone());
      return q == null ? null : q.at();
    }
    return null;
  }

  /** The kind a commit gets when its words say nothing more precise. */
  static final EventKind DEFAULT = EventKind.DEPLOYMENT;
}

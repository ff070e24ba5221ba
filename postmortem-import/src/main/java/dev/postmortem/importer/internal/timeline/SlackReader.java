package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Slack export: its root (users.json, channels.json and a folder of day files per channel), one
 * channel's folder, or one day file. Users are resolved to names, channels are chosen with
 * {@code --channel}, and a reply names the thread it belongs to.
 */
public final class SlackReader implements SourceReader {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
  private static final Pattern MARKUP = Pattern.compile("<([@#!])?([^>|]+)(?:\\|([^>]+))?>");
  private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+\\-]+:");
  private static final Set<String> SKIPPED = Set.of("channel_join", "channel_leave", "bot_add", "bot_remove",
      "channel_archive", "channel_unarchive", "group_join", "group_leave", "tombstone", "pinned_item",
      "reminder_add", "message_deleted");
  private static final int THREADS = 10_000;

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    if (Files.isRegularFile(path)) {
      Path dir = path.toAbsolutePath().getParent();
      Map<String, String> users = users(dir, ctx);
      channel(List.of(path), dir.getFileName() == null ? "slack" : dir.getFileName().toString(), users, ctx);
      return;
    }
    Path root = path;
    Map<String, String> users = users(root, ctx);
    List<String> channels = channelNames(root, ctx);
    if (channels.isEmpty() && hasDays(root)) {
      channel(days(root), root.getFileName().toString(), users, ctx); // one channel's folder
      return;
    }
    if (channels.isEmpty()) {
      throw new SourceException(0, "a Slack export has channels.json or a folder of day files"
          + " (YYYY-MM-DD.json) per channel; " + path + " has neither");
    }
    Set<String> wanted = ctx.options().channels();
    List<String> chosen = new ArrayList<>();
    for (String c : channels) {
      if (wanted.isEmpty() || wanted.contains(c) || wanted.contains("#" + c)) {
        chosen.add(c);
      }
    }
    if (!wanted.isEmpty()) {
      Set<String> missing = new TreeSet<>();
      for (String w : wanted) {
        String bare = w.startsWith("#") ? w.substring(1) : w;
        if (!channels.contains(bare)) {
          missing.add(w);
        }
      }
      if (!missing.isEmpty()) {
        ctx.out().warn(Kind.SKIPPED_INPUT, 0, 0, "", "no channel " + missing + " in the export; it has "
            + channels);
      }
    } else if (channels.size() > 1) {
      ctx.out().info(Kind.GUESSED_VALUE, 0, 0, "", "read all " + channels.size() + " channels " + channels
          + "; choose with --channel");
    }
    for (String c : chosen) {
      Path folder = root.resolve(c);
      if (!Files.isDirectory(folder)) {
        ctx.out().warn(Kind.SKIPPED_INPUT, 0, 0, "", "channel #" + c + " is listed but has no folder");
        continue;
      }
      List<Path> days = days(folder);
      if (days.isEmpty()) {
        ctx.out().info(Kind.SKIPPED_INPUT, 0, 0, "", "channel #" + c + " has no day files");
      }
      channel(days, c, users, ctx);
    }
  }

  private static boolean hasDays(Path dir) throws IOException {
    return !days(dir).isEmpty();
  }

  private static List<Path> days(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> DAY.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
  }

  private static List<String> channelNames(Path root, ReadContext ctx) throws IOException {
    List<String> names = new ArrayList<>();
    for (String list : new String[] {"channels.json", "groups.json", "mpims.json", "dms.json"}) {
      Path p = root.resolve(list);
      if (Files.isRegularFile(p)) {
        try (InputStream in = Files.newInputStream(p)) {
          Json.forEachRecord(in, Set.of(), (c, line) -> {
            String name = Json.first(c, "name", "id");
            if (name != null && !names.contains(name)) {
              names.add(name);
            }
          });
        } catch (SourceException e) {
          ctx.out().warn(Kind.SKIPPED_INPUT, e.line(), 0, "", list + ": " + e.getMessage());
        }
      }
    }
    if (names.isEmpty() && Files.isRegularFile(root.resolve("users.json"))) {
      try (Stream<Path> s = Files.list(root)) {
        for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
          if (hasDays(d)) {
            names.add(d.getFileName().toString());
          }
        }
      }
    }
    return names;
  }

  private static Map<String, String> users(Path dir, ReadContext ctx) throws IOException {
    Map<String, String> users = new HashMap<>();
    for (Path p : new Path[] {dir.resolve("users.json"), dir.getParent() == null ? null : dir.getParent().resolve("users.json")}) {
      if (p != null && Files.isRegularFile(p)) {
        try (InputStream in = Files.newInputStream(p)) {
          Json.forEachRecord(in, Set.of(), (u, line) -> {
            String name = Json.first(u, "/profile/display_name", "/profile/real_name", "real_name", "name");
            String id = Json.text(u, "id");
            if (id != null && name != null) {
              users.put(id, name);
            }
          });
        } catch (SourceException e) {
          ctx.out().warn(Kind.SKIPPED_INPUT, e.line(), 0, "", "users.json could not be read (" + e.getMessage()
              + "); users are shown by id");
        }
        return users;
      }
    }
    ctx.out().info(Kind.SKIPPED_INPUT, 0, 0, "", "no users.json; users are shown by id");
    return users;
  }

  private void channel(List<Path> days, String channel, Map<String, String> users, ReadContext ctx) throws IOException {
    Map<String, String> threads = new LinkedHashMap<>(256, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > THREADS;
      }
    };
    int[] skipped = {0};
    for (Path day : days) {
      if (ctx.full()) {
        return;
      }
      try (InputStream in = ctx.open(day)) {
        Json.forEachRecord(in, Set.of(), (m, line) -> message(m, line, day, channel, users, threads, skipped, ctx));
      } catch (SourceException e) {
        ctx.out().warn(Kind.SKIPPED_INPUT, e.line(), 0, "", day.getFileName() + " of #" + channel
            + " could not be read: " + e.getMessage());
      }
    }
    if (skipped[0] > 0) {
      ctx.out().info(Kind.SKIPPED_INPUT, 0, 0, "", "#" + channel + ": " + skipped[0]
          + " join/leave notices and one-word replies left out");
    }
  }

  private void message(JsonNode m, int line, Path day, String channel, Map<String, String> users,
      Map<String, String> threads, int[] skipped, ReadContext ctx) {
    String subtype = Json.text(m, "subtype");
    if (subtype != null && SKIPPED.contains(subtype)) {
      skipped[0]++;
      return;
    }
    String ts = Json.text(m, "ts");
    OffsetDateTime at = epoch(ts);
    if (at == null) {
      ctx.out().warn(Kind.UNPARSEABLE_TIME, line, 0, "", day.getFileName() + ": message without a readable ts; skipped");
      return;
    }
    ctx.counted();
    String user = Json.first(m, "/user_profile/display_name", "/user_profile/real_name");
    if (user == null) {
      String id = Json.first(m, "user", "username", "/bot_profile/name", "bot_id");
      user = id == null ? null : users.getOrDefault(id, id);
    }
    String text = Json.text(m, "text");
    if (text == null) {
      JsonNode att = m.path("attachments").path(0);
      text = Json.first(att, "fallback", "text", "title");
    }
    if (text == null) {
      skipped[0]++;
      return;
    }
    text = text(text, users);
    String bare = EMOJI.matcher(text).replaceAll(" ").strip();
    if (bare.isEmpty() || (bare.split("\\s+").length < 2 && !bare.matches(".*\\d.*"))) {
      skipped[0]++;
      return;
    }
    text = EMOJI.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip(); // :tada: is no words
    String threadTs = Json.text(m, "thread_ts");
    if (threadTs != null && !threadTs.equals(ts)) {
      String parent = threads.get(threadTs);
      text = "(in thread on " + (parent == null ? "a message of " + time(threadTs) : "“" + parent + "”") + ") " + text;
    } else if (threadTs != null || m.has("reply_count")) {
      threads.put(ts, shorten(text, 60));
    }
    String id = "#" + channel + "/" + ts;
    ctx.emit(Entry.message(at, text, user, id, line, Json.text(m, "text") == null ? text : Json.text(m, "text"))
        .withLabel("#" + channel));
  }

  private static String time(String ts) {
    OffsetDateTime at = epoch(ts);
    return at == null ? ts : at.toString();
  }

  static OffsetDateTime epoch(String ts) {
    if (ts == null) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(ts.strip());
      return Instant.ofEpochSecond(v.longValue(), v.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue())
          .atOffset(ZoneOffset.UTC);
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  /** {@code s} on one line, cut at a word boundary to at most {@code max} characters. */
  static String shorten(String s, int max) {
    String e = Entry.excerpt(s);
    if (e.length() <= max) {
      return e;
    }
    String cut = e.substring(0, max - 1);
    int sp = cut.lastIndexOf(' ');
    if (sp > max / 2) {
      cut = cut.substring(0, sp);
    }
    return cut.strip() + "…";
  }

  static String text(String text, Map<String, String> users) {
    Matcher m = MARKUP.matcher(text);
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
        r = "@" + (label != null ? label : target.replace("subteam^", ""));
      } else {
        r = label != null ? label + " (" + target + ")" : target;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
  }
}

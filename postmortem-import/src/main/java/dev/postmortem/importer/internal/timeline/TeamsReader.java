package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.TimeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Microsoft Teams chat export: the Graph API's {@code chatMessage} objects, as a JSON array or
 * under {@code value} or {@code messages}. System events and deleted messages are left out;
 * HTML bodies become text; a reply names the message it answers.
 */
public final class TeamsReader implements SourceReader {
  private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");

  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    Map<String, String> parents = new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > 10_000;
      }
    };
    int[] skipped = {0};
    try (InputStream in = ctx.open(path)) {
      Json.forEachRecord(in, Set.of("value", "messages"), (m, line) -> {
        if (ctx.full()) {
          return;
        }
        String type = Json.text(m, "messageType");
        if ((type != null && !type.equals("message")) || Json.text(m, "deletedDateTime") != null) {
          skipped[0]++;
          return;
        }
        OffsetDateTime at = Times.value(Json.first(m, "createdDateTime", "createdAt", "timestamp"), ctx.zone(),
            TimeParser.DateOrder.UNKNOWN);
        if (at == null) {
          ctx.out().warn(Kind.UNPARSEABLE_TIME, line, 0, "", "message without a readable createdDateTime; skipped");
          return;
        }
        ctx.counted();
        String body = Json.first(m, "/body/content", "content", "body", "text");
        String text = body == null ? "" : html(body);
        if (text.isBlank()) {
          skipped[0]++;
          return;
        }
        String from = Json.first(m, "/from/user/displayName", "/from/application/displayName", "/from/device/displayName",
            "from", "/sender/displayName", "sender");
        String id = Json.first(m, "id", "messageId");
        String reply = Json.text(m, "replyToId");
        if (reply != null && parents.containsKey(reply)) {
          text = "(in reply to “" + parents.get(reply) + "”) " + text;
        } else if (id != null) {
          parents.put(id, SlackReader.shorten(text, 60));
        }
        ctx.emit(Entry.message(at, text, from, id == null ? "line " + line : "message " + id, line, text));
      });
    }
    if (skipped[0] > 0) {
      ctx.out().info(Kind.SKIPPED_INPUT, 0, 0, "", skipped[0] + " system events, deleted or empty messages left out");
    }
  }

  static String html(String s) {
    String t = BREAK.matcher(s).replaceAll("\n");
    t = TAG.matcher(t).replaceAll("");
    t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
    return t.replaceAll("[ \\t]*\\n[\\s]*", " — ").replaceAll("\\s+", " ").replaceAll("(^ — | — $)", "").strip();
  }
}

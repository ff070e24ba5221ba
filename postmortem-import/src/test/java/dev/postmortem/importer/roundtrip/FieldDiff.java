package dev.postmortem.importer.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A field-by-field comparison of two post-mortems: both are written as canonical JSON, walked as
 * trees, and every leaf of the original (a JSON pointer and its value) is looked up in the copy.
 * A leaf is <em>lost</em> when the copy has nothing at its pointer, <em>changed</em> when the copy
 * has another value; leaves the copy has and the original lacks are <em>added</em>.
 *
 * <p>Times are compared as instants, numbers by value. Pointers matched by the {@code ignore}
 * predicate (what a report does not show, each with its reason at the caller) are left out of all
 * three lists and of {@link Result#fields()}.
 */
public final class FieldDiff {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

  /** The outcome: how many leaves were compared, and which pointers differ. */
  public record Result(int fields, List<String> lost, List<String> changed, List<String> added) {
    /** Lost plus changed: what did not come back. */
    public int notBack() {
      return lost.size() + changed.size();
    }

    @Override
    public String toString() {
      return fields + " fields, " + lost.size() + " lost, " + changed.size() + " changed, "
          + added.size() + " added" + (lost.isEmpty() ? "" : "\n  lost: " + lost)
          + (changed.isEmpty() ? "" : "\n  changed: " + changed)
          + (added.isEmpty() ? "" : "\n  added: " + added);
    }
  }

  private FieldDiff() {}

  /** Compares {@code copy} with {@code original}, leaving out the pointers {@code ignore} accepts. */
  public static Result diff(Postmortem original, Postmortem copy, Predicate<String> ignore) {
    return diff(original, copy, ignore, UnaryOperator.identity());
  }

  /**
   * Compares {@code copy} with {@code original}, leaving out the pointers {@code ignore} accepts
   * and comparing texts as {@code text} shows them (for example as the plain text a Markdown
   * renderer shows).
   */
  public static Result diff(Postmortem original, Postmortem copy, Predicate<String> ignore,
      UnaryOperator<String> text) {
    Map<String, String> a = leaves(tree(original), ignore);
    Map<String, String> b = leaves(tree(copy), ignore);
    a.replaceAll((k, v) -> text.apply(v));
    b.replaceAll((k, v) -> text.apply(v));
    List<String> lost = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    a.forEach((ptr, v) -> {
      String w = b.get(ptr);
      if (w == null) {
        lost.add(ptr);
      } else if (!w.equals(v)) {
        changed.add(ptr + " (" + shorten(v) + " -> " + shorten(w) + ")");
      }
    });
    b.keySet().stream().filter(p -> !a.containsKey(p)).forEach(added::add);
    return new Result(a.size(), lost, changed, added);
  }

  /** The canonical JSON of a post-mortem as a tree. */
  public static JsonNode tree(Postmortem pm) {
    try {
      return JSON.readTree(PostmortemWriter.create(dev.postmortem.io.Format.JSON).toString(pm));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every leaf of {@code root} by JSON pointer, values normalised (instants, plain numbers). */
  public static Map<String, String> leaves(JsonNode root, Predicate<String> ignore) {
    Map<String, String> out = new LinkedHashMap<>();
    walk(root, "", ignore, out);
    return out;
  }

  private static void walk(JsonNode n, String ptr, Predicate<String> ignore, Map<String, String> out) {
    if (!ptr.isEmpty() && ignore.test(ptr)) {
      return;
    }
    if (n instanceof ObjectNode o) {
      o.properties().forEach(e -> walk(e.getValue(),
          ptr + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), ignore, out));
    } else if (n instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        walk(arr.get(i), ptr + "/" + i, ignore, out);
      }
    } else if (!n.isNull()) {
      out.put(ptr, value(n));
    }
  }

  private static String value(JsonNode n) {
    if (n.isNumber()) {
      return n.decimalValue().stripTrailingZeros().toPlainString();
    }
    String t = n.asText();
    if (n instanceof TextNode && TIME.matcher(t).matches()) {
      try {
        return OffsetDateTime.parse(t).toInstant().toString();
      } catch (RuntimeException e) {
        return t;
      }
    }
    return t;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}

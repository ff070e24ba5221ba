package dev.postmortem.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.model.Postmortem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's invariants, checked on the document tree instead of while building values, so that
 * a reader can report every violation at once, each at its JSON pointer: the schema version,
 * blank ids, titles, names and descriptions of the post-mortem and of the items of its lists,
 * duplicate cause ids, and references to unknown causes ({@code ledTo}, a why chain's {@code
 * rootCause}, a why step's {@code cause}), and timeline events with neither {@code at} nor {@code
 * timeText}.
 *
 * <p>Only values of the expected JSON types are looked at: a wrong type is the binder's error.
 * Runs on the error path only, once building the post-mortem has failed.
 */
public final class DocumentChecks {
  private DocumentChecks() {}

  /** One violation: where (a JSON pointer) and what. */
  public static final class Violation {
    /** The JSON pointer of the offending value (or of the object that lacks it). */
    public final String pointer;
    /** What is wrong. */
    public final String problem;

    Violation(String pointer, String problem) {
      this.pointer = pointer;
      this.problem = problem;
    }
  }

  /** The fields that must not be blank in the items of each list of a post-mortem. */
  private static final Map<String, List<String>> NOT_BLANK = Map.of(
      "actionItems", List.of("id", "title"),
      "additionalSections", List.of("title"),
      "causes", List.of("id", "description"),
      "evidence", List.of("id", "title"),
      "participants", List.of("name"),
      "slos", List.of("id", "name"),
      "timeline", List.of("description"),
      "fiveWhys", List.of("problem"));

  /**
   * The violations in a post-mortem document, in document order of their lists.
   *
   * @param root the document's tree
   * @return the violations; empty when none of these invariants is broken
   */
  public static List<Violation> check(JsonNode root) {
    List<Violation> out = new ArrayList<>();
    if (root == null || !root.isObject()) {
      return out;
    }
    JsonNode version = root.get("schemaVersion");
    if (version != null && version.isIntegralNumber() && version.asLong() != Postmortem.SCHEMA_VERSION) {
      out.add(new Violation("/schemaVersion", "schemaVersion " + version.asText()
          + " is not supported; this library reads schemaVersion " + Postmortem.SCHEMA_VERSION));
    }
    blank(root, "", "id", out);
    blank(root, "", "title", out);
    for (String list : List.of("actionItems", "additionalSections", "causes", "evidence",
        "participants", "slos", "timeline", "fiveWhys")) {
      JsonNode items = root.get(list);
      if (items == null || !items.isArray()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        if (!item.isObject()) {
          continue;
        }
        String at = "/" + list + "/" + i;
        for (String field : NOT_BLANK.get(list)) {
          blank(item, at, field, out);
        }
        if (list.equals("timeline") && absent(item, "at") && absent(item, "timeText")) {
          out.add(new Violation(at, "a timeline event needs 'at' (a time with offset) or 'timeText'"));
        }
      }
    }
    references(root, out);
    return out;
  }

  private static void references(JsonNode root, List<Violation> out) {
    Set<String> ids = new LinkedHashSet<>();
    JsonNode causes = root.get("causes");
    if (causes != null && causes.isArray()) {
      for (int i = 0; i < causes.size(); i++) {
        JsonNode id = causes.get(i).get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank() && !ids.add(id.asText())) {
          out.add(new Violation("/causes/" + i + "/id",
              "duplicate cause id '" + id.asText() + "'; cause ids must be unique"));
        }
      }
      for (int i = 0; i < causes.size(); i++) {
        JsonNode ledTo = causes.get(i).get("ledTo");
        if (ledTo == null || !ledTo.isArray()) {
          continue;
        }
        JsonNode id = causes.get(i).get("id");
        String owner = id != null && id.isTextual() ? "cause '" + id.asText() + "': " : "";
        for (int j = 0; j < ledTo.size(); j++) {
          unknownCause(ledTo.get(j), "/causes/" + i + "/ledTo/" + j, owner + "'ledTo' names", ids, out);
        }
      }
    }
    JsonNode chains = root.get("fiveWhys");
    if (chains == null || !chains.isArray()) {
      return;
    }
    for (int i = 0; i < chains.size(); i++) {
      JsonNode chain = chains.get(i);
      if (!chain.isObject()) {
        continue;
      }
      unknownCause(chain.get("rootCause"), "/fiveWhys/" + i + "/rootCause",
          "the why chain's 'rootCause' names", ids, out);
      JsonNode steps = chain.get("steps");
      if (steps == null || !steps.isArray()) {
        continue;
      }
      for (int s = 0; s < steps.size(); s++) {
        JsonNode step = steps.get(s);
        if (step.isObject()) {
          unknownCause(step.get("cause"), "/fiveWhys/" + i + "/steps/" + s + "/cause",
              "the why step's 'cause' names", ids, out);
        }
      }
    }
  }

  private static void unknownCause(JsonNode ref, String pointer, String what, Set<String> ids,
      List<Violation> out) {
    if (ref == null || !ref.isTextual() || ids.contains(ref.asText())) {
      return;
    }
    out.add(new Violation(pointer, what + " the unknown cause '" + ref.asText() + "'; "
        + (ids.isEmpty() ? "the post-mortem has no causes" : "known causes: " + String.join(", ", ids))));
  }

  private static void blank(JsonNode object, String at, String field, List<Violation> out) {
    JsonNode value = object.get(field);
    if (value != null && value.isTextual() && value.asText().isBlank()) {
      out.add(new Violation(at + "/" + field, "'" + field + "' must not be blank"));
    }
  }

  private static boolean absent(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull();
  }
}

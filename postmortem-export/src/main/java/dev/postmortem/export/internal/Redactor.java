package dev.postmortem.export.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.postmortem.export.ExportException;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the external audience's copy of a post-mortem: removes what is marked internal (items'
 * {@code internal} flags and the {@code internalFields} pointers), people, evidence, tickets and
 * internal links, then redacts names, e-mail addresses and internal URLs in every remaining text.
 * Works on the JSON tree of the canonical file form, so no field can be forgotten.
 */
public final class Redactor {
  public static final String EMAIL_REMOVED = "[e-mail removed]";
  public static final String LINK_REMOVED = "[internal link removed]";
  public static final String REDACTED = "[redacted]";

  /**
   * Numbers stay exact: through {@code double}, {@code 1e400} would become infinity, which no
   * post-mortem may hold.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]]+");
  /** Fields that hold ids or enum values: never redacted as text, checked as references. */
  private static final Set<String> KEYS_KEPT = Set.of("id", "ledTo", "addresses", "evidence",
      "cause", "rootCause", "item", "slo", "kind", "category", "status", "type", "priority",
      "severity", "method", "outcome", "roles", "discipline", "$schema", "schemaVersion",
      "fixesVerified", "slosBreached");
  /** Text fields the model requires: an internal pointer at one replaces the text. */
  private static final Set<String> REQUIRED_TEXT = Set.of("id", "title", "description", "name",
      "metric", "question", "problem", "url", "markdown", "item");

  /** The kinds of link the external audience keeps (links without a kind are kept too). */
  static final Set<String> PUBLIC_LINK_KINDS = Set.of("status-page", "status", "announcement",
      "blog", "press-release", "public", "customer-notice", "documentation", "docs",
      "release-notes", "changelog", "postmortem", "post-mortem");

  private Redactor() {}

  /** The external copy of {@code pm}. */
  public static Postmortem forExternal(Postmortem pm, Set<String> internalHosts) {
    return forExternal(pm, internalHosts, r -> { });
  }

  /** The external copy of {@code pm}; {@code removed} is told of each text removed, and where. */
  public static Postmortem forExternal(Postmortem pm, Set<String> internalHosts,
      java.util.function.Consumer<? super dev.postmortem.export.Redaction> removed) {
    ObjectNode root = (ObjectNode) readTree(pm);
    removePointers(root, pm);
    removeInternalItems(root);
    root.putArray("internalFields");
    root.putArray("authors");
    root.putArray("participants");
    root.putArray("evidence");
    root.putArray("followUps");
    root.putObject("extensions");
    root.remove("lifecycle");
    forEach(root, "timeline", e -> {
      e.remove("actor");
      e.remove("source");
      e.remove("knownAtTheTime");
    });
    forEach(root, "actionItems", a -> {
      a.remove("owner");
      a.remove("ticket");
    });
    ArrayNode links = root.withArray("links");
    for (int i = links.size() - 1; i >= 0; i--) {
      String kind = links.get(i).path("kind").asText("").strip().toLowerCase(Locale.ROOT);
      // a whitelist: a customer sees public pages of the kinds a statement links to, never a
      // ticket, chat, runbook or dashboard link even on a public host
      if (Links.isInternal(links.get(i).path("url").asText(""), internalHosts)
          || !(kind.isEmpty() || PUBLIC_LINK_KINDS.contains(kind))) {
        links.remove(i);
      }
    }
    fixReferences(root);
    TextScanner scanner = new TextScanner(pm, internalHosts);
    scrub(root, null, "", scanner, removed);
    try {
      return PostmortemReader.create().read(root.toString(), Format.JSON);
    } catch (PostmortemFormatException | IllegalStateException | IllegalArgumentException e) {
      throw new ExportException("cannot redact post-mortem '" + pm.id()
          + "' for the external audience: " + e.getMessage(), e);
    }
  }

  private static JsonNode readTree(Postmortem pm) {
    try {
      return MAPPER.readTree(PostmortemWriter.create(Format.JSON).toString(pm));
    } catch (java.io.IOException e) {
      throw new ExportException("cannot read post-mortem '" + pm.id() + "' as JSON", e);
    }
  }

  private interface ObjectAction {
    void apply(ObjectNode node);
  }

  private static void forEach(ObjectNode root, String field, ObjectAction action) {
    for (JsonNode n : root.path(field)) {
      if (n.isObject()) {
        action.apply((ObjectNode) n);
      }
    }
  }

  private static void removePointers(ObjectNode root, Postmortem pm) {
    // Array elements are removed last, highest index first, so indexes stay valid.
    Map<String, List<Integer>> arrays = new TreeMap<>();
    Map<JsonPointer, ArrayNode> arrayNodes = new LinkedHashMap<>();
    List<String> pointers = pm.internalFields();
    for (int i = 0; i < pointers.size(); i++) {
      String p = pointers.get(i);
      JsonPointer ptr;
      try {
        ptr = JsonPointer.compile(p);
      } catch (IllegalArgumentException e) {
        throw new ExportException("internalFields/" + i + " '" + p + "' of post-mortem '" + pm.id()
            + "' is not a JSON pointer: " + e.getMessage());
      }
      if (ptr.matches() || root.at(ptr).isMissingNode()) {
        throw new ExportException("internalFields/" + i + " '" + p + "' of post-mortem '" + pm.id()
            + "' matches nothing; the external report would show what it was meant to hide."
            + " Fix the pointer, for example /impact/quantities/0");
      }
      JsonNode parent = root.at(ptr.head());
      if (parent.isArray()) {
        arrays.computeIfAbsent(ptr.head().toString(), k -> new ArrayList<>()).add(ptr.last().getMatchingIndex());
        arrayNodes.put(ptr.head(), (ArrayNode) parent);
      } else if (parent.isObject()) {
        String key = ptr.last().getMatchingProperty();
        JsonNode target = parent.get(key);
        if (target.isTextual() && REQUIRED_TEXT.contains(key)) {
          ((ObjectNode) parent).put(key, REDACTED);
        } else {
          ((ObjectNode) parent).remove(key);
        }
      }
    }
    for (Map.Entry<JsonPointer, ArrayNode> e : arrayNodes.entrySet()) {
      List<Integer> idx = arrays.get(e.getKey().toString());
      idx.sort(Comparator.reverseOrder());
      int last = -1;
      for (int i : idx) {
        if (i != last) {
          e.getValue().remove(i);
          last = i;
        }
      }
    }
  }

  private static void removeInternalItems(JsonNode node) {
    if (node.isArray()) {
      ArrayNode a = (ArrayNode) node;
      for (int i = a.size() - 1; i >= 0; i--) {
        if (a.get(i).path("internal").asBoolean(false)) {
          a.remove(i);
        }
      }
    }
    for (JsonNode child : node) {
      removeInternalItems(child);
    }
  }

  private static Set<String> ids(ObjectNode root, String field) {
    Set<String> ids = new HashSet<>();
    for (JsonNode n : root.path(field)) {
      ids.add(n.path("id").asText());
    }
    return ids;
  }

  private static void keepOnly(JsonNode array, Set<String> ids) {
    if (array instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) array;
      for (int i = a.size() - 1; i >= 0; i--) {
        if (!ids.contains(a.get(i).asText())) {
          a.remove(i);
        }
      }
    }
  }

  private static void fixReferences(ObjectNode root) {
    Set<String> causes = ids(root, "causes");
    Set<String> actions = ids(root, "actionItems");
    Set<String> slos = ids(root, "slos");
    Set<String> none = Set.of();
    forEach(root, "causes", c -> {
      keepOnly(c.path("ledTo"), causes);
      keepOnly(c.path("evidence"), none);
    });
    forEach(root, "timeline", e -> keepOnly(e.path("evidence"), none));
    forEach(root, "actionItems", a -> {
      keepOnly(a.path("addresses"), causes);
      JsonNode v = a.path("verification");
      if (v.isObject() && v.has("slo") && !slos.contains(v.get("slo").asText())) {
        ((ObjectNode) v).remove("slo");
      }
    });
    forEach(root, "fiveWhys", w -> {
      if (w.has("rootCause") && !causes.contains(w.get("rootCause").asText())) {
        w.remove("rootCause");
      }
      for (JsonNode s : w.path("steps")) {
        ObjectNode step = (ObjectNode) s;
        if (step.has("cause") && !causes.contains(step.get("cause").asText())) {
          step.remove("cause");
        }
        keepOnly(step.path("evidence"), none);
      }
    });
    JsonNode impact = root.path("impact");
    if (impact.isObject()) {
      keepOnly(impact.path("slosBreached"), slos);
    }
    JsonNode rec = root.path("recreation");
    if (rec.isObject()) {
      keepOnly(rec.path("fixesVerified"), actions);
    }
  }

  private static void scrub(JsonNode node, String key, String at, TextScanner s,
      java.util.function.Consumer<? super dev.postmortem.export.Redaction> removed) {
    if (key != null && KEYS_KEPT.contains(key)) {
      return;
    }
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      for (Map.Entry<String, JsonNode> e : entries) {
        String here = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        if (e.getValue().isTextual()) {
          if (!KEYS_KEPT.contains(e.getKey())) {
            ((ObjectNode) node).put(e.getKey(), scrubText(s, e.getValue().asText(), here, removed));
          }
        } else {
          scrub(e.getValue(), e.getKey(), here, s, removed);
        }
      }
    } else if (node.isArray()) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        String here = at + "/" + i;
        if (a.get(i).isTextual()) {
          a.set(i, TextNode.valueOf(scrubText(s, a.get(i).asText(), here, removed)));
        } else {
          scrub(a.get(i), null, here, s, removed);
        }
      }
    }
  }

  private static String scrubText(TextScanner s, String text, String pointer,
      java.util.function.Consumer<? super dev.postmortem.export.Redaction> removed) {
    return s.scrub(text, r -> removed.accept(new dev.postmortem.export.Redaction(pointer,
        r.kind().name().toLowerCase(Locale.ROOT), r.text(), r.kind().replacement())));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

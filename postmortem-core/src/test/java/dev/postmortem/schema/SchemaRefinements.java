package dev.postmortem.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the generator cannot see in the model's types and the reader does, added to the generated
 * schema so that it accepts what the strict reader accepts and rejects what it rejects where JSON
 * Schema can say so: extension values of any JSON type, the enum spellings the reader takes
 * (any case, {@code -}, {@code _} or a space between words; the severity's {@code P0}–{@code P5}
 * and words), {@code schemaVersion} as a constant, non-blank ids, titles, names and descriptions,
 * times with a UTC offset, and a timeline event's {@code at} or {@code timeText}.
 */
final class SchemaRefinements {
  private SchemaRefinements() {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Fields that must hold a non-whitespace character, by definition ({@code ""} is the root). */
  private static final Map<String, List<String>> NOT_BLANK = Map.ofEntries(
      Map.entry("", List.of("id", "title")),
      Map.entry("ActionItem", List.of("id", "title")),
      Map.entry("AdditionalSection", List.of("title")),
      Map.entry("Cause", List.of("id", "description")),
      Map.entry("Evidence", List.of("id", "title")),
      Map.entry("Link", List.of("url")),
      Map.entry("Participant", List.of("name")),
      Map.entry("Quantity", List.of("metric")),
      Map.entry("Slo", List.of("id", "name")),
      Map.entry("TimelineEvent", List.of("description")),
      Map.entry("WhyChain", List.of("problem")));

  /** ISO-8601 date-time with a UTC offset, as the reader requires (seconds and fraction optional). */
  static final String DATE_TIME_WITH_OFFSET =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";

  static void apply(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set("schemaVersion", F.objectNode()
        .put("const", Postmortem.SCHEMA_VERSION)
        .put("description", "The file format's version; this schema and the library read "
            + Postmortem.SCHEMA_VERSION + ". Optional: a file without it is read as version "
            + Postmortem.SCHEMA_VERSION + "."));
    // a JsonNode is any JSON value (extensions, unknown properties kept by a lenient read)
    defs.set("JsonNode", F.objectNode().put("description", "Any JSON value."));
    List<String> names = new ArrayList<>();
    defs.properties().forEach(e -> names.add(e.getKey()));
    for (String name : names) {
      JsonNode def = defs.get(name);
      if (def.has("enum")) {
        defs.set(name, spellings(name, (ArrayNode) def.get("enum")));
      }
    }
    NOT_BLANK.forEach((type, fields) -> {
      ObjectNode owner = type.isEmpty() ? schema : (ObjectNode) defs.get(type);
      for (String field : fields) {
        ((ObjectNode) owner.get("properties").get(field)).put("pattern", "\\S");
      }
    });
    ArrayNode atOrText = F.arrayNode();
    atOrText.add(F.objectNode().set("required", F.arrayNode().add("at")));
    atOrText.add(F.objectNode().set("required", F.arrayNode().add("timeText")));
    ((ObjectNode) defs.get("TimelineEvent")).set("anyOf", atOrText);
    ((ObjectNode) defs.get("SloMeasurement").get("properties").get("violations")).put("minimum", 0);
    offsets(schema);
    nullable(schema);
    defs.forEach(def -> nullable((ObjectNode) def));
  }

  /**
   * The reader takes {@code null} for a property that is not required as "absent" (templates
   * leave blanks that way): such properties also accept null.
   */
  private static void nullable(ObjectNode owner) {
    JsonNode properties = owner.get("properties");
    if (properties == null) {
      return;
    }
    List<String> required = new ArrayList<>();
    owner.path("required").forEach(r -> required.add(r.asText()));
    List<String> names = new ArrayList<>();
    properties.properties().forEach(e -> names.add(e.getKey()));
    for (String name : names) {
      ObjectNode property = (ObjectNode) properties.get(name);
      if (required.contains(name) || name.equals("schemaVersion")) {
        continue;
      }
      if (property.path("type").isTextual()) {
        property.set("type", F.arrayNode().add(property.get("type").asText()).add("null"));
      } else {
        ObjectNode wrapped = F.objectNode();
        wrapped.putArray("anyOf").add(property).add(F.objectNode().put("type", "null"));
        ((ObjectNode) properties).set(name, wrapped);
      }
    }
  }

  /** Every date-time must carry its offset ({@code format} alone is not asserted by validators). */
  private static void offsets(JsonNode node) {
    if (node.isObject()) {
      if ("date-time".equals(node.path("format").asText())) {
        ((ObjectNode) node).put("pattern", DATE_TIME_WITH_OFFSET);
      }
      node.forEach(SchemaRefinements::offsets);
    } else if (node.isArray()) {
      node.forEach(SchemaRefinements::offsets);
    }
  }

  /**
   * The canonical values, for editors' completion, or any spelling the reader takes: any case,
   * surrounding spaces, and {@code -}, {@code _} or a space between words.
   */
  private static ObjectNode spellings(String name, ArrayNode canonical) {
    List<String> alternatives = new ArrayList<>();
    canonical.forEach(v -> alternatives.add(caseless(v.asText())));
    String description = "Written as one of the listed values; also read in any case, with '-', '_'"
        + " or a space between words";
    if (name.equals("Severity")) {
      alternatives.add("[sS][eE][vV][\\s_-]*[0-5]");
      alternatives.add("[pP][\\s_-]*[0-5]");
      for (Severity s : Severity.values()) {
        s.words().forEach(w -> alternatives.add(caseless(w)));
      }
      StringBuilder words = new StringBuilder();
      for (Severity s : Severity.values()) {
        words.append(words.length() == 0 ? "" : ", ").append(s.id()).append(": p").append(s.level())
            .append(s.words().isEmpty() ? "" : ", " + String.join(", ", s.words()));
      }
      description = "Written as sev0 (most severe) to sev5; also read: " + words
          + " (any case; sev-2 and sev 2 too)";
    }
    ObjectNode out = F.objectNode();
    out.put("type", "string");
    out.put("description", description + ".");
    ArrayNode anyOf = out.putArray("anyOf");
    anyOf.add(F.objectNode().set("enum", canonical));
    anyOf.add(F.objectNode().put("pattern", "^\\s*(" + String.join("|", alternatives) + ")\\s*$"));
    return out;
  }

  private static String caseless(String id) {
    StringBuilder sb = new StringBuilder();
    for (char c : id.toCharArray()) {
      if (Character.isLetter(c)) {
        sb.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
      } else if (c == '-') {
        sb.append("[-_ ]");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

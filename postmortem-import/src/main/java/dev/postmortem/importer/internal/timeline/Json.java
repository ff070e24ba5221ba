package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** JSON with bounds, and streaming over the records of an export. */
public final class Json {
  private Json() {}

  /** A mapper with bounded nesting and string length. */
  public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
          .maxStringLength(1 << 22).build()).build()).build();

  /** Takes one record and the line it starts at. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(JsonNode record, int line) throws IOException;
  }

  /**
   * Streams the objects of a top-level array, or of the array under one of {@code keys} of a
   * top-level object; other members are skipped, never kept.
   *
   * @return the names of the top-level members seen (empty for an array)
   */
  public static Set<String> forEachRecord(InputStream in, Set<String> keys, RecordSink sink) throws IOException {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    try (JsonParser p = MAPPER.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        elements(p, sink);
        return seen;
      }
      if (t != JsonToken.START_OBJECT) {
        throw new SourceException(p.currentLocation().getLineNr(), "expected a JSON object or array");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        seen.add(name);
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_ARRAY && keys.contains(name)) {
          elements(p, sink);
        } else {
          p.skipChildren();
        }
      }
      return seen;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new SourceException(line, "not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
  }

  private static void elements(JsonParser p, RecordSink sink) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      int line = p.currentTokenLocation().getLineNr();
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = MAPPER.readTree(p);
        sink.accept(node, line);
      } else {
        p.skipChildren();
      }
    }
  }

  /** The text at a property name, dotted path or JSON pointer, or {@code null}. */
  public static String text(JsonNode node, String path) {
    JsonNode v = lookup(node, path);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? null : s;
  }

  /** The first non-blank text value (not an object or array) among {@code paths}. */
  public static String first(JsonNode node, String... paths) {
    for (String p : paths) {
      JsonNode v = lookup(node, p);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  /** The node at a property name, dotted path or JSON pointer, or {@code null}. */
  public static JsonNode lookup(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (path.startsWith("/")) {
      JsonNode v = node.at(path);
      return v.isMissingNode() ? null : v;
    }
    JsonNode direct = node.get(path);
    if (direct != null) {
      return direct;
    }
    if (path.indexOf('.') < 0) {
      return null;
    }
    JsonNode cur = node;
    for (String part : path.split("\\.")) {
      cur = cur == null ? null : cur.get(part);
    }
    return cur;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package dev.postmortem.archive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an archive policy file with a streaming parser, so every error names the line, the column
 * and the JSON pointer of the value at fault.
 */
public final class PolicyFile {
  private static final long MAX_BYTES = 1 << 20;
  /** The validator's policy keys: accepted so one file can serve both, and ignored here. */
  private static final Set<String> VALIDATOR_KEYS = Set.of("postmortemRequired", "draftWithin",
      "requiredSections", "dueWithin", "recreationRequired", "timelineGap", "timelineMargin",
      "minWhySteps", "minFunctions", "minEvidenceKinds", "allowTerms", "denyTerms");
  private static final List<String> KEYS = List.of("reviewEvery", "publishWithin",
      "verificationRequired", "dueSoon", "themeThreshold", "themeMinPostmortems",
      "systemicCategories", "customerDetectionTerms", "triggerKinds");

  private final String source;
  private final JsonParser p;

  private PolicyFile(String source, JsonParser p) {
    this.source = source;
    this.p = p;
  }

  /** Reads {@code path} into {@code b}. */
  public static ArchivePolicy.Builder read(Path path, ArchivePolicy.Builder b) throws IOException {
    String name = path.toString();
    Format format = Format.fromFileName(name).orElseThrow(() -> new PostmortemFormatException(
        name, 0, 0, "", "unknown file extension; expected .json, .yaml or .yml", null));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new PostmortemFormatException(name, 0, 0, "", "policy file larger than 1 MiB", null);
    }
    JsonFactory f = format == Format.YAML ? new YAMLFactory() : new JsonFactory();
    try (JsonParser parser = f.createParser(bytes)) {
      new PolicyFile(name, parser).read(b);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new PostmortemFormatException(name, l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(), "", e.getOriginalMessage(), e);
    }
    return b;
  }

  private void read(ArchivePolicy.Builder b) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return; // an empty file keeps every default
    }
    if (t != JsonToken.START_OBJECT) {
      throw error("", "a policy is a map of keys; found " + describe(t));
    }
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String ptr = "/" + key;
      JsonLocation at = p.currentLocation();
      if (!seen.add(key)) {
        throw error(ptr, "key '" + key + "' appears twice");
      }
      p.nextToken();
      try {
        switch (key) {
          case "reviewEvery":
            b.reviewEvery(severityMap(ptr));
            break;
          case "publishWithin":
            b.publishWithin(severityMap(ptr));
            break;
          case "verificationRequired":
            b.verificationRequired(Set.copyOf(list(ptr, s -> ActionType.fromId(s))));
            break;
          case "dueSoon":
            b.dueSoon(list(ptr, PolicyFile::duration));
            break;
          case "themeThreshold":
            b.themeThreshold(number(ptr));
            break;
          case "themeMinPostmortems":
            b.themeMinPostmortems((int) Math.round(number(ptr)));
            break;
          case "systemicCategories":
            b.systemicCategories(Set.copyOf(list(ptr, s -> CauseCategory.fromId(s))));
            break;
          case "customerDetectionTerms":
            b.customerDetectionTerms(list(ptr, s -> s));
            break;
          case "triggerKinds":
            b.triggerKinds(stringListMap(ptr));
            break;
          default:
            if (!VALIDATOR_KEYS.contains(key)) {
              throw error(ptr, "unknown key '" + key + "'; archive keys: " + String.join(", ", KEYS)
                  + " (the validator's keys are accepted and ignored)");
            }
            p.skipChildren();
        }
      } catch (IllegalArgumentException e) {
        throw new PostmortemFormatException(source, at.getLineNr(), at.getColumnNr(), ptr,
            e.getMessage(), e);
      }
    }
  }

  private Map<Severity, Duration> severityMap(String ptr) throws IOException {
    expect(JsonToken.START_OBJECT, ptr, "a map from severity to duration");
    Map<Severity, Duration> m = new EnumMap<>(Severity.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      Severity s = convert(ptr + "/" + k, k, Severity::fromId);
      p.nextToken();
      m.put(s, convert(ptr + "/" + k, scalar(ptr + "/" + k), PolicyFile::duration));
    }
    return m;
  }

  private Map<String, List<String>> stringListMap(String ptr) throws IOException {
    expect(JsonToken.START_OBJECT, ptr, "a map from name to a list of words");
    Map<String, List<String>> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      p.nextToken();
      m.put(k, list(ptr + "/" + k, s -> s));
    }
    return m;
  }

  private <T> List<T> list(String ptr, Function<String, T> f) throws IOException {
    expect(JsonToken.START_ARRAY, ptr, "a list");
    List<T> out = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = ptr + "/" + i++;
      out.add(convert(at, scalar(at), f));
    }
    return out;
  }

  private double number(String ptr) throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw error(ptr, "expected a number, found " + describe(p.currentToken()));
    }
    return p.getDoubleValue();
  }

  private String scalar(String ptr) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
      throw error(ptr, "expected a value, found " + describe(t));
    }
    return p.getText();
  }

  private <T> T convert(String ptr, String text, Function<String, T> f) {
    try {
      return f.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw error(ptr, e.getMessage());
    }
  }

  private void expect(JsonToken token, String ptr, String what) {
    if (p.currentToken() != token) {
      throw error(ptr, "expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  private PostmortemFormatException error(String ptr, String message) {
    JsonLocation l = p.currentLocation();
    return new PostmortemFormatException(source, l.getLineNr(), l.getColumnNr(), ptr, message, null);
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the file";
    }
    switch (t) {
      case START_OBJECT:
        return "a map";
      case START_ARRAY:
        return "a list";
      case VALUE_NULL:
        return "null";
      default:
        return "a " + (t.isNumeric() ? "number" : t.isBoolean() ? "boolean" : "string");
    }
  }

  private static Duration duration(String s) {
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 duration such as P7D or PT12H");
    }
  }
}

package dev.postmortem.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A team's own vocabulary for the importer, usually read from a YAML file given to the CLI's
 * {@code --mapping FILE}:
 *
 * <pre>{@code
 * sections:             # headings, by section kind (see SectionKind, in kebab-case)
 *   root-causes: [Ursache, Why it broke]
 *   action-items: [Hausaufgaben]
 * fields:               # labels of metadata, table columns and facts, by the field they name
 *   owner: [Verantwortlich, DRI]
 *   due: [Frist]
 *   severity: [Schweregrad]
 * statuses:             # action item status words, by status
 *   done: [erledigt]
 *   wont-do: [verworfen]
 * severities:           # severity words, by severity
 *   sev1: [kritisch]
 * dateOrder: day-first  # day-first | month-first: how to read 03/04/2026
 * zone: Europe/Berlin   # for times written without a zone
 * referenceDate: 2026-03-04   # for times written without a date
 * }</pre>
 *
 * <p>Every key is optional. Words are compared case-insensitively with the whole label or value.
 * A file that is not such a mapping fails with a {@link PostmortemImportException} naming the
 * file, the line and the key.
 */
public final class ImportMapping {
  /** How numeric dates like 03/04/2026 are read. */
  public enum DateOrder {
    /** 03/04/2026 is 3 April. */
    DAY_FIRST,
    /** 03/04/2026 is 4 March. */
    MONTH_FIRST
  }

  private static final Set<String> KEYS = Set.of("sections", "fields", "statuses", "severities",
      "dateOrder", "zone", "referenceDate");
  private static final ImportMapping EMPTY = new ImportMapping(Map.of(), Map.of(), Map.of(),
      Map.of(), null, null, null);

  private final Map<SectionKind, List<String>> sections;
  private final Map<String, String> fieldAliases;
  private final Map<String, ActionStatus> statusWords;
  private final Map<String, Severity> severityWords;
  private final DateOrder dateOrder;
  private final ZoneId zone;
  private final LocalDate referenceDate;

  private ImportMapping(Map<SectionKind, List<String>> sections, Map<String, String> fieldAliases,
      Map<String, ActionStatus> statusWords, Map<String, Severity> severityWords,
      DateOrder dateOrder, ZoneId zone, LocalDate referenceDate) {
    this.sections = Collections.unmodifiableMap(sections);
    this.fieldAliases = Collections.unmodifiableMap(fieldAliases);
    this.statusWords = Collections.unmodifiableMap(statusWords);
    this.severityWords = Collections.unmodifiableMap(severityWords);
    this.dateOrder = dateOrder;
    this.zone = zone;
    this.referenceDate = referenceDate;
  }

  /** The mapping that changes nothing. */
  public static ImportMapping empty() {
    return EMPTY;
  }

  /**
   * Reads a mapping file.
   *
   * @param file a YAML file in the shape shown above
   * @return the mapping
   * @throws PostmortemImportException when the file cannot be read or is not such a mapping
   */
  public static ImportMapping read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PostmortemImportException(file.toString(), 0, 0,
          "could not read the mapping file: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a mapping from YAML text.
   *
   * @param yaml the mapping
   * @param source names the text in errors
   * @return the mapping
   * @throws PostmortemImportException when the text is not such a mapping
   */
  public static ImportMapping parse(String yaml, String source) {
    if (yaml.length() > 1 << 20) {
      throw new PostmortemImportException(source, 0, 0, "the mapping is larger than 1 MiB", null);
    }
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    JsonNode root;
    try (JsonParser p = mapper.getFactory().createParser(yaml)) {
      root = mapper.readTree(p);
    } catch (JsonParseException e) {
      JsonLocation l = e.getLocation();
      throw new PostmortemImportException(source, l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(), "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PostmortemImportException(source, 0, 0, "not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return EMPTY;
    }
    Lines lines = new Lines(yaml, source);
    if (!root.isObject()) {
      throw lines.error("", "the mapping must be a map of sections, fields, statuses, severities,"
          + " dateOrder, zone and referenceDate");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw lines.error(k, "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(KEYS));
      }
    }
    Map<SectionKind, List<String>> sections = new LinkedHashMap<>();
    words(root, "sections", lines).forEach((kind, ws) -> {
      SectionKind k = enumOf(SectionKind.class, kind);
      if (k == null) {
        throw lines.error(kind, "unknown section kind '" + kind + "'; expected one of "
            + ids(SectionKind.values()));
      }
      sections.put(k, ws);
    });
    Map<String, String> fields = new LinkedHashMap<>();
    words(root, "fields", lines).forEach((field, ws) -> ws.forEach(
        w -> fields.put(w.toLowerCase(Locale.ROOT).strip(), field)));
    Map<String, ActionStatus> statuses = new LinkedHashMap<>();
    words(root, "statuses", lines).forEach((status, ws) -> {
      ActionStatus s = enumOf(ActionStatus.class, status);
      if (s == null) {
        throw lines.error(status, "unknown action status '" + status + "'; expected one of "
            + ids(ActionStatus.values()));
      }
      ws.forEach(w -> statuses.put(w.toLowerCase(Locale.ROOT).strip(), s));
    });
    Map<String, Severity> severities = new LinkedHashMap<>();
    words(root, "severities", lines).forEach((sev, ws) -> {
      Severity s = enumOf(Severity.class, sev);
      if (s == null) {
        throw lines.error(sev, "unknown severity '" + sev + "'; expected one of "
            + ids(Severity.values()));
      }
      ws.forEach(w -> severities.put(w.toLowerCase(Locale.ROOT).strip(), s));
    });
    DateOrder order = null;
    if (root.hasNonNull("dateOrder")) {
      order = dateOrder(root.get("dateOrder").asText());
      if (order == null) {
        throw lines.error("dateOrder", "dateOrder must be day-first or month-first, not '"
            + root.get("dateOrder").asText() + "'");
      }
    }
    ZoneId zone = null;
    if (root.hasNonNull("zone")) {
      try {
        zone = ZoneId.of(root.get("zone").asText());
      } catch (RuntimeException e) {
        throw lines.error("zone", "zone '" + root.get("zone").asText()
            + "' is not a zone id such as UTC, +02:00 or Europe/Berlin");
      }
    }
    LocalDate ref = null;
    if (root.hasNonNull("referenceDate")) {
      try {
        ref = LocalDate.parse(root.get("referenceDate").asText());
      } catch (DateTimeParseException e) {
        throw lines.error("referenceDate", "referenceDate '" + root.get("referenceDate").asText()
            + "' is not a date such as 2026-03-04");
      }
    }
    return new ImportMapping(sections, fields, statuses, severities, order, zone, ref);
  }

  /** {@code day-first} or {@code month-first} (any case, '-' or '_'), else null. */
  public static DateOrder dateOrder(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return t.equals("day-first") ? DateOrder.DAY_FIRST : t.equals("month-first") ? DateOrder.MONTH_FIRST : null;
  }

  /** Extra headings by section kind. */
  public Map<SectionKind, List<String>> sections() {
    return sections;
  }

  /** Labels (lower case) by the field they name, for example {@code frist -> due}. */
  public Map<String, String> fieldAliases() {
    return fieldAliases;
  }

  /** Action status words (lower case). */
  public Map<String, ActionStatus> statusWords() {
    return statusWords;
  }

  /** Severity words (lower case). */
  public Map<String, Severity> severityWords() {
    return severityWords;
  }

  /** How to read numeric dates, or null to decide by the document. */
  public DateOrder dateOrder() {
    return dateOrder;
  }

  /** The zone for times without one, or null. */
  public ZoneId zone() {
    return zone;
  }

  /** The date for times without one, or null. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** Whether the mapping rewrites labels or values of the document. */
  public boolean rewritesWords() {
    return !fieldAliases.isEmpty() || !statusWords.isEmpty() || !severityWords.isEmpty();
  }

  private static Map<String, List<String>> words(JsonNode root, String key, Lines lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      throw lines.error(key, "'" + key + "' must map names to lists of words");
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      List<String> ws = new ArrayList<>();
      JsonNode v = e.getValue();
      if (v.isTextual()) {
        ws.add(v.asText());
      } else if (v.isArray()) {
        for (JsonNode w : v) {
          if (!w.isTextual() && !w.isNumber()) {
            throw lines.error(e.getKey(), "'" + key + "/" + e.getKey() + "' must be a list of words");
          }
          ws.add(w.asText());
        }
      } else {
        throw lines.error(e.getKey(), "'" + key + "/" + e.getKey() + "' must be a list of words");
      }
      ws.removeIf(String::isBlank);
      out.put(e.getKey(), ws);
    }
    return out;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String id) {
    String n = id.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n)) {
        return e;
      }
    }
    return null;
  }

  private static String ids(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return String.join(", ", out);
  }

  /** Finds the line of a key in the text, for errors. */
  private static final class Lines {
    private final String[] lines;
    private final String source;

    Lines(String text, String source) {
      this.lines = text.split("\n", -1);
      this.source = source;
    }

    PostmortemImportException error(String key, String message) {
      int line = 0;
      if (!key.isEmpty()) {
        for (int i = 0; i < lines.length; i++) {
          String l = lines[i].strip();
          if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
            line = i + 1;
            break;
          }
        }
      }
      return new PostmortemImportException(source, line, line > 0 ? 1 : 0, message, null);
    }
  }

  @Override
  public String toString() {
    return "ImportMapping[sections=" + sections + ", fields=" + fieldAliases + ", statuses="
        + statusWords + ", severities=" + severityWords + ", dateOrder=" + dateOrder + ", zone="
        + Objects.toString(zone) + ", referenceDate=" + referenceDate + "]";
  }
}

package dev.postmortem.export.internal;

import dev.postmortem.export.ExportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report's labels (section names, table headers, field names, units of durations) in the
 * reader's language, from {@code labels.properties} (English) and {@code labels_<language>.properties}
 * next to this class, read as UTF-8.
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: its lookup falls back to
 * the JVM's default locale, which would make a report depend on the machine it was made on. A
 * language without a file of its own gets English; a key missing from a file gets the English
 * label (the tests require every file to have every key).
 */
public final class Labels {
  /** The languages with labels of their own, English first. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja");
  private static final Map<String, Labels> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final Properties own;
  private final Properties english;

  private Labels(String language, Properties own, Properties english) {
    this.language = language;
    this.own = own;
    this.english = english;
  }

  /**
   * The labels for a locale's language.
   *
   * @param locale the reader's locale
   * @return its labels, English when the language has none
   */
  public static Labels of(Locale locale) {
    String lang = locale.getLanguage();
    String language = LANGUAGES.contains(lang) ? lang : "en";
    return LOADED.computeIfAbsent(language, l -> {
      Properties en = read("labels.properties");
      return new Labels(l, l.equals("en") ? en : read("labels_" + l + ".properties"), en);
    });
  }

  /**
   * The labels a language's file defines itself, for tests.
   *
   * @param language a language of {@link #LANGUAGES}
   * @return the keys and labels
   */
  public static Map<String, String> file(String language) {
    Properties p = read(language.equals("en") ? "labels.properties" : "labels_" + language + ".properties");
    Map<String, String> out = new java.util.TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  private static Properties read(String name) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ExportException("report labels " + name + " are missing from the export module");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new ExportException("cannot read report labels " + name + ": " + e.getMessage(), e);
    }
    return p;
  }

  /** The language of these labels, such as {@code de}. */
  public String language() {
    return language;
  }

  /** Whether these are the English labels. */
  public boolean english() {
    return language.equals("en");
  }

  /**
   * A label, with {@code {0}}, {@code {1}}... replaced by the arguments.
   *
   * @param key its key
   * @param args what goes in its places
   * @return the label
   * @throws ExportException for a key no file has (a programming error)
   */
  public String get(String key, Object... args) {
    String s = own.getProperty(key);
    if (s == null) {
      s = english.getProperty(key);
    }
    if (s == null) {
      throw new ExportException("no report label " + key);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /**
   * A label if any file has it: in this language, else in English.
   *
   * @param key its key
   * @return the label, or empty
   */
  public java.util.Optional<String> find(String key) {
    String s = own.getProperty(key);
    return java.util.Optional.ofNullable(s != null ? s : english.getProperty(key));
  }

  /**
   * A duration in the kit's one format, its units in this language: {@code 1 h 19 min}, for
   * Japanese {@code 1 時間 19 分}. Two units at most, cut toward zero.
   *
   * @param d the duration
   * @return the text
   */
  public String duration(Duration d) {
    String s = dev.postmortem.metrics.DurationFormat.format(d);
    if (english()) {
      return s;
    }
    // the format's units are the tokens d, h, min and s after a number
    StringBuilder out = new StringBuilder();
    String[] parts = s.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      String unit = switch (p) {
        case "d" -> get("unit.day");
        case "h" -> get("unit.hour");
        case "min" -> get("unit.minute");
        case "s" -> get("unit.second");
        default -> p;
      };
      if (i > 0) {
        out.append(' ');
      }
      out.append(unit);
    }
    return out.toString();
  }

  /** The keys of the English labels. */
  public static Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(file("en").keySet()));
  }
}

package dev.postmortem.importer.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Cached regular expressions for the per-row paths (String.matches compiles every time). */
final class Rx {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Rx() {}

  static Pattern p(String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile);
  }

  static boolean matches(String s, String regex) {
    return p(regex).matcher(s).matches();
  }

  static String replaceAll(String s, String regex, String replacement) {
    return p(regex).matcher(s).replaceAll(replacement);
  }
}

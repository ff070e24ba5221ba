package dev.postmortem.importer.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Cached regular expressions for the per-row paths (String.matches compiles every time). */
public final class Rx {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Rx() {}

  public static Pattern p(String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile);
  }

  public static boolean matches(String s, String regex) {
    return p(regex).matcher(s).matches();
  }

  public static String replaceAll(String s, String regex, String replacement) {
    return p(regex).matcher(s).replaceAll(replacement);
  }
}

package dev.postmortem.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading and writing enum constants as lowercase kebab-case identifiers. */
public final class Enums {
  private Enums() {}

  /** The file-format identifier of a constant: {@code IN_REVIEW} becomes {@code in-review}. */
  public static String id(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses an identifier case-insensitively, accepting {@code -}, {@code _} and spaces as
   * separators.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code text} matches none
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text != null) {
      String normalized = normalize(text);
      for (E constant : type.getEnumConstants()) {
        if (normalize(constant.name()).equals(normalized)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown " + describe(type) + " '" + text + "'; allowed values: " + allowed(type));
  }

  /** The allowed identifiers of an enum, comma-separated. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enums::id).collect(Collectors.joining(", "));
  }

  static String normalize(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private static String describe(Class<?> type) {
    String simple = type.getSimpleName();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append(' ');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}

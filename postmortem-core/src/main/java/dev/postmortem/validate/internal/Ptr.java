package dev.postmortem.validate.internal;

/** Builds JSON pointers (RFC 6901). */
final class Ptr {
  private Ptr() {}

  static String of(Object... segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}

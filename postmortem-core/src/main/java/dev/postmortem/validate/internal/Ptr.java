package dev.postmortem.validate.internal;

/** Builds JSON pointers (RFC 6901). */
final class Ptr {
  private Ptr() {}

  static String of(Object... segments) {
    StringBuilder sb = new StringBuilder(16 * segments.length);
    for (Object s : segments) {
      sb.append('/');
      if (s instanceof Integer) {
        sb.append(((Integer) s).intValue());
      } else {
        String segment = String.valueOf(s);
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
          sb.append(segment);
        } else {
          sb.append(segment.replace("~", "~0").replace("/", "~1"));
        }
      }
    }
    return sb.toString();
  }
}

package dev.postmortem.export;

import java.util.Objects;

/**
 * Something an exporter left out of a report so that the report stays safe to open, reported to
 * the listener set with {@link ExporterBuilder#onDropped}. Today that is a link whose target is
 * not an {@code http}, {@code https} or {@code mailto} address, or is not a well-formed URI: its
 * label stays in the report as plain text, only the live link is dropped.
 */
public final class DroppedContent {
  /** Why the content was dropped. */
  public enum Reason {
    /** A link target that is not http, https or mailto, or not a well-formed URI. */
    UNSAFE_LINK,
    /**
     * Characters no font has (neither the bundled ones, nor those added, nor the system's): they
     * are drawn as U+FFFD. The {@link #value()} lists them.
     */
    MISSING_GLYPHS
  }

  private final String postmortemId;
  private final ReportSection section;
  private final Reason reason;
  private final String value;
  private final String label;

  private DroppedContent(String postmortemId, ReportSection section, Reason reason, String value,
      String label) {
    this.postmortemId = Objects.requireNonNull(postmortemId, "postmortemId must not be null");
    this.section = Objects.requireNonNull(section, "section must not be null");
    this.reason = Objects.requireNonNull(reason, "reason must not be null");
    this.value = Objects.requireNonNull(value, "value must not be null");
    this.label = Objects.requireNonNull(label, "label must not be null");
  }

  /**
   * A link that was not made live, for writers of custom exporters and for tests.
   *
   * @param postmortemId the id of the post-mortem being exported
   * @param section the section the link was in
   * @param url the link target that was dropped
   * @param label the text that stays in the report
   */
  public static DroppedContent unsafeLink(String postmortemId, ReportSection section, String url,
      String label) {
    return new DroppedContent(postmortemId, section, Reason.UNSAFE_LINK, url, label);
  }

  /**
   * Characters no font could draw, shown as U+FFFD.
   *
   * @param postmortemId the id of the post-mortem being exported
   * @param section the section the first of them was in
   * @param characters the characters, each once, in code point order
   * @return the report
   */
  public static DroppedContent missingGlyphs(String postmortemId, ReportSection section,
      String characters) {
    return new DroppedContent(postmortemId, section, Reason.MISSING_GLYPHS, characters, "\uFFFD");
  }

  /** The id of the post-mortem being exported. */
  public String postmortemId() {
    return postmortemId;
  }

  /** The report section the content was in. */
  public ReportSection section() {
    return section;
  }

  /** Why it was dropped. */
  public Reason reason() {
    return reason;
  }

  /** What was dropped, for example the link target. */
  public String value() {
    return value;
  }

  /** The text that stayed in the report in its place, for example the link's label. */
  public String label() {
    return label;
  }

  /**
   * A sentence for people, for example {@code section "Related links": link "javascript:x" (label
   * "Dashboard") kept as plain text: only http, https and mailto links are made live}.
   */
  public String message() {
    if (reason == Reason.MISSING_GLYPHS) {
      StringBuilder sb = new StringBuilder();
      value.codePoints().limit(40).forEach(cp -> sb.append(sb.length() == 0 ? "" : ", ")
          .append(String.format(java.util.Locale.ROOT, "U+%04X", cp)).append(' ')
          .append(Character.isISOControl(cp) ? "" : new String(Character.toChars(cp))));
      long n = value.codePoints().count();
      return "section \"" + section.defaultTitle() + "\": " + n + " character" + (n == 1 ? "" : "s")
          + " no font has, drawn as \uFFFD: " + sb + (n > 40 ? ", …" : "")
          + "; install a font that has them (see docs/FONTS.md) or name one with --font";
    }
    return "section \"" + section.defaultTitle() + "\": link \"" + printable(value) + "\" (label \""
        + printable(label) + "\") kept as plain text: only well-formed http, https and mailto links"
        + " are made live";
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
    for (int i = 0; i < s.length() && sb.length() < 200; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.length() < s.length() ? sb + "…" : sb.toString();
  }

  @Override
  public String toString() {
    return postmortemId + ": " + message();
  }
}

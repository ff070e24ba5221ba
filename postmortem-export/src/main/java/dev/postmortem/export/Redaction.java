package dev.postmortem.export;

/**
 * One thing the external audience's report leaves out of a text: where it was, what kind of thing
 * it was and the text removed. For review before a report is published (the CLI's {@code
 * --redaction-report}).
 *
 * @param pointer the JSON pointer of the text in the post-mortem, for example {@code /summary}
 * @param kind what was removed: {@code link}, {@code email}, {@code host}, {@code phone},
 *     {@code channel}, {@code ticket} or {@code person}
 * @param removed the text removed
 * @param replacement what stands in its place
 */
public record Redaction(String pointer, String kind, String removed, String replacement) {}

package dev.postmortem.export;

import java.util.Objects;

/** A label and its value, as in a title block: "Severity: SEV2". */
public final class Fact {
  private final String label;
  private final Text value;
  private final Tone tone;

  private Fact(String label, Text value, Tone tone) {
    this.label = Objects.requireNonNull(label, "label must not be null");
    this.value = Objects.requireNonNull(value, "value must not be null");
    this.tone = Objects.requireNonNull(tone, "tone must not be null");
  }

  /** A fact. */
  public static Fact of(String label, Text value, Tone tone) {
    return new Fact(label, value, tone);
  }

  /** A fact with no colour. */
  public static Fact of(String label, String value) {
    return new Fact(label, Text.plain(value), Tone.NONE);
  }

  /** The label. */
  public String label() {
    return label;
  }

  /** The value. */
  public Text value() {
    return value;
  }

  /** The value's tone. */
  public Tone tone() {
    return tone;
  }
}

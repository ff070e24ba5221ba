package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The severity scale, from {@link #SEV0} (most severe) to {@link #SEV5}.
 *
 * <p>Written in files as {@code sev0} … {@code sev5}. {@link #fromId(String)} also reads the
 * labels other scales use: {@code P0}–{@code P5} (P0 = SEV0, P1 = SEV1), {@code catastrophic},
 * {@code critical}, {@code major}, {@code minor}, {@code trivial}, {@code informational} (SEV0 to
 * SEV5), and {@code high}, {@code medium}, {@code low} (SEV2 to SEV4), case-insensitively.
 */
public enum Severity {
  /** Catastrophic: total loss of service or data for everyone. */
  SEV0("Catastrophic"),
  /** Critical: a core service is down or badly degraded for many customers. */
  SEV1("Critical"),
  /** Major: significant degradation or a core feature unavailable for some customers. */
  SEV2("Major"),
  /** Minor: limited degradation, with a workaround. */
  SEV3("Minor"),
  /** Trivial: cosmetic or internal-only impact. */
  SEV4("Trivial"),
  /** Informational: no customer impact; recorded for learning. */
  SEV5("Informational");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The human label of this level, for example {@code Major} for {@link #SEV2}. */
  public String label() {
    return label;
  }

  /** The display name, for example {@code SEV2}. */
  public String displayName() {
    return name();
  }

  /** The numeric level, 0 (most severe) to 5. */
  public int level() {
    return ordinal();
  }

  /** Whether this severity is as severe as {@code other} or more. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** The identifier used in files, for example {@code sev2}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every spelling {@link #fromId(String)} reads besides {@code sev0}–{@code sev5} and {@code p0}–{@code p5}, by level. */
  private static final String[][] WORDS = {
    {"catastrophic"}, {"critical"}, {"major", "high"}, {"minor", "medium"}, {"trivial", "low"},
    {"informational", "info"}};

  /**
   * Reads {@code sev0}–{@code sev5} (also {@code SEV-2}, {@code sev 2}), {@code p0}–{@code p5},
   * {@code catastrophic}/{@code critical}/{@code major}/{@code minor}/{@code trivial}/{@code
   * informational} ({@code info}) and {@code high}/{@code medium}/{@code low}, case-insensitively.
   *
   * @param id the spelling
   * @return the severity
   * @throws IllegalArgumentException listing the accepted forms
   */
  @JsonCreator
  public static Severity fromId(String id) {
    String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    if (s.matches("sev[0-5]")) {
      return values()[s.charAt(3) - '0'];
    }
    if (s.matches("p[0-5]")) {
      return values()[s.charAt(1) - '0'];
    }
    for (int level = 0; level < WORDS.length; level++) {
      for (String word : WORDS[level]) {
        if (s.equals(word)) {
          return values()[level];
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '"
            + id
            + "'; allowed values: sev0, sev1, sev2, sev3, sev4, sev5"
            + " (also p0-p5, catastrophic, critical, major or high, minor or medium, trivial or low,"
            + " informational or info)");
  }

  /**
   * Every word {@link #fromId(String)} reads for a level, besides {@code sevN} and {@code pN}.
   *
   * @return the words, lowercase
   */
  public List<String> words() {
    return List.of(WORDS[ordinal()]);
  }

  @Override
  public String toString() {
    return id();
  }
}

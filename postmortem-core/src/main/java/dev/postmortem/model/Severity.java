package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The severity scale, from {@link #SEV0} (most severe) to {@link #SEV5}.
 *
 * <p>Written in files as {@code sev0} … {@code sev5}. {@link #fromId(String)} also reads the
 * labels other scales use: {@code P1}–{@code P5} (P1 = SEV1), and {@code critical}, {@code
 * major}, {@code minor}, {@code trivial} (SEV1 to SEV4).
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

  /**
   * Reads {@code sev0}–{@code sev5} (also {@code SEV-2}, {@code sev 2}), {@code p1}–{@code p5}
   * and {@code critical}/{@code major}/{@code minor}/{@code trivial}, case-insensitively.
   *
   * @throws IllegalArgumentException listing the accepted forms
   */
  @JsonCreator
  public static Severity fromId(String id) {
    String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    if (s.matches("sev[0-5]")) {
      return values()[s.charAt(3) - '0'];
    }
    if (s.matches("p[1-5]")) {
      return values()[s.charAt(1) - '0'];
    }
    switch (s) {
      case "catastrophic":
        return SEV0;
      case "critical":
        return SEV1;
      case "major":
        return SEV2;
      case "minor":
        return SEV3;
      case "trivial":
      case "low":
        return SEV4;
      case "informational":
      case "info":
        return SEV5;
      default:
        throw new IllegalArgumentException(
            "unknown severity '"
                + id
                + "'; allowed values: sev0, sev1, sev2, sev3, sev4, sev5"
                + " (also p1-p5 and critical, major, minor, trivial)");
    }
  }

  @Override
  public String toString() {
    return id();
  }
}

package dev.postmortem.cli.internal;

import java.util.Locale;

/** How serious a diagnostic is, most serious first. */
public enum Level {
  /** Must be fixed. */
  ERROR("error", "error"),
  /** Should be fixed. */
  WARNING("warning", "warning"),
  /** A suggestion. */
  INFO("note", "notice");

  private final String sarif;
  private final String github;
  Level(String sarif, String github) {
    this.sarif = sarif;
    this.github = github;
  }

  /** The lowercase id: {@code error}, {@code warning}, {@code info}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SARIF 2.1.0 {@code level}. */
  public String sarif() {
    return sarif;
  }

  /** The GitHub workflow command: {@code error}, {@code warning}, {@code notice}. */
  public String github() {
    return github;
  }

  /** The word for a count, for example {@code 2 warnings}. */
  public String count(long n) {
    return n + " " + (this == INFO || n == 1 ? id() : id() + "s");
  }

  /** Whether this level is at least as serious as {@code other}. */
  public boolean atLeast(Level other) {
    return ordinal() <= other.ordinal();
  }

  @Override
  public String toString() {
    return id();
  }
}

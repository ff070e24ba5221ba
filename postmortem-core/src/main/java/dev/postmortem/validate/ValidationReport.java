package dev.postmortem.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of {@link Validator#validate}: the findings in a deterministic order (by place in the
 * document, then level, rule id and message), with counts.
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::pointer, ValidationReport::comparePointers)
          .thenComparing(Finding::level)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message)
          .thenComparing(f -> f.suggestion().orElse(""));

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = Collections.unmodifiableList(sorted);
  }

  /** A report of the given findings, sorted. */
  public static ValidationReport of(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings must not be null");
    return new ValidationReport(findings);
  }

  /** Every finding, in order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of one rule, in order. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /** The findings at {@code level} or more serious, in order. */
  public List<Finding> findingsAtLeast(Finding.Level level) {
    return findings.stream().filter(f -> f.level().isAtLeast(level)).collect(Collectors.toList());
  }

  /** Whether any finding is an {@link Finding.Level#ERROR ERROR}. */
  public boolean hasErrors() {
    return count(Finding.Level.ERROR) > 0;
  }

  /** Whether there are no findings at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** How many findings have exactly this level. */
  public int count(Finding.Level level) {
    int n = 0;
    for (Finding f : findings) {
      if (f.level() == level) {
        n++;
      }
    }
    return n;
  }

  /** One finding per line, then {@code N errors, N warnings, N infos}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f).append('\n');
    }
    return sb.append(count(Finding.Level.ERROR)).append(" errors, ")
        .append(count(Finding.Level.WARNING)).append(" warnings, ")
        .append(count(Finding.Level.INFO)).append(" infos").toString();
  }

  /** Compares JSON pointers segment by segment, numbers numerically: document order for lists. */
  static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = a.indexOf('/', i + 1);
      int ej = b.indexOf('/', j + 1);
      String sa = a.substring(i, ei < 0 ? a.length() : ei);
      String sb = b.substring(j, ej < 0 ? b.length() : ej);
      int c = compareSegments(sa, sb);
      if (c != 0) {
        return c;
      }
      i = ei < 0 ? a.length() : ei;
      j = ej < 0 ? b.length() : ej;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareSegments(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.length() < 2 || s.length() > 11) {
      return false;
    }
    for (int k = 1; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

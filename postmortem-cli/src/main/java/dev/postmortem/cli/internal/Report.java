package dev.postmortem.cli.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a validate run: one entry per file, the rules that can appear, and the level
 * that fails the run.
 */
public final class Report {
  private final List<FileReport> files;
  private final Map<String, RuleDescription> rules;
  private final Level failOn;

  /**
   * A report.
   *
   * @param rules descriptions of the rules that were run (others found in the files get a generic
   *     description)
   */
  public Report(List<FileReport> files, Collection<RuleDescription> rules, Level failOn) {
    this.files = List.copyOf(files);
    this.failOn = failOn;
    Map<String, RuleDescription> byId = new TreeMap<>();
    for (RuleDescription r : rules) {
      byId.put(r.id(), r);
    }
    this.rules = byId;
  }

  /** The files, in the order checked. */
  public List<FileReport> files() {
    return files;
  }

  /** The level from which the run fails. */
  public Level failOn() {
    return failOn;
  }

  /** The description of a rule. */
  public RuleDescription rule(String id) {
    RuleDescription r = rules.get(id);
    return r != null ? r : new RuleDescription(id, Level.WARNING, id);
  }

  /** Descriptions of the rules that occur in the report, by id. */
  public List<RuleDescription> rulesUsed() {
    Map<String, RuleDescription> used = new TreeMap<>();
    for (FileReport f : files) {
      for (Diagnostic d : f.diagnostics()) {
        used.put(d.ruleId(), rule(d.ruleId()));
      }
    }
    return List.copyOf(used.values());
  }

  /** How many diagnostics have the level. */
  public long count(Level level) {
    return files.stream().flatMap(f -> f.diagnostics().stream()).filter(d -> d.level() == level).count();
  }

  /** How many files could not be read. */
  public long unreadable() {
    return files.stream().filter(f -> !f.readable()).count();
  }

  /** Whether some diagnostic reached {@link #failOn()}. */
  public boolean failed() {
    return files.stream().flatMap(f -> f.diagnostics().stream()).anyMatch(d -> d.level().atLeast(failOn));
  }

  /** The exit code: 2 when a file was unreadable, 1 when the run failed, else 0. */
  public int exitCode() {
    return unreadable() > 0 ? 2 : failed() ? 1 : 0;
  }

  /** The summary line, for example {@code Checked 2 files: 1 error, 3 warnings, 0 info.} */
  public String summary() {
    StringBuilder sb = new StringBuilder("Checked ").append(files.size())
        .append(files.size() == 1 ? " file: " : " files: ");
    sb.append(Level.ERROR.count(count(Level.ERROR))).append(", ")
        .append(Level.WARNING.count(count(Level.WARNING))).append(", ")
        .append(Level.INFO.count(count(Level.INFO)));
    long unreadable = unreadable();
    if (unreadable > 0) {
      sb.append("; ").append(unreadable).append(unreadable == 1 ? " file" : " files")
          .append(" could not be read");
    }
    sb.append(". ").append(exitCode() == 0 ? "Passed" : "Failed").append(" (--fail-on ")
        .append(failOn.id()).append(").");
    return sb.toString();
  }
}

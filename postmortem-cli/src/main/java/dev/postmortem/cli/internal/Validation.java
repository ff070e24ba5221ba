package dev.postmortem.cli.internal;

import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.SourcePosition;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Rule;
import dev.postmortem.validate.Validator;
import java.util.ArrayList;
import java.util.List;

/** Runs the library's {@link Validator} and turns its findings and rules into report terms. */
final class Validation {
  private Validation() {}

  static Level level(Finding.Level level) {
    return Level.valueOf(level.name());
  }

  static RuleDescription describe(Rule rule) {
    return new RuleDescription(rule.id(), level(rule.defaultLevel()), rule.summary(), rule.helpUri().orElse(null));
  }

  static List<Diagnostic> findings(Validator validator, PostmortemDocument doc, String file) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : validator.validate(doc).findings()) {
      SourcePosition at = f.position().orElse(null);
      out.add(new Diagnostic(
          at != null && at.source().isPresent() ? at.source().get() : file,
          at == null ? 0 : at.line(),
          at == null ? 0 : at.column(),
          level(f.level()),
          f.ruleId(),
          f.message(),
          f.pointer(),
          f.suggestion().orElse(null)));
    }
    return out;
  }
}

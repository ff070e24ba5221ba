package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/<rule-id>.md} is generated from each rule's metadata and its spec examples; this
 * test fails when a page is missing or out of date. Regenerate with
 * {@code mvn -pl postmortem-core verify -Dtest=RuleDocsTest -Dpostmortem.docs.update=true}.
 */
class RuleDocsTest {
  static final Path DOCS = Path.of("..", "docs", "rules");

  @Test
  void everyRuleHasAnUpToDateDocPage() throws IOException {
    boolean update = Boolean.getBoolean("postmortem.docs.update");
    List<String> stale = new ArrayList<>();
    if (update) {
      Files.createDirectories(DOCS);
    }
    for (BuiltinRule rule : BuiltinRules.all()) {
      check(DOCS.resolve(rule.id() + ".md"), page(rule), update, stale);
    }
    check(DOCS.resolve("README.md"), index(), update, stale);
    Set<String> expected = BuiltinRules.all().stream().map(r -> r.id() + ".md").collect(Collectors.toCollection(TreeSet::new));
    expected.add("README.md");
    try (Stream<Path> files = Files.list(DOCS)) {
      Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(present).as("files in docs/rules (no page for a rule that does not exist)").isEqualTo(expected);
    }
    assertThat(stale).as("pages out of date; regenerate with -Dpostmortem.docs.update=true").isEmpty();
  }

  private static void check(Path file, String content, boolean update, List<String> stale) throws IOException {
    if (update) {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
      stale.add(file.toString());
    }
  }

  static String profiles(Profile p) {
    switch (p) {
      case MINIMAL: return "minimal, standard, strict";
      case STANDARD: return "standard, strict";
      default: return "strict";
    }
  }

  static String page(BuiltinRule rule) {
    List<Spec.Example> examples = Spec.examples().stream().filter(e -> e.rule().equals(rule.id()))
        .collect(Collectors.toList());
    Spec.Example bad = examples.stream().filter(Spec.Example::positive).findFirst().orElseThrow();
    Spec.Example good = examples.stream().filter(e -> !e.positive()).findFirst().orElseThrow();
    String findings = bad.validator().validate(bad.postmortem()).findings(rule.id()).stream()
        .map(Finding::toString).collect(Collectors.joining("\n"));
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(rule.id()).append("\n\n")
        .append(rule.summary()).append(".\n\n")
        .append("| Default level | Profiles | Family |\n|---|---|---|\n")
        .append("| ").append(rule.defaultLevel().name().toLowerCase(Locale.ROOT)).append(" | ")
        .append(profiles(rule.profile())).append(" | ").append(rule.family().replace("Rules", "").toLowerCase(Locale.ROOT))
        .append(" |\n\n")
        .append("## Why\n\n").append(rule.rationale()).append("\n\n")
        .append("## Example\n\nThis post-mortem is reported:\n\n```yaml\n").append(bad.postmortemYaml()).append("```\n\n")
        .append(bad.input().equals(bad.postmortemYaml()) ? "" : "with this policy:\n\n```yaml\n"
            + bad.input().substring(bad.postmortemYaml().length() + 4) + "```\n\n")
        .append("```text\n").append(findings).append("\n```\n\n")
        .append("## How to fix\n\n").append(rule.fix()).append("\n\n")
        .append("This one passes:\n\n```yaml\n").append(good.postmortemYaml()).append("```\n\n")
        .append("Change the level with `Validator.builder().level(\"").append(rule.id())
        .append("\", Finding.Level.INFO)` or turn the rule off with `.disable(\"").append(rule.id())
        .append("\")`.\n\n")
        .append("<!-- Generated from the rule's metadata and postmortem-core/src/test/resources/spec/validation-spec.md"
            + " by RuleDocsTest; do not edit. -->\n");
    return sb.toString();
  }

  static String index() {
    StringBuilder sb = new StringBuilder("# Validation rules\n\n")
        .append("The built-in rules of `dev.postmortem.validate.Validator`, in catalog order. Each page says what the"
            + " rule checks, why, shows an example and how to fix it. Profiles: `minimal` runs only the rules"
            + " marked minimal, `standard` (the default) adds the standard ones, `strict` runs all.\n\n")
        .append("| Rule | Level | Profile | Summary |\n|---|---|---|---|\n");
    for (BuiltinRule r : BuiltinRules.all()) {
      sb.append("| [").append(r.id()).append("](").append(r.id()).append(".md) | ")
          .append(r.defaultLevel().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(r.profile().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return sb.append("\n<!-- Generated by RuleDocsTest; do not edit. -->\n").toString();
  }
}

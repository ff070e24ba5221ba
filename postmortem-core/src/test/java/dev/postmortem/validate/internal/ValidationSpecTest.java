package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of {@code validation-spec.md}: every rule has positive and negative ones. */
class ValidationSpecTest {
  static Stream<Spec.Example> examples() {
    return Spec.examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Spec.Example example) {
    Postmortem pm = example.postmortem();
    Validator validator = example.validator();
    List<String> actual = validator.validate(pm).findings(example.rule()).stream()
        .map(f -> f.level() + " " + f.pointer())
        .collect(Collectors.toList());
    assertThat(actual)
        .as("%s\ninput:\n%s\nall findings:\n%s", example, example.input(), validator.validate(pm))
        .containsExactlyElementsOf(example.expected());
  }

  @Test
  void everyRuleHasAPositiveAndANegativeExample() {
    Map<String, List<Spec.Example>> byRule =
        Spec.examples().stream().collect(Collectors.groupingBy(Spec.Example::rule));
    for (BuiltinRule rule : BuiltinRules.all()) {
      assertThat(byRule.get(rule.id())).as("examples of %s", rule.id()).isNotNull();
      assertThat(byRule.get(rule.id())).as("positive example of %s", rule.id()).anyMatch(Spec.Example::positive);
      assertThat(byRule.get(rule.id())).as("negative example of %s", rule.id()).anyMatch(e -> !e.positive());
    }
    assertThat(byRule.keySet()).as("examples name known rules")
        .allMatch(id -> BuiltinRules.all().stream().anyMatch(r -> r.id().equals(id)));
  }

  @Test
  void expectedLinesAreWellFormed() {
    for (Spec.Example e : Spec.examples()) {
      for (String line : e.expected()) {
        String level = line.split(" ", 2)[0];
        assertThat(Finding.Level.valueOf(level)).as("%s: %s", e, line).isNotNull();
        assertThat(line).as("%s", e).matches("[A-Z]+ (/.*)?");
      }
    }
  }
}

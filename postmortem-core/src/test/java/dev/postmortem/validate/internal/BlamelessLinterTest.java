package dev.postmortem.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.validate.internal.BlamelessLinter.Family;
import dev.postmortem.validate.internal.BlamelessLinter.Hit;
import dev.postmortem.validate.internal.BlamelessLinter.Names;
import dev.postmortem.validate.internal.BlamelessLinter.Scope;
import dev.postmortem.validate.internal.BlamelessLinter.Terms;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlamelessLinterTest {
  static final Names NAMES = Names.of(List.of("Priya Natarajan", "@priya"));

  static List<Hit> lint(String text) {
    return BlamelessLinter.lint(text, Scope.TEXT, NAMES, Terms.NONE);
  }

  static List<Family> families(String text) {
    return lint(text).stream().map(h -> h.family).distinct().collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CARELESS deploys.", "A Carelessly written script.", "Their carelessness showed.",
      "The NEGLIGENT reviewer.", "Negligently approved.", "It was sloppily done."})
  void inflectionsAndCaseAreHandled(String text) {
    assertThat(families(text)).contains(Family.JUDGEMENT).doesNotContain(Family.COUNTERFACTUAL, Family.MINIMISER);
  }

  @Test
  void typographicApostrophesAreHandled() {
    assertThat(families("We should\u2019ve rolled back.")).contains(Family.COUNTERFACTUAL);
    assertThat(families("It was Priya\u2019s fault.")).contains(Family.BLAME, Family.NAMED_PERSON);
  }

  @Test
  void quotedMaterialIsMarked() {
    String text = "Chat log:\n> who broke prod?\n[14:05] tom: this was careless\nWe noted \"human error\" as a phrase."
        + "\n```\nshould have checked\n```\nAnd `obviously` in code.";
    List<Hit> hits = lint(text);
    assertThat(hits).isNotEmpty().allMatch(h -> h.quoted);
    assertThat(hits.stream().map(h -> h.family)).contains(Family.BLAME, Family.JUDGEMENT, Family.HUMAN_ERROR,
        Family.COUNTERFACTUAL, Family.MINIMISER);
  }

  @Test
  void findingsSuggestARewording() {
    Hit careless = lint("First line. A careless edit broke checkout. Third line.").get(0);
    assertThat(careless.suggestion()).isEqualTo("An edit broke checkout.");
    Hit culprit = lint("The culprit was the cache.").get(0);
    assertThat(culprit.suggestion()).isEqualTo("The contributing factor was the cache.");
    Hit named = BlamelessLinter.lint("Priya broke checkout.", Scope.CAUSE, NAMES, Terms.NONE).stream()
        .filter(h -> h.family == Family.NAMED_PERSON).findFirst().get();
    assertThat(named.suggestion()).isEqualTo("The responder broke checkout.");
    Hit human = BlamelessLinter.lint("Root cause: human error.", Scope.CAUSE, NAMES, Terms.NONE).get(0);
    assertThat(human.suggestion()).isEqualTo("Root cause: a gap in the tooling or process (name it).");
    assertThat(lint("Obviously the timeout was low.").get(0).suggestion()).isEqualTo("The timeout was low.");
    assertThat(lint("We should have paged sooner.").get(0).suggestion()).isNotBlank();
  }

  @Test
  void handlesAndFullNamesAreRecognised() {
    assertThat(families("@priya deleted the table.")).contains(Family.NAMED_PERSON);
    assertThat(families("Priya Natarajan missed the page.")).contains(Family.NAMED_PERSON);
    assertThat(families("priya deleted the table.")).as("lower-case name part is not a name")
        .doesNotContain(Family.NAMED_PERSON);
    assertThat(families("Priya rolled back the deploy.")).isEmpty();
  }

  @Test
  void allowAndDenyListsApply() {
    Terms terms = Terms.of(List.of("sloppy"), List.of("heroics", "war room"));
    assertThat(BlamelessLinter.lint("A sloppy edit.", Scope.TEXT, NAMES, terms)).isEmpty();
    assertThat(BlamelessLinter.lint("More Heroics in the WAR ROOMS.", Scope.TEXT, NAMES, terms))
        .extracting(h -> h.phrase).containsExactly("Heroics", "WAR ROOMS");
  }

  @Test
  void personalEndingsAreRecognised() {
    assertThat(BlamelessLinter.personalEnding("Human error.", NAMES)).contains("\"Human error\"");
    assertThat(BlamelessLinter.personalEnding("Because Priya forgot the flag.", NAMES)).isPresent();
    assertThat(BlamelessLinter.personalEnding("The flag defaults to off in the tool.", NAMES)).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void pathologicalInputsStayLinear() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8_000; i++) {
      sb.append("if had should could have been Priya Priya's \"who ` > fault of just ");
    }
    String text = sb.toString();
    assertThat(BlamelessLinter.lint(text, Scope.CAUSE, NAMES, Terms.of(List.of("x y z"), List.of("a b c"))))
        .isNotEmpty();
    String quotes = "\"".repeat(50_000) + "`".repeat(50_000) + "\n>".repeat(20_000);
    assertThat(BlamelessLinter.lint(quotes, Scope.TEXT, NAMES, Terms.NONE)).isEmpty();
  }
}

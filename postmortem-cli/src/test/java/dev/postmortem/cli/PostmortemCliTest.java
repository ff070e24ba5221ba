package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostmortemCliTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: postmortem", "validate", "render", "convert", "init", "metrics",
        "rules", "schema", "completion", "Exit codes:");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "convert", "init", "metrics", "archive", "rules", "schema", "completion"})
  void everyCommandHasHelp(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Usage: postmortem " + command);
  }

  @Test
  void versionNamesTheProjectVersion() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).matches("(?s)postmortem \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
  }

  @Test
  void versionWorksOnSubcommandsToo() {
    assertThat(Cli.run("validate", "--version").out()).startsWith("postmortem ");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command", "Try 'postmortem --help'");
  }

  @Test
  void aMisspelledCommandIsAUsageErrorWithASuggestion() {
    Cli.Result r = Cli.run("validat", "x.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Did you mean", "validate");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorNamingTheCommand() {
    Cli.Result r = Cli.run("validate", "--colour", "x.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--colour'", "Try 'postmortem validate --help'");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aBadEnumValueListsTheAllowedOnes() {
    Cli.Result r = Cli.run("validate", "--format", "xml", "x.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("text", "json", "sarif", "github");
  }

  @Test
  void completionScriptCoversTheCommands() {
    Cli.Result r = Cli.run("completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F", "postmortem", "validate", "--fail-on");
  }
}

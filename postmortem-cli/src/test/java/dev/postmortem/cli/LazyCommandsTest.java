package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Building only the command that runs changes nothing a user can see. */
class LazyCommandsTest {
  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "convert", "init", "metrics", "archive", "rules", "schema"})
  void aCommandBuiltAloneHasTheSameHelpAsInTheWholeTree(String name) {
    CommandLine alone = PostmortemCli.commandLine(name);
    assertThat(alone.getSubcommands()).containsOnlyKeys(name);
    assertThat(usage(alone.getSubcommands().get(name)))
        .isEqualTo(usage(PostmortemCli.commandLine().getSubcommands().get(name)));
  }

  @Test
  void theWholeTreeHasEveryCommandInHelpOrder() {
    assertThat(PostmortemCli.commandLine().getSubcommands().keySet())
        .containsExactlyElementsOf(PostmortemCli.COMMANDS);
  }

  @Test
  void aKnownCommandIsBuiltAlone() {
    assertThat(PostmortemCli.soleCommand("validate", "x.yaml")).isEqualTo("validate");
    assertThat(PostmortemCli.soleCommand("--debug", "render", "x.yaml")).isEqualTo("render");
    assertThat(PostmortemCli.soleCommand("rules")).isEqualTo("rules");
  }

  @Test
  void theWholeTreeIsBuiltWhenTheCommandIsNotPlain() {
    assertThat(PostmortemCli.soleCommand()).isNull();
    assertThat(PostmortemCli.soleCommand("--help")).isNull();
    assertThat(PostmortemCli.soleCommand("-V")).isNull();
    assertThat(PostmortemCli.soleCommand("--debug")).isNull();
    assertThat(PostmortemCli.soleCommand("validat", "x.yaml")).isNull();
    assertThat(PostmortemCli.soleCommand("@args.txt")).isNull();
    assertThat(PostmortemCli.soleCommand("completion")).isNull();
    assertThat(PostmortemCli.soleCommand("x.yaml", "validate")).isNull();
  }

  @Test
  void inheritedOptionsKeepTheirOrderInASubcommandsHelp() {
    String help = usage(PostmortemCli.commandLine("schema").getSubcommands().get("schema"));
    assertThat(help.indexOf("--debug")).isPositive().isLessThan(help.indexOf("--help"));
    assertThat(help.indexOf("--help")).isLessThan(help.indexOf("--version"));
  }

  private static String usage(CommandLine cl) {
    StringWriter s = new StringWriter();
    cl.usage(new PrintWriter(s), CommandLine.Help.Ansi.OFF);
    return s.toString();
  }
}

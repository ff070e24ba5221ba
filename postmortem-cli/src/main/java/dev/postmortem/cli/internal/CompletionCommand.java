package dev.postmortem.cli.internal;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code postmortem completion}: prints a bash/zsh completion script. */
@Command(
    name = "completion",
    description = {
      "Prints a shell completion script for bash and zsh.",
      "Install it with",
      "  source <(postmortem completion)",
      "or save it in /etc/bash_completion.d/postmortem."
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Used by picocli. */
  public CompletionCommand() {}

  @Override
  public Integer call() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

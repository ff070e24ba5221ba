package dev.postmortem.cli.internal;

import dev.postmortem.schema.PostmortemSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postmortem schema}: prints the JSON Schema of the file format. */
@Command(
    name = "schema",
    description = {
      "Prints the JSON Schema of the post-mortem file format.",
      "Draft 2020-12; its $id, " + PostmortemSchema.ID + ", is a name, not an address: give"
          + " editors a local copy (postmortem schema --out " + PostmortemSchema.FILE_NAME + ")."
    })
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  /** Used by picocli. */
  public SchemaCommand() {}

  @Override
  public Integer call() throws IOException {
    String text = PostmortemSchema.text();
    Output.write(text.endsWith("\n") ? text : text + "\n", out, spec.commandLine().getOut());
    return 0;
  }
}

package dev.postmortem.cli.internal;

import dev.postmortem.schema.PostmortemSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postmortem init}: a new post-mortem skeleton in YAML. */
@Command(
    name = "init",
    sortOptions = false,
    description = {
      "Writes a new post-mortem skeleton in YAML.",
      "The skeleton is dated today and names the JSON Schema, so editors complete and check it."
    })
public final class InitCommand implements Callable<Integer> {
  /** The skeletons {@code init} writes. */
  public enum Template {
    /** Title, severity, summary, three milestones and action items. */
    MINIMAL,
    /** The sections a published post-mortem needs. */
    STANDARD,
    /** Every section of the format. */
    FULL;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--template", paramLabel = "T", defaultValue = "standard",
      description = "Skeleton: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Template template;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--force", description = "Overwrite --out if it exists.")
  boolean force;

  @Option(names = "--id", paramLabel = "ID", description = "The post-mortem id (default: PM-<date>).")
  String id;

  @Option(names = "--date", paramLabel = "DATE", description = "The creation day (YYYY-MM-DD; default: today).")
  LocalDate date;

  /** Used by picocli. */
  public InitCommand() {}

  @Override
  public Integer call() throws IOException {
    if (out != null && Files.exists(out) && !force) {
      throw new CliException(out + ": already exists; give --force to overwrite it");
    }
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime created = date == null
        ? now
        : date.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
    LocalDate day = created.toLocalDate();
    String theId = id != null ? id : "PM-" + day;
    if (theId.isBlank() || theId.contains("\n")) {
      throw new CliException("--id must be a single non-blank line");
    }
    String text = skeleton(template)
        .replace("{{schemaFile}}", PostmortemSchema.FILE_NAME)
        .replace("{{schema}}", PostmortemSchema.ID)
        .replace("{{id}}", quote(theId))
        .replace("{{now}}", created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    Output.write(text, out, spec.commandLine().getOut());
    if (out != null) {
      spec.commandLine().getErr().println("Wrote " + out + "; check it with: postmortem validate " + out);
    }
    return 0;
  }

  private static String skeleton(Template t) throws IOException {
    String resource = "/dev/postmortem/cli/init/" + t + ".yaml";
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A YAML double-quoted scalar. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}

package dev.postmortem.cli.internal;

import dev.postmortem.export.Audience;
import dev.postmortem.export.DroppedContent;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.ExporterBuilder;
import dev.postmortem.export.Template;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem render}: the report as Markdown, Word and PDF. */
@Command(
    name = "render",
    sortOptions = false,
    description = {
      "Renders post-mortems as reports in Markdown, Word (DOCX) and PDF.",
      "Takes files and directories (walked for .json, .yaml, .yml, .md, .docx files), all in one",
      "run. Writes DIR/<name>.<ext>, where <name> is the input file's name without its extension",
      "(prefixed with its folder's name when two inputs share a name), and prints the path of",
      "each file written. A file that cannot be read is reported and the others are rendered."
    })
public final class RenderCommand implements Callable<Integer> {
  /** Report formats. */
  public enum Target {
    /** Markdown. */
    MD,
    /** Word. */
    DOCX,
    /** PDF. */
    PDF;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Post-mortems (.json, .yaml, .md or .docx), or directories of them.")
  List<Path> files;

  @Option(names = "--to", split = ",", paramLabel = "FORMAT", defaultValue = "md",
      description = "Comma-separated formats: md, docx, pdf (default: ${DEFAULT-VALUE}).")
  List<Target> to;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "The directory to write to, created if needed (default: the current one).")
  Path out;

  @Option(names = "--template", paramLabel = "T", defaultValue = "default",
      description = "Section order and names: default, google-sre, pagerduty, atlassian"
          + " (default: ${DEFAULT-VALUE}).")
  Template template;

  @Option(names = "--audience", paramLabel = "A", defaultValue = "internal",
      description = "internal (everything), executive (a summary) or external (a customer-facing"
          + " statement, people and internal links removed); default: ${DEFAULT-VALUE}.")
  Audience audience;

  @Option(names = "--reverse-timeline",
      description = "Show the timeline newest first, with what was known at each point and the"
          + " inflection points (reverse chronology analysis).")
  boolean reverseTimeline;

  @Option(names = "--tz", paramLabel = "ZONE",
      description = "The time zone times are shown in, for example Europe/Berlin (default: the"
          + " document's own, the offset of incident.started or of the first timed event).")
  String tz;

  @Option(names = "--findings",
      description = "Add an appendix with the validation findings (not for the external audience).")
  boolean findings;

  @Option(names = "--now", paramLabel = "TIME",
      description = "The creation time written into the documents and used for overdue items: an"
          + " ISO date-time with offset or a date. Fixing it makes the output byte-identical"
          + " (default: the current time).")
  String now;

  @Option(names = "--font", paramLabel = "FILE",
      description = "A TrueType or OpenType font for characters the bundled DejaVu fonts lack"
          + " (Chinese, Japanese, Korean...), tried before the system's fonts; repeatable (PDF)."
          + " See docs/FONTS.md.")
  List<Path> fonts = new java.util.ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read the file as json, yaml, md or docx, whatever its extension.")
  InputFormat inputFormat;

  @Mixin ImportOptions importOptions = new ImportOptions();

  /** Used by picocli. */
  public RenderCommand() {}

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = files.size() == 1 && !Files.isDirectory(files.get(0))
        ? requireOne(files.get(0)) : Inputs.expandOrFail(files);
    ZoneId zone = zone();
    if (now == null) {
      // the reproducible-builds convention: a fixed creation time when --now is not given
      now = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    }
    for (Path f : fonts) {
      if (!Files.isRegularFile(f)) {
        throw new CliException("--font: " + f + " is not a font file");
      }
    }
    Clock clock = Times.clock(now, "--now");
    Files.createDirectories(out);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Set<Target> targets = new LinkedHashSet<>(to);
    // the same content is dropped by every format: say it once per file
    Set<String> dropped = new LinkedHashSet<>();
    Map<Target, Exporter> exporters = new java.util.EnumMap<>(Target.class);
    for (Target t : targets) {
      exporters.put(t, exporter(t, zone, clock, d -> dropped.add(d.message())));
    }
    DocumentLoader loader = new DocumentLoader(inputFormat, importOptions);
    Map<Path, String> names = names(inputs);
    int failed = 0;
    for (Path file : inputs) {
      PostmortemDocument doc;
      try {
        doc = loader.load(file);
      } catch (IOException | RuntimeException e) {
        if (inputs.size() == 1 || !Errors.isExpected(e)) {
          throw e;
        }
        String what = Errors.describe(e);
        stderr.println("postmortem: error: " + (what.contains(file.toString()) ? what : file + ": " + what));
        failed++;
        continue;
      }
      String name = names.get(file);
      dropped.clear();
      for (Target t : targets) {
        Exporter exporter = exporters.get(t);
        Path target = out.resolve(name + "." + exporter.fileExtension());
        if (Files.exists(target) && Files.isSameFile(target, file)) {
          throw new CliException(target + ": rendering would overwrite the input; give another --out");
        }
        // written next to the target and moved over it, so a failed export leaves no broken file
        Path tmp = out.resolve("." + name + "." + exporter.fileExtension() + ".tmp");
        try {
          try (OutputStream os = Files.newOutputStream(tmp)) {
            exporter.write(doc.postmortem(), os);
          }
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
        stdout.println(target);
      }
      for (String d : dropped) {
        stderr.println(file + ": warning: " + d);
      }
    }
    stdout.flush();
    stderr.flush();
    return failed == 0 ? 0 : 2;
  }

  private static List<Path> requireOne(Path file) {
    DocumentLoader.requireRegularFile(file);
    return List.of(file);
  }

  /**
   * The output name of each input: its base name, or, when inputs share one, the name of its
   * folder, a dash and the base name (then a number, should that still collide).
   */
  static Map<Path, String> names(List<Path> inputs) {
    Map<String, Integer> count = new java.util.HashMap<>();
    for (Path p : inputs) {
      count.merge(baseName(p), 1, Integer::sum);
    }
    Map<Path, String> out = new java.util.LinkedHashMap<>();
    Set<String> used = new java.util.HashSet<>();
    for (Path p : inputs) {
      String base = baseName(p);
      String name = base;
      if (count.get(base) > 1) {
        Path parent = p.toAbsolutePath().getParent();
        Path dir = parent == null ? null : parent.getFileName();
        name = (dir == null ? "root" : dir.toString()) + "-" + base;
      }
      String unique = name;
      for (int i = 2; !used.add(unique); i++) {
        unique = name + "-" + i;
      }
      out.put(p, unique);
    }
    return out;
  }

  private Exporter exporter(Target t, ZoneId zone, Clock clock,
      Consumer<DroppedContent> dropped) {
    switch (t) {
      case MD:
        return configure(MarkdownExporter.builder(), zone, clock).onDropped(dropped).build();
      case DOCX:
        return configure(DocxExporter.builder(), zone, clock).onDropped(dropped).build();
      case PDF:
        return configure(PdfExporter.builder(), zone, clock).onDropped(dropped).build();
      default:
        throw new IllegalStateException("unhandled format " + t);
    }
  }

  private <B extends ExporterBuilder<B>> B configure(B b, ZoneId zone, Clock clock) {
    b.template(template).audience(audience).reverseChronology(reverseTimeline).clock(clock);
    if (zone != null) {
      b.zone(zone);
    }
    if (now != null) {
      b.creationTime(clock.instant());
    }
    if (findings) {
      b.validator(Validator.builder().clock(clock).build());
    }
    b.fonts(fonts.toArray(new Path[0])).systemFonts(true);
    return b;
  }

  private ZoneId zone() {
    if (tz == null) {
      return null; // the document's own
    }
    try {
      return ZoneId.of(tz);
    } catch (DateTimeException e) {
      throw new CliException("--tz: unknown time zone '" + tz + "'; use a region such as"
          + " Europe/Berlin or an offset such as +02:00");
    }
  }

  /**
   * The creation time {@code SOURCE_DATE_EPOCH} gives (seconds since 1970, UTC), as an ISO instant
   * for {@code --now}; null when it is not set.
   *
   * @throws CliException when it is set but not a number of seconds
   */
  static String sourceDateEpoch(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.Instant.ofEpochSecond(Long.parseLong(value.strip())).toString();
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new CliException("SOURCE_DATE_EPOCH: '" + value + "' is not a number of seconds since 1970");
    }
  }

  static String baseName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "postmortem" : name.toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}

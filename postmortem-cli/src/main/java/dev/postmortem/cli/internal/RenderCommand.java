package dev.postmortem.cli.internal;

import dev.postmortem.export.Audience;
import dev.postmortem.export.DroppedContent;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.ExporterBuilder;
import dev.postmortem.export.Redaction;
import dev.postmortem.export.Template;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language of the report's labels (headings, table headers, field names,"
          + " units) and of its dates and numbers: en, de, fr, es, pt or ja (default: en)."
          + " The post-mortem's own text is not translated.")
  String lang;

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

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy file (YAML or JSON, as for validate): its ticketUrl turns ticket keys"
          + " into links, and the --findings appendix checks against it.")
  Path policy;

  @Option(names = "--ticket-url", paramLabel = "URL",
      description = "Where ticket keys such as OPS-123 link: a URL with {key} where the key goes,"
          + " for example https://jira.example.com/browse/{key} (default: the policy's ticketUrl;"
          + " without one, keys are plain text).")
  String ticketUrl;

  /** The policy read from --policy, or the default. */
  private Policy readPolicy = Policy.create();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read the file as json, yaml, md or docx, whatever its extension.")
  InputFormat inputFormat;

  @Mixin ImportOptions importOptions = new ImportOptions();

  @Option(names = "--internal-host", paramLabel = "HOST",
      description = "A host (db1.example.com) or, with a leading dot, a domain (.example.com) that"
          + " is internal: the external audience removes links to it and its names in text."
          + " Repeatable; adds to the built-in internal domains (.internal, .corp, .local...).")
  List<String> internalHosts = new java.util.ArrayList<>();

  @Option(names = "--redaction-report", paramLabel = "FILE",
      description = "Write what the external audience removed from the text, and where (a"
          + " tab-separated line per removal: file, format, JSON pointer, kind, text), for review"
          + " before publishing.")
  Path redactionReport;

  /** Used by picocli. */
  public RenderCommand() {}

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = files.size() == 1 && !Files.isDirectory(files.get(0))
        ? requireOne(files.get(0)) : Inputs.expandOrFail(files);
    ZoneId zone = zone();
    language(); // checked before any file is read
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
    if (policy != null) {
      try {
        readPolicy = Policy.read(policy);
      } catch (UncheckedIOException e) {
        throw new CliException("--policy: " + Errors.describe(e), e);
      }
    }
    if (ticketUrl != null) {
      try {
        MarkdownExporter.builder().ticketUrl(ticketUrl);
      } catch (IllegalArgumentException e) {
        throw new CliException("--ticket-url: " + e.getMessage(), e);
      }
    }
    Files.createDirectories(out);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Set<Target> targets = new LinkedHashSet<>(to);
    DocumentLoader loader = new DocumentLoader(inputFormat, importOptions);
    Map<Path, String> names = names(inputs);
    StringBuilder redactions = new StringBuilder("file\tformat\tpointer\tkind\tremoved\n");
    int failed = 0;
    for (Path file : inputs) {
      Rendered rendered;
      try {
        // reading and every export of one file within the watchdog's budget: a crash, a
        // time-out or an overflow is one located line, and a directory run goes on
        rendered = Guard.run(file.toString(), () -> render(loader, file, names.get(file), targets, zone, clock));
      } catch (IOException | RuntimeException e) {
        if (inputs.size() == 1 || !Errors.isExpected(e)) {
          throw e;
        }
        String what = Errors.describe(e);
        stderr.println("postmortem: error: " + Terminal.escape(what.contains(file.toString()) ? what : file + ": " + what));
        failed++;
        continue;
      }
      for (Path target : rendered.written()) {
        stdout.println(Terminal.escape(target.toString()));
      }
      for (String d : rendered.dropped()) {
        stderr.println(Terminal.escape(file + ": warning: " + d));
      }
      redactions.append(rendered.redactions());
    }
    if (redactionReport != null) {
      Path parent = redactionReport.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      String text = redactions.toString();
      SafeFiles.write(redactionReport, os -> os.write(text.getBytes(StandardCharsets.UTF_8)));
      stdout.println(Terminal.escape(redactionReport.toString()));
    }
    stdout.flush();
    stderr.flush();
    return failed == 0 ? 0 : 2;
  }

  /** What rendering one file wrote, dropped and redacted. */
  private record Rendered(List<Path> written, Set<String> dropped, String redactions) {}

  /** Renders one file in every format; runs on the watchdog's thread, sharing nothing. */
  private Rendered render(DocumentLoader loader, Path file, String name, Set<Target> targets,
      ZoneId zone, Clock clock) throws IOException {
    PostmortemDocument doc = loader.load(file);
    // the same content is dropped by every format: say it once per file
    Set<String> dropped = new LinkedHashSet<>();
    StringBuilder redactions = new StringBuilder();
    List<Path> written = new java.util.ArrayList<>();
    for (Target t : targets) {
      Exporter exporter = exporter(t, zone, clock, d -> dropped.add(d.message()),
          r -> redactions.append(Terminal.escape(file.toString())).append('\t').append(t).append('\t')
              .append(Terminal.escape(r.pointer())).append('\t').append(r.kind()).append('\t')
              .append(Terminal.escape(r.removed())).append('\n'));
      Path target = out.resolve(name + "." + exporter.fileExtension());
      if (Files.exists(target) && Files.isSameFile(target, file)) {
        throw new CliException(target + ": rendering would overwrite the input; give another --out");
      }
      // written to a new file of a random name next to the target and moved over it: a failed
      // export leaves no broken file, and no link planted in the folder is followed
      SafeFiles.write(target, os -> exporter.write(doc.postmortem(), os));
      written.add(target);
    }
    return new Rendered(written, dropped, redactions.toString());
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
      Consumer<DroppedContent> dropped, Consumer<Redaction> redacted) {
    switch (t) {
      case MD:
        return external(configure(MarkdownExporter.builder(), zone, clock), redacted).onDropped(dropped).build();
      case DOCX:
        return external(configure(DocxExporter.builder(), zone, clock), redacted).onDropped(dropped).build();
      case PDF:
        return external(configure(PdfExporter.builder(), zone, clock), redacted).onDropped(dropped).build();
      default:
        throw new IllegalStateException("unhandled format " + t);
    }
  }

  private <B extends ExporterBuilder<B>> B configure(B b, ZoneId zone, Clock clock) {
    b.template(template).audience(audience).reverseChronology(reverseTimeline).clock(clock);
    if (zone != null) {
      b.zone(zone);
    }
    if (language() != null) {
      b.locale(language());
    }
    if (now != null) {
      b.creationTime(clock.instant());
    }
    if (findings) {
      b.validator(Validator.builder().clock(clock).policy(readPolicy).build());
    }
    b.policy(readPolicy);
    if (ticketUrl != null) {
      b.ticketUrl(ticketUrl);
    }
    b.fonts(fonts.toArray(new Path[0])).systemFonts(true);
    return b;
  }

  /** The external audience's options: internal hosts, and who hears of each removal. */
  private <B extends ExporterBuilder<B>> B external(B b, Consumer<Redaction> redacted) {
    if (!internalHosts.isEmpty()) {
      b.internalHosts(internalHosts.toArray(new String[0]));
    }
    return b.onRedaction(redacted);
  }

  /** The locale of {@code --lang}, null when not given. */
  private java.util.Locale language() {
    if (lang == null) {
      return null;
    }
    String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
    if (!java.util.List.of("en", "de", "fr", "es", "pt", "ja").contains(l)) {
      throw new CliException("--lang: no report labels in '" + lang + "'; use en, de, fr, es, pt or ja");
    }
    // English keeps the kit's default (British dates, A4); the others take their main country's
    return l.equals("en") ? java.util.Locale.UK : java.util.Locale.forLanguageTag(
        l + "-" + java.util.Map.of("de", "DE", "fr", "FR", "es", "ES", "pt", "PT", "ja", "JP").get(l));
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

package dev.postmortem.cli.internal;

import dev.postmortem.importer.ImportDiagnostic;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a post-mortem from any supported kind of file: JSON and YAML with the strict reader,
 * Markdown and Word documents with the importer, whose notes become diagnostics.
 */
public final class DocumentLoader {
  /** Prefix of the rule ids of import diagnostics, for example {@code import-ambiguous-date}. */
  public static final String IMPORT_RULE_PREFIX = "import-";

  private final InputFormat override;
  private final ImportOptions options;
  private PostmortemImporter importer;

  /** A loaded document and what the importer noticed while reading it (empty for JSON/YAML). */
  public record Loaded(PostmortemDocument document, List<Diagnostic> notes) {}

  /**
   * A loader.
   *
   * @param override the format to assume for every file, or {@code null} to go by extension
   */
  public DocumentLoader(InputFormat override) {
    this(override, null);
  }

  /**
   * A loader with the command's import options.
   *
   * @param override the format to assume for every file, or {@code null} to go by extension
   * @param options how to import Markdown and Word and how to read JSON and YAML, or {@code null}
   *     for the defaults
   */
  public DocumentLoader(InputFormat override, ImportOptions options) {
    this.override = override;
    this.options = options;
  }

  /** Fails with a one-line error when {@code file} is missing or not a regular file. */
  public static void requireRegularFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
    }
  }

  /**
   * Reads the file.
   *
   * @throws IOException when the file cannot be read
   * @throws PostmortemFormatException when it is not a valid post-mortem or its format is unknown
   */
  public PostmortemDocument load(Path file) throws IOException {
    return loadWithNotes(file).document();
  }

  /**
   * Reads the file, keeping the importer's notes.
   *
   * @throws IOException when the file cannot be read
   * @throws PostmortemFormatException when it is not a valid post-mortem or its format is unknown
   */
  public Loaded loadWithNotes(Path file) throws IOException {
    String name = file.toString();
    InputFormat format = override != null
        ? override
        : InputFormat.of(file).orElseThrow(() -> new PostmortemFormatException(name, 0, 0, "",
            "unknown file extension; expected one of " + InputFormat.allExtensions()
                + " (or give --input-format)", null));
    try (InputStream in = decoded(Files.newInputStream(file), format, name)) {
      switch (format) {
        case JSON:
          return new Loaded(reader().readDocument(in, Format.JSON, name), List.of());
        case YAML:
          return new Loaded(reader().readDocument(in, Format.YAML, name), List.of());
        case MD:
          return imported(importer().importMarkdown(in, name), name);
        case DOCX:
          return imported(importer().importDocx(in, name), name);
        default:
          throw new IllegalStateException("unhandled input format " + format);
      }
    }
  }

  /** Larger inputs are left to the readers' own size limits (64 MiB by default). */
  private static final int MAX_DECODED_BYTES = 256 << 20;

  /**
   * The file's text as UTF-8 when {@code --input-encoding} names another encoding (a byte order
   * mark of it is dropped); otherwise the stream itself, whose encoding the readers detect.
   */
  private InputStream decoded(InputStream in, InputFormat format, String name) throws IOException {
    Charset charset = options == null ? null : options.inputEncoding();
    if (charset == null || format == InputFormat.DOCX) {
      return in;
    }
    try (in) {
      byte[] bytes = in.readNBytes(MAX_DECODED_BYTES);
      String text;
      try {
        text = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        throw new PostmortemFormatException(name, 0, 0, "",
            "not valid " + charset.name() + " (--input-encoding); give the file's encoding", e);
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private PostmortemImporter importer() {
    if (importer == null) {
      importer = options == null ? PostmortemImporter.create() : options.importer();
    }
    return importer;
  }

  private dev.postmortem.io.PostmortemReader reader() {
    return options == null ? Warmup.reader() : options.reader();
  }

  private static Loaded imported(ImportResult result, String name) {
    List<Diagnostic> notes = new ArrayList<>();
    for (ImportDiagnostic d : result.diagnostics()) {
      notes.add(new Diagnostic(
          d.source() == null ? name : d.source(),
          Math.max(0, d.line()),
          Math.max(0, d.column()),
          d.level() == ImportDiagnostic.Level.WARNING ? Level.WARNING : Level.INFO,
          ruleId(d.kind()),
          d.message(),
          d.pointer() == null ? "" : d.pointer()));
    }
    return new Loaded(result.document(), notes);
  }

  /** The rule id reports use for an import diagnostic kind. */
  public static String ruleId(ImportDiagnostic.Kind kind) {
    return IMPORT_RULE_PREFIX + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Descriptions of the import diagnostics, for reports. */
  public static List<RuleDescription> importRules() {
    List<RuleDescription> out = new ArrayList<>();
    for (ImportDiagnostic.Kind kind : ImportDiagnostic.Kind.values()) {
      String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      out.add(new RuleDescription(ruleId(kind), Level.WARNING,
          "The importer reports what it had to guess or could not map: " + words));
    }
    return out;
  }
}

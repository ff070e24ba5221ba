package dev.postmortem.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.internal.DocumentChecks;
import dev.postmortem.internal.DocumentReader;
import dev.postmortem.internal.Jackson;
import dev.postmortem.internal.PostmortemBinder;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads post-mortems from the JSON and YAML file format.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * PostmortemReader reader = PostmortemReader.builder().build();
 * Postmortem pm = reader.read(Path.of("incident.yaml"));
 * }</pre>
 *
 * <p>All failures are unchecked: {@link UncheckedIOException} when a file or stream cannot be
 * read, {@link PostmortemFormatException} for everything wrong with the content.
 *
 * <p>Every problem with the input raises a {@link PostmortemFormatException} that names the line,
 * column and JSON pointer: syntax errors, wrong types, unknown enum values (the message lists the
 * allowed ones), missing required fields, unknown properties (unless {@linkplain
 * Builder#lenient(boolean) lenient}), times without a UTC offset, YAML type tags, and inputs over
 * the size, string-length or nesting limits. Broken invariants of the model — references to unknown
 * causes ({@code ledTo}, a why chain's {@code rootCause} or step {@code cause}), duplicate cause
 * ids, blank ids, titles and descriptions, timeline events without a time, an unsupported {@code
 * schemaVersion} — are reported all at once, each with its own line, column and pointer ({@link
 * PostmortemFormatException#problems()}). YAML aliases are rejected (they would otherwise be
 * read as their anchor's name), which also rules out "billion laughs" expansion.
 */
public final class PostmortemReader {
  private final boolean lenient;
  private final DocumentReader<Postmortem> reader;

  private PostmortemReader(Builder b) {
    this.lenient = b.lenient;
    this.reader =
        new DocumentReader<>(
            Postmortem.class,
            new Jackson.Limits(b.maxDocumentBytes, b.maxStringLength, b.maxNestingDepth, Jackson.Limits.DEFAULT.maxYamlAliases),
            PostmortemBinder.INSTANCE);
  }

  /**
   * A builder, with strict reading and the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A reader with the defaults: strict reading, the default limits.
   *
   * @return the reader
   */
  public static PostmortemReader create() {
    return builder().build();
  }

  /**
   * Reads a file; the format comes from the extension ({@code .json}, {@code .yaml}, {@code .yml}).
   *
   * @param path the file
   * @return the post-mortem
   * @throws UncheckedIOException when the file cannot be read
   * @throws PostmortemFormatException when its content is not a valid post-mortem
   */
  public Postmortem read(Path path) {
    Objects.requireNonNull(path, "path must not be null");
    String name = path.toString();
    Format format = formatOf(name);
    return read(readFile(path, name), format, name, false).postmortem();
  }

  /**
   * Reads a post-mortem from text in the given format.
   *
   * @param text the document
   * @param format its format
   * @return the post-mortem
   * @throws PostmortemFormatException when the text is not a valid post-mortem
   */
  public Postmortem read(String text, Format format) {
    Objects.requireNonNull(text, "text must not be null");
    return read(text.getBytes(StandardCharsets.UTF_8), format, null, false).postmortem();
  }

  private byte[] readFile(Path path, String name) {
    try (InputStream in = Files.newInputStream(path)) {
      return reader.readBounded(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static Format formatOf(String name) {
    return Format.fromFileName(name)
        .orElseThrow(() -> new PostmortemFormatException(
            name, 0, 0, "", "unknown file extension; expected .json, .yaml or .yml", null));
  }

  /**
   * Reads a file with the positions of its parts.
   *
   * @param path the file; its extension names the format
   * @return the post-mortem with the positions of its parts
   * @throws UncheckedIOException when the file cannot be read
   * @throws PostmortemFormatException when its content is not a valid post-mortem, or the
   *     extension names no format
   */
  public PostmortemDocument readDocument(Path path) {
    Objects.requireNonNull(path, "path must not be null");
    String name = path.toString();
    Format format = formatOf(name);
    return readDocument(readFile(path, name), format, name);
  }

  /**
   * Reads a stream (at most the document size limit) with the positions of its parts. The stream
   * is not closed.
   *
   * @param in the stream
   * @param format its format
   * @param source the name to report in errors and findings, or {@code null}
   * @return the post-mortem with the positions of its parts
   * @throws UncheckedIOException when the stream cannot be read
   * @throws PostmortemFormatException when its content is not a valid post-mortem
   */
  public PostmortemDocument readDocument(InputStream in, Format format, String source) {
    Objects.requireNonNull(in, "in must not be null");
    byte[] content;
    try {
      content = reader.readBounded(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + (source == null ? "the input" : source) + ": " + e.getMessage(), e);
    }
    return readDocument(content, format, source);
  }

  /**
   * Reads bytes (UTF-8, or UTF-16/32 with a byte order mark) with the positions of their parts.
   *
   * @param content the document
   * @param format its format
   * @param source the name to report in errors and findings, or {@code null}
   * @return the post-mortem with the positions of its parts
   * @throws PostmortemFormatException when its content is not a valid post-mortem
   */
  public PostmortemDocument readDocument(byte[] content, Format format, String source) {
    return read(content, format, source, true);
  }

  private PostmortemDocument read(byte[] content, Format format, String source, boolean track) {
    Objects.requireNonNull(content, "content must not be null");
    Objects.requireNonNull(format, "format must not be null");
    DocumentReader.Result<Postmortem> result;
    try {
      result = reader.read(content, format, source, lenient, track);
    } catch (PostmortemFormatException e) {
      throw withInvariants(e, content, format, source);
    }
    Postmortem pm = result.value;
    if (!result.unknown.isEmpty()) {
      Map<String, JsonNode> extensions = new TreeMap<>(pm.extensions());
      extensions.putAll(result.unknown);
      pm = Postmortem.copyOf(pm).withExtensions(extensions);
    }
    return PostmortemDocument.of(pm, source, result.positions);
  }

  /**
   * The reading failed: when the document is well-formed, adds every broken invariant of the model
   * (unknown and duplicate cause ids, blank ids and titles, the schema version…) found on its tree,
   * each at its own position, to the binder's error, which stops at the first.
   */
  private PostmortemFormatException withInvariants(
      PostmortemFormatException e, byte[] content, Format format, String source) {
    if (e.problems().size() > 1) {
      return e;
    }
    List<DocumentChecks.Violation> violations;
    SourceMap positions;
    try {
      violations = DocumentChecks.check(reader.tree(content, format));
      if (violations.isEmpty()) {
        return e;
      }
      positions = reader.positions(content, format, source);
    } catch (IOException | RuntimeException notWellFormed) {
      return e;
    }
    List<PostmortemFormatException.Problem> problems = new ArrayList<>();
    for (DocumentChecks.Violation v : violations) {
      SourcePosition at = positions.find(v.pointer).orElse(null);
      problems.add(new PostmortemFormatException.Problem(
          at == null ? 0 : at.line(), at == null ? 0 : at.column(), v.pointer, v.problem));
    }
    // the binder's own error, unless it is one of these (its pointer is then the document or an
    // ancestor of one of them)
    boolean covered = problems.stream().anyMatch(
        p -> e.pointer().isEmpty() || p.pointer().equals(e.pointer()) || p.pointer().startsWith(e.pointer() + "/"));
    if (!covered) {
      problems.add(new PostmortemFormatException.Problem(e.line(), e.column(), e.pointer(), e.problem()));
    }
    problems.sort(Comparator
        .comparingInt((PostmortemFormatException.Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
        .thenComparingInt(PostmortemFormatException.Problem::column)
        .thenComparing(PostmortemFormatException.Problem::pointer));
    return new PostmortemFormatException(source, problems, e);
  }

  /** Configures a {@link PostmortemReader}. */
  public static final class Builder {
    private boolean lenient;
    private long maxDocumentBytes = Jackson.Limits.DEFAULT.maxDocumentBytes;
    private int maxStringLength = Jackson.Limits.DEFAULT.maxStringLength;
    private int maxNestingDepth = Jackson.Limits.DEFAULT.maxNestingDepth;

    private Builder() {}

    /**
     * Whether unknown properties are kept in {@link Postmortem#extensions()}, keyed by their JSON
     * pointer, instead of failing the read; defaults to {@code false}.
     *
     * @param lenient whether to keep unknown properties
     * @return {@code this}
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * The largest document accepted, in bytes; defaults to 64 MiB.
     *
     * @param maxDocumentBytes the limit in bytes, at least 1
     * @return {@code this}
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      if (maxDocumentBytes < 1) {
        throw new IllegalArgumentException("maxDocumentBytes must be positive");
      }
      this.maxDocumentBytes = maxDocumentBytes;
      return this;
    }

    /**
     * The longest string accepted, in characters; defaults to 4 Mi.
     *
     * @param maxStringLength the limit in characters, at least 1
     * @return {@code this}
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException("maxStringLength must be positive");
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays accepted; defaults to 64.
     *
     * @param maxNestingDepth the limit, at least 8
     * @return {@code this}
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth < 8) {
        throw new IllegalArgumentException("maxNestingDepth must be at least 8");
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public PostmortemReader build() {
      return new PostmortemReader(this);
    }
  }
}

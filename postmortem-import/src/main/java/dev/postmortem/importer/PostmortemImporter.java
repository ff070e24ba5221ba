package dev.postmortem.importer;

import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.map.DocMapper;
import dev.postmortem.importer.internal.DocxSource;
import dev.postmortem.importer.internal.IssueFormSource;
import dev.postmortem.importer.internal.MarkdownSource;
import dev.postmortem.importer.internal.TextDecoding;
import dev.postmortem.importer.internal.TimeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Imports post-mortems written as Markdown (any template) or Word {@code .docx} documents.
 *
 * <pre>{@code
 * PostmortemImporter importer = PostmortemImporter.builder()
 *     .defaultZone(ZoneId.of("Europe/Berlin"))     // for times without a zone
 *     .referenceDate(LocalDate.of(2026, 3, 4))     // for times without a date
 *     .build();
 * ImportResult result = importer.importFile(Path.of("postmortems/2026-03-04.md"));
 * result.diagnostics().forEach(System.out::println);   // every guess, with its line
 * Postmortem pm = result.postmortem();
 * }</pre>
 *
 * <p>Both formats are read into one intermediate document structure (headings, paragraphs, lists,
 * tables) that is mapped to the model by the same code. Instances are immutable and thread-safe.
 *
 * <p>Input that cannot be imported at all (binary data, invalid UTF-8, damaged or hostile Word
 * files, input beyond the size limit) fails with a {@link PostmortemImportException} that says
 * where; everything else gives a result, with {@link ImportDiagnostic}s for what was guessed.
 */
public final class PostmortemImporter {
  /** 16 MiB: the default limit on input size. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final SectionSynonyms synonyms;
  private final LocalDate referenceDate;
  private final ZoneId defaultZone;
  private final long maxBytes;
  private final ImportMapping.DateOrder dateOrder;
  private final ImportMapping mapping;

  private PostmortemImporter(Builder b) {
    ImportMapping m = b.mapping;
    SectionSynonyms s = b.synonyms;
    for (var e : m.sections().entrySet()) {
      s = s.with(e.getKey(), e.getValue().toArray(String[]::new));
    }
    this.synonyms = s;
    this.referenceDate = b.referenceDate != null ? b.referenceDate : m.referenceDate();
    this.defaultZone = b.defaultZone != null ? b.defaultZone : m.zone();
    this.dateOrder = b.dateOrder != null ? b.dateOrder : m.dateOrder();
    this.mapping = m;
    this.maxBytes = b.maxBytes;
  }

  /**
   * An importer with the defaults: built-in synonyms, no reference date, UTC when unstated.
   *
   * @return the importer
   */
  public static PostmortemImporter create() {
    return builder().build();
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports Markdown text. {@code source} names it in diagnostics and positions (may be null); a
   * source ending in {@code .yml} or {@code .yaml} that holds a GitHub issue form is read as one.
   *
   * @param markdown the document
   * @param source the name to report in diagnostics and errors, or {@code null}
   * @return the post-mortem and the diagnostics
   * @throws PostmortemImportException when the input cannot be imported at all
   */
  public ImportResult importMarkdown(String markdown, String source) {
    Objects.requireNonNull(markdown, "markdown");
    if (markdown.length() > maxBytes) {
      throw new PostmortemImportException(source, 0, 0,
          "the input is larger than the limit of " + maxBytes + " characters", null);
    }
    Doc doc = null;
    if (source != null && source.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$")) {
      doc = IssueFormSource.parse(markdown, source);
    }
    if (doc == null) {
      doc = MarkdownSource.parse(markdown, source);
    }
    return DocMapper.map(doc, options(source));
  }

  /**
   * Imports Markdown from a stream of UTF-8 bytes (UTF-16 with a byte order mark); the stream is
   * not closed.
   *
   * @param in the stream
   * @param source the name to report in diagnostics and errors, or {@code null}
   * @return the post-mortem and the diagnostics
   * @throws java.io.UncheckedIOException when the stream cannot be read
   * @throws PostmortemImportException when the input cannot be imported at all
   */
  public ImportResult importMarkdown(InputStream in, String source) {
    byte[] bytes = TextDecoding.readBounded(in, maxBytes, source);
    return importMarkdown(TextDecoding.decode(bytes, source), source);
  }

  /**
   * Imports a Word document; the stream is not closed.
   *
   * @param in the stream
   * @param source the name to report in diagnostics and errors, or {@code null}
   * @return the post-mortem and the diagnostics
   * @throws java.io.UncheckedIOException when the stream cannot be read
   * @throws PostmortemImportException when the input cannot be imported at all
   */
  public ImportResult importDocx(InputStream in, String source) {
    byte[] bytes = TextDecoding.readBounded(in, maxBytes, source);
    Doc doc = DocxSource.parse(bytes, source);
    return DocMapper.map(doc, options(source));
  }

  /**
   * Imports a file: {@code .docx} as Word, anything else as Markdown.
   *
   * @param file the file
   * @return the post-mortem and the diagnostics
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws PostmortemImportException when it cannot be imported at all
   */
  public ImportResult importFile(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return name.toLowerCase(Locale.ROOT).endsWith(".docx")
          ? importDocx(in, file.toString()) : importMarkdown(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private DocMapper.Options options(String source) {
    String hint = null;
    if (source != null) {
      String n = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
      int dot = n.lastIndexOf('.');
      hint = dot > 0 ? n.substring(0, dot) : n;
    }
    TimeParser.DateOrder order = dateOrder == null ? null
        : dateOrder == ImportMapping.DateOrder.DAY_FIRST ? TimeParser.DateOrder.DAY_FIRST
        : TimeParser.DateOrder.MONTH_FIRST;
    return new DocMapper.Options(synonyms, referenceDate, defaultZone, hint, order, mapping);
  }

  /** Builds a {@link PostmortemImporter}. */
  public static final class Builder {
    private SectionSynonyms synonyms = SectionSynonyms.create();
    private LocalDate referenceDate;
    private ZoneId defaultZone;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private ImportMapping.DateOrder dateOrder;
    private ImportMapping mapping = ImportMapping.empty();

    private Builder() {}

    /**
     * How numeric dates such as 03/04/2026 are read; unless set (here or in the mapping), each
     * document decides by its own evidence (a part above 12, dates written out), and an
     * undecided date is read month-first with a diagnostic.
     *
     * @param dateOrder the order, or null to decide by the document
     * @return this builder
     */
    public Builder dateOrder(ImportMapping.DateOrder dateOrder) {
      this.dateOrder = dateOrder;
      return this;
    }

    /**
     * A team's vocabulary: extra section headings, field aliases, status and severity words, and
     * defaults for the date order, zone and reference date (the builder's own settings win).
     *
     * @param mapping the mapping, see {@link ImportMapping}
     * @return this builder
     */
    public Builder mapping(ImportMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * The heading synonyms; {@link SectionSynonyms#create()} unless set.
     *
     * @param synonyms the synonyms
     * @return {@code this}
     */
    public Builder synonyms(SectionSynonyms synonyms) {
      this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
      return this;
    }

    /**
     * The date for times written without one when the document gives none (no per-day heading,
     * no earlier dated row, no document date).
     *
     * @param referenceDate the date, or {@code null} for none
     * @return {@code this}
     */
    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = referenceDate;
      return this;
    }

    /**
     * The zone for times written without one when the document states none; UTC unless set.
     *
     * @param defaultZone the zone, or {@code null} for UTC
     * @return {@code this}
     */
    public Builder defaultZone(ZoneId defaultZone) {
      this.defaultZone = defaultZone;
      return this;
    }

    /**
     * The largest input accepted, in bytes; {@link #DEFAULT_MAX_BYTES} unless set.
     *
     * @param maxBytes the limit, at least 1
     * @return {@code this}
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     */
    public PostmortemImporter build() {
      return new PostmortemImporter(this);
    }
  }
}

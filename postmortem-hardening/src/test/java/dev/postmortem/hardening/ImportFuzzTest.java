package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImportException;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Markdown and Word importers with {@link Fuzz#tries()} mutants per format of
 * post-mortems written in a common template (and of the shared corpus, when present). Every
 * mutant must be imported, or rejected with a {@link PostmortemImportException} that names the
 * file and says where; an imported post-mortem must survive the file format unchanged.
 */
class ImportFuzzTest {
  private static final long BASE_SEED = Long.getLong("postmortem.seed", 20261124L);
  private static final int BATCHES = 10;
  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();
  private static final PostmortemReader READER = PostmortemReader.create();
  private static final List<String> MARKDOWN_TOKENS = List.of(
      "|", " | ", "|---|", "\n", "\n\n", "# ", "## ", "### ", "####### ", "- ", "* ", "1. ", "> ", "```",
      "~~~", "    ", "**", "__", "*", "_", "`", "[", "]", "(", ")", "](", "![", "<", ">", "<!--", "-->",
      "<div>", "</div>", "---", "===", "\\", "&amp;", "&#0;", "2026-10-14 09:14", "09:14", "UTC",
      "+02:00", "Timeline", "## Timeline\n\n| Time | Event |\n|---|---|\n", "## Action items\n\n",
      "Root cause", "Severity: SEV1", "**Owner:** ", "TODO", "[x] ", "http://", "mailto:", "javascript:");
  private static final List<String> XML_TOKENS = List.of(
      "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
      "<w:tc>", "</w:tc>", "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>", "<w:pStyle w:val=\"Heading9\"/>",
      "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", "<w:br/>", "<w:tab/>", "&amp;",
      "&lt;", "&#0;", "&#x1F525;", "&#xD800;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi?>", "\"", "'",
      "xmlns:w=\"urn:x\"", "<w:hyperlink r:id=\"rId9\">", "</w:hyperlink>", "<w:b/>", "w:val=\"",
      "<w:gridSpan w:val=\"99999\"/>", "<w:vMerge/>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>");

  private static final List<byte[]> MARKDOWN = new ArrayList<>();
  private static final List<Map<String, byte[]>> DOCX = new ArrayList<>();

  @BeforeAll
  static void bases() {
    PostmortemGenerator gen = PostmortemGenerator.seeded(BASE_SEED).hostileStrings(true)
        .timelineEvents(3).actionItems(2).causes(2);
    for (int i = 0; i < 16; i++) {
      Postmortem pm = gen.next();
      MARKDOWN.add(Fixtures.markdown(pm).getBytes(StandardCharsets.UTF_8));
      if (i < 8) {
        DOCX.add(Fixtures.unzip(Fixtures.docx(pm)));
      }
    }
    Fixtures.corpusMarkdown().forEach(md -> MARKDOWN.add(md.getBytes(StandardCharsets.UTF_8)));
    for (byte[] md : MARKDOWN) { // warm up, so that class loading is not timed as the first input
      IMPORTER.importMarkdown(new ByteArrayInputStream(md), "warm-up.md");
    }
    for (Map<String, byte[]> docx : DOCX) {
      IMPORTER.importDocx(new ByteArrayInputStream(Fixtures.zip(docx)), "warm-up.docx");
    }
  }

  static Stream<Integer> batches() {
    return IntStream.range(0, BATCHES).boxed();
  }

  @ParameterizedTest(name = "Markdown batch {0}")
  @MethodSource("batches")
  void markdownMutantsAreImportedOrRejectedWithAPosition(int batch) {
    long seed = BASE_SEED + 1000L * batch + 7;
    int count = Math.max(1, Fuzz.tries() / BATCHES);
    Mutator mutator = new Mutator(seed, MARKDOWN_TOKENS);
    Fuzz.Stats stats = new Fuzz.Stats("Markdown batch " + batch);
    for (int i = 0; i < count; i++) {
      byte[] base = MARKDOWN.get(mutator.random().nextInt(MARKDOWN.size()));
      byte[] input = mutator.mutate(base, MARKDOWN.get(mutator.random().nextInt(MARKDOWN.size())));
      boolean check = i % 10 == 0;
      Fuzz.one(stats, seed, i, input, in -> {
        ImportResult r = IMPORTER.importMarkdown(new ByteArrayInputStream(in), "fuzz.md");
        survivesTheFileFormat(r, check);
      }, t -> located(t, "fuzz.md", true));
    }
    System.out.println("[fuzz] " + stats);
    assertThat(stats.inputs).isEqualTo(count);
  }

  @ParameterizedTest(name = "Word batch {0}")
  @MethodSource("batches")
  void docxMutantsAreImportedOrRejectedWithAPosition(int batch) {
    long seed = BASE_SEED + 1000L * batch + 11;
    int count = Math.max(1, Fuzz.tries() / BATCHES);
    Mutator mutator = new Mutator(seed, XML_TOKENS);
    Fuzz.Stats stats = new Fuzz.Stats("Word batch " + batch);
    for (int i = 0; i < count; i++) {
      Map<String, byte[]> base = DOCX.get(mutator.random().nextInt(DOCX.size()));
      byte[] input;
      int kind = mutator.random().nextInt(10);
      if (kind < 3) { // the zip container
        byte[] zip = Fixtures.zip(base);
        input = mutator.mutate(zip, zip);
      } else { // one XML part, zipped again
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(base);
        String part = kind < 9 ? "word/document.xml" : List.copyOf(parts.keySet()).get(mutator.random().nextInt(parts.size()));
        parts.put(part, mutator.mutate(parts.get(part), DOCX.get(mutator.random().nextInt(DOCX.size())).get(part)));
        input = Fixtures.zip(parts);
      }
      boolean check = i % 10 == 0;
      Fuzz.one(stats, seed, i, input, in -> {
        ImportResult r = IMPORTER.importDocx(new ByteArrayInputStream(in), "fuzz.docx");
        survivesTheFileFormat(r, check);
      }, t -> located(t, "fuzz.docx", false));
    }
    System.out.println("[fuzz] " + stats);
    assertThat(stats.inputs).isEqualTo(count);
  }

  private static void survivesTheFileFormat(ImportResult r, boolean check) {
    Postmortem pm = r.postmortem();
    assertThat(pm).isNotNull();
    if (check) {
      String json = PostmortemWriter.create(Format.JSON).toString(pm);
      assertThat(READER.read(json, Format.JSON)).isEqualTo(pm);
    }
  }

  /**
   * The position of a documented exception: the file, and the line for Markdown (Word files
   * have no lines; their errors name the part).
   */
  static String located(Throwable t, String source, boolean lines) {
    if (!(t instanceof PostmortemFormatException)) {
      return null;
    }
    PostmortemFormatException e = (PostmortemFormatException) t;
    if (!e.getMessage().startsWith(source + ":") || e.problem().isBlank()) {
      return "";
    }
    return lines && e.line() <= 0 ? "" : source + ":" + e.line();
  }
}

package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * model → Markdown → import equals the model, and model → DOCX → import equals the model, for the
 * testkit's generated post-mortems, half of them with hostile strings (pipes, backticks, #, *,
 * HTML, newlines, emoji, right-to-left text). Seeds are fixed; a failure names its seed.
 *
 * <p>"Equal" is equality of the canonical JSON after removing what the exported report does not
 * carry, each for a documented reason:
 *
 * <ul>
 *   <li>{@code internal} flags: the internal report shows internal items without marking them;
 *   <li>{@code lifecycle}: the report shows the drafted and published dates without times;
 *   <li>{@code extensions}: the import adds the report's own front matter and facts there;
 *   <li>{@code additionalSections}: the import adds the report's derived sections (key metrics,
 *       charts); every original section must be among them, with its text;
 *   <li>times are compared as instants (the report shows them in one display zone), numbers by
 *       value, tabs as spaces and line breaks in link texts as spaces (the exporter normalises
 *       both, see its MarkdownEscaper);
 *   <li>DOCX only: incident milestones other than the start (the Word report draws them in a
 *       chart image);
 *   <li>narrative fields (summary, detection, trigger, resolution, impact, cause, why and action
 *       texts, lessons, start/stop/continue) hold CommonMark, which the reports render natively:
 *       they are compared by what they say (their rendered text), since a report keeps the
 *       meaning of the markup, not its spelling, and drops unsafe links (link safety).
 * </ul>
 */
class RoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PostmortemImporter importer = PostmortemImporter.create();

  private static Postmortem generated(long seed) {
    return PostmortemGenerator.seeded(seed).timelineEvents(8).hostileStrings(seed % 2 == 0).next();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void markdown(long seed) {
    Postmortem pm = generated(seed);
    String md = MarkdownExporter.create().toString(pm);
    ImportResult r = importer.importMarkdown(md, "roundtrip.md");
    assertThat(project(r.postmortem(), false)).as("seed %d, Markdown:%n%s", seed, md)
        .isEqualTo(project(pm, false));
    assertSectionsKept(pm, r.postmortem(), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void docx(long seed) {
    Postmortem pm = generated(seed);
    byte[] docx = DocxExporter.create().toBytes(pm);
    ImportResult r = importer.importDocx(new ByteArrayInputStream(docx), "roundtrip.docx");
    assertThat(project(r.postmortem(), true)).as("seed %d", seed).isEqualTo(project(pm, true));
    assertSectionsKept(pm, r.postmortem(), seed);
  }

  private static void assertSectionsKept(Postmortem original, Postmortem imported, long seed) {
    for (AdditionalSection s : original.additionalSections()) {
      assertThat(imported.additionalSections()).as("seed %d", seed).anySatisfy(i -> {
        assertThat(i.title()).isEqualTo(s.title().replace('\t', ' '));
        // the exporter re-renders Markdown (escapes may differ): compare what it says
        assertThat(text(i.markdown())).contains(text(s.markdown().replace('\t', ' ')));
      });
    }
  }

  /** The words a CommonMark text says: its text and code literals, without markup or link targets. */
  static String literal(String markdown) {
    return dev.postmortem.importer.roundtrip.ReportFields.words(markdown, false);
  }

  private static String text(String markdown) {
    return TextContentRenderer.builder().build().render(Parser.builder().build().parse(markdown))
        .replaceAll("\\s+", " ").strip();
  }

  static JsonNode project(Postmortem pm, boolean docx) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(PostmortemWriter.create(Format.JSON).toString(pm));
      root.remove(List.of("lifecycle", "extensions", "additionalSections", "internalFields"));
      if (docx && root.has("incident")) {
        JsonNode started = root.get("incident").get("started");
        ObjectNode incident = root.putObject("incident");
        if (started != null) {
          incident.set("started", started);
        }
      }
      narrative(root);
      normalize(root, null);
      return root;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Set<String> LINK_TEXTS = Set.of("title");

  /** The fields that hold CommonMark, by their JSON pointer with {@code *} for any index. */
  private static final List<String> NARRATIVE = List.of("/summary", "/detection", "/trigger",
      "/resolution", "/impact/description", "/causes/*/description", "/causes/*/justification",
      "/fiveWhys/*/steps/*/answer", "/lessonsLearned/wentWell/*", "/lessonsLearned/wentWrong/*",
      "/lessonsLearned/gotLucky/*", "/lessonsLearned/nearMisses/*", "/startStopContinue/start/*",
      "/startStopContinue/stop/*", "/startStopContinue/continue/*", "/actionItems/*/description");

  private static void narrative(ObjectNode root) {
    for (String path : NARRATIVE) {
      narrative(root, path.substring(1).split("/"), 0);
    }
  }

  private static void narrative(JsonNode n, String[] path, int i) {
    if (n == null || i >= path.length) {
      return;
    }
    String key = path[i];
    boolean last = i == path.length - 1;
    if (key.equals("*") && n instanceof ArrayNode a) {
      for (int k = 0; k < a.size(); k++) {
        if (last && a.get(k).isTextual()) {
          a.set(k, TextNode.valueOf(literal(a.get(k).asText().replace('\t', ' '))));
        } else {
          narrative(a.get(k), path, i + 1);
        }
      }
    } else if (n instanceof ObjectNode o && o.has(key)) {
      if (last && o.get(key).isTextual()) {
        o.put(key, literal(o.get(key).asText().replace('\t', ' ')));
      } else {
        narrative(o.get(key), path, i + 1);
      }
    }
  }

  private static JsonNode normalize(JsonNode n, String field) {
    if (n instanceof ObjectNode o) {
      o.remove("internal");
      for (var e : List.copyOf(o.properties())) {
        o.set(e.getKey(), normalize(e.getValue(), e.getKey()));
      }
      return o;
    }
    if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, normalize(a.get(i), field));
      }
      return a;
    }
    if (n.isNumber()) {
      return TextNode.valueOf(n.decimalValue().stripTrailingZeros().toPlainString());
    }
    if (n.isTextual()) {
      String t = n.asText().replace('\t', ' ');
      if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*")) {
        try {
          return TextNode.valueOf(OffsetDateTime.parse(t).toInstant().toString());
        } catch (RuntimeException e) {
          return TextNode.valueOf(t);
        }
      }
      return TextNode.valueOf(LINK_TEXTS.contains(field) ? t.replace('\n', ' ') : t);
    }
    return n;
  }
}

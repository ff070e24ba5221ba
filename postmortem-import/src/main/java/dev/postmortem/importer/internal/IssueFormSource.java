package dev.postmortem.importer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Heading;
import dev.postmortem.importer.internal.Blocks.Html;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GitHub issue form (YAML with {@code name}, {@code title} and a {@code body} of inputs)
 * into the intermediate {@link Doc}: the title becomes the title, each input a section named by
 * its label, its value (when filled) the section's text. A trailing HTML comment, which GitHub
 * tolerates but YAML does not, is kept as raw HTML.
 */
public final class IssueFormSource {
  private static final YAMLMapper YAML = new YAMLMapper();

  private IssueFormSource() {}

  /** The document, or {@code null} when {@code text} is not an issue form. */
  public static Doc parse(String text, String source) {
    String yaml = text;
    String trailing = null;
    int trailingLine = 0;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("<!--")) {
        yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i));
        trailing = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
        trailingLine = i + 1;
        break;
      }
    }
    // over-long lines refused before SnakeYAML sees them (time with the square of their length)
    MarkdownSource.checkYamlLines(lines, 0, lines.length, source);
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (Exception e) {
      return null;
    }
    if (root == null || !root.isObject() || !root.path("body").isArray()) {
      return null;
    }
    List<Block> blocks = new ArrayList<>();
    String title = root.path("title").asText(root.path("name").asText(""));
    blocks.add(new Heading(1, inline(title), lineOf(lines, "title:"), 1, "# " + title));
    String fm = "issueForm: " + root.path("name").asText("") + "\ndescription: " + root.path("description").asText("");
    for (JsonNode item : root.path("body")) {
      String type = item.path("type").asText("");
      JsonNode attrs = item.path("attributes");
      String id = item.path("id").asText("");
      int line = id.isEmpty() ? 1 : lineOf(lines, "id: " + id);
      if (type.equals("markdown")) {
        String v = attrs.path("value").asText("").strip();
        if (!v.isEmpty()) {
          blocks.add(new Blocks.Quote(List.of(), line, 1, "> " + v.replace("\n", "\n> ")));
        }
        continue;
      }
      String label = attrs.path("label").asText("").strip();
      if (label.isEmpty()) {
        label = id.isEmpty() ? type : id;
      }
      blocks.add(new Heading(2, inline(label), line, 1, "## " + label));
      String value = attrs.path("value").asText("").strip();
      if (!value.isEmpty()) {
        blocks.add(new Para(inline(value), List.of(new TextLine(inline(value), line)), line, 1, value));
      }
    }
    if (trailing != null) {
      blocks.add(new Html(trailing, trailingLine, 1, trailing));
    }
    return new Doc(source, fm, "yaml", 1, blocks);
  }

  private static Inline inline(String s) {
    return new Inline(s, null, List.of());
  }

  private static int lineOf(String[] lines, String prefix) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith(prefix)) {
        return i + 1;
      }
    }
    return 1;
  }
}

package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer's options on the command line: --zone, --date-order, --reference-date, --mapping
 * and --lenient, on convert, validate and render; every assumption names the flag that overrides it.
 */
class ImportOptionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String MARKDOWN = String.join("\n",
      "# Queue backlog",
      "",
      "## Timeline",
      "",
      "| Time | Event |",
      "| --- | --- |",
      "| 03/04/2026 10:02 | consumer lag alert fires |",
      "| 03/04/2026 10:15 | on-call restarts the consumer group |",
      "",
      "## Hausaufgaben",
      "",
      "| Aktion | Verantwortlich | Stand |",
      "| --- | --- | --- |",
      "| Alert on consumer lag per partition | payments-team | erledigt |",
      "");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private JsonNode convert(String... extra) throws IOException {
    Path md = write("backlog.md", MARKDOWN);
    String[] args = new String[extra.length + 4];
    args[0] = "convert";
    args[1] = md.toString();
    args[2] = "--to";
    args[3] = "json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return MAPPER.readTree(r.out());
  }

  @Test
  void assumptionsNameTheFlagThatOverridesThem() throws IOException {
    Path md = write("backlog.md", MARKDOWN);
    Cli.Result r = Cli.run("convert", md.toString(), "--to", "json");
    assertThat(r.err()).contains("--date-order").contains("--zone");
    assertThat(r.err()).containsPattern("backlog\\.md:7: .*--date-order");
  }

  @Test
  void zoneAndDateOrderChangeTheTimes() throws IOException {
    JsonNode monthFirst = convert();
    assertThat(monthFirst.at("/timeline/0/at").asText()).startsWith("2026-03-04T10:02");
    JsonNode dayFirst = convert("--date-order", "day-first", "--zone", "+02:00");
    assertThat(dayFirst.at("/timeline/0/at").asText()).isEqualTo("2026-04-03T10:02:00+02:00");
  }

  @Test
  void aMappingFileNamesSectionsFieldsAndStatusWords() throws IOException {
    Path mapping = write("mapping.yaml", String.join("\n",
        "sections:",
        "  action-items: [Hausaufgaben]",
        "fields:",
        "  action: [Aktion]",
        "  owner: [Verantwortlich]",
        "  status: [Stand]",
        "statuses:",
        "  done: [erledigt]",
        "dateOrder: day-first",
        "zone: Europe/Berlin",
        ""));
    JsonNode pm = convert("--mapping", mapping.toString());
    assertThat(pm.at("/actionItems/0/title").asText()).isEqualTo("Alert on consumer lag per partition");
    assertThat(pm.at("/actionItems/0/owner").asText()).isEqualTo("payments-team");
    assertThat(pm.at("/actionItems/0/status").asText()).isEqualTo("done");
    assertThat(pm.at("/timeline/0/at").asText()).isEqualTo("2026-04-03T10:02:00+02:00");
  }

  @Test
  void aBadMappingIsAOneLineErrorWithItsLine() throws IOException {
    Path md = write("backlog.md", MARKDOWN);
    Path mapping = write("mapping.yaml", "sections:\n  no-such-kind: [X]\n");
    Cli.Result r = Cli.run("convert", md.toString(), "--to", "json", "--mapping", mapping.toString());
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("--mapping").contains("no-such-kind").contains("2");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void badFlagValuesAreOneLineErrors() throws IOException {
    Path md = write("backlog.md", MARKDOWN);
    assertThat(Cli.run("convert", md.toString(), "--to", "json", "--date-order", "sideways").err())
        .contains("--date-order");
    assertThat(Cli.run("validate", md.toString(), "--zone", "Mars/Olympus").err()).contains("--zone");
    assertThat(Cli.run("render", md.toString(), "--out", dir.toString(), "--reference-date", "soon").err())
        .contains("--reference-date");
  }

  @Test
  void lenientKeepsUnknownPropertiesOfJson() throws IOException {
    Path json = write("pm.json", "{\"schemaVersion\": 1, \"id\": \"PM-1\", \"title\": \"T\", \"mood\": \"calm\"}");
    assertThat(Cli.run("convert", json.toString(), "--to", "json").exitCode()).isNotZero();
    Cli.Result r = Cli.run("convert", json.toString(), "--to", "json", "--lenient");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("calm");
  }
}

package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Severity;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A team's vocabulary: sections, field aliases, status and severity words, defaults. */
class ImportMappingTest {
  private static final String MAPPING = String.join("\n",
      "sections:",
      "  root-causes: [Warum es brach]",
      "  action-items: Hausaufgaben",
      "fields:",
      "  severity: [Schweregrad]",
      "  owner: [DRI]",
      "statuses:",
      "  wont-do: [verworfen]",
      "severities:",
      "  sev1: [kritisch]",
      "dateOrder: Day-First",
      "zone: Europe/Berlin",
      "referenceDate: 2026-03-04",
      "");

  @Test
  void readsEveryKey() {
    ImportMapping m = ImportMapping.parse(MAPPING, "mapping.yaml");
    assertThat(m.sections()).containsEntry(SectionKind.ACTION_ITEMS, java.util.List.of("Hausaufgaben"));
    assertThat(m.fieldAliases()).containsEntry("schweregrad", "severity").containsEntry("dri", "owner");
    assertThat(m.statusWords()).containsEntry("verworfen", ActionStatus.WONT_DO);
    assertThat(m.severityWords()).containsEntry("kritisch", Severity.SEV1);
    assertThat(m.dateOrder()).isEqualTo(ImportMapping.DateOrder.DAY_FIRST);
    assertThat(m.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(m.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void theImporterUsesTheWords() {
    PostmortemImporter importer = PostmortemImporter.builder()
        .mapping(ImportMapping.parse(MAPPING, "mapping.yaml")).build();
    Postmortem pm = importer.importMarkdown(String.join("\n",
        "# Queue backlog",
        "",
        "- **Schweregrad:** kritisch",
        "",
        "## Warum es brach",
        "",
        "- The consumer had one worker.",
        "",
        "## Hausaufgaben",
        "",
        "| Action | DRI | Status |",
        "| --- | --- | --- |",
        "| Scale the consumer | ana | verworfen |",
        ""), "backlog.md").postmortem();
    assertThat(pm.severity()).contains(Severity.SEV1);
    assertThat(pm.causes()).hasSize(1);
    assertThat(pm.actionItems()).singleElement().satisfies(a -> {
      assertThat(a.owner()).contains("ana");
      assertThat(a.status()).isEqualTo(ActionStatus.WONT_DO);
    });
  }

  @Test
  void theBuildersOwnSettingsWinOverTheMapping() {
    String md = "# Backlog\n\n## Timeline\n\n- 03/04/2026 10:02 alert fires\n";
    Postmortem dayFirst = PostmortemImporter.builder().mapping(ImportMapping.parse(MAPPING, "m.yaml"))
        .build().importMarkdown(md, "b.md").postmortem();
    assertThat(dayFirst.timeline().get(0).at().get().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    Postmortem monthFirst = PostmortemImporter.builder().mapping(ImportMapping.parse(MAPPING, "m.yaml"))
        .dateOrder(ImportMapping.DateOrder.MONTH_FIRST).build().importMarkdown(md, "b.md").postmortem();
    assertThat(monthFirst.timeline().get(0).at().get().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(monthFirst.timeline().get(0).at().get().getOffset().getTotalSeconds()).isEqualTo(3600);
  }

  @Test
  void errorsNameTheLineAndTheKey() {
    assertThatThrownBy(() -> ImportMapping.parse("sections:\n  roots: [X]\n", "m.yaml"))
        .isInstanceOf(PostmortemImportException.class)
        .satisfies(e -> assertThat(((PostmortemImportException) e).line()).isEqualTo(2))
        .hasMessageContaining("roots");
    assertThatThrownBy(() -> ImportMapping.parse("colour: blue\n", "m.yaml"))
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(() -> ImportMapping.parse("zone: Mars/Olympus\n", "m.yaml"))
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> ImportMapping.parse("dateOrder: sideways\n", "m.yaml"))
        .hasMessageContaining("day-first or month-first");
    assertThatThrownBy(() -> ImportMapping.parse("sections: [\n", "m.yaml"))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void anEmptyMappingChangesNothing() {
    assertThat(ImportMapping.parse("", "m.yaml").rewritesWords()).isFalse();
    assertThat(ImportMapping.parse("# nothing\n", "m.yaml").sections()).isEmpty();
  }
}

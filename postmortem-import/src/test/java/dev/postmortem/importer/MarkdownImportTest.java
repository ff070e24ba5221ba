package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own fixtures, one per style: SRE book, Kehoe, Portuguese, Japanese, free-form with TOML. */
class MarkdownImportTest {
  static ImportResult fixture(String name) {
    try (InputStream in = MarkdownImportTest.class.getResourceAsStream("/fixtures/" + name)) {
      return PostmortemImporter.create().importMarkdown(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OffsetDateTime t(String iso) {
    return OffsetDateTime.parse(iso);
  }

  @Test
  void sreBookTemplate() {
    ImportResult r = fixture("sre-book.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.title()).isEqualTo("Search Autocomplete Outage Postmortem (incident #812)");
    assertThat(pm.authors()).containsExactly("alice", "bob");
    assertThat(pm.status()).isEqualTo(Status.PUBLISHED);
    assertThat(pm.summary().orElseThrow()).contains("41 minutes");
    assertThat(pm.trigger()).contains("Config push #4411.");
    assertThat(pm.detection()).get().asString().startsWith("Prober alert");
    assertThat(pm.causes()).hasSize(2).allMatch(c -> c.rootCause());
    assertThat(pm.timeline()).extracting(TimelineEvent::at).containsExactly(
        java.util.Optional.of(t("2026-03-04T14:02Z")), java.util.Optional.of(t("2026-03-04T14:04Z")),
        java.util.Optional.of(t("2026-03-04T14:20Z")), java.util.Optional.of(t("2026-03-04T14:43Z")));
    assertThat(pm.incident().started()).contains(t("2026-03-04T14:02Z"));
    assertThat(pm.incident().resolved()).contains(t("2026-03-04T14:43Z"));
    List<ActionItem> ai = pm.actionItems();
    assertThat(ai).extracting(ActionItem::title).containsExactly(
        "Add EU shards to the canary", "Alert on missing shard maps", "Document the config rollback");
    assertThat(ai).extracting(ActionItem::status).containsExactly(
        ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.IN_PROGRESS);
    assertThat(ai.get(0).type()).contains(ActionType.PREVENT);
    assertThat(ai.get(0).owner()).contains("carol");
    assertThat(ai.get(0).ticket()).contains("https://bugs.example.com/101");
    assertThat(pm.lessonsLearned().wentWell()).hasSize(1);
    assertThat(pm.lessonsLearned().wentWrong()).hasSize(1);
    assertThat(pm.lessonsLearned().gotLucky()).containsExactly("Traffic was at its daily low.");
    assertThat(pm.links()).extracting(l -> l.url()).containsExactly(
        "https://dash.example.com/autocomplete", "https://git.example.com/config/4411");
    // the status was a guess, and it says where
    assertThat(r.diagnostics(Kind.GUESSED_VALUE)).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(10);
      assertThat(d.pointer()).isEqualTo("/status");
    });
    // positions for validators: the third timeline row, the second action row
    assertThat(r.document().positions().exact("/timeline/2").orElseThrow().line()).isEqualTo(58);
    assertThat(r.document().positions().exact("/actionItems/1").orElseThrow().line()).isEqualTo(36);
    assertThat(r.document().positions().exact("/title").orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void portugueseWithYamlFrontMatterDayFirstDatesAndChecklist() {
    ImportResult r = fixture("portuguese.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.id()).isEqualTo("PM-2026-031");
    assertThat(pm.title()).isEqualTo("Falha no pagamento por Pix");
    assertThat(pm.severity()).contains(Severity.SEV2);
    assertThat(pm.status()).isEqualTo(Status.IN_REVIEW);
    assertThat(pm.authors()).containsExactly("joana", "rafael");
    assertThat(pm.extensions()).containsKey("frontMatter/squad");
    // 13/03/2026 is day-first; BRT stated once; the date carries to later rows
    assertThat(pm.timeline()).hasSize(4);
    assertThat(pm.timeline().get(0).at()).contains(t("2026-03-13T14:02-03:00"));
    assertThat(pm.timeline().get(2).at()).contains(t("2026-03-13T14:20-03:00"));
    assertThat(pm.timeline().get(3).approximate()).isTrue();
    assertThat(pm.timeline().get(3).at()).contains(t("2026-03-13T14:27-03:00"));
    assertThat(pm.causes()).extracting(c -> c.rootCause()).containsExactly(true, false);
    assertThat(pm.actionItems()).hasSize(2);
    ActionItem load = pm.actionItems().get(0);
    assertThat(load.title()).isEqualTo("Adicionar teste de carga para o provedor Pix");
    assertThat(load.owner()).contains("@rafael");
    assertThat(load.due()).contains(LocalDate.of(2026, 4, 15));
    assertThat(load.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(pm.actionItems().get(1).status()).isEqualTo(ActionStatus.DONE);
    assertThat(pm.actionItems().get(1).owner()).contains("joana");
    assertThat(pm.fiveWhys()).hasSize(1);
    assertThat(pm.fiveWhys().get(0).steps()).hasSize(2);
    assertThat(pm.fiveWhys().get(0).steps().get(1).answer()).contains("Porque o timeout não era aplicado.");
    assertThat(pm.lessonsLearned().wentWrong()).containsExactly("O rollback exigiu aprovação manual.");
  }

  @Test
  void japaneseMetadataTableApproximateAndUnknownTimes() {
    ImportResult r = fixture("japanese.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.id()).isEqualTo("PM-2026-040");
    assertThat(pm.severity()).contains(Severity.SEV2);
    assertThat(pm.authors()).containsExactly("検索チーム");
    assertThat(pm.extensions()).containsEntry("metadata/関連チケット",
        com.fasterxml.jackson.databind.node.TextNode.valueOf("SRCH-77"));
    assertThat(pm.summary().orElseThrow()).contains("30 秒");
    List<TimelineEvent> tl = pm.timeline();
    assertThat(tl).hasSize(4);
    assertThat(tl.get(0).approximate()).isTrue();
    assertThat(tl.get(0).at()).contains(t("2026-04-02T09:58+09:00"));
    assertThat(tl.get(2).at()).isEmpty();
    assertThat(tl.get(2).timeText()).contains("時刻不明");
    assertThat(r.diagnostics(Kind.UNPARSEABLE_TIME)).extracting(ImportDiagnostic::line)
        .containsExactly(21, 36);
    assertThat(pm.fiveWhys().get(0).steps()).hasSize(2);
    assertThat(pm.actionItems()).extracting(ActionItem::id).containsExactly("A-1", "A-2");
    assertThat(pm.actionItems().get(0).due()).contains(LocalDate.of(2026, 4, 20));
    assertThat(pm.actionItems().get(1).description()).contains("期限: 未定");
  }

  @Test
  void freeFormWithTomlBoldKeysPerDayHeadingsAndTwelveHourClock() {
    ImportResult r = fixture("freeform.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.title()).isEqualTo("Queue backlog after DNS change");
    assertThat(pm.severity()).contains(Severity.SEV3);
    assertThat(pm.participants()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Priya");
      assertThat(p.roles()).containsExactly(Role.INCIDENT_COMMANDER);
    });
    assertThat(pm.extensions()).containsKeys("metadata/Tracking", "frontMatter/extra");
    assertThat(pm.summary().orElseThrow()).contains("job queue backed up");
    List<TimelineEvent> tl = pm.timeline();
    assertThat(tl).hasSize(5);
    assertThat(tl.get(0).at()).contains(t("2026-05-01T23:50-04:00"));
    assertThat(tl.get(2).at()).contains(t("2026-05-02T00:10-04:00"));
    assertThat(tl.get(3).approximate()).isTrue();
    assertThat(tl.get(4).timeText()).contains("later that morning");
    assertThat(tl.get(4).description()).isEqualTo("backlog drained");
    assertThat(pm.actionItems()).hasSize(2);
    assertThat(pm.actionItems().get(0).owner()).contains("@sam");
    assertThat(pm.actionItems().get(0).due()).contains(LocalDate.of(2026, 5, 20));
    assertThat(pm.actionItems().get(0).title()).isEqualTo("Pin the resolver cache TTL");
    assertThat(pm.actionItems().get(1).priority()).contains(Priority.P1);
    assertThat(pm.actionItems().get(1).owner()).contains("@lee");
    assertThat(pm.additionalSections()).anySatisfy(s -> {
      assertThat(s.title()).isEqualTo("Coffee corner");
      assertThat(s.markdown()).isEqualTo("We should buy a better espresso machine.");
    });
    assertThat(r.diagnostics(Kind.UNMAPPED_SECTION)).anySatisfy(d -> assertThat(d.line()).isEqualTo(33));
  }

  @Test
  void kehoeTemplateTables() {
    Postmortem pm = fixture("kehoe.md").postmortem();
    assertThat(pm.id()).isEqualTo("INC-2207");
    assertThat(pm.severity()).contains(Severity.SEV2);
    assertThat(pm.participants()).extracting(p -> p.roles().get(0))
        .containsExactly(Role.INCIDENT_COMMANDER, Role.SCRIBE);
    assertThat(pm.timeline()).extracting(e -> e.actor().orElse("")).containsExactly("Deploy bot", "Mina");
    assertThat(pm.timeline().get(0).at()).contains(t("2026-02-10T08:15+01:00"));
    assertThat(pm.causes()).singleElement().satisfies(c -> assertThat(c.description()).contains("warm-up"));
    ActionItem a = pm.actionItems().get(0);
    assertThat(a.type()).contains(ActionType.PREVENT);
    assertThat(a.priority()).contains(Priority.P1);
    assertThat(a.ticket()).contains("CHK-12");
    assertThat(a.due()).contains(LocalDate.of(2026, 3, 1));
    assertThat(pm.extensions()).containsKeys("metadata/War-room Required", "metadata/Chaos Eng Preventable");
  }

  @Test
  void crossingMidnightAmbiguousDatesAndOptions() {
    String md = """
        # Night deploy

        ## Timeline

        - 03/04/2026 23:40 Deploy starts
        - 23:55 Errors climb
        - 00:20 Rollback done
        - 00:10 Late page acknowledged
        """;
    ImportResult r = PostmortemImporter.builder().defaultZone(ZoneId.of("Europe/Berlin")).build()
        .importMarkdown(md, "night.md");
    List<TimelineEvent> tl = r.postmortem().timeline();
    // no evidence either way: 03/04 is read month-first, and reported as ambiguous
    assertThat(tl.get(0).at()).contains(t("2026-03-04T23:40+01:00"));
    assertThat(r.diagnostics(Kind.AMBIGUOUS_DATE)).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(5));
    assertThat(tl.get(2).at()).contains(t("2026-03-05T00:20+01:00"));
    assertThat(r.diagnostics(Kind.CROSSED_MIDNIGHT)).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(7));
    assertThat(tl.get(3).at()).contains(t("2026-03-05T00:10+01:00"));
    assertThat(r.diagnostics(Kind.OUT_OF_ORDER)).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(8));
    assertThat(r.diagnostics(Kind.ASSUMED_ZONE)).isNotEmpty();

    // evidence elsewhere in the document (25/04/2026) makes it day-first
    ImportResult dayFirst = PostmortemImporter.create().importMarkdown(
        md + "\nReviewed on 25/04/2026.\n", "night.md");
    assertThat(dayFirst.postmortem().timeline().get(0).at()).contains(t("2026-04-03T23:40Z"));

    // times without any date: the reference date places them
    String noDate = "# X\n\n## Timeline\n\n- 14:02 UTC - Pager fired\n- 2:30 PM - Fixed\n";
    assertThat(PostmortemImporter.create().importMarkdown(noDate, null).postmortem().timeline())
        .allSatisfy(e -> assertThat(e.at()).isEmpty());
    ImportResult ref = PostmortemImporter.builder().referenceDate(LocalDate.of(2026, 1, 2)).build()
        .importMarkdown(noDate, null);
    assertThat(ref.postmortem().timeline()).extracting(e -> e.at().orElseThrow())
        .containsExactly(t("2026-01-02T14:02Z"), t("2026-01-02T14:30Z"));
    assertThat(ref.diagnostics(Kind.ASSUMED_DATE)).isNotEmpty();
  }

  @Test
  void boldLabelsPseudoHeadingsAndNothingLost() {
    String md = """
        # Cache stampede

        **Root cause:** A TTL of zero on the hot key.

        Timeline

        - 2026-06-01T10:00:00+02:00 Cache flushed
        - 2026-06-01 10:05 +02:00 Stampede

        <details>raw html survives</details>

        ## Retrospective notes

        | a | b |
        |---|---|
        | 1 | 2 |
        """;
    ImportResult r = PostmortemImporter.create().importMarkdown(md, "x.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.causes()).singleElement()
        .satisfies(c -> assertThat(c.description()).isEqualTo("A TTL of zero on the hot key."));
    assertThat(pm.timeline()).hasSize(2);
    assertThat(pm.timeline().get(1).at()).contains(t("2026-06-01T10:05+02:00"));
    assertThat(pm.additionalSections()).extracting(s -> s.markdown())
        .anySatisfy(m -> assertThat(m).contains("<details>raw html survives</details>"))
        .anySatisfy(m -> assertThat(m).contains("| 1 | 2 |"));
  }

  @Test
  void customSynonyms() {
    String md = "# T\n\n## Warum es passierte\n\nDer Pool war leer.\n";
    assertThat(PostmortemImporter.create().importMarkdown(md, null).postmortem().causes()).isEmpty();
    SectionSynonyms syn = SectionSynonyms.create().with(SectionKind.ROOT_CAUSES, "Warum es passierte");
    Postmortem pm = PostmortemImporter.builder().synonyms(syn).build().importMarkdown(md, null).postmortem();
    assertThat(pm.causes()).singleElement()
        .satisfies(c -> assertThat(c.description()).isEqualTo("Der Pool war leer."));
  }

  @Test
  void reportStyleTablesWithIdsRolesEdgesAndDetails() {
    ImportResult r = fixture("report-tables.md");
    Postmortem pm = r.postmortem();
    assertThat(pm.id()).isEqualTo("PM-77");
    assertThat(pm.tags()).containsExactly("cache", "redis");
    assertThat(pm.objectives()).containsExactly("Learn why the limit change was not caught.");
    // the zone is stated once for the whole document, after the metadata that needs it
    assertThat(pm.incident().started()).contains(t("2026-03-02T10:00+01:00"));
    assertThat(pm.incident().resolved()).contains(t("2026-03-02T11:30+01:00"));
    assertThat(pm.impact().orElseThrow().customerFacing()).contains(true);
    assertThat(pm.impact().orElseThrow().affectedServices()).containsExactly("web", "api");
    assertThat(pm.impact().orElseThrow().quantities()).extracting(q -> q.value().toPlainString(),
        q -> q.unit().orElse(""), q -> q.estimated())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("33", "%", false),
            org.assertj.core.groups.Tuple.tuple("1204", "tickets", true));
    TimelineEvent first = pm.timeline().get(0);
    assertThat(first.at()).contains(t("2026-03-02T10:00+01:00"));
    assertThat(first.inflectionPoint()).isTrue();
    assertThat(first.keyEvent()).isTrue();
    assertThat(first.description()).isEqualTo("Memory limit lowered to 2 GB.");
    assertThat(first.source()).contains("Deploy log");
    assertThat(first.evidence()).containsExactly("E1");
    assertThat(first.knownAtTheTime()).contains("Looked like a clean-up.");
    assertThat(pm.timeline().get(1).approximate()).isTrue();
    assertThat(pm.timeline().get(1).kind()).isEqualTo(dev.postmortem.model.EventKind.ALERT);
    assertThat(pm.causes()).extracting(c -> c.id(), c -> c.rootCause(), c -> c.ledTo())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", true, List.of("C2")),
            org.assertj.core.groups.Tuple.tuple("C2", false, List.of()));
    assertThat(pm.causes().get(0).evidence()).containsExactly("E1");
    assertThat(pm.fiveWhys()).singleElement().satisfies(w -> {
      assertThat(w.id()).contains("W1");
      assertThat(w.problem()).isEqualTo("Pages were slow.");
      assertThat(w.rootCause()).contains("C1");
      assertThat(w.steps().get(0).cause()).contains("C2");
      assertThat(w.steps().get(0).evidence()).containsExactly("E1");
      assertThat(w.steps().get(1).answer()).contains("The memory limit was too low.");
    });
    assertThat(pm.startStopContinue().stop()).containsExactly("Merging limit changes on Fridays");
    assertThat(pm.actionItems()).singleElement().satisfies(a -> {
      assertThat(a.addresses()).containsExactly("C1");
      assertThat(a.status()).isEqualTo(ActionStatus.WONT_DO);
      assertThat(a.rationale()).contains("Limits move to autoscaling.");
      assertThat(a.revisitOn()).contains(LocalDate.of(2026, 6, 1));
    });
    assertThat(pm.participants()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Mia Chen");
      assertThat(p.handle()).contains("mia");
      assertThat(p.email()).contains("mia@example.com");
      assertThat(p.roles()).containsExactly(Role.INCIDENT_COMMANDER);
      assertThat(p.team()).contains("cache");
    });
    assertThat(pm.evidence()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(dev.postmortem.model.EvidenceKind.LOG);
      assertThat(e.link()).contains("https://logs.example.com/4411");
    });
  }
}

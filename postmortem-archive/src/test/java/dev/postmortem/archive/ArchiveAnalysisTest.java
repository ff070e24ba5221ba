package dev.postmortem.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.archive.ArchiveReport.ActionItemEntry;
import dev.postmortem.archive.ArchiveReport.Problem;
import dev.postmortem.archive.ArchiveReport.ProblemKind;
import dev.postmortem.archive.ArchiveReport.Theme;
import dev.postmortem.archive.ArchiveReport.ThemeMember;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ArchiveGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveAnalysisTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static ArchiveGenerator.Archive generated;
  static ArchiveReport report;
  @TempDir static Path dir;

  @BeforeAll
  static void analyse() throws IOException {
    generated = ArchiveGenerator.seeded(18).postmortems(300).asOf(AS_OF).generate();
    write(dir, generated.postmortems());
    Files.writeString(dir.resolve("README.md"), "# Our post-mortems\n\nThis folder holds the"
        + " post-mortems of the team. Copy the template to start one.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("broken.yaml"), "id: PM-X\ntitle: [unclosed\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/wip.yaml"), "not: a post-mortem\n", StandardCharsets.UTF_8);
    Postmortem dup = Postmortem.copyOf(generated.postmortems().get(0)).withTitle("A copy");
    Files.writeString(dir.resolve("zz-copy.yaml"), PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(dup));
    report = Archive.builder().asOf(AS_OF).exclude("drafts/**").build().analyse(List.of(dir));
  }

  static void write(Path dir, List<Postmortem> pms) throws IOException {
    for (Postmortem pm : pms) {
      Files.writeString(dir.resolve(pm.id() + ".yaml"), PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(pm));
    }
  }

  @Test
  void aPathThatDoesNotExistIsAnUncheckedErrorNamingIt() {
    Path missing = dir.resolve("no-such-folder");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Archive.builder().build().analyse(List.of(missing)))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("no-such-folder");
  }

  @Test
  void inventoryCountsEveryPostmortemAndListsTheProblems() {
    assertThat(report.inventory().total()).isEqualTo(301);
    assertThat(report.inventory().bySeverity().values().stream().mapToInt(i -> i).sum())
        .isEqualTo(301);
    assertThat(report.problems()).extracting(Problem::kind, p -> Path.of(p.file()).getFileName()
        .toString()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemKind.DUPLICATE_ID, "PM-00001.yaml"),
            org.assertj.core.groups.Tuple.tuple(ProblemKind.SKIPPED, "README.md"),
            org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE, "broken.yaml"),
            org.assertj.core.groups.Tuple.tuple(ProblemKind.DUPLICATE_ID, "zz-copy.yaml"));
    assertThat(report.problems().get(2).message()).contains("broken.yaml:2:");
  }

  @Test
  void findsExactlyThePlantedOverdueItems() {
    SortedSet<String> overdue = report.backlog().pending().stream().filter(ActionItemEntry::overdue)
        .filter(e -> !e.title().equals("A copy"))
        .map(e -> e.postmortem() + "/" + e.id()).collect(Collectors.toCollection(TreeSet::new));
    // the duplicate of PM-00001 carries the same items
    assertThat(overdue).isEqualTo(generated.planted().overdueItems());
    assertThat(report.backlog().pending()).allSatisfy(e -> {
      if (e.overdue()) {
        assertThat(e.daysOverdue()).isEqualTo(AS_OF.toEpochDay() - e.due().orElseThrow().toEpochDay());
      }
    });
    assertThat(report.backlog().revisitDue()).extracting(e -> e.postmortem() + "/" + e.id())
        .containsExactlyInAnyOrderElementsOf(withDuplicate(generated.planted().revisitDue()));
    assertThat(report.backlog().unverified()).extracting(e -> e.postmortem() + "/" + e.id())
        .containsExactlyInAnyOrderElementsOf(withDuplicate(generated.planted().unverified()));
    assertThat(report.backlog().byTeam()).extracting(ArchiveReport.Group::name)
        .doesNotContain("(none)");
  }

  private static List<String> withDuplicate(Set<String> planted) {
    List<String> out = new java.util.ArrayList<>(planted);
    planted.stream().filter(s -> s.startsWith("PM-00001/")).forEach(out::add);
    return out;
  }

  @Test
  void agendaIsExactlyThePostmortemsWithAMissedReview() {
    Set<String> due = report.agenda().stream().map(ArchiveReport.ReviewDue::postmortem)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(due).isEqualTo(generated.planted().dueReviews());
    assertThat(report.agenda()).allSatisfy(r -> {
      assertThat(r.openItems()).isNotEmpty();
      assertThat(r.due()).isBeforeOrEqualTo(AS_OF);
      assertThat(r.lastReview()).isPresent();
    });
  }

  @Test
  void findsExactlyThePlantedThemes() {
    Set<Set<String>> found = new HashSet<>();
    for (Theme t : report.patterns().themes()) {
      found.add(Set.copyOf(t.postmortems()));
      for (ThemeMember m : t.causes()) {
        assertThat(m.sharedTerms()).isNotEmpty();
        assertThat(m.similarity()).isGreaterThanOrEqualTo(0.3);
      }
    }
    Set<Set<String>> planted = new HashSet<>();
    generated.planted().themes().values().forEach(v -> planted.add(Set.copyOf(v)));
    assertThat(found).isEqualTo(planted);
    Set<String> causes = report.patterns().themes().stream().flatMap(t -> t.causes().stream())
        .map(m -> m.postmortem() + "/" + m.id()).collect(Collectors.toSet());
    Set<String> plantedCauses = generated.planted().themeCauses().values().stream()
        .flatMap(Set::stream).collect(Collectors.toSet());
    assertThat(causes).isEqualTo(plantedCauses);
    // seen-before: every member but the earliest links back to the earlier ones
    int links = report.patterns().themes().stream().mapToInt(t -> t.postmortems().size() - 1).sum();
    assertThat(report.patterns().seenBefore()).hasSize(links);
  }

  @Test
  void detectionGapsAreTheCustomerReportedIncidents() {
    Set<String> planted = new TreeSet<>(generated.planted().customerDetected());
    assertThat(Set.copyOf(report.patterns().detection().byCustomers())).isEqualTo(planted);
    assertThat(Set.copyOf(report.patterns().detection().notByAlert())).isEqualTo(planted);
  }

  @Test
  void metricsHaveMedianAndP90BySeverityAndQuarter() {
    assertThat(report.metrics().bySeverity()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.count()).isPositive();
      assertThat(s.median().orElseThrow()).isLessThanOrEqualTo(s.p90().orElseThrow());
    });
    assertThat(report.metrics().byQuarter()).extracting(ArchiveReport.Stat::group)
        .contains("2024-Q3", "2026-Q2");
    assertThat(report.metrics().learning()).last().satisfies(l -> {
      assertThat(l.group()).isEqualTo("all");
      assertThat(l.postmortems()).isEqualTo(301);
      assertThat(l.withWhys()).isEqualTo(301);
    });
  }

  @Test
  void theSameArchiveGivesTheSameReportWhateverTheParallelism() throws IOException {
    ArchiveReport serial = Archive.builder().asOf(AS_OF).exclude("drafts/**").parallelism(1)
        .build().analyse(List.of(dir));
    assertThat(serial).isEqualTo(report);
  }
}

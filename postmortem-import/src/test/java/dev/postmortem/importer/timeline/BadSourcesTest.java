package dev.postmortem.importer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportDiagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that cannot be read is a warning saying why; never 0 events in silence. */
class BadSourcesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> warnings(DraftedTimeline d) {
    return d.diagnostics().stream().filter(x -> x.level() == ImportDiagnostic.Level.WARNING)
        .map(x -> x.source() + ":" + x.line() + ": " + x.message()).toList();
  }

  @Test
  void eachUnreadableSourceIsAWarningAndTheOthersAreStillRead() throws IOException {
    Path missing = dir.resolve("nope.log");
    Path empty = write("empty.log", "");
    Path prose = write("notes.txt", "We looked at the dashboards.\nNothing stood out until later.\n");
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3, 4});
    Path folder = Files.createDirectories(dir.resolve("plain-folder"));
    Path quiet = write("quiet.log", "2026-10-14T09:00:00Z INFO all good\n2026-10-14T09:01:00Z INFO still good\n");
    Path good = write("good.log", "2026-10-14T09:00:00Z ERROR disk full on db-1\n");
    DraftedTimeline d = TimelineDrafter.create().draft(missing, empty, prose, binary, folder, quiet, good);
    List<String> w = warnings(d);
    assertThat(w).anyMatch(s -> s.contains("nope.log") && s.contains("no such file"));
    assertThat(w).anyMatch(s -> s.contains("empty.log") && s.contains("empty"));
    assertThat(w).anyMatch(s -> s.contains("notes.txt") && s.contains("could not tell"));
    assertThat(w).anyMatch(s -> s.contains("blob.bin") && s.contains("not read"));
    assertThat(w).anyMatch(s -> s.contains("plain-folder") && s.contains("not a Slack export"));
    assertThat(w).anyMatch(s -> s.contains("quiet.log") && s.contains("none became an event") && s.contains("--level"));
    assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.event().description()).isEqualTo("ERROR: disk full on db-1"));
    assertThat(d.sources()).hasSize(7);
  }

  @Test
  void aNamedFormatThatDoesNotFitSaysWhere() throws IOException {
    Path prose = write("notes.txt", "We looked at the dashboards.\n");
    DraftedTimeline d = TimelineDrafter.create().draft(List.of(new TimelineSource(prose, SourceFormat.LOG),
        new TimelineSource(prose, SourceFormat.PAGERDUTY), new TimelineSource(prose, SourceFormat.SLACK)));
    List<String> w = warnings(d);
    assertThat(w).anyMatch(s -> s.contains("not read as log") && s.contains("no line starts with a timestamp"));
    assertThat(w).anyMatch(s -> s.contains("not read as pagerduty"));
    assertThat(w).anyMatch(s -> s.contains("notes.txt") && s.contains("could not be read: not valid JSON"));
    assertThat(d.events()).isEmpty();
  }

  @Test
  void aBrokenSlackDayFileIsAWarningWithItsLine() throws IOException {
    write("slack/users.json", "[]");
    write("slack/channels.json", "[{\"id\":\"C1\",\"name\":\"inc\"}]");
    write("slack/inc/2026-10-14.json", "[\n{\"type\":\"message\",\"user\":\"U1\",\"text\":\"paging the db team now\",\"ts\":\"1791962820.0001\"},\n{\"type\": oops}\n]");
    DraftedTimeline d = TimelineDrafter.create().draft(dir.resolve("slack"));
    assertThat(d.events()).hasSize(1);
    assertThat(d.diagnostics()).anyMatch(x -> x.level() == ImportDiagnostic.Level.WARNING && x.line() == 3
        && x.message().contains("2026-10-14.json of #inc could not be read"));
  }

  @Test
  void aChannelThatIsNotInTheExportIsNamed() {
    DraftedTimeline d = TimelineDrafter.create().channels(List.of("#nope"))
        .draft(TimelineSourcesTest.fixture("slack-export"));
    assertThat(warnings(d)).anyMatch(s -> s.contains("no channel [#nope]") && s.contains("inc-checkout"));
    assertThat(warnings(d)).anyMatch(s -> s.contains("none became an event"));
  }

  @Test
  void csvDatesWrittenBothWaysAreAWarning() throws IOException {
    Path csv = write("mixed.csv", "time,message\n13/10/2026 10:00,a thing happened\n10/14/2026 10:00,another thing\n");
    DraftedTimeline d = TimelineDrafter.create().draft(csv);
    assertThat(warnings(d)).anyMatch(s -> s.contains("both day-first and month-first") && s.contains("--date-order"));
    DraftedTimeline forced = TimelineDrafter.create().dayFirst(true).draft(csv);
    assertThat(warnings(forced)).isEmpty();
    assertThat(forced.events().get(0).event().at()).contains(java.time.OffsetDateTime.parse("2026-10-13T10:00Z"));
  }

  @Test
  void aTranscriptWithoutADateSaysHowToGiveOne() throws IOException {
    Path t = write("bridge.txt", "[09:27] Dana: bridge open\n[09:30] Luis: looking at logs\n");
    DraftedTimeline d = TimelineDrafter.create().draft(t);
    assertThat(warnings(d)).anyMatch(s -> s.contains("bridge.txt:1") && s.contains("no date") && s.contains("--since"));
    DraftedTimeline dated = TimelineDrafter.create().since(java.time.OffsetDateTime.parse("2026-10-14T00:00Z")).draft(t);
    assertThat(dated.events()).hasSize(2);
  }

  @Test
  void theEventLimitIsAWarning() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("2026-10-14T09:").append(String.format("%02d", i)).append(":00Z ERROR failure kind ").append((char) ('a' + i % 26))
          .append((char) ('a' + i / 26)).append('\n');
    }
    DraftedTimeline d = TimelineDrafter.create().maxEvents(10).draft(write("many.log", sb.toString()));
    assertThat(d.events()).hasSize(10);
    assertThat(warnings(d)).anyMatch(s -> s.contains("more than 10 events"));
  }
}

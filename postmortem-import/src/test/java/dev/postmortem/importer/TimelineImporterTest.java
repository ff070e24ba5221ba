package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.model.EventKind;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.TimelineEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineImporterTest {
  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLinesWithConfiguredFieldsAndLevels() {
    String log = """
        {"ts":"2026-03-04T14:02:00Z","level":"INFO","fields":{"message":"deploy 4.2 started"},"svc":"billing"}
        {"ts":"2026-03-04T14:05:10.500+01:00","level":"ERROR","fields":{"message":"pool exhausted"},"svc":"billing"}
        not json at all
        {"ts":1772633400000,"level":"warn","fields":{"message":"retrying"},"svc":"billing"}
        {"ts":"yesterday","level":"error","fields":{"message":"odd clock"}}
        {"level":"debug","fields":{"message":"noise"}}
        """;
    TimelineDraft d = TimelineImporter.jsonLines().timestampField("ts").messageField("/fields/message")
        .levelField("level").actorField("svc").minLevel("info").read(in(log), "app.jsonl");
    assertThat(d.events()).extracting(TimelineEvent::description)
        .containsExactly("deploy 4.2 started", "pool exhausted", "retrying", "odd clock");
    TimelineEvent e = d.events().get(1);
    assertThat(e.at()).contains(OffsetDateTime.parse("2026-03-04T14:05:10.500+01:00"));
    assertThat(e.kind()).isEqualTo(EventKind.ALERT);
    assertThat(e.actor()).contains("billing");
    assertThat(e.source()).contains("app.jsonl:2");
    assertThat(e.evidence()).containsExactly(d.evidence().id());
    assertThat(d.evidence().kind()).isEqualTo(EvidenceKind.LOG);
    assertThat(d.events().get(2).at()).contains(OffsetDateTime.parse("2026-03-04T14:10Z"));
    assertThat(d.events().get(3).timeText()).contains("yesterday");
    assertThat(d.positions().exact("/timeline/2").orElseThrow().line()).isEqualTo(4);
    assertThat(d.diagnostics()).extracting(ImportDiagnostic::line).containsExactly(3, 5);
  }

  @Test
  void csvWithQuotedNewlinesAndGuessedColumns() {
    String csv = "Time,Message,User\r\n"
        + "2026-03-04 14:02,\"Deploy, part 1\",ana\r\n"
        + "2026-03-04 14:05,\"multi\nline \"\"quoted\"\"\",bo\r\n"
        + "\r\n"
        + "2026-03-04 14:09,Rollback,ana\r\n";
    TimelineDraft d = TimelineImporter.csv().defaultZone(ZoneId.of("Europe/Lisbon")).read(in(csv), "events.csv");
    assertThat(d.events()).extracting(TimelineEvent::description)
        .containsExactly("Deploy, part 1", "multi\nline \"quoted\"", "Rollback");
    assertThat(d.events().get(0).at()).contains(OffsetDateTime.parse("2026-03-04T14:02Z"));
    assertThat(d.events().get(2).source()).contains("events.csv:6");
    assertThat(d.events().get(1).actor()).contains("bo");
  }

  @Test
  void csvErrorsSayWhere() {
    assertThatThrownBy(() -> TimelineImporter.csv().read(in("when,what\n2026-01-01,\"open\n"), "bad.csv"))
        .isInstanceOf(PostmortemImportException.class).hasMessageContaining("bad.csv:2");
    assertThatThrownBy(() -> TimelineImporter.csv().read(in("a,b\n1,2\n"), "cols.csv"))
        .isInstanceOf(PostmortemImportException.class).hasMessageContaining("timestamp");
    assertThatThrownBy(() -> TimelineImporter.jsonLines().read(
        new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'}), "bin.jsonl"))
        .isInstanceOf(PostmortemImportException.class).hasMessageContaining("bin.jsonl");
  }

  @Test
  void slackExportDirectoryWithUsers(@TempDir Path dir) throws Exception {
    Path channel = Files.createDirectories(dir.resolve("incident-42"));
    Files.writeString(dir.resolve("users.json"),
        "[{\"id\":\"U1\",\"name\":\"ana\",\"profile\":{\"display_name\":\"Ana\"}},{\"id\":\"U2\",\"name\":\"bo\"}]");
    Files.writeString(channel.resolve("2026-03-04.json"), """
        [
          {"type":"message","subtype":"channel_join","user":"U2","text":"<@U2> has joined","ts":"1772632800.000100"},
          {"type":"message","user":"U1","text":"<@U2> can you roll back? see <https://dash.example.com|dashboard> &amp; logs","ts":"1772632920.000200"}
        ]""");
    Files.writeString(channel.resolve("2026-03-05.json"), """
        [ {"type":"message","user":"U2","text":"rolled back","ts":"1772719200.000300"} ]""");
    TimelineDraft d = TimelineImporter.slack().read(channel);
    assertThat(d.events()).hasSize(2);
    TimelineEvent first = d.events().get(0);
    assertThat(first.description()).isEqualTo("@bo can you roll back? see dashboard (https://dash.example.com) & logs");
    assertThat(first.actor()).contains("Ana");
    assertThat(first.kind()).isEqualTo(EventKind.COMMUNICATION);
    assertThat(first.at()).contains(OffsetDateTime.parse("2026-03-04T14:02:00.000200Z"));
    assertThat(first.source().orElseThrow()).endsWith("2026-03-04.json:3");
    assertThat(d.events().get(1).actor()).contains("bo");
    assertThat(d.evidence().kind()).isEqualTo(EvidenceKind.COMMUNICATION);
    assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("channel_join"));
  }

  @Test
  void largeLogsAreStreamed() {
    int lines = 50_000;
    InputStream generated = new InputStream() {
      private int line;
      private byte[] cur = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos >= cur.length) {
          if (line >= lines) {
            return -1;
          }
          cur = ("{\"timestamp\":\"2026-01-01T00:00:00Z\",\"message\":\"line " + line++ + "\"}\n")
              .getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return cur[pos++];
      }
    };
    AtomicLong count = new AtomicLong();
    assertThat(TimelineImporter.jsonLines().forEach(generated, "gen.jsonl", e -> count.incrementAndGet())).isEmpty();
    assertThat(count.get()).isEqualTo(lines);

    TimelineDraft capped = TimelineImporter.jsonLines().maxEvents(10).read(in(
        "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"message\":\"x\"}\n".repeat(20)), "cap.jsonl");
    assertThat(capped.events()).hasSize(10);
    assertThat(capped.diagnostics()).singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(11));
  }

  @Test
  void noEventIsAWarningNotSilence(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("app.log");
    Files.writeString(log, "2026-10-14 09:14:09 ERROR pool exhausted\n2026-10-14 09:15:00 INFO ok\n");
    TimelineDraft d = TimelineImporter.jsonLines().read(log);
    assertThat(d.events()).isEmpty();
    assertThat(d.diagnostics()).anyMatch(x -> x.level() == ImportDiagnostic.Level.WARNING
        && x.message().startsWith("no event was read"));
  }

  @Test
  void aSlackExportRootIsReadChannelByChannel(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("users.json"), "[{\"id\":\"U1\",\"name\":\"dana\"}]");
    Files.createDirectories(dir.resolve("inc"));
    Files.writeString(dir.resolve("inc/2026-10-14.json"),
        "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"paging the db team\",\"ts\":\"1791962820.0001\"}]");
    TimelineDraft d = TimelineImporter.slack().read(dir);
    assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.actor()).contains("dana"));
    Path empty = Files.createDirectories(dir.resolve("nothing-here"));
    assertThat(TimelineImporter.slack().read(empty).diagnostics()).anyMatch(x -> x.message().contains("no Slack day files"));
  }

  @Test
  void dayFirstCsvDatesAreDecidedByTheData(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("events.csv");
    Files.writeString(csv, "time,message\n03/10/2026 11:00,first\n14/10/2026 09:14,second\n");
    TimelineDraft d = TimelineImporter.csv().read(csv);
    assertThat(d.events()).extracting(e -> e.at().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2026-10-03T11:00Z"), OffsetDateTime.parse("2026-10-14T09:14Z"));
  }
}

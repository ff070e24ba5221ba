package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path log() throws IOException {
    return write("app.log", """
        2026-10-14 09:14:09,874 ERROR [exec-9] c.e.Pay - Timeout waiting for connection from pool
        2026-10-14 09:14:11,302 ERROR [exec-2] c.e.Pay - Timeout waiting for connection from pool
        2026-10-14 09:15:00,000 INFO  [exec-1] c.e.Pay - order accepted
        2026-10-14 09:58:20,012 INFO  [cfg] c.e.Pool - Configuration applied: db.pool.maxSize=50
        """);
  }

  private Path pagerduty() throws IOException {
    return write("pd.json", """
        {"log_entries": [
          {"id": "R1", "type": "trigger_log_entry", "created_at": "2026-10-14T07:21:02Z",
           "incident": {"summary": "CheckoutErrorRateHigh"}},
          {"id": "R2", "type": "acknowledge_log_entry", "created_at": "2026-10-14T07:24:11Z",
           "agent": {"summary": "SRE on-call"}}
        ]}
        """);
  }

  @Test
  void withoutATargetADraftPostmortemIsWritten() throws IOException {
    Cli.Result r = Cli.run("timeline", log().toString(), pagerduty().toString(), "--zone", "+02:00");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Postmortem pm = PostmortemReader.create().read(r.out(), Format.YAML);
    assertThat(pm.status()).isEqualTo(Status.DRAFT);
    assertThat(pm.timeline()).extracting(e -> e.description()).containsExactly(
        "ERROR: Timeout waiting for connection from pool (2 times in 1 s)",
        "PagerDuty incident triggered: CheckoutErrorRateHigh",
        "PagerDuty incident acknowledged by SRE on-call",
        "Configuration applied: db.pool.maxSize=50");
    assertThat(pm.incident().acknowledged()).contains(java.time.OffsetDateTime.parse("2026-10-14T09:24:11+02:00"));
    assertThat(r.err()).contains("app.log: read as log, 4 records, 2 events").contains("pd.json: read as pagerduty");
  }

  @Test
  void mergeIntoAddsTheNewEventsPrintsThemAndIsIdempotent() throws IOException {
    Path pm = write("pm.yaml", ExamplePostmortem.yaml());
    Path into = dir.resolve("merged.yaml");
    Cli.Result r = Cli.run("timeline", log().toString(), pagerduty().toString(), "--merge-into", pm.toString(),
        "--out", into.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Added ").contains("  + 2026-10-14T09:14:09.874+02:00  observation  ERROR: Timeout waiting");
    assertThat(Files.readString(pm)).isEqualTo(ExamplePostmortem.yaml());
    Postmortem merged = PostmortemReader.create().read(into);
    Postmortem example = ExamplePostmortem.create();
    assertThat(merged.timeline()).containsAll(example.timeline());
    assertThat(merged.timeline().size()).isGreaterThan(example.timeline().size());
    assertThat(merged.evidence()).anySatisfy(e -> assertThat(e.file()).contains("app.log")); // relative to merged.yaml

    Cli.Result again = Cli.run("timeline", log().toString(), pagerduty().toString(), "--merge-into", into.toString());
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).startsWith("Added 0 events to " + into);
    assertThat(PostmortemReader.create().read(into).timeline()).isEqualTo(merged.timeline());
  }

  @Test
  void aSourceThatCannotBeReadIsAWarningAndNothingReadIsAnError() throws IOException {
    Path notes = write("notes.txt", "We looked at dashboards.\n");
    Cli.Result r = Cli.run("timeline", notes.toString(), dir.resolve("missing.log").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("notes.txt: warning: not read: could not tell what kind of records it holds;"
        + " name the format with --format");
    assertThat(r.err()).contains("missing.log: warning: not read: no such file or folder");
    assertThat(r.err()).contains("postmortem: error: no event drafted from 2 sources");
  }

  @Test
  void formatsAreNamedForAllSourcesOrOne() throws IOException {
    Path csv = write("events.txt", "when;what\n14/10/2026 09:14;Error rate above 5%\n");
    Cli.Result r = Cli.run("timeline", csv.toString(), "--format", csv + "=csv", "--to", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"at\" : \"2026-10-14T09:14:00Z\"");
    Cli.Result bad = Cli.run("timeline", csv.toString(), "--format", "pdf");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--format: unknown source format 'pdf'; use one of log, json-lines");
  }

  @Test
  void sinceUntilAndZoneAreChecked() throws IOException {
    Cli.Result r = Cli.run("timeline", log().toString(), "--zone", "Europe/Berlin", "--since", "2026-10-14T09:30");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("Timeout waiting").contains("Configuration applied");
    assertThat(Cli.run("timeline", log().toString(), "--zone", "Mars/Olympus").err())
        .contains("--zone: unknown zone 'Mars/Olympus'");
    assertThat(Cli.run("timeline", log().toString(), "--since", "yesterday").err())
        .contains("--since: 'yesterday' is not a time");
    assertThat(Cli.run("timeline", log().toString(), "--merge-into", log().toString()).err())
        .contains("--merge-into takes a .json or .yaml post-mortem");
  }
}

package dev.postmortem.importer.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded round trips: a time and message written in each layout read back as written. */
class LogLinePropertyTest {
  private static final dev.postmortem.importer.internal.TimeParser.DateOrder U =
      dev.postmortem.importer.internal.TimeParser.DateOrder.UNKNOWN;
  private static final long SEED = Long.getLong("postmortem.seed", 19);
  private static final String[] WORDS = {"pool", "timeout", "checkout", "waiting", "for", "connection", "db-1",
      "upstream", "503", "retry", "order", "ms"};
  private static final String[] LEVELS = {"INFO", "WARN", "ERROR", "DEBUG"};

  private static String message(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(2, 8);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  @Test
  void everyLayoutReadsBackItsTimeLevelAndMessage() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime at = Instant.ofEpochSecond(r.nextLong(1_600_000_000L, 1_900_000_000L), r.nextInt(1000) * 1_000_000L)
          .atOffset(ZoneOffset.ofHoursMinutes(r.nextInt(-11, 13), 0));
      String msg = message(r);
      String level = LEVELS[r.nextInt(LEVELS.length)];
      int sev = Levels.of(level);
      List<String> lines = new ArrayList<>();
      lines.add(at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + level + " [main] c.e.App - " + msg);
      lines.add(at.toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT))
          + at.getOffset().getId().replace(":", "").replace("Z", "+0000") + " " + level + " " + msg);
      lines.add("[" + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "] " + level + ": " + msg);
      lines.add("<" + (8 + Math.max(0, 7 - sev)) + ">1 " + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          + " host app 12 - - " + msg);
      lines.add(at.toInstant() + " level=" + level.toLowerCase(Locale.ROOT) + " msg=\"" + msg + "\"");
      for (String line : lines) {
        LogLine l = LogLine.parse(line, ZoneOffset.UTC, 2026);
        assertThat(l).as("seed %d: %s", SEED, line).isNotNull();
        assertThat(l.at().toInstant()).as("seed %d: %s", SEED, line).isEqualTo(at.toInstant());
        assertThat(l.message()).as("seed %d: %s", SEED, line).isEqualTo(msg);
        assertThat(l.zoneWritten()).isTrue();
      }
      // RFC 3164 and access logs: local times, the zone from the reader, the year given
      LocalDateTime local = at.toLocalDateTime().withNano(0);
      String bsd = local.format(DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH)) + " web-3 app[12]: " + msg;
      LogLine b = LogLine.parse(bsd, ZoneId.of("UTC"), local.getYear());
      assertThat(b).as("seed %d: %s", SEED, bsd).isNotNull();
      assertThat(b.at().toLocalDateTime()).isEqualTo(local);
      assertThat(b.actor()).isEqualTo("app");
      String clf = "10.0.0.1 - - [" + at.format(DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH))
          + "] \"GET /x?y=1 HTTP/1.1\" 503 12 \"-\" \"curl\"";
      LogLine c = LogLine.parse(clf, ZoneOffset.UTC, 2026);
      assertThat(c.at().toInstant()).as("seed %d: %s", SEED, clf).isEqualTo(at.toInstant().minusNanos(at.getNano()));
      assertThat(c.message()).isEqualTo("HTTP 503 for GET /x");
      assertThat(c.severity()).isEqualTo(Levels.ERROR);
    }
  }

  @Test
  void linesThatDoNotStartWithATimeAreNotEvents() {
    for (String s : List.of("\tat com.example.Foo.bar(Foo.java:12)", "java.lang.IllegalStateException: boom",
        "Caused by: x", "-- Logs begin at Mon 2026-10-12 08:00:00 CEST. --", "12345", "[main] started",
        "2026-13-40 10:00:00 bad date", "<999>1 2026-10-14T00:00:00Z x y z - - m")) {
      assertThat(LogLine.parse(s, ZoneOffset.UTC, 2026)).as(s).isNull();
    }
  }

  @Test
  void collapsingKeepsEveryRecordCounted() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 50; round++) {
      List<Entry> out = new ArrayList<>();
      Collapser c = new Collapser(java.time.Duration.ofMinutes(10), r.nextInt(1, 20), out::add);
      OffsetDateTime t = OffsetDateTime.parse("2026-10-14T00:00Z");
      int n = r.nextInt(1, 500);
      for (int i = 0; i < n; i++) {
        t = t.plusSeconds(r.nextInt(0, 400));
        String text = "problem " + (char) ('a' + r.nextInt(6)) + " after " + r.nextInt(10_000) + " ms";
        c.accept(Entry.atLine(t, text, null, Levels.ERROR, i + 1, text));
      }
      c.flush();
      assertThat(out.stream().mapToInt(Entry::count).sum()).as("seed %d round %d", SEED, round).isEqualTo(n);
      for (Entry e : out) {
        assertThat(e.lastAt() == null || !e.lastAt().isBefore(e.at())).isTrue();
        assertThat(e.count() == 1 || e.lastAt() != null).isTrue();
      }
    }
  }

  @Test
  void similarityIgnoresEndingsOrderAndReplyMentions() {
    assertThat(Similarity.similar("Incident declared SEV2; checkout developer paged",
        "Declaring SEV2 for checkout, paging the developers")).isTrue();
    assertThat(Similarity.similar("(in thread on “Declaring SEV2 for checkout”) on it, pool wait is high",
        "Declaring SEV2 for checkout")).isFalse();
    assertThat(Similarity.similar("Rolled back the config", "Cake in the kitchen")).isFalse();
  }

  @Test
  void epochAndIsoValues() {
    assertThat(Times.value("1791962820", ZoneOffset.UTC, U)).isEqualTo(OffsetDateTime.parse("2026-10-14T07:27Z"));
    assertThat(Times.value("1791962820500", ZoneOffset.UTC, U)).isEqualTo(OffsetDateTime.parse("2026-10-14T07:27:00.500Z"));
    assertThat(Times.value("2026-10-14 09:27:00 +0200", ZoneOffset.UTC, U)).isEqualTo(OffsetDateTime.parse("2026-10-14T09:27+02:00"));
    assertThat(Times.value("2026-10-14", ZoneOffset.UTC, U)).isNull();
    assertThat(Times.value("soon", ZoneOffset.UTC, U)).isNull();
  }
}

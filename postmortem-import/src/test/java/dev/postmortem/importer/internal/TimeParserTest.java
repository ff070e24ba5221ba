package dev.postmortem.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.internal.TimeParser.DateOrder;
import dev.postmortem.importer.internal.TimeParser.Parsed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2025-09-29T16:54:16.154Z rest      | 2025-09-29 | 16:54:16.154 | Z      | false | rest
      14:02 Pager fired                  | -          | 14:02        | -      | false | Pager fired
      2:02 PM - fixed                    | -          | 14:02        | -      | false | - fixed
      May 1, 14:02 PDT: x                | 2026-05-01 | 14:02        | -07:00 | false | : x
      2021-12-10   15:40                 | 2021-12-10 | 15:40        | -      | false | ''
      ~07:00 start                       | -          | 07:00        | -      | true  | start
      10:00 Cache restarted              | -          | 10:00        | -      | false | Cache restarted
      ca. 10:00 restart                  | -          | 10:00        | -      | true  | restart
      about 7:30 AM                      | -          | 07:30        | -      | true  | ''
      2026-04-12 12:40 頃                 | 2026-04-12 | 12:40        | -      | true  | ''
      [08:47] Prow bump                  | -          | 08:47        | -      | false | Prow bump
      2018-08-22, 03:26pm: noticed       | 2018-08-22 | 15:26        | -      | false | : noticed
      2024-06-28 7:09 AM Eastern: x      | 2024-06-28 | 07:09        | America/New_York | false | : x
      Wednesday, 2018-08-22              | 2018-08-22 | -            | -      | false | ''
      February 5th 2019                  | 2019-02-05 | -            | -      | false | ''
      13 March 2026 10:00 CET            | 2026-03-13 | 10:00        | +01:00 | false | ''
      2026年4月12日 13時07分              | 2026-04-12 | 13:07        | -      | false | ''
      10:00 UTC+5:30 deploy              | -          | 10:00        | +05:30 | false | deploy
      16:58 UTC - down                   | -          | 16:58        | Z      | false | - down
      09:15 IST x                        | -          | 09:15        | +05:30 | false | x
      """)
  void readsTimesAsWritten(String in, String date, String time, String zone, boolean approx, String rest) {
    Parsed p = TimeParser.parse(in, DateOrder.UNKNOWN, 2026);
    assertThat(p).isNotNull();
    assertThat(p.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
    assertThat(p.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
    assertThat(p.zone()).isEqualTo(zone == null ? null : ZoneId.of(zone));
    assertThat(p.approximate()).isEqualTo(approx);
    assertThat(in.substring(p.consumed()).strip()).isEqualTo(rest);
  }

  @Test
  void numericDatesFollowTheEvidence() {
    assertThat(TimeParser.parse("03/04/2026", DateOrder.UNKNOWN, 0).date()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(TimeParser.parse("03/04/2026", DateOrder.UNKNOWN, 0).ambiguous()).isTrue();
    assertThat(TimeParser.parse("03/04/2026", DateOrder.DAY_FIRST, 0).date()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(TimeParser.parse("13/04/2026", DateOrder.MONTH_FIRST, 0).date()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(TimeParser.parse("13/04/2026", DateOrder.UNKNOWN, 0).ambiguous()).isFalse();
    assertThat(TimeParser.parse("03.04.2026", DateOrder.UNKNOWN, 0).date()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(TimeParser.evidence("01-10-2024 and 01/16/2024")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(TimeParser.evidence("25/04/2026")).isEqualTo(DateOrder.DAY_FIRST);
    // a numeric date the text also writes out with the month's name, in several languages
    assertThat(TimeParser.evidence("Deploy 08-01-2026 10:00; on 8 January 2026 we saw")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(TimeParser.evidence("Sprint 3 — 01/08/2026, January 8th, 2026")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(TimeParser.evidence("08.01.2026 og 8. januar 2026")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(TimeParser.evidence("08/01/2026, el 8 de enero de 2026")).isEqualTo(DateOrder.DAY_FIRST);
    // a word that only starts like a month is not one ("Marketing 1 2026" is not March)
    assertThat(TimeParser.evidence("Marketing 1 2026 and 01/03/2026")).isEqualTo(DateOrder.UNKNOWN);
    assertThat(TimeParser.evidence("25/04/2026 04/25/2026")).isEqualTo(DateOrder.UNKNOWN);
  }

  @Test
  void notATime() {
    assertThat(TimeParser.parse("Pager fired at 14:02", DateOrder.UNKNOWN, 0)).isNull();
    assertThat(TimeParser.parse("2023-MM-DD[^1]", DateOrder.UNKNOWN, 0)).isNull();
    assertThat(TimeParser.parse("不定（画像プロキシ実装時から）", DateOrder.UNKNOWN, 0)).isNull();
    assertThat(TimeParser.parse("25:99", DateOrder.UNKNOWN, 0)).isNull();
    assertThat(TimeParser.parse("May 1", DateOrder.UNKNOWN, 0)).isNull(); // no year known
  }

  @Test
  void zoneStatements() {
    assertThat(TimeParser.zoneStatement("All times in UTC.")).isEqualTo(ZoneOffset.UTC);
    assertThat(TimeParser.zoneStatement("Timeline (all times PST) 01/16/2024")).isEqualTo(ZoneOffset.ofHours(-8));
    assertThat(TimeParser.zoneStatement("時刻 (JST)")).isEqualTo(ZoneOffset.ofHours(9));
    assertThat(TimeParser.zoneStatement("All times Eastern.")).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(TimeParser.zoneStatement("Todos os horários em BRT")).isEqualTo(ZoneOffset.ofHours(-3));
    assertThat(TimeParser.zoneStatement("All times in CEST")).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(TimeParser.zoneStatement("We fixed the estimate later.")).isNull();
  }
}

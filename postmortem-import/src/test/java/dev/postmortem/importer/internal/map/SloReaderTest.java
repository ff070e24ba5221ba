package dev.postmortem.importer.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Slo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Family: a table of SLOs (id, name and indicator, objective over a window, measurements). */
class SloReaderTest {
  private static ImportResult read(String md) {
    return PostmortemImporter.create().importMarkdown(md, "slos.md");
  }

  @Test
  void readsTheTableTheReportsWrite() {
    ImportResult r = read("""
        # Search latency regression

        ## Service level objectives

        | ID | SLO | Objective | Before | After | Change |
        | --- | --- | --- | --- | --- | --- |
        | `search-latency` | **Search latency**<br>Queries answered within 300 ms | 99.5 % over 7 days | 4 violations, 98.7 %<br>1 Mar 2026, 00:00 – 8 Mar 2026, 00:00 | 0 violations<br>9 Mar 2026, 12:30 – 16 Mar 2026, 12:30 | improved |
        """);
    assertThat(r.postmortem().slos()).hasSize(1);
    Slo s = r.postmortem().slos().get(0);
    assertThat(s.id()).isEqualTo("search-latency");
    assertThat(s.name()).isEqualTo("Search latency");
    assertThat(s.indicator()).contains("Queries answered within 300 ms");
    assertThat(s.objective()).contains(new BigDecimal("99.5"));
    assertThat(s.window()).contains(Duration.ofDays(7));
    assertThat(s.before().get().violations()).isEqualTo(4);
    assertThat(s.before().get().attained()).contains(new BigDecimal("98.7"));
    assertThat(s.before().get().start()).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00Z"));
    assertThat(s.after().get().violations()).isZero();
    assertThat(s.after().get().attained()).isEmpty();
    assertThat(s.after().get().end()).isEqualTo(OffsetDateTime.parse("2026-03-16T12:30Z"));
  }

  @Test
  void withoutAnIdColumnTheIdIsMadeFromTheNameAndSaidSo() {
    ImportResult r = read("""
        # Outage

        ## SLOs

        | SLO | Objective |
        | --- | --- |
        | Checkout availability | 99.9 % per 2 d 12 h |
        """);
    Slo s = r.postmortem().slos().get(0);
    assertThat(s.id()).isEqualTo("checkout-availability");
    assertThat(s.window()).contains(Duration.ofHours(60));
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("generated 'checkout-availability'"));
  }

  @Test
  void aMeasurementInAnotherShapeIsLeftOutWithALocatedDiagnostic() {
    ImportResult r = read("""
        # Outage

        ## SLOs

        | ID | SLO | Before |
        | --- | --- | --- |
        | avail | Availability | pretty bad |
        """);
    assertThat(r.postmortem().slos().get(0).before()).isEmpty();
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.message()).contains("pretty bad");
      assertThat(d.line()).isEqualTo(7);
    });
  }
}

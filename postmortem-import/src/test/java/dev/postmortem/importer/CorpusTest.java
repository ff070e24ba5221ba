package dev.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real post-mortems in ../shared/corpus import without exceptions, with the title and the
 * numbers of timeline events and action items counted by hand. Skips when the corpus is absent.
 * The corpus texts stay outside the project: only the counts are here.
 */
class CorpusTest {
  private static Path corpus() {
    String dir = System.getProperty("postmortem.shared.dir");
    return dir == null ? null : Path.of(dir, "corpus");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      01.md; Log4Shell investigations; 26; 6
      04.md; PostHog Feature Flags Service Outage - September 29, 2025; 8; 9
      05.md; Incident title - DD/MM/YYYY; 0; 0
      07.md; Blockchain mainnet stall.; 5; 0
      10.md; Title (incident #); 0; 0
      13.md; crates.io incident report for 2020-02-20; 17; 5
      15.md; February 5th, 2019 Partial Prow Outage; 12; 1
      16.md; 'Incident Report: Leaked GitHub Personal Access Token'; 6; 0
      18.md; 'ポストモーテム: 画像プロキシが gzip 圧縮された JPEG を復号できず 502 を返していた問題'; 12; 9
      20.md; 'Global Outage: 504 Timeouts'; 16; 3
      28.md; Sushibar expired certificate postmortem; 4; 3
      30.yml; PostMortem Title; 0; 0
      """)
  void importsWithHandCountedNumbers(String file, String title, int events, int actions) {
    Path dir = corpus();
    assumeTrue(dir != null && Files.isDirectory(dir), "corpus not present: " + dir);
    ImportResult r = PostmortemImporter.create().importFile(dir.resolve(file));
    assertThat(r.postmortem().title()).isEqualTo(title);
    assertThat(r.postmortem().timeline()).hasSize(events);
    assertThat(r.postmortem().actionItems()).hasSize(actions);
    // every event and action item points at a line of the file
    for (int i = 0; i < events; i++) {
      assertThat(r.document().positions().exact("/timeline/" + i)).as("/timeline/" + i).isPresent();
    }
    for (int i = 0; i < actions; i++) {
      assertThat(r.document().positions().exact("/actionItems/" + i)).as("/actionItems/" + i).isPresent();
    }
  }
}

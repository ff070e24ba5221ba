package dev.postmortem.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.metrics.Metric;
import dev.postmortem.metrics.PostmortemMetrics;
import dev.postmortem.model.Postmortem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Properties of the file format over generated post-mortems; each failure names its seed. */
class RoundTripPropertiesTest {
  private static final long BASE_SEED = Long.getLong("postmortem.seed", 20261124L);
  private static final PostmortemReader READER = PostmortemReader.create();

  private static PostmortemGenerator generator(RepetitionInfo info) {
    return PostmortemGenerator.seeded(BASE_SEED + info.getCurrentRepetition())
        .hostileStrings(info.getCurrentRepetition() % 2 == 0)
        .timelineEvents(info.getCurrentRepetition() % 40);
  }

  @RepeatedTest(150)
  void jsonAndYamlRoundTripsAreEqualAndCanonical(RepetitionInfo info) {
    PostmortemGenerator gen = generator(info);
    Postmortem pm = gen.next();
    for (Format format : Format.values()) {
      String written = PostmortemWriter.create(format).toString(pm);
      Postmortem back = READER.read(written, format);
      assertThat(back).as("seed %d, %s round trip", gen.seed(), format).isEqualTo(pm);
      assertThat(PostmortemWriter.create(format).toString(back))
          .as("seed %d, %s canonical output is stable", gen.seed(), format)
          .isEqualTo(written);
    }
  }

  @RepeatedTest(150)
  void metricsAreNeverNegativeWhenMilestonesAreInOrder(RepetitionInfo info) {
    PostmortemGenerator gen = generator(info);
    Postmortem pm = gen.next();
    PostmortemMetrics metrics = PostmortemMetrics.of(pm, LocalDate.of(2026, 11, 24));
    for (Metric m : Metric.values()) {
      Optional<Duration> d = metrics.get(m);
      assertThat(d).as("seed %d, %s", gen.seed(), m).isPresent();
      assertThat(d.get().isNegative()).as("seed %d, %s = %s", gen.seed(), m, d.get()).isFalse();
    }
  }

  @RepeatedTest(20)
  void sameSeedGivesTheSamePostmortem(RepetitionInfo info) {
    Postmortem a = generator(info).next();
    Postmortem b = generator(info).next();
    assertThat(a).isEqualTo(b);
  }
}

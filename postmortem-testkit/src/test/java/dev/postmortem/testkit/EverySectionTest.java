package dev.postmortem.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import org.junit.jupiter.api.Test;

/** {@code everySection(true)} adds SLOs, a recreation, follow-ups and verifications; off, nothing changes. */
class EverySectionTest {
  @Test
  void offLeavesTheSeedsPostmortemsAsTheyWere() {
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(PostmortemGenerator.seeded(seed).everySection(false).next())
          .isEqualTo(PostmortemGenerator.seeded(seed).next());
    }
  }

  @Test
  void onAddsTheOptionalPartsToTheSamePostmortem() {
    for (long seed = 1; seed <= 5; seed++) {
      Postmortem base = PostmortemGenerator.seeded(seed).next();
      Postmortem full = PostmortemGenerator.seeded(seed).everySection(true).next();
      assertThat(full.slos()).hasSize(1);
      assertThat(full.recreation()).isPresent();
      assertThat(full.followUps()).isNotEmpty();
      assertThat(full.timeline()).isEqualTo(base.timeline());
      assertThat(full.actionItems()).filteredOn(a -> a.isFinished())
          .allSatisfy(a -> assertThat(a.verification()).isPresent());
      assertThat(full.impact().get().slosBreached()).isEqualTo(base.impact().get().slosBreached());
    }
  }
}

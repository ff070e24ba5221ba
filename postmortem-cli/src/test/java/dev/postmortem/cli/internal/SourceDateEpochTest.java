package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code SOURCE_DATE_EPOCH} gives render's creation time when {@code --now} is not given. */
class SourceDateEpochTest {
  @Test
  void secondsSince1970BecomeAnInstant() {
    assertThat(RenderCommand.sourceDateEpoch("1767225600")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(RenderCommand.sourceDateEpoch(" 0 ")).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(Times.clock(RenderCommand.sourceDateEpoch("1767225600"), "--now").instant())
        .hasToString("2026-01-01T00:00:00Z");
  }

  @Test
  void unsetOrEmptyGivesNone() {
    assertThat(RenderCommand.sourceDateEpoch(null)).isNull();
    assertThat(RenderCommand.sourceDateEpoch("")).isNull();
  }

  @Test
  void anythingElseIsAnError() {
    assertThatThrownBy(() -> RenderCommand.sourceDateEpoch("yesterday"))
        .isInstanceOf(CliException.class).hasMessageContaining("SOURCE_DATE_EPOCH: 'yesterday'");
  }
}

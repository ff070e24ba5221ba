package dev.postmortem.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GuardTest {
  @Test
  void returnsTheResultOfTheWork() throws IOException {
    assertThat(Guard.run("a.yaml", Duration.ofSeconds(5), () -> 42)).isEqualTo(42);
  }

  @Test
  void workPastTheBudgetBecomesOneLocatedError() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> Guard.run("slow.md", Duration.ofMillis(200), () -> {
      long x = 0;
      while (true) { // busy, and deaf to interrupts, like a quadratic parser
        x++;
        if (x == Long.MIN_VALUE) {
          return x;
        }
      }
    })).isInstanceOf(CliException.class)
        .hasMessageStartingWith("slow.md: not finished within the time budget of 0.2 s")
        .hasMessageNotContaining("Exception");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void stackOverflowBecomesANestingError() {
    assertThatThrownBy(() -> Guard.run("deep.json", Duration.ofSeconds(10), GuardTest::recurse))
        .isInstanceOf(CliException.class)
        .hasMessage("deep.json: the input is nested too deeply to be processed");
  }

  @Test
  void outOfMemoryBecomesAMemoryError() {
    assertThatThrownBy(() -> Guard.run("big.docx", Duration.ofSeconds(10), () -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOf(CliException.class).hasMessageStartingWith("big.docx: the input needs more memory");
  }

  @Test
  void anUnexpectedExceptionNamesTheFileButNoJavaClass() {
    assertThatThrownBy(() -> Guard.run("odd.md", Duration.ofSeconds(10), () -> {
      throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
    })).isInstanceOf(CliException.class)
        .hasMessageStartingWith("odd.md: could not be processed")
        .hasMessageNotContaining("IndexOutOfBounds")
        .hasCauseInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ioExceptionsPassThrough() {
    assertThatThrownBy(() -> Guard.run("gone.yaml", Duration.ofSeconds(10), () -> {
      throw new java.nio.file.NoSuchFileException("gone.yaml");
    })).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void terminalEscapesControlAndBidiCharacters() {
    assertThat(Terminal.escape("a\u001B]52;c;SGk=\u0007b\u001B[2J\u009Bc\u202Ed\n"))
        .isEqualTo("a\\e]52;c;SGk=\\u0007b\\e[2J\\u009Bc\\u202Ed\\n");
    assertThat(Terminal.escape("plain ü 日本")).isEqualTo("plain ü 日本");
  }

  private static int recurse() {
    return recurse() + 1;
  }
}

package dev.postmortem.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownSourceLinesTest {
  @Test
  void splitsAsTheRegularExpressionDid() {
    for (String s : new String[] {"", "\n", "\r\n", "\r", "a", "a\n", "a\r\nb", "a\r\rb\n\n", "\n\r", "\r\n\n\r"}) {
      assertThat(MarkdownSource.lines(s)).as("'%s'", s.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(s.split("\r\n|\r|\n", -1));
    }
  }

  @Test
  void splitsRandomTextAsTheRegularExpressionDid() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    char[] alphabet = {'a', ' ', '|', '\r', '\n', 'é', '\u2028', '\u0085'};
    for (int i = 0; i < 2_000; i++) {
      char[] c = new char[random.nextInt(40)];
      for (int k = 0; k < c.length; k++) {
        c[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(c);
      assertThat(MarkdownSource.lines(s)).as("seed %d, case %d", seed, i)
          .containsExactly(s.split("\r\n|\r|\n", -1));
    }
  }
}

package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Text;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Long table cells are cut into pieces OpenPDF lays out in linear time, losing nothing. */
class CellPiecesTest {
  @Test
  void shortTextIsOnePiece() {
    Text t = Text.plain("Rolled back the change.");
    assertThat(PdfReportWriter.pieces(t, 2_000)).containsExactly(t);
  }

  @RepeatedTest(20)
  void piecesAreShortCutAtSpacesAndAddUpToTheText(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    Text.Builder b = Text.builder();
    for (int i = 0; i < 200; i++) {
      String words = words(random, random.nextInt(400));
      switch (random.nextInt(5)) {
        case 0 -> b.strong(words);
        case 1 -> b.emphasis(words);
        case 2 -> b.code(words);
        case 3 -> b.link(words, "https://status.example.org/" + i);
        default -> b.plain(words);
      }
    }
    Text text = b.build();
    int max = 50 + random.nextInt(500);
    List<Text> pieces = PdfReportWriter.pieces(text, max);
    StringBuilder joined = new StringBuilder();
    for (Text p : pieces) {
      assertThat(p.plainText().length()).isLessThanOrEqualTo(max);
      joined.append(p.plainText());
    }
    assertThat(joined.toString()).isEqualTo(text.plainText());
    long links = text.spans().stream().filter(s -> s.link().isPresent()).count();
    assertThat(pieces.stream().flatMap(p -> p.spans().stream()).filter(s -> s.link().isPresent()).count())
        .isGreaterThanOrEqualTo(links);
    // no piece is cut shorter than half the maximum (but the last): linear in the text's length
    int total = text.plainText().length();
    assertThat(pieces.size()).isLessThanOrEqualTo(2 * total / max + 2);
    // a piece of one span is cut at a space when there is one in its second half
    Text one = Text.plain(words(random, 10 * max));
    List<Text> cut = PdfReportWriter.pieces(one, max);
    for (int i = 0; i < cut.size() - 1; i++) {
      assertThat(cut.get(i).plainText()).endsWith(" ");
    }
  }

  @Test
  void surrogatePairsAreNeverCut() {
    String emoji = "\uD83D\uDE00".repeat(3_000); // no spaces at all
    for (Text p : PdfReportWriter.pieces(Text.plain(emoji), 101)) {
      String s = p.plainText();
      assertThat(Character.isHighSurrogate(s.charAt(s.length() - 1))).isFalse();
      assertThat(Character.isLowSurrogate(s.charAt(0))).isFalse();
    }
  }

  private static String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      sb.append("w").append(random.nextInt(100)).append(random.nextInt(4) == 0 ? "  " : " ");
    }
    return sb.toString();
  }
}

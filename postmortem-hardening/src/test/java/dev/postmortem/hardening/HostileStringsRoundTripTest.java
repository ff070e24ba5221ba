package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strings made of line breaks YAML knows (NEL, LS, PS), control characters, quotes, YAML
 * indicators and the testkit's hostile fragments survive JSON and YAML write → read unchanged.
 */
class HostileStringsRoundTripTest {
  private static final PostmortemReader READER = PostmortemReader.create();
  private static final Postmortem BASE = PostmortemGenerator.seeded(1).timelineEvents(1).actionItems(1)
      .causes(1).next();

  static Stream<String> strings() {
    List<String> out = new ArrayList<>(List.of(
        "An\u0085ample", "a\u2028b", "a\u2029b", "a\rb", "a\r\nb", "\r\n", "a\tb", "trailing space ",
        " leading space", "two\n\nblank\n\n", "\n", "ends with newline\n", "- dash", "? q", ": colon",
        "# hash", "&anchor", "*alias", "!tag", "|", ">", "%directive", "@at", "`tick", "'", "\"",
        "\\", "null", "~", "true", "No", "0x1F", "1e3", "2026-10-14", ".inf", "---", "...",
        "\u0000nul", "\u0007bell", "\u001Besc", "\u007Fdel", "\uFEFFbom", "\u202Ertl", "\uFFFE",
        "tab\tthen\nnewline", "  indented\n  block", "x:\n  y: z", "[a, b]", "{a: b}",
        "\uD83D\uDD25", "\u00A0nbsp", "İı", "ﬁ ligature"));
    out.addAll(PostmortemGenerator.HOSTILE_FRAGMENTS);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int c = 0; c < len; c++) {
        int cp = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x20, 0x3000);
        if (Character.isSurrogate((char) cp)) {
          cp = 'x';
        }
        sb.appendCodePoint(cp);
      }
      out.add(sb.toString());
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("strings")
  void survivesWriteThenRead(String s) {
    Postmortem pm = Postmortem.copyOf(BASE).withTitle("T " + s).withSummary(s)
        .withTags(List.of(s.isBlank() ? "x" + s : s))
        .withExtensions(java.util.Map.of("x-" + s, com.fasterxml.jackson.databind.node.TextNode.valueOf(s)));
    for (Format format : Format.values()) {
      String written = PostmortemWriter.create(format).toString(pm);
      Postmortem back = READER.read(written, format);
      assertThat(back.title()).as("%s title of %s", format, escape(s)).isEqualTo(pm.title());
      assertThat(back.summary()).as("%s summary of %s", format, escape(s)).isEqualTo(pm.summary());
      assertThat(back).as("%s post-mortem with %s", format, escape(s)).isEqualTo(pm);
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp > 0x7E) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}

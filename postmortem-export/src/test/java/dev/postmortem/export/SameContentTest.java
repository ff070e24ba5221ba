package dev.postmortem.export;

import static dev.postmortem.export.Reports.docxText;
import static dev.postmortem.export.Reports.markdownText;
import static dev.postmortem.export.Reports.pdfText;
import static dev.postmortem.export.Reports.pdfVisible;
import static dev.postmortem.export.Reports.squeeze;
import static dev.postmortem.export.Reports.withoutRtl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every timeline event, action item, cause, why step and lesson of a post-mortem is in all three
 * formats of the internal report, read back with commonmark, POI and PDFBox.
 */
class SameContentTest {
  static Stream<Arguments> postmortems() {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("example", ExamplePostmortem.create()));
    for (long seed : new long[] {11L, 4242L, 90210L}) {
      PostmortemGenerator g = PostmortemGenerator.seeded(seed).timelineEvents(25).hostileStrings(true);
      out.add(Arguments.of("generated seed=" + seed, g.next()));
    }
    return out.stream();
  }

  /** The strings a complete internal report must contain. */
  static List<String> expected(Postmortem pm) {
    List<String> s = new ArrayList<>();
    for (TimelineEvent e : pm.timeline()) {
      s.add(e.description());
    }
    for (ActionItem a : pm.actionItems()) {
      s.add(a.title());
    }
    for (Cause c : pm.causes()) {
      s.add(c.description());
    }
    for (WhyChain w : pm.fiveWhys()) {
      s.add(w.problem());
      for (WhyStep st : w.steps()) {
        s.add(st.question());
        st.answer().ifPresent(s::add);
      }
    }
    s.addAll(pm.lessonsLearned().wentWell());
    s.addAll(pm.lessonsLearned().wentWrong());
    s.addAll(pm.lessonsLearned().gotLucky());
    s.addAll(pm.lessonsLearned().nearMisses());
    return s;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postmortems")
  void everyItemIsInEveryFormat(String name, Postmortem pm) {
    String md = squeeze(markdownText(Reports.markdown(Audience.INTERNAL).build().toString(pm)));
    String docx = squeeze(docxText(Reports.docx(Audience.INTERNAL).build().toBytes(pm)));
    String pdf = squeeze(withoutRtl(pdfText(Reports.pdf(Audience.INTERNAL).build().toBytes(pm))));
    for (String s : expected(pm)) {
      String plain = squeeze(s.replace('\t', ' '));
      assertThat(md).as("%s: Markdown shows %s", name, s).contains(plain);
      assertThat(docx).as("%s: DOCX shows %s", name, s).contains(squeeze(DocxTextForm.of(s)));
      assertThat(pdf).as("%s: PDF shows %s", name, s).contains(squeeze(pdfVisible(s)));
    }
  }

  /** What the DOCX holds of a string: characters XML cannot hold become U+FFFD. */
  static final class DocxTextForm {
    static String of(String s) {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(c == '\t' || c == '\n' || c >= 0x20 ? c : '\uFFFD');
      }
      return sb.toString();
    }
  }
}

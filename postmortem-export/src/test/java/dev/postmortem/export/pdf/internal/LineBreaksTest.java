package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.internal.TextWrap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No line begins with closing punctuation or ends with an opening bracket (kinsoku shori). */
class LineBreaksTest {
  /** The places after which a line may break. */
  private static List<Integer> breaks(String s) {
    char[] cc = s.toCharArray();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < cc.length; i++) {
      if (LineBreaks.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null)) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void japaneseBreaksBetweenCharactersButNotAroundBrackets() {
    String title = "増加（接続）です。";
    // 増|加 allowed; not 加|（ (before an opening bracket is fine, after it is not); not 続|）; not す|。
    List<Integer> b = breaks(title);
    assertThat(b).contains(0, 1); // 増|加|（
    assertThat(b).doesNotContain(2); // （|接
    assertThat(b).doesNotContain(4); // 続|）
    assertThat(b).doesNotContain(7); // す|。
    assertThat(breaks("two words")).containsExactly(3); // spaces as before
    assertThat(breaks("a-b")).containsExactly(1);
  }

  @Test
  void diagramLabelsFollowTheSameRule() {
    // each character 10 wide, lines of 60: "決済APIの増加（接続プール）" must not put "）" first
    List<String> lines = TextWrap.wrap("決済の増加（接続プール設定）です。", 60, 10, false, 5, (s, size, bold) -> s.length() * 10f);
    for (String line : lines) {
      assertThat(LineBreaks.NO_BREAK_BEFORE.indexOf(line.charAt(0))).as(line).isNegative();
      assertThat(LineBreaks.NO_BREAK_AFTER.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
    }
    assertThat(String.join("", lines)).isEqualTo("決済の増加（接続プール設定）です。");
  }
}

package dev.postmortem.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every string written by {@link XmlOut} as character data or an attribute value parses back, with
 * a strict XML parser, to exactly that string with the characters XML cannot hold replaced.
 */
class XmlOutTest {
  private static final String[] NASTY = {"&", "<", ">", "\"", "'", "]]>", "<w:p>", "&amp;", "\t", "\n",
      "\r", "\u0000", "\u0001", "\u001F", "\u007F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uD83D\uDD25",
      "\uD83D", "\uDD25", "\u00e9", "\u4e2d", "\u202E", "&#0;", "<!--", "<?xml?>", "x"};

  private static String random(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      switch (rnd.nextInt(3)) {
        case 0:
          sb.append(NASTY[rnd.nextInt(NASTY.length)]);
          break;
        case 1:
          sb.append((char) rnd.nextInt(0x10000)); // any UTF-16 code unit, lone surrogates included
          break;
        default:
          sb.append((char) ('a' + rnd.nextInt(26)));
      }
    }
    return sb.toString();
  }

  private static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
  }

  @RepeatedTest(200)
  void textAndAttributesRoundTrip(RepetitionInfo info) throws Exception {
    long seed = 0xD0C5L + info.getCurrentRepetition();
    String s = random(new Random(seed));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOut x = new XmlOut(bytes);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a v=\"").attr(s).raw("\">").text(s).raw("</a>");
    x.flush();
    Element a;
    try {
      a = parse(bytes.toByteArray());
    } catch (Exception e) {
      throw new AssertionError("seed " + seed + ": not well-formed for " + s.codePoints()
          .mapToObj(Integer::toHexString).toList(), e);
    }
    String clean = XmlOut.clean(s);
    assertThat(a.getTextContent()).as("seed %d", seed).isEqualTo(clean);
    assertThat(a.getAttribute("v")).as("seed %d", seed).isEqualTo(clean);
  }

  @Test
  void cleanReplacesWhatXmlCannotHoldAndKeepsSurrogatePairs() {
    assertThat(XmlOut.clean("a\u0001b\uFFFEc\uD800d\uD83D\uDD25e\tf\ng"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDD25e\tf\ng");
    assertThat(XmlOut.clean("\uDD25\uD83D")).isEqualTo("\uFFFD\uFFFD");
    String plain = "nothing to do";
    assertThat(XmlOut.clean(plain)).isSameAs(plain);
  }

  @Test
  void longTextCrossesTheBufferIntact() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("\u00e9\uD83D\uDD25&<").append(i);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOut x = new XmlOut(bytes);
    x.raw("<a>").text(sb.toString()).raw("</a>").flush();
    assertThat(parse(bytes.toByteArray()).getTextContent()).isEqualTo(sb.toString());
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).startsWith("<a>\u00e9\uD83D\uDD25&amp;&lt;0");
  }

  @Test
  void markupMustBeAscii() {
    XmlOut x = new XmlOut(new ByteArrayOutputStream());
    assertThatThrownBy(() -> x.raw("<w:t>\u2611</w:t>")).isInstanceOf(IllegalArgumentException.class);
  }
}

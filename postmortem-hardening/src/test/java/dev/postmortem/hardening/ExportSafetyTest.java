package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.postmortem.export.Audience;
import dev.postmortem.export.DroppedContent;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.Link;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Output safety of every exporter: links only to http, https and mailto; hostile text never
 * turns into markup; nothing is fetched from the network while exporting.
 */
class ExportSafetyTest {
  /** The one piece of HTML the Markdown exporter writes: a line break inside a table cell. */
  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("<br\\s*/?>");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final List<String> HOSTILE_URLS = List.of(
      "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://ftp.example.com/x",
      "\\\\smb-host\\share\\x", "//evil.example.com/x", "jar:file:/x.jar!/", "https://ok.example.com/a b",
      "https://good.example.com/path?q=1", "mailto:someone@example.com", "http://127.0.0.1/local");
  private static final Set<String> SAFE_URLS = Set.of("https://good.example.com/path?q=1",
      "mailto:someone@example.com", "http://127.0.0.1/local");

  /** A post-mortem whose links, evidence and free Markdown point everywhere. */
  static Postmortem withHostileLinks(String extraUrl) {
    Postmortem base = PostmortemGenerator.seeded(99).hostileStrings(true).timelineEvents(4).next();
    List<Link> links = new ArrayList<>(base.links());
    List<Evidence> evidence = new ArrayList<>(base.evidence());
    StringBuilder md = new StringBuilder("Links in free text:\n\n");
    int i = 0;
    List<String> urls = new ArrayList<>(HOSTILE_URLS);
    if (extraUrl != null) {
      urls.add(extraUrl);
    }
    for (String url : urls) {
      links.add(Link.builder().url(url).title("link " + i).build());
      evidence.add(Evidence.builder().id("X" + i).kind(EvidenceKind.values()[0]).title("evidence " + i)
          .link(url).build());
      md.append("- [text ").append(i).append("](").append(url.replace(" ", "%20")).append(")\n")
          .append("- ![image ").append(i).append("](").append(url.replace(" ", "%20")).append(")\n")
          .append("- <a href=\"").append(url).append("\">anchor ").append(i).append("</a>\n")
          .append("- <img src=\"").append(url).append("\">\n")
          .append("- <").append(url.strip()).append(">\n");
      i++;
    }
    return Postmortem.copyOf(base).withLinks(links).withEvidence(evidence)
        .withAdditionalSections(AdditionalSection.of("Links", md.toString()));
  }

  private static void assertSafe(String what, String url) {
    String u = url.strip();
    if (u.startsWith("#")) {
      return; // a link inside the document
    }
    String scheme;
    try {
      scheme = URI.create(u).getScheme();
    } catch (IllegalArgumentException e) {
      throw new AssertionError(what + ": link target is not a URI: " + url, e);
    }
    assertThat(scheme).as("%s: scheme of %s", what, url).isNotNull();
    assertThat(SAFE_SCHEMES).as("%s: link %s", what, url).contains(scheme.toLowerCase(Locale.ROOT));
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void markdownLinksOnlyHttpHttpsAndMailto(Audience audience) {
    String md = MarkdownExporter.builder().audience(audience).creationTime(Exports.CREATED).build()
        .toString(withHostileLinks(null));
    Node doc = Parser.builder().build().parse(md);
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Link link) {
        assertSafe("Markdown " + audience, link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        assertSafe("Markdown image " + audience, image.getDestination());
      }

      @Override
      public void visit(HtmlInline html) {
        if (!LINE_BREAK.matcher(html.getLiteral()).matches()) {
          throw new AssertionError("raw HTML in the Markdown output: " + html.getLiteral());
        }
      }

      @Override
      public void visit(HtmlBlock html) {
        throw new AssertionError("raw HTML block in the Markdown output: " + html.getLiteral());
      }
    });
  }

  @ParameterizedTest
  @EnumSource(value = Exports.Kind.class, names = {"DOCX", "PDF"})
  void wordAndPdfLinksOnlyHttpHttpsAndMailto(Exports.Kind kind) {
    for (Audience audience : Audience.values()) {
      byte[] out = Exports.bytes(Exports.exporter(kind, audience), withHostileLinks(null));
      for (String link : Exports.links(kind, out)) {
        assertSafe(kind + " " + audience, link);
      }
    }
  }

  /**
   * Every link target that is not made live is reported, in every format and audience, and no
   * live one is: nothing is dropped silently.
   */
  @ParameterizedTest
  @EnumSource(Exports.Kind.class)
  void droppedLinksAreReported(Exports.Kind kind) {
    Postmortem pm = withHostileLinks(null);
    for (Audience audience : Audience.values()) {
      List<DroppedContent> dropped = new ArrayList<>();
      Exports.bytes(Exports.exporter(kind, audience, dropped::add), pm);
      Set<String> reported = new HashSet<>();
      for (DroppedContent d : dropped) {
        if (d.reason() != DroppedContent.Reason.UNSAFE_LINK) {
          continue; // other drops (PDF glyphs no font has) are reported in their own words
        }
        reported.add(d.value());
        assertThat(d.postmortemId()).isEqualTo(pm.id());
        assertThat(d.message()).as("%s %s", kind, audience).contains("kept as plain text");
      }
      for (String url : HOSTILE_URLS) {
        boolean live = SAFE_URLS.contains(url);
        if (audience == Audience.INTERNAL) {
          // the internal report shows every link: each unsafe one must have been reported
          assertThat(reported.contains(url)).as("%s %s: %s reported", kind, audience, url)
              .isEqualTo(!live);
        } else if (live) {
          assertThat(reported).as("%s %s", kind, audience).doesNotContain(url);
        }
      }
    }
  }

  @Test
  void hostileTextNeverBecomesMarkup() {
    PostmortemGenerator gen = PostmortemGenerator.seeded(4242).hostileStrings(true).timelineEvents(6);
    Parser parser = Parser.builder().build();
    for (int n = 0; n < 20; n++) {
      Postmortem pm = gen.next();
      for (Audience audience : Audience.values()) {
        String md = MarkdownExporter.builder().audience(audience).creationTime(Exports.CREATED).build().toString(pm);
        AtomicInteger html = new AtomicInteger();
        List<String> links = new ArrayList<>();
        parser.parse(md).accept(new AbstractVisitor() {
          @Override
          public void visit(HtmlInline h) {
            if (!LINE_BREAK.matcher(h.getLiteral()).matches()) {
              html.incrementAndGet();
            }
          }

          @Override
          public void visit(HtmlBlock h) {
            html.incrementAndGet();
          }

          @Override
          public void visit(org.commonmark.node.Link l) {
            links.add(l.getDestination());
            visitChildren(l);
          }

          @Override
          public void visit(Image i) {
            links.add(i.getDestination());
          }
        });
        assertThat(html.get()).as("seed %d #%d %s: HTML nodes", gen.seed(), n, audience).isZero();
        for (String link : links) {
          assertSafe("seed " + gen.seed() + " #" + n + " " + audience, link);
          assertThat(link).as("a hostile fragment became a link").doesNotContain("javascript");
        }
      }
    }
  }

  @Test
  void nothingIsFetchedWhileExporting() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "no".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/image.png";
      Postmortem pm = withHostileLinks(url);
      pm = Postmortem.copyOf(pm).withAdditionalSections(List.of(
          pm.additionalSections().get(0),
          AdditionalSection.of("Picture", "![remote picture](" + url + ")\n\n<img src=\"" + url + "\">")));
      for (Exports.Kind kind : Exports.Kind.values()) {
        for (Audience audience : Audience.values()) {
          Exports.bytes(Exports.exporter(kind, audience), pm);
        }
      }
      Exports.bytes(Exports.exporter(Exports.Kind.PDF, Audience.INTERNAL), ExamplePostmortem.create());
    } finally {
      server.stop(0);
    }
    assertThat(requests.get()).as("HTTP requests made while exporting").isZero();
  }
}

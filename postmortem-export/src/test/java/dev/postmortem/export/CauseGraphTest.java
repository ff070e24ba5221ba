package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cause graph: the tree walk, the Mermaid flowchart in Markdown, the diagram in Word and PDF and
 * the indented tree when it is too large to draw.
 */
class CauseGraphTest {
  private static CauseGraph.Node node(String id) {
    return new CauseGraph.Node(id, "Contributing factor", "cause " + id, Tone.NONE);
  }

  private static String tree(CauseGraph g) {
    StringBuilder sb = new StringBuilder();
    for (CauseGraph.Line l : g.tree()) {
      sb.append("  ".repeat(l.depth())).append(l.node().id()).append(l.repeated() ? " (again)" : "").append('\n');
    }
    return sb.toString();
  }

  @Test
  void treeStartsAtCausesNothingLedToAndShowsASharedCauseOnce() {
    CauseGraph g = CauseGraph.of(List.of(node("C1"), node("C2"), node("C3"), node("C4"), node("C5")),
        List.of(new CauseGraph.Edge("C3", "C1"), new CauseGraph.Edge("C4", "C1"), new CauseGraph.Edge("C1", "C2"),
            new CauseGraph.Edge("C2", "C5"), new CauseGraph.Edge("C2", "C9"), new CauseGraph.Edge("C3", "C1")));
    assertThat(g.edges()).hasSize(4); // the unknown C9 and the repeat are left out
    assertThat(tree(g)).isEqualTo("C3\n  C1\n    C2\n      C5\nC4\n  C1 (again)\n");
  }

  @Test
  void cyclesAreCutAndEveryCauseIsShown() {
    CauseGraph g = CauseGraph.of(List.of(node("A"), node("B"), node("C")),
        List.of(new CauseGraph.Edge("A", "B"), new CauseGraph.Edge("B", "A"), new CauseGraph.Edge("C", "C")));
    assertThat(tree(g)).isEqualTo("A\n  B\n    A (again)\nC\n  C (again)\n");
  }

  @Test
  void aLongChainNeedsNoDeepStack() {
    List<CauseGraph.Node> nodes = new ArrayList<>();
    List<CauseGraph.Edge> edges = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      nodes.add(node("C" + i));
      if (i > 0) {
        edges.add(new CauseGraph.Edge("C" + (i - 1), "C" + i));
      }
    }
    List<CauseGraph.Line> lines = CauseGraph.of(nodes, edges).tree();
    assertThat(lines).hasSize(50_000);
    assertThat(lines.get(49_999).depth()).isEqualTo(49_999);
  }

  @Test
  void markdownDrawsAMermaidFlowchartWithEscapedLabels() {
    Postmortem pm = ExamplePostmortem.create();
    List<Cause> causes = new ArrayList<>(pm.causes());
    causes.set(1, Cause.builder().from(causes.get(1))
        .description("Pool \"wait\" above 5%; [queue] grew <fast> #1 `x`").build());
    String md = Reports.markdown(Audience.INTERNAL).build()
        .toString(Postmortem.builder().from(pm).causes(causes).build());
    int at = md.indexOf("```mermaid\nflowchart LR\n");
    assertThat(at).isPositive();
    String chart = md.substring(at, md.indexOf("```\n", at + 3) + 4);
    assertThat(chart).contains("n1[\"C1 · Trigger<br/>Configuration change CHG-4471 reduced db.pool.maxSize from…\"]:::trigger")
        .contains("n2[\"C2 · Contributing factor<br/>Pool #34;wait#34; above 5#37;#59; #91;queue#93; grew #60;fast#62; #35;1 x\"]")
        .contains("n3[\"C3 · Root cause<br/>")
        .contains("n3 --> n1").contains("n4 --> n1").contains("n1 --> n2").contains("n2 --> n5")
        .contains("classDef root");
    // nothing in a label can end the string, the node or the block
    for (String line : chart.split("\n")) {
      if (line.startsWith("    n") && line.contains("[\"")) {
        String label = line.substring(line.indexOf("[\"") + 2, line.lastIndexOf("\"]"));
        assertThat(label).doesNotContain("\"").doesNotContain("]").doesNotContain("`");
      }
    }
    assertThat(md.indexOf("## How the causes connect")).isLessThan(at);
  }

  @Test
  void wordAndPdfDrawADiagram() throws Exception {
    Postmortem pm = ExamplePostmortem.create();
    byte[] docxBytes = Reports.docx(Audience.INTERNAL).build().toBytes(pm);
    byte[] pdfBytes = Reports.pdf(Audience.INTERNAL).build().toBytes(pm);
    if (Boolean.getBoolean("causegraph.keep")) { // to look at the pages
      java.nio.file.Files.write(java.nio.file.Path.of("target/causegraph.docx"), docxBytes);
      java.nio.file.Files.write(java.nio.file.Path.of("target/causegraph.pdf"), pdfBytes);
    }
    // PDF: vector boxes with their text, not the tree
    String pdf = Reports.pdfText(pdfBytes);
    assertThat(pdf).contains("How the causes connect").contains("C3 · Root cause").contains("C1 · Trigger")
        .contains("C5 · Contributing factor").contains("Each arrow points from a cause to what it led to.")
        .doesNotContain("(see above)");
    // Word: a second picture after the timeline chart, the graph in words as its alternative text
    String xml = entry(docxBytes, "word/document.xml");
    assertThat(xml).contains("name=\"Cause graph 2\"")
        .contains("descr=\"Cause graph. C3 Root cause: Configuration changes are reviewed")
        .contains("led to C1 Trigger: Configuration change CHG-4471")
        .contains("demand.   led to C1 Trigger: Configuration").contains("led to C1 Trigger (see above).\"");
    assertThat(entry(docxBytes, "word/media/image2.png")).startsWith("\u0089PNG");
    assertThat(Reports.docxText(docxBytes)).contains("How the causes connect").doesNotContain("(see above)");
  }

  @Test
  void aGraphTooWideForThePageIsAnIndentedTree() {
    Postmortem pm = ExamplePostmortem.create();
    // a chain of nine causes needs nine columns: boxes that narrow cannot be read
    List<Cause> chain = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      var c = Cause.builder().from(pm.causes().get(1)).id("K" + i).description("Step " + i + " of a long chain")
          .trigger(false).rootCause(i == 1);
      chain.add(c.ledTo(i < 9 ? List.of("K" + (i + 1)) : List.of()).build());
    }
    Postmortem long9 = Postmortem.builder().from(pm).causes(chain).fiveWhys(List.of()).build();
    String docx = Reports.docxText(Reports.docx(Audience.INTERNAL).build().toBytes(long9));
    String pdf = Reports.pdfText(Reports.pdf(Audience.INTERNAL).build().toBytes(long9));
    for (String text : List.of(docx, pdf)) {
      assertThat(text).contains("How the causes connect").containsPattern("K1 Root cause: Step 1 of a long chain")
          .containsPattern("\u2192 K2 Contributing factor: Step 2").containsPattern("\u2192 K9 Contributing factor: Step 9")
          .doesNotContain("Each arrow points");
    }
  }

  private static String entry(byte[] zip, String name) throws java.io.IOException {
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
      }
    }
    throw new AssertionError(name + " missing");
  }

  @Test
  void noGraphWithoutEdgesNorForOtherAudiences() {
    Postmortem pm = ExamplePostmortem.create();
    List<Cause> unlinked = pm.causes().stream().map(c -> (Cause) Cause.builder().from(c).ledTo(List.of()).build()).toList();
    String md = Reports.markdown(Audience.INTERNAL).build().toString(Postmortem.builder().from(pm).causes(unlinked).build());
    assertThat(md).doesNotContain("flowchart").doesNotContain("How the causes connect");
    for (Audience a : List.of(Audience.EXECUTIVE, Audience.EXTERNAL)) {
      assertThat(Reports.markdown(a).build().toString(pm)).doesNotContain("flowchart");
    }
  }
}

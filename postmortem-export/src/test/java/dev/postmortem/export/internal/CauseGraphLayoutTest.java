package dev.postmortem.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.CauseGraph;
import dev.postmortem.export.Tone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cause graph's layout: columns along the edges, no overlaps, every edge drawn, same every time. */
class CauseGraphLayoutTest {
  /** About DejaVu Sans Condensed: wide characters twice as wide. */
  static final CauseGraphLayout.Measure MEASURE = (s, size, bold) -> {
    float w = 0;
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      w += TextWrap.wide(s.codePointAt(i)) ? 1f : bold ? 0.6f : 0.55f;
    }
    return w * size;
  };
  private static final float WIDTH = 515;

  private static CauseGraph.Node node(String id, String role, String label) {
    Tone tone = role.equals("Trigger") ? Tone.WARNING : role.equals("Root cause") ? Tone.CRITICAL : Tone.NONE;
    return new CauseGraph.Node(id, role, label, tone);
  }

  private static CauseGraph.Edge edge(String from, String to) {
    return new CauseGraph.Edge(from, to);
  }

  private static CauseGraphLayout layout(CauseGraph g) {
    return CauseGraphLayout.of(g, WIDTH, 700, MEASURE).orElseThrow();
  }

  private static Map<String, CauseGraphLayout.Box> byId(CauseGraphLayout l) {
    Map<String, CauseGraphLayout.Box> m = new HashMap<>();
    l.boxes().forEach(b -> m.put(b.node().id(), b));
    return m;
  }

  @Test
  void rootCausesLeftOfTheTriggerLeftOfItsEffects() {
    CauseGraph g = CauseGraph.of(List.of(node("C1", "Trigger", "Configuration change reduced the pool from 50 to 5."),
        node("C2", "Contributing factor", "Requests queued for a connection and timed out after 2 s."),
        node("C3", "Root cause", "Configuration changes are reviewed as text diffs."),
        node("C4", "Root cause", "Canary analysis compares error rates only."),
        node("C5", "Contributing factor", "No alert on connection-pool saturation.")),
        List.of(edge("C1", "C2"), edge("C2", "C5"), edge("C3", "C1"), edge("C4", "C1")));
    CauseGraphLayout l = layout(g);
    Map<String, CauseGraphLayout.Box> b = byId(l);
    assertThat(List.of(b.get("C3").column(), b.get("C4").column(), b.get("C1").column(), b.get("C2").column(),
        b.get("C5").column())).containsExactly(0, 0, 1, 2, 3);
    assertThat(b.get("C3").x()).isLessThan(b.get("C1").x());
    assertThat(b.get("C3").y()).isLessThan(b.get("C4").y()); // the document's order where nothing else decides
    // the trigger sits between the two root causes that led to it
    float mid = b.get("C1").y() + b.get("C1").h() / 2;
    assertThat(mid).isBetween(b.get("C3").y() + b.get("C3").h() / 2, b.get("C4").y() + b.get("C4").h() / 2);
    assertThat(b.get("C1").head()).isEqualTo("C1 · Trigger");
    checkInvariants(g, l);
  }

  @Test
  void columnsAreOrderedToAvoidCrossings() {
    // in the document's order the edges A→D and B→C cross; swapping C and D uncrosses them
    CauseGraph g = CauseGraph.of(List.of(node("A", "Root cause", "a"), node("B", "Root cause", "b"),
        node("C", "Contributing factor", "c"), node("D", "Contributing factor", "d")),
        List.of(edge("A", "D"), edge("B", "C")));
    Map<String, CauseGraphLayout.Box> b = byId(layout(g));
    assertThat(b.get("A").y()).isLessThan(b.get("B").y());
    assertThat(b.get("D").y()).isLessThan(b.get("C").y());
  }

  @Test
  void aCauseNothingLedToStandsNextToWhatItLedTo() {
    // X led only to the last cause of a chain: it is drawn in the column before it, not at the left
    CauseGraph g = CauseGraph.of(List.of(node("A", "Root cause", "a"), node("B", "Trigger", "b"),
        node("C", "Contributing factor", "c"), node("X", "Contributing factor", "x")),
        List.of(edge("A", "B"), edge("B", "C"), edge("X", "C")));
    Map<String, CauseGraphLayout.Box> b = byId(layout(g));
    assertThat(b.get("X").column()).isEqualTo(1);
  }

  @Test
  void cyclesAndLoopsAreDrawnWithEveryEdge() {
    CauseGraph g = CauseGraph.of(List.of(node("A", "Trigger", "a"), node("B", "Contributing factor", "b"),
        node("C", "Contributing factor", "c")),
        List.of(edge("A", "B"), edge("B", "C"), edge("C", "A"), edge("B", "B"), edge("B", "A")));
    CauseGraphLayout l = layout(g);
    assertThat(l.routes()).hasSize(5);
    assertThat(l.routes().stream().filter(CauseGraphLayout.Route::reversed).map(r -> r.edge().from()))
        .containsExactlyInAnyOrder("C", "B");
    checkInvariants(g, l);
  }

  @Test
  void labelsAreWrappedInsideTheirBoxes() {
    String jp = "設定変更により接続プールの上限が50から5に下がり、ピーク時に接続待ちが発生した。";
    CauseGraph g = CauseGraph.of(List.of(node("C1", "Trigger", jp),
        node("C2", "Contributing factor", "x".repeat(300)),
        node("C3", "Root cause", "word ".repeat(200))),
        List.of(edge("C3", "C1"), edge("C1", "C2")));
    CauseGraphLayout l = layout(g);
    for (CauseGraphLayout.Box b : l.boxes()) {
      assertThat(b.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(CauseGraphLayout.MAX_LINES);
      for (String line : b.lines()) {
        assertThat(MEASURE.width(line, CauseGraphLayout.LABEL_SIZE, false))
            .isLessThanOrEqualTo(b.w() - 2 * CauseGraphLayout.INNER);
      }
    }
    assertThat(String.join("", byId(l).get("C1").lines())).isEqualTo(jp); // Japanese needs no spaces to wrap
    assertThat(byId(l).get("C3").lines().get(CauseGraphLayout.MAX_LINES - 1)).endsWith("\u2026");
    checkInvariants(g, l);
  }

  @Test
  void graphsTooLargeForAPageHaveNoLayout() {
    List<CauseGraph.Node> nodes = new ArrayList<>();
    List<CauseGraph.Edge> chain = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      nodes.add(node("C" + i, "Contributing factor", "cause " + i));
      if (i > 0) {
        chain.add(edge("C" + (i - 1), "C" + i));
      }
    }
    assertThat(CauseGraphLayout.of(CauseGraph.of(nodes, chain), WIDTH, 700, MEASURE)).isEmpty(); // 9 columns
    assertThat(CauseGraphLayout.of(CauseGraph.of(nodes.subList(0, 4), chain.subList(0, 3)), WIDTH, 700, MEASURE))
        .isPresent();
    List<CauseGraph.Node> many = new ArrayList<>();
    List<CauseGraph.Edge> star = new ArrayList<>();
    for (int i = 0; i <= CauseGraphLayout.MAX_NODES; i++) {
      many.add(node("C" + i, "Contributing factor", "cause " + i));
      if (i > 0) {
        star.add(edge("C" + i, "C0"));
      }
    }
    assertThat(CauseGraphLayout.of(CauseGraph.of(many, star), WIDTH, 10_000, MEASURE)).isEmpty();
    // twenty causes leading to one are too tall for 300 points
    assertThat(CauseGraphLayout.of(CauseGraph.of(many.subList(0, 21), star.subList(0, 20)), WIDTH, 300, MEASURE))
        .isEmpty();
  }

  @Test
  void randomGraphsKeepTheInvariantsAndTheSameLayoutEveryTime() {
    Random r = new Random(16);
    int laidOut = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(18);
      List<CauseGraph.Node> nodes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String role = r.nextInt(4) == 0 ? "Root cause" : r.nextInt(4) == 0 ? "Trigger" : "Contributing factor";
        StringBuilder label = new StringBuilder();
        for (int w = r.nextInt(30); w >= 0; w--) {
          label.append(r.nextInt(8) == 0 ? "接続" : "word".substring(0, 1 + r.nextInt(4)).repeat(1 + r.nextInt(4)))
              .append(' ');
        }
        nodes.add(node("C" + i, role, label.toString()));
      }
      List<CauseGraph.Edge> edges = new ArrayList<>();
      for (int e = r.nextInt(2 * n + 1); e > 0; e--) {
        edges.add(edge("C" + r.nextInt(n), "C" + r.nextInt(n)));
      }
      CauseGraph g = CauseGraph.of(nodes, edges);
      Optional<CauseGraphLayout> l = CauseGraphLayout.of(g, WIDTH, 2_000, MEASURE);
      if (l.isEmpty()) {
        continue;
      }
      laidOut++;
      checkInvariants(g, l.get());
      assertThat(CauseGraphLayout.of(g, WIDTH, 2_000, MEASURE).orElseThrow().toString() + routes(l.get()))
          .isEqualTo(l.get().toString() + routes(l.get()));
    }
    assertThat(laidOut).isGreaterThan(150);
  }

  private static String routes(CauseGraphLayout l) {
    StringBuilder sb = new StringBuilder();
    for (CauseGraphLayout.Route r : l.routes()) {
      r.segments().forEach(s -> sb.append(java.util.Arrays.toString(s)));
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Every cause has one box, inside the drawing, apart from every other; every edge has a curve from
   * the side of the box it leaves to the side of the box it enters, passing no box on its way.
   */
  static void checkInvariants(CauseGraph g, CauseGraphLayout l) {
    assertThat(l.boxes()).hasSize(g.nodes().size());
    List<CauseGraphLayout.Box> boxes = l.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      CauseGraphLayout.Box a = boxes.get(i);
      assertThat(a.node()).isEqualTo(g.nodes().get(i));
      assertThat(a.x()).isGreaterThanOrEqualTo(0);
      assertThat(a.y()).isGreaterThanOrEqualTo(0);
      assertThat(a.x() + a.w()).isLessThanOrEqualTo(l.width());
      assertThat(a.y() + a.h()).isLessThanOrEqualTo(l.height());
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(a.overlaps(boxes.get(j), 5)).as("%s and %s overlap", a, boxes.get(j)).isFalse();
      }
    }
    Map<String, CauseGraphLayout.Box> byId = byId(l);
    assertThat(l.routes()).hasSize(g.edges().size());
    for (int e = 0; e < g.edges().size(); e++) {
      CauseGraphLayout.Route r = l.routes().get(e);
      assertThat(r.edge()).isEqualTo(g.edges().get(e));
      CauseGraphLayout.Box from = byId.get(r.edge().from());
      CauseGraphLayout.Box to = byId.get(r.edge().to());
      float[] first = r.segments().get(0);
      float[] last = r.segments().get(r.segments().size() - 1);
      for (int k = 1; k < r.segments().size(); k++) {
        float[] p = r.segments().get(k - 1);
        float[] q = r.segments().get(k);
        assertThat(new float[] {q[0], q[1]}).containsExactly(p[6], p[7]); // joined
      }
      if (from == to) {
        assertThat(first[1]).isEqualTo(from.y()); // a loop over the top of its box
        assertThat(last[7]).isEqualTo(from.y());
        continue;
      }
      CauseGraphLayout.Box left = r.reversed() ? to : from;
      CauseGraphLayout.Box right = r.reversed() ? from : to;
      assertThat(left.column()).isLessThan(right.column());
      assertThat(first[0]).isEqualTo(left.x() + left.w());
      assertThat(first[1]).isBetween(left.y(), left.y() + left.h());
      assertThat(last[6]).isEqualTo(right.x());
      assertThat(last[7]).isBetween(right.y(), right.y() + right.h());
      for (float[] s : r.segments()) {
        for (int k = 1; k < 20; k++) {
          double t = k / 20.0;
          double u = 1 - t;
          double x = u * u * u * s[0] + 3 * u * u * t * s[2] + 3 * u * t * t * s[4] + t * t * t * s[6];
          double y = u * u * u * s[1] + 3 * u * u * t * s[3] + 3 * u * t * t * s[5] + t * t * t * s[7];
          for (CauseGraphLayout.Box b : boxes) {
            boolean inside = x > b.x() + 0.5 && x < b.x() + b.w() - 0.5 && y > b.y() + 0.5 && y < b.y() + b.h() - 0.5;
            assertThat(inside).as("edge %s passes through %s at %s,%s", r.edge(), b.node().id(), x, y).isFalse();
          }
        }
      }
    }
  }
}

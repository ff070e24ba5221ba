package dev.postmortem.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The causes and what each led to, as a graph for {@link ReportWriter#causeGraph(CauseGraph)}:
 * nodes in the document's order and an edge from a cause to each cause it led to (root causes
 * lead to the trigger, the trigger to its effects). Edges to unknown nodes and repeated edges are
 * left out; cycles are allowed and {@link #tree()} cuts them.
 */
public final class CauseGraph {
  /**
   * A cause.
   *
   * @param id its id, such as {@code C1}
   * @param role what it is: {@code Trigger}, {@code Root cause}, {@code Contributing factor}
   * @param label its description, plain text
   * @param tone how it is highlighted
   */
  public record Node(String id, String role, String label, Tone tone) {
    /** Checks the parts. */
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(tone, "tone");
    }
  }

  /**
   * An edge: {@code from} led to {@code to}.
   *
   * @param from the id of the cause
   * @param to the id of what it led to
   */
  public record Edge(String from, String to) {
    /** Checks the parts. */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * One line of the graph drawn as an indented tree.
   *
   * @param depth how far it is indented, 0 for a cause nothing led to
   * @param node the cause
   * @param repeated whether the cause was shown further up (its own branch is not repeated)
   */
  public record Line(int depth, Node node, boolean repeated) {}

  private final List<Node> nodes;
  private final List<Edge> edges;

  private CauseGraph(List<Node> nodes, List<Edge> edges) {
    this.nodes = nodes;
    this.edges = edges;
  }

  /**
   * A graph of the given nodes and edges.
   *
   * @param nodes the causes, ids unique
   * @param edges what led to what; edges naming an unknown id, and repeats, are left out
   * @return the graph
   * @throws IllegalArgumentException when two nodes share an id
   */
  public static CauseGraph of(List<Node> nodes, List<Edge> edges) {
    Map<String, Node> byId = new LinkedHashMap<>();
    for (Node n : nodes) {
      if (byId.put(n.id(), n) != null) {
        throw new IllegalArgumentException("two causes have the id " + n.id());
      }
    }
    List<Edge> kept = new ArrayList<>();
    Set<Edge> seen = new HashSet<>();
    for (Edge e : edges) {
      if (byId.containsKey(e.from()) && byId.containsKey(e.to()) && seen.add(e)) {
        kept.add(e);
      }
    }
    return new CauseGraph(List.copyOf(byId.values()), Collections.unmodifiableList(kept));
  }

  /** The causes, in the document's order. */
  public List<Node> nodes() {
    return nodes;
  }

  /** What led to what, in the document's order. */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * The graph as an indented tree for formats without a diagram: each cause nothing led to at
   * depth 0 with what it led to below it, depth first in the document's order; a cause reached a
   * second time (two causes led to it, or a cycle) is shown again as repeated without its branch.
   * Causes only in cycles start a tree of their own, so every cause is shown.
   *
   * @return the lines, top to bottom
   */
  public List<Line> tree() {
    Map<String, List<String>> out = new HashMap<>();
    Set<String> led = new HashSet<>();
    for (Edge e : edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
      led.add(e.to());
    }
    Map<String, Node> byId = new HashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    List<Line> lines = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (Node n : nodes) {
      if (!led.contains(n.id())) {
        walk(n, 0, out, byId, shown, lines);
      }
    }
    for (Node n : nodes) {
      if (!shown.contains(n.id())) {
        walk(n, 0, out, byId, shown, lines); // in a cycle only
      }
    }
    return lines;
  }

  private static void walk(Node start, int depth0, Map<String, List<String>> out, Map<String, Node> byId,
      Set<String> shown, List<Line> lines) {
    // an explicit stack: a long chain of causes must not overflow the thread's stack
    ArrayList<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {start, depth0});
    while (!stack.isEmpty()) {
      Object[] top = stack.remove(stack.size() - 1);
      Node n = (Node) top[0];
      int depth = (Integer) top[1];
      boolean repeated = !shown.add(n.id());
      lines.add(new Line(depth, n, repeated));
      if (repeated) {
        continue;
      }
      List<String> next = out.getOrDefault(n.id(), List.of());
      for (int i = next.size() - 1; i >= 0; i--) {
        stack.add(new Object[] {byId.get(next.get(i)), depth + 1});
      }
    }
  }
}

package dev.postmortem.export.internal;

import dev.postmortem.export.CauseGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a {@link CauseGraph} as boxes in columns, left to right along its edges (a cause left of
 * what it led to: root causes, then the trigger, then its effects), in the layered manner of
 * Sugiyama: cycles are cut by reversing the edges that close them, each cause goes to the column
 * after the longest chain leading to it (a cause nothing led to goes just left of the first thing it
 * led to), an edge spanning several columns passes through the columns between at a place of its
 * own, the causes of a column are ordered by the mean place of their neighbours (sweeps left and
 * right, the order with the fewest crossings kept) and set at the heights closest to their
 * neighbours that keep them apart. Edges are cubic Bézier curves between the columns, so no edge
 * crosses a box.
 *
 * <p>Everything is computed from the graph's order and the text widths alone: the same graph gives
 * the same layout. A graph too large to be read on a page ({@link #MAX_NODES} causes, more columns
 * than fit the width, taller than {@code maxHeight}) has no layout; formats show it as text.
 */
public final class CauseGraphLayout {
  /** Causes beyond this many are shown as text. */
  public static final int MAX_NODES = 40;
  /** Label lines in a box; a longer description ends with an ellipsis (the table has it in full). */
  public static final int MAX_LINES = 7;
  static final float PAD = 8;
  static final float MIN_BOX = 84;
  static final float MAX_BOX = 150;
  static final float MIN_GAP_X = 30;
  static final float MAX_GAP_X = 56;
  static final float GAP_Y = 12;
  static final float INNER = 5;
  /** Font sizes and line height of the header (id and role) and the description. */
  public static final float HEAD_SIZE = 7f;
  public static final float LABEL_SIZE = 7.5f;
  public static final float LINE = 9.3f;
  private static final int MAX_VERTICES = 400;

  /** Measures text. */
  @FunctionalInterface
  public interface Measure {
    /**
     * The width of a text.
     *
     * @param s the text
     * @param size the font size
     * @param bold whether bold
     * @return its width in points
     */
    float width(String s, float size, boolean bold);
  }

  /**
   * A cause's box.
   *
   * @param node the cause
   * @param column its column, 0 at the left
   * @param x left
   * @param y top
   * @param w width
   * @param h height
   * @param head the header line (id and role), fitted to the width
   * @param lines the description's lines
   */
  public record Box(CauseGraph.Node node, int column, float x, float y, float w, float h, String head,
      List<String> lines) {
    /**
     * Whether this box and another overlap or come closer than {@code margin}.
     *
     * @param o the other box
     * @param margin the least distance
     * @return whether they do
     */
    public boolean overlaps(Box o, float margin) {
      return x < o.x + o.w + margin && o.x < x + w + margin && y < o.y + o.h + margin && o.y < y + h + margin;
    }
  }

  /**
   * An edge as cubic Bézier segments, each {@code x0 y0 c1x c1y c2x c2y x1 y1}, joined end to start
   * from left to right.
   *
   * @param edge the edge
   * @param segments the curve
   * @param reversed whether the edge points right to left (it closes a cycle): the arrow head is at
   *     the start of the first segment, not at the end of the last
   */
  public record Route(CauseGraph.Edge edge, List<float[]> segments, boolean reversed) {}

  private final float width;
  private final float height;
  private final List<Box> boxes;
  private final List<Route> routes;

  private CauseGraphLayout(float width, float height, List<Box> boxes, List<Route> routes) {
    this.width = width;
    this.height = height;
    this.boxes = Collections.unmodifiableList(boxes);
    this.routes = Collections.unmodifiableList(routes);
  }

  /** The width it was laid out for. */
  public float width() {
    return width;
  }

  /** The height it takes. */
  public float height() {
    return height;
  }

  /** The boxes, in the graph's order of nodes. */
  public List<Box> boxes() {
    return boxes;
  }

  /** The edges, in the graph's order of edges. */
  public List<Route> routes() {
    return routes;
  }

  /**
   * Lays out a graph.
   *
   * @param graph the graph
   * @param width the width available
   * @param maxHeight the greatest height the layout may take
   * @param measure measures the labels
   * @return the layout, or empty when the graph does not fit
   */
  public static Optional<CauseGraphLayout> of(CauseGraph graph, float width, float maxHeight, Measure measure) {
    int n = graph.nodes().size();
    if (n == 0 || n > MAX_NODES) {
      return Optional.empty();
    }
    return new Builder(graph, width, measure).build(maxHeight);
  }

  /** One layout in the making: vertices are the causes (0 to n-1), then the points edges pass. */
  private static final class Builder {
    private final CauseGraph graph;
    private final float width;
    private final Measure measure;
    private final int n;
    private final Map<String, Integer> index = new HashMap<>();
    /** Per edge of the graph: its vertices left to right, and whether it is reversed; null for a loop. */
    private final List<int[]> chains = new ArrayList<>();
    private final List<Boolean> reversed = new ArrayList<>();
    private final List<Integer> column = new ArrayList<>();
    private final List<Float> half = new ArrayList<>(); // half the vertex's height
    private List<List<Integer>> columns;
    private float[] centre;

    Builder(CauseGraph graph, float width, Measure measure) {
      this.graph = graph;
      this.width = width;
      this.measure = measure;
      this.n = graph.nodes().size();
      for (int i = 0; i < n; i++) {
        index.put(graph.nodes().get(i).id(), i);
      }
    }

    Optional<CauseGraphLayout> build(float maxHeight) {
      int[] layer = layers();
      int cols = 0;
      for (int l : layer) {
        cols = Math.max(cols, l + 1);
      }
      float boxW = Math.min(MAX_BOX, (width - 2 * PAD - (cols - 1) * MIN_GAP_X) / cols);
      if (boxW < MIN_BOX) {
        return Optional.empty();
      }
      float gapX = cols == 1 ? 0 : Math.min(MAX_GAP_X, (width - 2 * PAD - cols * boxW) / (cols - 1));
      float left = (width - cols * boxW - (cols - 1) * gapX) / 2;
      List<String> heads = new ArrayList<>();
      List<List<String>> labels = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        CauseGraph.Node node = graph.nodes().get(i);
        column.add(layer[i]);
        heads.add(TextWrap.fit(node.id() + " · " + node.role(), boxW - 2 * INNER, HEAD_SIZE, true, measure));
        List<String> lines = TextWrap.wrap(node.label(), boxW - 2 * INNER, LABEL_SIZE, false, MAX_LINES, measure);
        labels.add(lines);
        half.add((INNER + HEAD_SIZE + 3 + lines.size() * LINE + INNER - 2) / 2);
      }
      if (!chains(layer)) {
        return Optional.empty();
      }
      columns = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        columns.add(new ArrayList<>());
      }
      for (int v = 0; v < column.size(); v++) {
        columns.get(column.get(v)).add(v);
      }
      order();
      place();
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      for (int v = 0; v < column.size(); v++) {
        top = Math.min(top, centre[v] - half.get(v));
        bottom = Math.max(bottom, centre[v] + half.get(v));
      }
      boolean loops = chains.stream().anyMatch(c -> c.length == 1);
      float shift = PAD + (loops ? 10 : 0) - top;
      float height = bottom + shift + PAD;
      if (height > maxHeight) {
        return Optional.empty();
      }
      List<Box> boxes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        float x = left + layer[i] * (boxW + gapX);
        boxes.add(new Box(graph.nodes().get(i), layer[i], x, centre[i] - half.get(i) + shift, boxW, 2 * half.get(i),
            heads.get(i), List.copyOf(labels.get(i))));
      }
      List<Route> routes = routes(boxes, left, boxW, gapX, shift);
      return Optional.of(new CauseGraphLayout(width, height, boxes, routes));
    }

    /**
     * The column of each cause: cycles cut by depth-first search in the graph's order, then the
     * longest path, then causes nothing led to moved next to what they led to.
     */
    private int[] layers() {
      List<List<Integer>> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new ArrayList<>());
      }
      List<CauseGraph.Edge> edges = graph.edges();
      for (int e = 0; e < edges.size(); e++) {
        out.get(index.get(edges.get(e).from())).add(e);
      }
      // depth-first, with an explicit stack: an edge to a cause on the current path closes a cycle
      int[] state = new int[n];
      boolean[] back = new boolean[edges.size()];
      for (int s = 0; s < n; s++) {
        if (state[s] != 0) {
          continue;
        }
        List<int[]> stack = new ArrayList<>();
        stack.add(new int[] {s, 0});
        state[s] = 1;
        while (!stack.isEmpty()) {
          int[] top = stack.get(stack.size() - 1);
          List<Integer> next = out.get(top[0]);
          if (top[1] == next.size()) {
            state[top[0]] = 2;
            stack.remove(stack.size() - 1);
            continue;
          }
          int e = next.get(top[1]++);
          int to = index.get(edges.get(e).to());
          if (state[to] == 1) {
            back[e] = true;
          } else if (state[to] == 0) {
            state[to] = 1;
            stack.add(new int[] {to, 0});
          }
        }
      }
      // the edges pointing forward (reversed where they close a cycle); loops are left out
      List<int[]> dag = new ArrayList<>();
      int[] indegree = new int[n];
      for (int e = 0; e < edges.size(); e++) {
        int a = index.get(edges.get(e).from());
        int b = index.get(edges.get(e).to());
        if (a != b) {
          dag.add(back[e] ? new int[] {b, a} : new int[] {a, b});
          indegree[back[e] ? a : b]++;
        }
      }
      int[] layer = new int[n];
      // Kahn's order, smallest index first; the DAG has no cycle, so every cause is reached
      java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
      int[] left = indegree.clone();
      for (int i = 0; i < n; i++) {
        if (left[i] == 0) {
          ready.add(i);
        }
      }
      List<List<Integer>> succ = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        succ.add(new ArrayList<>());
      }
      for (int[] d : dag) {
        succ.get(d[0]).add(d[1]);
      }
      while (!ready.isEmpty()) {
        int u = ready.poll();
        for (int v : succ.get(u)) {
          layer[v] = Math.max(layer[v], layer[u] + 1);
          if (--left[v] == 0) {
            ready.add(v);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (indegree[i] == 0 && !succ.get(i).isEmpty()) {
          int min = Integer.MAX_VALUE;
          for (int v : succ.get(i)) {
            min = Math.min(min, layer[v]);
          }
          layer[i] = min - 1;
        }
      }
      this.back = back;
      return layer;
    }

    private boolean[] back;

    /** The vertices of each edge, with a point in every column it passes; false when too many. */
    private boolean chains(int[] layer) {
      for (int e = 0; e < graph.edges().size(); e++) {
        CauseGraph.Edge edge = graph.edges().get(e);
        int a = index.get(edge.from());
        int b = index.get(edge.to());
        if (a == b) {
          chains.add(new int[] {a});
          reversed.add(false);
          continue;
        }
        if (back[e]) {
          int t = a;
          a = b;
          b = t;
        }
        int span = layer[b] - layer[a];
        int[] chain = new int[span + 1];
        chain[0] = a;
        chain[span] = b;
        for (int k = 1; k < span; k++) {
          chain[k] = column.size();
          column.add(layer[a] + k);
          half.add(0f);
          if (column.size() > MAX_VERTICES) {
            return false;
          }
        }
        chains.add(chain);
        reversed.add(back[e]);
      }
      return true;
    }

    /** The links between vertices of neighbouring columns, each {left, right}. */
    private List<int[]> links() {
      List<int[]> links = new ArrayList<>();
      for (int[] c : chains) {
        for (int k = 0; k + 1 < c.length; k++) {
          links.add(new int[] {c[k], c[k + 1]});
        }
      }
      return links;
    }

    /** Orders each column by the barycentres of its neighbours, keeping the order with fewest crossings. */
    private void order() {
      List<int[]> links = links();
      List<List<Integer>> left = new ArrayList<>();
      List<List<Integer>> right = new ArrayList<>();
      for (int v = 0; v < column.size(); v++) {
        left.add(new ArrayList<>());
        right.add(new ArrayList<>());
      }
      for (int[] l : links) {
        right.get(l[0]).add(l[1]);
        left.get(l[1]).add(l[0]);
      }
      int[] pos = new int[column.size()];
      positions(pos);
      List<List<Integer>> best = copy(columns);
      long bestCrossings = crossings(links, pos);
      for (int round = 0; round < 8 && bestCrossings > 0; round++) {
        boolean rightward = round % 2 == 0;
        for (int k = 1; k < columns.size(); k++) {
          int c = rightward ? k : columns.size() - 1 - k;
          List<Integer> col = columns.get(c);
          double[] bary = new double[column.size()];
          for (int v : col) {
            List<Integer> nb = rightward ? left.get(v) : right.get(v);
            double sum = 0;
            for (int u : nb) {
              sum += pos[u];
            }
            bary[v] = nb.isEmpty() ? pos[v] : sum / nb.size();
          }
          col.sort(Comparator.comparingDouble((Integer v) -> bary[v]).thenComparingInt(v -> pos[v]));
          positions(pos);
        }
        long crossings = crossings(links, pos);
        if (crossings < bestCrossings) {
          bestCrossings = crossings;
          best = copy(columns);
        }
      }
      columns = best;
    }

    private void positions(int[] pos) {
      for (List<Integer> col : columns) {
        for (int i = 0; i < col.size(); i++) {
          pos[col.get(i)] = i;
        }
      }
    }

    private static List<List<Integer>> copy(List<List<Integer>> columns) {
      List<List<Integer>> c = new ArrayList<>();
      for (List<Integer> col : columns) {
        c.add(new ArrayList<>(col));
      }
      return c;
    }

    private long crossings(List<int[]> links, int[] pos) {
      long count = 0;
      for (int i = 0; i < links.size(); i++) {
        int[] a = links.get(i);
        for (int j = i + 1; j < links.size(); j++) {
          int[] b = links.get(j);
          if (column.get(a[0]).equals(column.get(b[0]))
              && (long) (pos[a[0]] - pos[b[0]]) * (pos[a[1]] - pos[b[1]]) < 0) {
            count++;
          }
        }
      }
      return count;
    }

    private float gap(int a, int b) {
      boolean da = a >= n;
      boolean db = b >= n;
      return da && db ? 7 : da || db ? 9 : GAP_Y;
    }

    /** Sets the vertices' heights: stacked, then moved towards their neighbours in sweeps. */
    private void place() {
      centre = new float[column.size()];
      for (List<Integer> col : columns) {
        float y = 0;
        for (int i = 0; i < col.size(); i++) {
          int v = col.get(i);
          y += (i == 0 ? 0 : half.get(col.get(i - 1)) + gap(col.get(i - 1), v)) + half.get(v);
          centre[v] = y;
        }
      }
      List<int[]> links = links();
      for (int round = 0; round < 6; round++) {
        boolean rightward = round % 2 == 0;
        for (int k = 0; k < columns.size(); k++) {
          int c = rightward ? k : columns.size() - 1 - k;
          List<Integer> col = columns.get(c);
          double[] want = new double[col.size()];
          for (int i = 0; i < col.size(); i++) {
            int v = col.get(i);
            double sum = 0;
            int count = 0;
            for (int[] l : links) {
              // both sides on the last rounds, the side swept from before
              boolean fromLeft = l[1] == v && (rightward || round >= 4);
              boolean fromRight = l[0] == v && (!rightward || round >= 4);
              if (fromLeft) {
                sum += centre[l[0]];
                count++;
              } else if (fromRight) {
                sum += centre[l[1]];
                count++;
              }
            }
            want[i] = count == 0 ? centre[v] : sum / count;
          }
          settle(col, want);
        }
      }
    }

    /**
     * Sets the column's centres as close to {@code want} as the order and gaps allow (least
     * squares, by pooling adjacent violators).
     */
    private void settle(List<Integer> col, double[] want) {
      int m = col.size();
      double[] offset = new double[m];
      for (int i = 1; i < m; i++) {
        offset[i] = offset[i - 1] + half.get(col.get(i - 1)) + gap(col.get(i - 1), col.get(i)) + half.get(col.get(i));
      }
      double[] value = new double[m];
      int[] size = new int[m];
      int blocks = 0;
      for (int i = 0; i < m; i++) {
        value[blocks] = want[i] - offset[i];
        size[blocks] = 1;
        blocks++;
        while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
          int s = size[blocks - 2] + size[blocks - 1];
          value[blocks - 2] = (value[blocks - 2] * size[blocks - 2] + value[blocks - 1] * size[blocks - 1]) / s;
          size[blocks - 2] = s;
          blocks--;
        }
      }
      int i = 0;
      for (int b = 0; b < blocks; b++) {
        for (int k = 0; k < size[b]; k++, i++) {
          centre[col.get(i)] = (float) (value[b] + offset[i]);
        }
      }
    }

    /** The curves: ports spread over the boxes' sides in the order of the other ends. */
    private List<Route> routes(List<Box> boxes, float left, float boxW, float gapX, float shift) {
      Map<Integer, List<int[]>> outPorts = new HashMap<>(); // vertex -> {chain, other end}
      Map<Integer, List<int[]>> inPorts = new HashMap<>();
      for (int e = 0; e < chains.size(); e++) {
        int[] c = chains.get(e);
        if (c.length > 1) {
          outPorts.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new int[] {e, c[1]});
          inPorts.computeIfAbsent(c[c.length - 1], k -> new ArrayList<>()).add(new int[] {e, c[c.length - 2]});
        }
      }
      float[] startY = new float[chains.size()];
      float[] endY = new float[chains.size()];
      ports(outPorts, boxes, startY);
      ports(inPorts, boxes, endY);
      List<Route> routes = new ArrayList<>();
      for (int e = 0; e < chains.size(); e++) {
        int[] c = chains.get(e);
        List<float[]> segs = new ArrayList<>();
        if (c.length == 1) {
          Box b = boxes.get(c[0]);
          float a = b.x() + b.w() * 0.62f;
          float z = b.x() + b.w() * 0.38f;
          segs.add(new float[] {a, b.y(), a, b.y() - 11, z, b.y() - 11, z, b.y()});
        } else {
          float x = boxes.get(c[0]).x() + boxW;
          float y = startY[e];
          for (int k = 1; k < c.length; k++) {
            float colLeft = left + column.get(c[k]) * (boxW + gapX);
            boolean last = k == c.length - 1;
            float ny = last ? endY[e] : centre[c[k]] + shift;
            float dx = (colLeft - x) / 2;
            segs.add(new float[] {x, y, x + dx, y, colLeft - dx, ny, colLeft, ny});
            if (!last) {
              float colRight = colLeft + boxW;
              float third = boxW / 3;
              segs.add(new float[] {colLeft, ny, colLeft + third, ny, colRight - third, ny, colRight, ny});
              x = colRight;
              y = ny;
            }
          }
        }
        routes.add(new Route(graph.edges().get(e), List.copyOf(segs), reversed.get(e)));
      }
      return routes;
    }

    /** Spreads the edges at each box's side over its height, in the order of their other ends. */
    private void ports(Map<Integer, List<int[]>> ports, List<Box> boxes, float[] y) {
      List<Integer> keys = new ArrayList<>(ports.keySet());
      Collections.sort(keys);
      for (int v : keys) {
        List<int[]> list = ports.get(v);
        list.sort(Comparator.comparingDouble((int[] p) -> centre[p[1]]).thenComparingInt(p -> p[0]));
        Box b = boxes.get(v);
        for (int i = 0; i < list.size(); i++) {
          y[list.get(i)[0]] = b.y() + b.h() * (i + 1) / (list.size() + 1);
        }
      }
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Box b : boxes) {
      sb.append(b.node().id()).append(' ').append(b.column()).append(Arrays.toString(
          new float[] {b.x(), b.y(), b.w(), b.h()})).append('\n');
    }
    return sb.toString();
  }
}

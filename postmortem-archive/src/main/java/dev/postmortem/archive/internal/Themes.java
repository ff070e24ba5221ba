package dev.postmortem.archive.internal;

import dev.postmortem.archive.ArchiveReport.Theme;
import dev.postmortem.archive.ArchiveReport.ThemeMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds themes: causes of different post-mortems whose text is alike.
 *
 * <p>Each cause is a document made of its description and the 5 Whys answers that lead to it.
 * Documents become TF-IDF vectors over stemmed content terms (a term must occur in at least two
 * documents and in at most half of them), normalised to unit length. A single pass in the order
 * given (incident start, then post-mortem and cause id) puts each document in the most similar
 * cluster whose centroid it reaches with a cosine of at least the threshold, or starts a new one;
 * a second pass moves each document to the centroid it is now closest to, which makes the result
 * depend far less on the order. Clusters spanning at least {@code minPostmortems} post-mortems are
 * themes. Candidate clusters are found through an inverted index of the centroids' terms, so the
 * cost grows with the documents times the clusters sharing a term, not with all pairs.
 */
public final class Themes {
  /** A cause to cluster. */
  public record Doc(String postmortem, String cause, String description, String text) {}

  private static final int TERMS_SHOWN = 6;

  private final double threshold;
  private final int minPostmortems;

  /** A theme finder. */
  public Themes(double threshold, int minPostmortems) {
    this.threshold = threshold;
    this.minPostmortems = minPostmortems;
  }

  /** The themes among {@code docs}, largest first; {@code docs} are in chronological order. */
  public List<Theme> find(List<Doc> docs) {
    int n = docs.size();
    Map<String, Integer> termIds = new HashMap<>();
    List<Map<String, Integer>> surface = new ArrayList<>();
    List<Map<Integer, Integer>> tfs = new ArrayList<>(n);
    Map<Integer, Integer> df = new HashMap<>();
    for (Doc d : docs) {
      Map<Integer, Integer> tf = new TreeMap<>();
      for (String[] t : Terms.terms(d.text())) {
        int id = termIds.computeIfAbsent(t[0], k -> {
          surface.add(new TreeMap<>());
          return surface.size() - 1;
        });
        surface.get(id).merge(t[1], 1, Integer::sum);
        tf.merge(id, 1, Integer::sum);
      }
      tf.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
      tfs.add(tf);
    }
    int maxDf = n >= 10 ? n / 2 : n;
    List<Vec> vecs = new ArrayList<>(n);
    for (Map<Integer, Integer> tf : tfs) {
      Map<Integer, Double> w = new TreeMap<>();
      double norm = 0;
      for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
        int d = df.get(e.getKey());
        if (d < 2 || d > maxDf) {
          continue;
        }
        double x = (1 + Math.log(e.getValue())) * Math.log((double) n / d);
        w.put(e.getKey(), x);
        norm += x * x;
      }
      vecs.add(Vec.of(w, Math.sqrt(norm)));
    }
    int[] assign = new int[n];
    List<Centroid> clusters = new ArrayList<>();
    Map<Integer, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Vec v = vecs.get(i);
      if (v.ids.length == 0) {
        assign[i] = -1;
        continue;
      }
      int best = best(v, clusters, postings, -1);
      if (best < 0) {
        best = clusters.size();
        clusters.add(new Centroid());
      }
      clusters.get(best).add(v, best, postings);
      assign[i] = best;
    }
    // second pass: every document to the centroid it is closest to now
    List<Centroid> refined = new ArrayList<>();
    Map<Integer, List<Integer>> refinedPostings = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      refined.add(new Centroid());
    }
    for (int i = 0; i < n; i++) {
      if (assign[i] < 0) {
        continue;
      }
      int best = best(vecs.get(i), clusters, postings, assign[i]);
      assign[i] = best < 0 ? assign[i] : best;
      refined.get(assign[i]).add(vecs.get(i), assign[i], refinedPostings);
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (assign[i] >= 0) {
        members.computeIfAbsent(assign[i], k -> new ArrayList<>()).add(i);
      }
    }
    List<Theme> themes = new ArrayList<>();
    List<Integer> firstDoc = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      Set<String> pms = new LinkedHashSet<>();
      e.getValue().forEach(i -> pms.add(docs.get(i).postmortem()));
      if (pms.size() < minPostmortems) {
        continue;
      }
      Centroid c = refined.get(e.getKey());
      List<Integer> top = c.top(TERMS_SHOWN);
      List<String> terms = new ArrayList<>();
      for (int t : top) {
        terms.add(display(surface.get(t)));
      }
      List<ThemeMember> causes = new ArrayList<>();
      for (int i : e.getValue()) {
        Vec v = vecs.get(i);
        List<String> shared = new ArrayList<>();
        for (int t : c.top(Math.max(TERMS_SHOWN, 10))) {
          if (v.weight(t) > 0) {
            shared.add(display(surface.get(t)));
          }
        }
        double sim = Math.round(c.cosine(v) * 100) / 100.0;
        Doc d = docs.get(i);
        causes.add(new ThemeMember(d.postmortem(), d.cause(), d.description(), shared, sim));
      }
      String name = String.join(" / ", terms.subList(0, Math.min(3, terms.size())));
      themes.add(new Theme(name, terms, List.copyOf(pms), causes));
      firstDoc.add(e.getValue().get(0));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> -themes.get(i).postmortems().size())
        .thenComparingInt(firstDoc::get));
    List<Theme> out = new ArrayList<>();
    order.forEach(i -> out.add(themes.get(i)));
    return out;
  }

  private int best(Vec v, List<Centroid> clusters, Map<Integer, List<Integer>> postings,
      int fallback) {
    Map<Integer, Double> dots = new HashMap<>();
    for (int k = 0; k < v.ids.length; k++) {
      List<Integer> cs = postings.get(v.ids[k]);
      if (cs == null) {
        continue;
      }
      for (int c : cs) {
        dots.merge(c, v.w[k] * clusters.get(c).sum.getOrDefault(v.ids[k], 0.0), Double::sum);
      }
    }
    int best = fallback;
    double bestSim = fallback >= 0 ? clusters.get(fallback).cosine(v) : -1;
    List<Integer> keys = new ArrayList<>(dots.keySet());
    keys.sort(null);
    for (int c : keys) {
      double norm = clusters.get(c).norm();
      double sim = norm == 0 ? 0 : dots.get(c) / norm;
      if (sim >= threshold && (sim > bestSim + 1e-12 || best < 0)) {
        best = c;
        bestSim = sim;
      }
    }
    return bestSim >= threshold ? best : fallback;
  }

  private static String display(Map<String, Integer> forms) {
    String best = null;
    int count = -1;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      if (e.getValue() > count) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best;
  }

  /** A unit-length sparse vector. */
  private static final class Vec {
    final int[] ids;
    final double[] w;

    private Vec(int[] ids, double[] w) {
      this.ids = ids;
      this.w = w;
    }

    static Vec of(Map<Integer, Double> weights, double norm) {
      int[] ids = new int[weights.size()];
      double[] w = new double[weights.size()];
      int k = 0;
      for (Map.Entry<Integer, Double> e : weights.entrySet()) {
        ids[k] = e.getKey();
        w[k++] = e.getValue() / norm;
      }
      return new Vec(ids, w);
    }

    double weight(int id) {
      int k = java.util.Arrays.binarySearch(ids, id);
      return k < 0 ? 0 : w[k];
    }
  }

  /** The sum of a cluster's vectors. */
  private static final class Centroid {
    final Map<Integer, Double> sum = new HashMap<>();
    double norm2;

    void add(Vec v, int self, Map<Integer, List<Integer>> postings) {
      for (int k = 0; k < v.ids.length; k++) {
        Double old = sum.get(v.ids[k]);
        double x = (old == null ? 0 : old) + v.w[k];
        if (old == null) {
          postings.computeIfAbsent(v.ids[k], t -> new ArrayList<>()).add(self);
        } else {
          norm2 -= old * old;
        }
        norm2 += x * x;
        sum.put(v.ids[k], x);
      }
    }

    double norm() {
      return Math.sqrt(Math.max(0, norm2));
    }

    double cosine(Vec v) {
      double dot = 0;
      for (int k = 0; k < v.ids.length; k++) {
        dot += v.w[k] * sum.getOrDefault(v.ids[k], 0.0);
      }
      double n = norm();
      return n == 0 ? 0 : dot / n;
    }

    List<Integer> top(int count) {
      List<Map.Entry<Integer, Double>> es = new ArrayList<>(sum.entrySet());
      es.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < Math.min(count, es.size()); i++) {
        out.add(es.get(i).getKey());
      }
      return out;
    }
  }
}

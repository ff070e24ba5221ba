package dev.postmortem.archive.internal;

import dev.postmortem.archive.ArchivePolicy;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ArchiveReport.ActionItemEntry;
import dev.postmortem.archive.ArchiveReport.Group;
import dev.postmortem.archive.ArchiveReport.Learning;
import dev.postmortem.archive.ArchiveReport.Problem;
import dev.postmortem.archive.ArchiveReport.Publishing;
import dev.postmortem.archive.ArchiveReport.ReviewDue;
import dev.postmortem.archive.ArchiveReport.SeenBefore;
import dev.postmortem.archive.ArchiveReport.Stat;
import dev.postmortem.archive.ArchiveReport.Tally;
import dev.postmortem.archive.ArchiveReport.Theme;
import dev.postmortem.archive.ArchiveReport.ThemeMember;
import dev.postmortem.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one walk over a report that every document format shares: turns the report into headings,
 * paragraphs, tables and charts, in the review pack's order. Long lists are cut at {@link #ROWS}
 * rows in documents, with a line saying how many more the JSON holds.
 */
public final class PackModel {
  /** The most rows a document table shows. */
  public static final int ROWS = 40;
  private static final List<String> METRIC_LABELS = List.of("Time to detect",
      "Time to acknowledge", "Time to mitigate", "Time to resolve");

  private final ArchiveReport r;
  private final List<Block> out = new ArrayList<>();

  private PackModel(ArchiveReport report) {
    this.r = report;
  }

  /** The blocks of the review pack. */
  public static List<Block> of(ArchiveReport report) {
    PackModel m = new PackModel(report);
    m.walk();
    return List.copyOf(m.out);
  }

  private void walk() {
    heading(0, "Post-mortem review pack");
    para("", "As of " + r.asOf() + " · " + count(r.inventory().total(), "post-mortem") + " · "
        + count(r.problems().size(), "file") + " to look at");
    glance();
    inventory();
    backlog();
    agenda();
    patterns();
    metrics();
    method();
  }

  private void glance() {
    heading(1, "At a glance");
    ArchiveReport.Backlog b = r.backlog();
    List<String> items = new ArrayList<>();
    items.add(count(b.pending().size(), "action item") + " pending, " + b.overdueCount() + " of them overdue");
    items.add(count(r.agenda().size(), "post-mortem") + " due for a follow-up review");
    items.add(count(b.unverified().size(), "item") + " done but not verified; "
        + count(b.revisitDue().size(), "won't-do item") + " due for a second look");
    items.add(count(r.patterns().themes().size(), "recurring theme") + " across post-mortems");
    ArchiveReport.DetectionGaps g = r.patterns().detection();
    items.add(g.notByAlert().size() + " of " + count(g.postmortems(), "incident")
        + " not detected by an alert (" + g.byCustomers().size() + " reported by customers)");
    r.metrics().learning().stream().filter(l -> l.group().equals("all")).findFirst().ifPresent(l ->
        items.add(percent(l.systemicShare()) + " of post-mortems reach a systemic cause in their 5 Whys"));
    out.add(new Block.Bullets(items));
  }

  private void inventory() {
    heading(1, "1. Inventory");
    para("", "Post-mortems by severity, status and quarter of the incident's start.");
    ArchiveReport.Inventory inv = r.inventory();
    table(List.of("Severity", "Post-mortems"), List.of(3f, 2f), rowsOf(inv.bySeverity()), null);
    table(List.of("Status", "Post-mortems"), List.of(3f, 2f), rowsOf(inv.byStatus()), null);
    out.add(new Block.Chart("Post-mortems by quarter", false, new ArrayList<>(inv.byQuarter().keySet()),
        List.of(new Block.Series("Post-mortems", doubles(inv.byQuarter().values()))), "count"));
    if (!r.problems().isEmpty()) {
      heading(2, "Files to look at");
      para("", "Skipped files are not post-mortems; unreadable ones were left out of the analysis;"
          + " files sharing an id were both analysed.");
      List<List<String>> rows = new ArrayList<>();
      for (Problem p : r.problems()) {
        rows.add(List.of(p.file(), p.kind().id(), p.message()));
      }
      limited(List.of("File", "Kind", "Details"), List.of(3f, 1.2f, 5f), rows, null);
    }
  }

  private static List<List<String>> rowsOf(Map<String, Integer> m) {
    List<List<String>> rows = new ArrayList<>();
    m.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
    return rows;
  }

  private void backlog() {
    ArchiveReport.Backlog b = r.backlog();
    heading(1, "2. Follow-up backlog");
    para("", count(b.pending().size(), "action item") + (b.pending().size() == 1 ? " is" : " are")
        + " not done; " + b.overdueCount() + (b.overdueCount() == 1 ? " is" : " are")
        + " past their due date. Most overdue first.");
    itemTable(b.pending(), true);
    heading(2, "By owner");
    groups(b.byOwner(), "Owner");
    heading(2, "By team");
    groups(b.byTeam(), "Team");
    for (Map.Entry<Long, List<ActionItemEntry>> e : b.dueSoon().entrySet()) {
      heading(2, "Due in the next " + e.getKey() + " days");
      if (e.getValue().isEmpty()) {
        para("", "Nothing.");
      } else {
        itemTable(e.getValue(), false);
      }
    }
    heading(2, "Won't-do items to reconsider");
    para("", "Items deliberately not done whose revisit date has come.");
    if (b.revisitDue().isEmpty()) {
      para("", "None.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ActionItemEntry e : b.revisitDue()) {
        rows.add(List.of(e.postmortem(), e.id(), e.title(), e.owner().orElse(""),
            e.revisitOn().map(LocalDate::toString).orElse("")));
      }
      limited(List.of("Post-mortem", "Item", "Title", "Owner", "Revisit on"),
          List.of(1.4f, 0.8f, 4f, 2f, 1.4f), rows, null);
    }
    heading(2, "Done but not verified");
    para("", "Items of a type the policy says must be verified ("
        + ids(r.policy().verificationRequired()) + ") that are marked done but not verified:"
        + " close them only when the metrics show the improvement.");
    if (b.unverified().isEmpty()) {
      para("", "None.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (ActionItemEntry e : b.unverified()) {
        rows.add(List.of(e.postmortem(), e.id(), e.title(), e.owner().orElse(""),
            e.type().map(t -> t.id()).orElse("")));
      }
      limited(List.of("Post-mortem", "Item", "Title", "Owner", "Type"),
          List.of(1.4f, 0.8f, 4f, 2f, 1.2f), rows, null);
    }
    if (!b.sloChanges().isEmpty()) {
      heading(2, "SLO before and after");
      long improved = b.sloChanges().stream().filter(e -> e.slo().orElseThrow().improved()).count();
      para("", improved + " of " + count(b.sloChanges().size(), "item") + " with SLO measurements"
          + (improved == 1 ? " shows" : " show") + " fewer violations after the fix.");
      List<List<String>> rows = new ArrayList<>();
      List<Boolean> alert = new ArrayList<>();
      for (ActionItemEntry e : b.sloChanges()) {
        ArchiveReport.SloChange s = e.slo().orElseThrow();
        rows.add(List.of(e.postmortem(), e.id(), s.slo().orElse(""),
            String.valueOf(s.violationsBefore()), String.valueOf(s.violationsAfter()),
            s.improved() ? "yes" : "no"));
        alert.add(!s.improved());
      }
      limited(List.of("Post-mortem", "Item", "SLO", "Violations before", "After", "Improved"),
          List.of(1.4f, 0.8f, 1.4f, 1.4f, 1f, 1f), rows, alert);
    }
  }

  private void itemTable(List<ActionItemEntry> items, boolean overdueColumn) {
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> alert = new ArrayList<>();
    for (ActionItemEntry e : items) {
      List<String> row = new ArrayList<>(List.of(e.postmortem(), e.id(), e.title(),
          e.owner().orElse(""), e.team().orElse(""), e.due().map(LocalDate::toString).orElse(""),
          e.status().id(), e.ageDays() + " d"));
      if (overdueColumn) {
        row.add(e.overdue() ? e.daysOverdue() + " d" : "");
      }
      rows.add(row);
      alert.add(e.overdue());
    }
    List<String> headers = new ArrayList<>(List.of("Post-mortem", "Item", "Title", "Owner", "Team",
        "Due", "Status", "Age"));
    List<Float> widths = new ArrayList<>(List.of(1.4f, 0.7f, 3.2f, 1.8f, 1.2f, 1.3f, 1.2f, 0.8f));
    if (overdueColumn) {
      headers.add("Overdue");
      widths.add(0.9f);
    }
    limited(headers, widths, rows, alert);
  }

  private void groups(List<Group> groups, String what) {
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> alert = new ArrayList<>();
    for (Group g : groups) {
      rows.add(List.of(g.name(), String.valueOf(g.pending()), String.valueOf(g.overdue())));
      alert.add(g.overdue() > 0);
    }
    limited(List.of(what, "Pending", "Overdue"), List.of(4f, 1.2f, 1.2f), rows, alert);
  }

  private void agenda() {
    heading(1, "3. Review agenda");
    ArchivePolicy p = r.policy();
    para("", "Post-mortems with pending action items whose follow-up review is due as of "
        + r.asOf() + ". Cadence by severity: " + cadences(p) + ". Most severe first, then the"
        + " longest waiting.");
    if (r.agenda().isEmpty()) {
      para("", "No review is due.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> alert = new ArrayList<>();
    for (ReviewDue d : r.agenda()) {
      rows.add(List.of(d.postmortem(), d.title(), d.severity().map(Severity::id).orElse("unknown"),
          Durations.days(d.cadence()), d.lastReview().map(LocalDate::toString).orElse("never"),
          d.due().toString(), String.valueOf(d.missed()), String.join(", ", d.openItems())));
      alert.add(d.missed() > 0);
    }
    limited(List.of("Post-mortem", "Title", "Severity", "Cadence", "Last review", "Due",
        "Missed", "Open items"), List.of(1.4f, 3.2f, 1f, 1f, 1.4f, 1.4f, 0.9f, 1.8f), rows, alert);
  }

  private static String cadences(ArchivePolicy p) {
    List<String> parts = new ArrayList<>();
    p.reviewEvery().forEach((s, d) -> parts.add(s.id() + " every " + Durations.days(d)));
    return String.join(", ", parts);
  }

  private void patterns() {
    heading(1, "4. Recurring patterns");
    ArchiveReport.Patterns p = r.patterns();
    heading(2, "Causes by category");
    tallies(p.byCategory(), "Category");
    out.add(new Block.Chart("Post-mortems by cause category", false,
        keys(p.byCategory()), List.of(new Block.Series("Post-mortems", counts(p.byCategory()))),
        "count"));
    heading(2, "By trigger");
    tallies(p.byTrigger(), "Trigger kind");
    heading(2, "By service");
    tallies(p.byService(), "Service");
    heading(2, "By tag");
    tallies(p.byTag(), "Tag");
    heading(2, "Themes");
    para("", "Causes of different post-mortems whose descriptions and 5 Whys answers are alike"
        + " (TF-IDF cosine ≥ " + r.policy().themeThreshold() + ", at least "
        + r.policy().themeMinPostmortems() + " post-mortems). The shared terms say why each"
        + " cause belongs.");
    if (p.themes().isEmpty()) {
      para("", "No theme.");
    }
    for (Theme t : p.themes()) {
      heading(3, "Theme: " + t.name());
      para("Terms: ", String.join(", ", t.terms()) + " · " + t.postmortems().size()
          + " post-mortems: " + String.join(", ", t.postmortems()));
      List<List<String>> rows = new ArrayList<>();
      for (ThemeMember m : t.causes()) {
        rows.add(List.of(m.postmortem(), m.id(), m.description(), String.join(", ", m.sharedTerms()),
            String.format(Locale.ROOT, "%.2f", m.similarity())));
      }
      limited(List.of("Post-mortem", "Cause", "Description", "Shared terms", "Similarity"),
          List.of(1.4f, 0.7f, 4.5f, 2.4f, 1f), rows, null);
    }
    if (!p.seenBefore().isEmpty()) {
      heading(2, "Seen before");
      para("", "Each post-mortem and the earlier ones of the same theme.");
      List<List<String>> rows = new ArrayList<>();
      for (SeenBefore s : p.seenBefore()) {
        rows.add(List.of(s.postmortem(), s.theme(), String.join(", ", s.earlier())));
      }
      limited(List.of("Post-mortem", "Theme", "Seen before in"), List.of(1.4f, 3f, 4f), rows, null);
    }
    heading(2, "Detection gaps");
    ArchiveReport.DetectionGaps g = p.detection();
    para("", g.notByAlert().size() + " of the " + count(g.postmortems(), "incident") + " with a recorded"
        + " detection " + (g.notByAlert().size() == 1 ? "was" : "were") + " not found by an alert; "
        + g.byCustomers().size() + (g.byCustomers().size() == 1 ? " was" : " were")
        + " reported by customers or support.");
    if (!g.byService().isEmpty()) {
      tallies(g.byService(), "Service (not detected by an alert)");
    }
  }

  private void tallies(List<Tally> tallies, String what) {
    if (tallies.isEmpty()) {
      para("", "Nothing recorded.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Tally t : tallies) {
      List<String> ids = t.postmortems();
      String list = ids.size() <= 6 ? String.join(", ", ids)
          : String.join(", ", ids.subList(0, 6)) + " and " + (ids.size() - 6) + " more";
      rows.add(List.of(t.key(), String.valueOf(ids.size()), list));
    }
    limited(List.of(what, "Post-mortems", "Which"), List.of(2.4f, 1.2f, 5f), rows, null);
  }

  private void metrics() {
    heading(1, "5. Metrics over time");
    ArchiveReport.Metrics m = r.metrics();
    para("", "Medians and 90th percentiles, never means: incident durations are skewed. Time to"
        + " detect is started → detected, to acknowledge detected → acknowledged, to mitigate"
        + " started → mitigated, to resolve detected → resolved; n is the number of post-mortems"
        + " recording at least one of them.");
    heading(2, "By severity");
    statTable(m.bySeverity(), "Severity");
    heading(2, "By quarter");
    statTable(m.byQuarter(), "Quarter");
    List<String> quarters = new ArrayList<>(new TreeSet<>(
        m.byQuarter().stream().map(Stat::group).filter(q -> !q.equals("unknown")).toList()));
    if (!quarters.isEmpty()) {
      List<Block.Series> series = new ArrayList<>();
      for (int i = 0; i < Digester.METRICS.size(); i++) {
        String id = Digester.METRICS.get(i).id();
        List<Double> values = new ArrayList<>();
        for (String q : quarters) {
          values.add(m.byQuarter().stream().filter(s -> s.metric().equals(id) && s.group().equals(q))
              .findFirst().flatMap(Stat::median).map(d -> d.toSeconds() / 60.0).orElse(0.0));
        }
        series.add(new Block.Series(METRIC_LABELS.get(i), values));
      }
      out.add(new Block.Chart("Median durations by quarter (minutes)", true, quarters, series,
          "minutes"));
    }
    heading(2, "Time to publish");
    para("", "From resolution to publication, against the policy's deadline.");
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> alert = new ArrayList<>();
    for (Publishing p : m.publishing()) {
      rows.add(List.of(p.severity(), p.deadline().map(Durations::days).orElse("none"),
          String.valueOf(p.count()), opt(p.median()), opt(p.p90()), String.valueOf(p.late()),
          String.valueOf(p.unpublished())));
      alert.add(p.late() > 0);
    }
    table(List.of("Severity", "Deadline", "Published", "Median", "p90", "Late", "Unpublished"),
        List.of(1f, 1f, 1f, 1.2f, 1.2f, 0.8f, 1.1f), rows, alert);
    heading(2, "Learning health");
    para("", "The share of post-mortems whose 5 Whys reach a systemic cause (a cause of category "
        + ids(r.policy().systemicCategories()) + "), and blameless-language findings per"
        + " post-mortem.");
    rows = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (Learning l : m.learning()) {
      rows.add(List.of(l.group(), String.valueOf(l.postmortems()), String.valueOf(l.withWhys()),
          percent(l.systemicShare()), l.blamelessPerPostmortem()
              .map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("")));
      if (!l.group().equals("all") && !l.group().equals("unknown")) {
        cats.add(l.group());
        shares.add(l.systemicShare().map(x -> Math.round(x * 1000) / 10.0).orElse(0.0));
      }
    }
    table(List.of("Quarter", "Post-mortems", "With 5 Whys", "Systemic", "Blameless findings each"),
        List.of(1.2f, 1.2f, 1.2f, 1.2f, 1.6f), rows, null);
    if (!cats.isEmpty()) {
      out.add(new Block.Chart("Post-mortems reaching a systemic cause (%)", true, cats,
          List.of(new Block.Series("Systemic", shares)), "%"));
    }
  }

  private void statTable(List<Stat> stats, String group) {
    List<String> groups = new ArrayList<>(new java.util.LinkedHashSet<>(
        stats.stream().map(Stat::group).toList()));
    List<String> headers = new ArrayList<>(List.of(group, "n"));
    List<Float> widths = new ArrayList<>(List.of(1.1f, 0.6f));
    for (String l : METRIC_LABELS) {
      headers.add(l.replace("Time to ", "") + " median");
      headers.add("p90");
      widths.add(1.2f);
      widths.add(1.2f);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String g : groups) {
      List<String> row = new ArrayList<>(List.of(g, ""));
      int n = 0;
      for (int i = 0; i < Digester.METRICS.size(); i++) {
        String id = Digester.METRICS.get(i).id();
        Optional<Stat> s = stats.stream().filter(x -> x.group().equals(g) && x.metric().equals(id))
            .findFirst();
        n = Math.max(n, s.map(Stat::count).orElse(0));
        row.add(s.flatMap(Stat::median).map(Durations::format).orElse(""));
        row.add(s.flatMap(Stat::p90).map(Durations::format).orElse(""));
      }
      row.set(1, String.valueOf(n));
      rows.add(row);
    }
    table(headers, widths, rows, null);
  }

  private void method() {
    heading(1, "6. Policy and method");
    ArchivePolicy p = r.policy();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("reviewEvery", cadences(p)));
    List<String> publish = new ArrayList<>();
    p.publishWithin().forEach((s, d) -> publish.add(s.id() + " " + Durations.days(d)));
    rows.add(List.of("publishWithin", String.join(", ", publish)));
    rows.add(List.of("verificationRequired", ids(p.verificationRequired())));
    rows.add(List.of("dueSoon", String.join(", ", p.dueSoon().stream().map(Durations::days).toList())));
    rows.add(List.of("themeThreshold", String.valueOf(p.themeThreshold())));
    rows.add(List.of("themeMinPostmortems", String.valueOf(p.themeMinPostmortems())));
    rows.add(List.of("systemicCategories", ids(p.systemicCategories())));
    table(List.of("Policy key", "Value"), List.of(2f, 6f), rows, null);
    para("", "Themes: each cause with the 5 Whys answers that lead to it is a document; stemmed"
        + " content words weighted by TF-IDF (words in fewer than two causes or in more than half"
        + " are ignored); a cause joins the cluster whose centroid it is most similar to if the"
        + " cosine reaches the threshold, in order of incident start, then a second pass moves"
        + " each cause to its nearest centroid. Age counts from the post-mortem's date (created,"
        + " else resolved, else started). See docs/ARCHIVE.md.");
  }

  private static String ids(java.util.Collection<? extends Enum<?>> values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : values) {
      out.add(e.toString());
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  private static String opt(Optional<Duration> d) {
    return d.map(Durations::format).orElse("");
  }

  private static String percent(Optional<Double> share) {
    return share.map(x -> String.format(Locale.ROOT, "%.0f %%", x * 100)).orElse("n/a");
  }

  private static List<String> keys(List<Tally> t) {
    return t.stream().map(Tally::key).toList();
  }

  private static List<Double> counts(List<Tally> t) {
    return t.stream().map(x -> (double) x.postmortems().size()).toList();
  }

  private static List<Double> doubles(java.util.Collection<Integer> values) {
    return values.stream().map(Integer::doubleValue).toList();
  }

  private void heading(int level, String text) {
    out.add(new Block.Heading(level, text));
  }

  private void para(String lead, String text) {
    out.add(new Block.Para(lead, text));
  }

  private void table(List<String> headers, List<Float> widths, List<List<String>> rows,
      List<Boolean> alert) {
    List<Boolean> a = alert != null ? alert : rows.stream().map(x -> false).toList();
    out.add(new Block.Table(headers, widths, rows, a));
  }

  private void limited(List<String> headers, List<Float> widths, List<List<String>> rows,
      List<Boolean> alert) {
    if (rows.size() <= ROWS) {
      table(headers, widths, rows, alert);
      return;
    }
    table(headers, widths, rows.subList(0, ROWS), alert == null ? null : alert.subList(0, ROWS));
    para("", "… and " + (rows.size() - ROWS) + " more rows in review-pack.json.");
  }

  /** A count and its noun, plural by the count: {@code 1 file}, {@code 0 files}. */
  static String count(long n, String singular) {
    return n + " " + (n == 1 ? singular : singular + "s");
  }
}

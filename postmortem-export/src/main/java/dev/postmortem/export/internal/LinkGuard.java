package dev.postmortem.export.internal;

import dev.postmortem.export.DroppedContent;
import dev.postmortem.export.Fact;
import dev.postmortem.export.ReportSection;
import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.TimelineChart;
import dev.postmortem.export.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Stands between the section renderers and a format's writer: every link whose target is not a
 * well-formed http, https or mailto address becomes plain text before any format sees it, and is
 * reported. One place for the three formats and for custom section renderers alike.
 */
final class LinkGuard implements ReportWriter {
  private final ReportWriter delegate;
  private final String postmortemId;
  private final Supplier<ReportSection> section;
  private final Consumer<DroppedContent> report;

  LinkGuard(ReportWriter delegate, String postmortemId, Supplier<ReportSection> section,
      Consumer<DroppedContent> report) {
    this.delegate = delegate;
    this.postmortemId = postmortemId;
    this.section = section;
    this.report = report;
  }

  private static boolean hasUnsafe(Text text) {
    for (Text.Span s : text.spans()) {
      if (s.link().isPresent() && !Links.isSafe(s.link().get())) {
        return true;
      }
    }
    return false;
  }

  /** The text with unsafe links turned into plain spans, each reported; the same object if none. */
  Text guard(Text text) {
    if (!hasUnsafe(text)) {
      return text;
    }
    Text.Builder b = Text.builder();
    for (Text.Span s : text.spans()) {
      String link = s.link().orElse(null);
      if (link != null && Links.isSafe(link)) {
        b.link(s.text(), link);
      } else {
        if (link != null) {
          report.accept(DroppedContent.unsafeLink(postmortemId, section.get(), link, s.text()));
        }
        switch (s.style()) {
          case STRONG:
            b.strong(s.text());
            break;
          case EMPHASIS:
            b.emphasis(s.text());
            break;
          case CODE:
            b.code(s.text());
            break;
          default:
            b.plain(s.text());
        }
      }
    }
    return b.build();
  }

  /** Each item guarded; the same list when no item changed, so the common case copies nothing. */
  private static <T> List<T> each(List<T> items, UnaryOperator<T> guard) {
    List<T> out = null;
    for (int i = 0; i < items.size(); i++) {
      T t = guard.apply(items.get(i));
      if (t != items.get(i) && out == null) {
        out = new ArrayList<>(items.subList(0, i));
      }
      if (out != null) {
        out.add(t);
      }
    }
    return out == null ? items : out;
  }

  private Fact guard(Fact f) {
    Text v = guard(f.value());
    return v == f.value() ? f : Fact.of(f.label(), v, f.tone());
  }

  private Task guard(Task t) {
    Text g = guard(t.text());
    return g == t.text() ? t : Task.of(t.done(), g);
  }

  @Override
  public void title(String title, Text subtitle) {
    delegate.title(title, guard(subtitle));
  }

  @Override
  public void heading(int level, String text) {
    delegate.heading(level, text);
  }

  @Override
  public void paragraph(Text text) {
    delegate.paragraph(guard(text));
  }

  @Override
  public void facts(List<Fact> facts) {
    delegate.facts(each(facts, this::guard));
  }

  @Override
  public void bulletList(List<Text> items) {
    delegate.bulletList(each(items, this::guard));
  }

  @Override
  public void numberedList(List<Text> items) {
    delegate.numberedList(each(items, this::guard));
  }

  @Override
  public void numberedList(List<Text> items, int start) {
    delegate.numberedList(each(items, this::guard), start);
  }

  @Override
  public void codeBlock(String code) {
    delegate.codeBlock(code);
  }

  @Override
  public void taskList(List<Task> items) {
    delegate.taskList(each(items, this::guard));
  }

  @Override
  public void table(Table table) {
    boolean unsafe = false;
    for (Table.Row r : table.rows()) {
      for (Table.Cell c : r.cells()) {
        unsafe |= hasUnsafe(c.text());
      }
    }
    if (!unsafe) {
      delegate.table(table);
      return;
    }
    Table.Builder b = Table.builder();
    for (Table.Column c : table.columns()) {
      b.column(c.header(), c.width());
    }
    for (Table.Row r : table.rows()) {
      List<Table.Cell> cells = new ArrayList<>(r.cells().size());
      for (Table.Cell c : r.cells()) {
        Text g = guard(c.text());
        cells.add(g == c.text() ? c : Table.Cell.of(g, c.tone()));
      }
      b.row(r.highlight(), cells);
    }
    delegate.table(b.build());
  }

  @Override
  public void note(Text text, Tone tone) {
    delegate.note(guard(text), tone);
  }

  @Override
  public void timelineChart(TimelineChart chart) {
    delegate.timelineChart(chart);
  }

  @Override
  public void causeGraph(dev.postmortem.export.CauseGraph graph) {
    delegate.causeGraph(graph); // plain text: no links to guard
  }
}

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

  private List<Text> guard(List<Text> items) {
    List<Text> out = null;
    for (int i = 0; i < items.size(); i++) {
      Text t = guard(items.get(i));
      if (t != items.get(i) && out == null) {
        out = new ArrayList<>(items.subList(0, i));
      }
      if (out != null) {
        out.add(t);
      }
    }
    return out == null ? items : out;
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
    List<Fact> out = null;
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      Text v = guard(f.value());
      if (v != f.value() && out == null) {
        out = new ArrayList<>(facts.subList(0, i));
      }
      if (out != null) {
        out.add(v == f.value() ? f : Fact.of(f.label(), v, f.tone()));
      }
    }
    delegate.facts(out == null ? facts : out);
  }

  @Override
  public void bulletList(List<Text> items) {
    delegate.bulletList(guard(items));
  }

  @Override
  public void numberedList(List<Text> items) {
    delegate.numberedList(guard(items));
  }

  @Override
  public void taskList(List<Task> items) {
    List<Task> out = null;
    for (int i = 0; i < items.size(); i++) {
      Task t = items.get(i);
      Text g = guard(t.text());
      if (g != t.text() && out == null) {
        out = new ArrayList<>(items.subList(0, i));
      }
      if (out != null) {
        out.add(g == t.text() ? t : Task.of(t.done(), g));
      }
    }
    delegate.taskList(out == null ? items : out);
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
}

package dev.postmortem.export.markdown.internal;

import dev.postmortem.export.CauseGraph;
import dev.postmortem.export.Fact;
import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.Table;
import dev.postmortem.export.Text;
import dev.postmortem.export.TimelineChart;
import dev.postmortem.export.Tone;
import dev.postmortem.export.internal.Links;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the report's blocks as GitHub-flavoured Markdown. */
public final class MarkdownReportWriter implements ReportWriter {
  private static final DateTimeFormatter MERMAID_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private final StringBuilder out;
  private final ZoneId zone;
  private final boolean mermaid;

  public MarkdownReportWriter(StringBuilder out, ZoneId zone, boolean mermaid) {
    this.out = out;
    this.zone = zone;
    this.mermaid = mermaid;
  }

  private void block(String s) {
    if (out.length() > 0 && !endsWithBlankLine()) {
      out.append('\n');
    }
    out.append(s);
    if (!s.endsWith("\n")) {
      out.append('\n');
    }
  }

  private boolean endsWithBlankLine() {
    int n = out.length();
    return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
  }

  /** Inline Markdown for a text; line breaks become hard breaks, or {@code <br>} in tables. */
  static String inline(Text text, boolean inTable) {
    String br = inTable ? "<br>" : "\\\n";
    StringBuilder sb = new StringBuilder();
    boolean lineStart = true;
    boolean pendingBreak = false;
    for (Text.Span span : text.spans()) {
      String s = MarkdownEscaper.normalize(span.text());
      boolean link = span.link().isPresent() && Links.isSafe(span.link().get());
      if (span.style() == Text.Style.CODE) {
        if (pendingBreak) {
          sb.append(br);
          pendingBreak = false;
        }
        sb.append(MarkdownEscaper.codeSpan(s, inTable));
        lineStart = false;
        continue;
      }
      if (link) {
        s = s.replace('\n', ' ');
      }
      String[] lines = s.split("\n", -1);
      for (int li = 0; li < lines.length; li++) {
        if (li > 0 && sb.length() > 0) {
          pendingBreak = true;
          lineStart = true;
        }
        String line = lineStart ? lines[li].stripLeading() : lines[li];
        if (line.isEmpty()) {
          continue;
        }
        String core = line.strip();
        if (core.isEmpty()) {
          if (!pendingBreak) {
            sb.append(' ');
          }
          continue;
        }
        if (pendingBreak) {
          sb.append(br);
          pendingBreak = false;
        }
        int at = line.indexOf(core);
        String lead = line.substring(0, at);
        String trail = line.substring(at + core.length());
        String esc = MarkdownEscaper.escapeChars(core);
        if (lineStart && !inTable) {
          esc = MarkdownEscaper.escapeLineStart(esc);
        }
        switch (span.style()) {
          case STRONG:
            esc = "**" + esc + "**";
            break;
          case EMPHASIS:
            esc = "*" + esc + "*";
            break;
          default:
            break;
        }
        if (link) {
          esc = "[" + esc + "](" + MarkdownEscaper.destination(span.link().get().strip()) + ")";
        }
        sb.append(lead).append(esc).append(trail);
        lineStart = false;
      }
    }
    return sb.toString().strip();
  }

  @Override
  public void title(String title, Text subtitle) {
    block("# " + MarkdownEscaper.escapeLine(MarkdownEscaper.normalize(title).replace('\n', ' ')));
    if (!subtitle.isEmpty()) {
      block("*" + inline(subtitle, false).strip() + "*");
    }
  }

  @Override
  public void heading(int level, String text) {
    String h = level <= 1 ? "## " : "### ";
    block(h + MarkdownEscaper.escapeLine(MarkdownEscaper.normalize(text).replace('\n', ' ')));
  }

  @Override
  public void paragraph(Text text) {
    String s = inline(text, false);
    if (!s.isBlank()) {
      block(s);
    }
  }

  @Override
  public void facts(List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Fact f : facts) {
      sb.append("- **").append(MarkdownEscaper.escapeLine(f.label())).append(":** ")
          .append(indent(inline(f.value(), false), "  ")).append('\n');
    }
    block(sb.toString());
  }

  private static String indent(String s, String by) {
    return s.replace("\n", "\n" + by);
  }

  @Override
  public void bulletList(List<Text> items) {
    list(items, i -> "- ", "  ");
  }

  @Override
  public void numberedList(List<Text> items) {
    numberedList(items, 1);
  }

  @Override
  public void numberedList(List<Text> items, int start) {
    list(items, i -> (start + i) + ". ", "   ");
  }

  @Override
  public void codeBlock(String code) {
    String s = MarkdownEscaper.normalize(code);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    // the fence is longer than any run of backticks inside, so nothing can close it early
    String fence = "`".repeat(Math.max(3, longest + 1));
    block(fence + "\n" + s + "\n" + fence + "\n");
  }

  private void list(List<Text> items, java.util.function.IntFunction<String> marker, String indent) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String m = marker.apply(i);
      String pad = " ".repeat(m.length());
      sb.append(m).append(indent(inline(items.get(i), false), pad)).append('\n');
    }
    block(sb.toString());
  }

  @Override
  public void taskList(List<Task> items) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Task t : items) {
      sb.append(t.done() ? "- [x] " : "- [ ] ").append(indent(inline(t.text(), false), "      "))
          .append('\n');
    }
    block(sb.toString());
  }

  @Override
  public void table(Table table) {
    StringBuilder sb = new StringBuilder("|");
    for (Table.Column c : table.columns()) {
      sb.append(' ').append(inline(Text.plain(c.header()), true)).append(" |");
    }
    sb.append("\n|");
    for (int i = 0; i < table.columns().size(); i++) {
      sb.append(" --- |");
    }
    sb.append('\n');
    for (Table.Row r : table.rows()) {
      sb.append('|');
      for (Table.Cell c : r.cells()) {
        String s = inline(c.text(), true).strip();
        if (c.tone() == Tone.CRITICAL && !s.isEmpty() && !s.startsWith("**")) {
          s = "**" + s + "**";
        }
        sb.append(' ').append(s).append(s.isEmpty() ? "|" : " |");
      }
      sb.append('\n');
    }
    block(sb.toString());
  }

  @Override
  public void note(Text text, Tone tone) {
    String s = inline(text, false);
    block("> " + s.replace("\n", "\n> "));
  }

  @Override
  public void timelineChart(TimelineChart chart) {
    if (!mermaid) {
      return;
    }
    StringBuilder sb = new StringBuilder("```mermaid\ngantt\n");
    sb.append("    title ").append(MarkdownEscaper.mermaidTitle("Incident timeline (" + zoneName() + ")"))
        .append('\n');
    sb.append("    dateFormat YYYY-MM-DD HH:mm\n    axisFormat %H:%M\n");
    if (!chart.phases().isEmpty()) {
      sb.append("    section Incident\n");
      int n = 0;
      for (TimelineChart.Phase p : chart.phases()) {
        n++;
        sb.append("    ").append(MarkdownEscaper.mermaidLabel(p.label())).append(" :")
            .append(p.tone() == Tone.CRITICAL ? "crit, " : "active, ").append("phase").append(n)
            .append(", ").append(time(p.from())).append(", ").append(time(p.to())).append('\n');
      }
    }
    if (!chart.milestones().isEmpty()) {
      sb.append("    section Milestones\n");
      int n = 0;
      for (TimelineChart.Point m : chart.milestones()) {
        n++;
        sb.append("    ").append(MarkdownEscaper.mermaidLabel(m.label())).append(" :milestone, m")
            .append(n).append(", ").append(time(m.at())).append(", 0m\n");
      }
    }
    List<TimelineChart.Point> inflections = new ArrayList<>();
    for (TimelineChart.Point e : chart.events()) {
      if (e.highlighted()) {
        inflections.add(e);
      }
    }
    if (!inflections.isEmpty()) {
      sb.append("    section Inflection points\n");
      int n = 0;
      for (TimelineChart.Point e : inflections) {
        n++;
        sb.append("    ").append(MarkdownEscaper.mermaidLabel(e.label())).append(" :crit, milestone, i")
            .append(n).append(", ").append(time(e.at())).append(", 0m\n");
      }
    }
    sb.append("```\n");
    block(sb.toString());
    if (!chart.dues().isEmpty()) {
      StringBuilder t = new StringBuilder("```mermaid\ntimeline\n    title Action items by due date\n");
      List<TimelineChart.Due> dues = new ArrayList<>(chart.dues());
      dues.sort(java.util.Comparator.comparing(TimelineChart.Due::date));
      LocalDate last = null;
      for (TimelineChart.Due d : dues) {
        if (!d.date().equals(last)) {
          t.append("    ").append(d.date()).append('\n');
          last = d.date();
        }
        t.append("        : ").append(d.done() ? "✓ " : "").append(MarkdownEscaper.mermaidLabel(d.label()))
            .append('\n');
      }
      t.append("```\n");
      block(t.toString());
    }
  }

  @Override
  public void causeGraph(CauseGraph graph) {
    if (!mermaid) {
      ReportWriter.super.causeGraph(graph);
      return;
    }
    // node names are n1, n2...: ids are user text; labels are escaped as entity codes
    java.util.Map<String, String> name = new java.util.HashMap<>();
    StringBuilder sb = new StringBuilder("```mermaid\nflowchart LR\n");
    int n = 0;
    for (CauseGraph.Node node : graph.nodes()) {
      String id = "n" + (++n);
      name.put(node.id(), id);
      sb.append("    ").append(id).append("[\"").append(MarkdownEscaper.mermaidLabel(node.id() + " · " + node.role()))
          .append("<br/>").append(MarkdownEscaper.mermaidLabel(node.label())).append("\"]");
      if (node.tone() == Tone.WARNING) {
        sb.append(":::trigger");
      } else if (node.tone() == Tone.CRITICAL) {
        sb.append(":::root");
      }
      sb.append('\n');
    }
    for (CauseGraph.Edge e : graph.edges()) {
      sb.append("    ").append(name.get(e.from())).append(" --> ").append(name.get(e.to())).append('\n');
    }
    sb.append("    classDef trigger fill:#fff4e5,stroke:#b26a00\n");
    sb.append("    classDef root fill:#fdecea,stroke:#b3261e,stroke-width:2px\n");
    sb.append("```\n");
    block(sb.toString());
  }

  private String zoneName() {
    return dev.postmortem.export.internal.Formats.zoneName(zone);
  }

  private String time(java.time.Instant i) {
    return MERMAID_TIME.format(LocalDateTime.ofInstant(i, zone));
  }
}

package dev.postmortem.archive.internal;

import java.util.List;

/**
 * The review pack as GitHub-flavoured Markdown; charts are Mermaid {@code xychart-beta} blocks.
 * User text is escaped so it never becomes markup.
 */
public final class MarkdownPack {
  private MarkdownPack() {}

  /** The Markdown of the blocks. */
  public static String render(List<Block> blocks) {
    StringBuilder sb = new StringBuilder(16384);
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        sb.append("#".repeat(h.level() + 1)).append(' ').append(escape(h.text())).append("\n\n");
      } else if (b instanceof Block.Para p) {
        if (!p.lead().isEmpty()) {
          sb.append("**").append(escape(p.lead().trim())).append("** ");
        }
        sb.append(escape(p.text())).append("\n\n");
      } else if (b instanceof Block.Bullets l) {
        for (String item : l.items()) {
          sb.append("- ").append(escape(item)).append('\n');
        }
        sb.append('\n');
      } else if (b instanceof Block.Table t) {
        table(sb, t);
      } else if (b instanceof Block.Chart c) {
        chart(sb, c);
      }
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Block.Table t) {
    sb.append('|');
    for (String h : t.headers()) {
      sb.append(' ').append(cell(h)).append(" |");
    }
    sb.append("\n|");
    for (int i = 0; i < t.headers().size(); i++) {
      sb.append(" --- |");
    }
    sb.append('\n');
    for (int r = 0; r < t.rows().size(); r++) {
      boolean alert = t.alert().get(r);
      sb.append('|');
      for (int c = 0; c < t.rows().get(r).size(); c++) {
        String v = cell(t.rows().get(r).get(c));
        sb.append(' ').append(alert && c == 0 && !v.isEmpty() ? "**" + v + "**" : v).append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static String cell(String s) {
    return escape(s).replace("|", "\\|");
  }

  private static void chart(StringBuilder sb, Block.Chart c) {
    sb.append("```mermaid\nxychart-beta\n    title ").append(quote(c.title())).append('\n');
    sb.append("    x-axis [");
    for (int i = 0; i < c.categories().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(quote(c.categories().get(i)));
    }
    sb.append("]\n    y-axis ").append(quote(c.unit())).append('\n');
    for (Block.Series s : c.series()) {
      sb.append("    ").append(c.line() ? "line" : "bar").append(" [");
      for (int i = 0; i < s.values().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(Charts.number(s.values().get(i)));
      }
      sb.append("]\n");
    }
    sb.append("```\n\n");
    if (c.series().size() > 1) {
      sb.append("Lines, in order: ");
      for (int i = 0; i < c.series().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(escape(c.series().get(i).name()));
      }
      sb.append(".\n\n");
    }
  }

  /** A Mermaid string: double quotes and line breaks cannot appear inside one. */
  private static String quote(String s) {
    return '"' + s.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + '"';
  }

  /** Escapes Markdown's punctuation and folds line breaks, so text stays text. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '#': case '!': case '~': case '&':
          sb.append('\\').append(ch);
          break;
        case '\n': case '\r': case '\t':
          sb.append(' ');
          break;
        default:
          sb.append(ch < 0x20 ? ' ' : ch);
      }
    }
    // a line starting with a list or heading marker stays text
    if (sb.length() > 0 && (sb.charAt(0) == '-' || sb.charAt(0) == '+' || sb.charAt(0) == '=')) {
      sb.insert(0, '\\');
    }
    return sb.toString();
  }
}

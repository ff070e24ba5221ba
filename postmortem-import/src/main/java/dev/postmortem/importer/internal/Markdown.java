package dev.postmortem.importer.internal;

import dev.postmortem.importer.internal.Blocks.Inline;
import java.util.List;

/** Renders text as Markdown for blocks that come from Word documents. */
final class Markdown {
  private Markdown() {}

  /** Escapes the characters that would otherwise be read as Markdown. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  static String row(List<Inline> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (Inline c : cells) {
      sb.append(' ').append(escape(c.text()).replace("\n", "<br>")).append(" |");
    }
    return sb.toString();
  }
}

package dev.postmortem.export.markdown.internal;

/**
 * Escapes user text for GitHub-flavoured Markdown so it can never create markup: headings,
 * lists, block quotes, emphasis, code, links, images, HTML, entities, math or table cell breaks.
 */
public final class MarkdownEscaper {
  /** ASCII punctuation that starts or ends inline markup anywhere in a line. */
  private static final String ALWAYS = "\\`*_[]<>#!|~&$";

  private MarkdownEscaper() {}

  /** Normalises line breaks to {@code \n} and removes characters no text should hold. */
  public static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\t') {
        sb.append(' ');
      } else if (c == '\n' || c >= 0x20 && c != 0x7f && c != '\u2028' && c != '\u2029') {
        sb.append(c);
      } else if (c == '\u2028' || c == '\u2029') {
        sb.append('\n');
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }

  /** Escapes one line of text (no line breaks) that may start a Markdown line. */
  public static String escapeLine(String line) {
    return escapeLineStart(escapeChars(line.strip()));
  }

  /** Escapes the characters that start or end inline markup anywhere in a line. */
  public static String escapeChars(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ALWAYS.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Escapes what only matters at the start of a line: list markers, setext underlines. */
  public static String escapeLineStart(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '-' || c == '+' || c == '=') {
      return "\\" + s;
    }
    int i = 0;
    while (i < s.length() && i < 10 && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      i++;
    }
    if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
      return s.substring(0, i) + "\\" + s.substring(i);
    }
    return s;
  }

  /** A code span holding {@code s}, with a fence longer than any backtick run inside. */
  public static String codeSpan(String s, boolean inTable) {
    String t = s.replace('\n', ' ');
    if (inTable) {
      t = t.replace("|", "\\|");
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ");
    return pad ? fence + " " + t + " " + fence : fence + t + fence;
  }

  /** A link destination in angle brackets, percent-encoding what could end it. */
  public static String destination(String url) {
    StringBuilder sb = new StringBuilder("<");
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case '<':
          sb.append("%3C");
          break;
        case '>':
          sb.append("%3E");
          break;
        case ' ':
          sb.append("%20");
          break;
        case '|':
          sb.append("%7C");
          break;
        case '\\':
          sb.append("%5C");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.append('>').toString();
  }

  /**
   * A YAML double-quoted scalar. Characters that are Markdown markup are written as {@code \\u}
   * escapes, so a renderer that does not know front matter shows them as plain text.
   */
  public static String yamlString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ALWAYS.indexOf(c) >= 0 && c != '\\') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * A label Mermaid can hold, at most 60 characters: characters Mermaid reads as syntax (the task
   * separator {@code :}, {@code ;}, {@code #}, {@code %}, quotes, brackets, backticks, {@code <>},
   * pipes, backslashes) are written as Mermaid entity codes ({@code #37;} for {@code %}), so they
   * are shown, not stripped; line breaks become spaces.
   */
  public static String mermaidLabel(String s) {
    String t = normalize(s).replace('\n', ' ').replaceAll("\\s+", " ").strip();
    if (t.codePointCount(0, t.length()) > 60) {
      t = t.substring(0, t.offsetByCodePoints(0, 59)).strip() + "…";
    }
    if (t.isEmpty()) {
      return "event";
    }
    StringBuilder sb = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (":;#%`\"'<>{}[]\\|".indexOf(c) >= 0) {
        sb.append('#').append((int) c).append(';');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A diagram title: the rest of its line, so only line breaks and Mermaid comments ({@code %%})
   * need care.
   */
  public static String mermaidTitle(String s) {
    return normalize(s).replace('\n', ' ').replace("%%", "% %").replaceAll("\\s+", " ").strip();
  }
}

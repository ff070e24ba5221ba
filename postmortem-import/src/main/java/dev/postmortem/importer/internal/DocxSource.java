package dev.postmortem.importer.internal;

import dev.postmortem.importer.PostmortemImportException;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Heading;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.importer.internal.Blocks.TextLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document into the intermediate {@link Doc}: heading styles become headings,
 * numbered paragraphs lists, tables tables. "Lines" are paragraph numbers (1-based, counting
 * body paragraphs and tables). The zip is checked for bombs and XML entity declarations before
 * POI sees it.
 */
public final class DocxSource {
  private DocxSource() {}

  /** Parses a .docx file. */
  public static Doc parse(byte[] bytes, String source) {
    // checked while inflated, and only the XML POI needs handed to it (DocxGuard)
    byte[] checked = DocxGuard.check(bytes, source);
    XWPFDocument docx;
    try {
      docx = new XWPFDocument(new ByteArrayInputStream(checked));
    } catch (IOException | RuntimeException e) {
      throw new PostmortemImportException(source, 0, 0,
          "not a readable Word document (.docx): " + firstLine(e.getMessage()), e);
    }
    try (docx) {
      return new DocxSource().read(docx, source);
    } catch (PostmortemImportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI parses some parts lazily: damage there shows up while walking the body
      throw new PostmortemImportException(source, 0, 0, "could not read the Word document: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ------------------------------------------------------------------ reading

  private XWPFDocument docx;

  private Doc read(XWPFDocument d, String source) {
    this.docx = d;
    List<Block> blocks = new ArrayList<>();
    List<IBodyElement> elements = d.getBodyElements();
    int i = 0;
    while (i < elements.size()) {
      IBodyElement el = elements.get(i);
      int line = i + 1;
      if (el instanceof XWPFParagraph p && chrome(p)) {
        if (isStyle(p, "subtitle")) {
          String t = inline(p).text();
          if (!t.isBlank()) {
            blocks.add(new Blocks.Quote(List.of(), line, 1, "> " + Markdown.escape(t)));
          }
        }
        i++;
        continue;
      }
      if (el instanceof XWPFParagraph p) {
        if ((p.getNumID() != null || checkbox(p)) && headingLevel(p) == 0) {
          int j = i;
          List<XWPFParagraph> run = new ArrayList<>();
          List<Integer> lines = new ArrayList<>();
          while (j < elements.size() && elements.get(j) instanceof XWPFParagraph q
              && (q.getNumID() != null || checkbox(q)) && headingLevel(q) == 0) {
            run.add(q);
            lines.add(j + 1);
            j++;
          }
          blocks.add(list(run, lines, 0, new int[] {0}));
          i = j;
          continue;
        }
        Block b = paragraph(p, line);
        if (b != null) {
          blocks.add(b);
        }
      } else if (el instanceof XWPFTable t) {
        blocks.add(table(t, line));
      }
      i++;
    }
    return new Doc(source, frontMatter(d), frontMatter(d) == null ? null : "yaml", 1, blocks);
  }

  /** The document properties a Word file carries (title, identifier, creator) as front matter. */
  private static String frontMatter(XWPFDocument d) {
    try {
      var core = d.getProperties().getCoreProperties();
      java.util.Map<String, Object> fm = new java.util.LinkedHashMap<>();
      if (core.getTitle() != null && !core.getTitle().isBlank()) {
        fm.put("title", core.getTitle());
      }
      if (core.getIdentifier() != null && !core.getIdentifier().isBlank()) {
        fm.put("id", core.getIdentifier());
      }
      String creator = core.getCreator();
      if (creator != null && !creator.isBlank() && !creator.equals("Postmortem Kit")
          && !creator.equalsIgnoreCase("Apache POI")) {
        fm.put("authors", java.util.List.of(creator.split("\\s*,\\s*")));
      }
      return fm.isEmpty() ? null : YAML.writeValueAsString(fm);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper YAML =
      new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

  /** Table-of-contents entries and subtitles: generated chrome, not content. */
  private boolean chrome(XWPFParagraph p) {
    return isStyle(p, "toc") || isStyle(p, "subtitle");
  }

  private boolean isStyle(XWPFParagraph p, String prefix) {
    String id = p.getStyleID();
    if (id == null) {
      return false;
    }
    XWPFStyle st = docx.getStyles() == null ? null : docx.getStyles().getStyle(id);
    String name = st != null && st.getName() != null ? st.getName() : id;
    return name.toLowerCase(Locale.ROOT).replace(" ", "").startsWith(prefix)
        || id.toLowerCase(Locale.ROOT).startsWith(prefix);
  }

  private static boolean checkbox(XWPFParagraph p) {
    String t = p.getText().strip();
    return t.startsWith("☐") || t.startsWith("☑") || t.startsWith("☒");
  }

  private int headingLevel(XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return 0;
    }
    String name = id;
    XWPFStyle st = docx.getStyles() == null ? null : docx.getStyles().getStyle(id);
    if (st != null && st.getName() != null) {
      name = st.getName();
    }
    String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
    if (n.equals("title")) {
      return 1;
    }
    if (n.startsWith("heading") && n.length() > 7 && Character.isDigit(n.charAt(7))) {
      return Math.min(6, n.charAt(7) - '0');
    }
    String i = id.toLowerCase(Locale.ROOT);
    if (i.startsWith("heading") && i.length() > 7 && Character.isDigit(i.charAt(7))) {
      return Math.min(6, i.charAt(7) - '0');
    }
    return 0;
  }

  private Block paragraph(XWPFParagraph p, int line) {
    Inline in = inline(p);
    int level = headingLevel(p);
    if (level > 0) {
      return new Heading(level, in, line, 1, "#".repeat(level) + " " + Markdown.escape(in.text()));
    }
    if (in.text().isBlank()) {
      return null;
    }
    List<TextLine> lines = new ArrayList<>();
    for (String l : in.text().split("\n", -1)) {
      String lead = lines.isEmpty() ? in.lead() : null;
      lines.add(new TextLine(new Inline(l.strip(), lead, in.links()), line));
    }
    return new Para(in, lines, line, 1, markdown(in));
  }

  private static String markdown(Inline in) {
    String text = Markdown.escape(in.text());
    if (in.lead() != null && in.text().startsWith(in.lead()) && !in.lead().isEmpty()) {
      text = "**" + Markdown.escape(in.lead()) + "**" + Markdown.escape(in.text().substring(in.lead().length()));
    }
    return text.replace("\n", "  \n");
  }

  private Inline inline(XWPFParagraph p) {
    StringBuilder sb = new StringBuilder();
    StringBuilder lead = new StringBuilder();
    boolean leading = true;
    List<String> links = new ArrayList<>();
    List<String> strong = new ArrayList<>();
    for (XWPFRun r : p.getRuns()) {
      String t = r.text();
      if (t == null) {
        continue;
      }
      // each bold run is one strong span, as each **…** is in Markdown
      if (r.isBold() && !t.isBlank()) {
        strong.add(t.replace('\u00a0', ' ').strip());
      }
      if (r instanceof XWPFHyperlinkRun hr) {
        XWPFHyperlink h = hr.getHyperlink(docx);
        if (h != null && h.getURL() != null) {
          links.add(h.getURL());
        }
      }
      if (leading && r.isBold() && !t.isEmpty()) {
        lead.append(t);
      } else if (!t.isBlank()) {
        leading = false;
      } else if (leading && lead.length() > 0) {
        lead.append(t);
      }
      sb.append(t);
    }
    String text = sb.toString().replace('\u00a0', ' ').replace("\r", "");
    String l = lead.length() == 0 || lead.toString().isBlank() ? null : lead.toString().strip();
    return new Inline(text.strip(), l, List.copyOf(links), List.copyOf(strong));
  }

  private ListBlock list(List<XWPFParagraph> ps, List<Integer> lines, int level, int[] pos) {
    List<Item> items = new ArrayList<>();
    boolean ordered = false;
    int startLine = lines.get(pos[0]);
    StringBuilder md = new StringBuilder();
    while (pos[0] < ps.size()) {
      XWPFParagraph p = ps.get(pos[0]);
      int lvl = p.getNumIlvl() == null || p.getNumID() == null ? 0 : p.getNumIlvl().intValue();
      if (lvl < level) {
        break;
      }
      if (lvl > level) {
        if (items.isEmpty()) {
          // a deeper level without a parent: treat it as this level
          lvl = level;
        } else {
          ListBlock child = list(ps, lines, lvl, pos);
          Item last = items.remove(items.size() - 1);
          List<Block> children = new ArrayList<>(last.children());
          children.add(child);
          items.add(new Item(last.inline(), last.lines(), last.checked(), children, last.line(),
              last.markdown() + "\n" + indent(child.markdown())));
          md.append('\n').append(indent(child.markdown()));
          continue;
        }
      }
      String fmt = p.getNumID() == null ? "bullet" : p.getNumFmt();
      ordered = fmt != null && !fmt.equalsIgnoreCase("bullet") && !fmt.equalsIgnoreCase("none");
      Inline in = inline(p);
      Boolean checked = null;
      String t = in.text();
      for (String[] box : new String[][] {{"☐", "0"}, {"☑", "1"}, {"☒", "1"}, {"[ ]", "0"}, {"[x]", "1"}, {"[X]", "1"}}) {
        if (t.startsWith(box[0])) {
          checked = box[1].equals("1");
          t = t.substring(box[0].length()).strip();
          in = new Inline(t, in.lead(), in.links());
          break;
        }
      }
      String marker = ordered ? (items.size() + 1) + ". " : "- ";
      String box = checked == null ? "" : checked ? "[x] " : "[ ] ";
      String itemMd = marker + box + markdown(in);
      List<TextLine> tl = new ArrayList<>();
      for (String l : in.text().split("\n", -1)) {
        tl.add(new TextLine(new Inline(l.strip(), tl.isEmpty() ? in.lead() : null, in.links()), lines.get(pos[0])));
      }
      items.add(new Item(in, tl, checked, List.of(), lines.get(pos[0]), itemMd));
      md.append(md.length() > 0 ? "\n" : "").append(itemMd);
      pos[0]++;
    }
    return new ListBlock(ordered, items, startLine, 1, md.toString());
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }

  private Table table(XWPFTable t, int line) {
    List<Inline> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<XWPFTableRow> trs = t.getRows();
    for (int r = 0; r < trs.size(); r++) {
      List<Inline> cells = new ArrayList<>();
      for (XWPFTableCell c : trs.get(r).getTableCells()) {
        StringBuilder sb = new StringBuilder();
        List<String> links = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        String lead = null;
        for (XWPFParagraph p : c.getParagraphs()) {
          Inline in = inline(p);
          strong.addAll(in.strong());
          if (sb.length() > 0 && !in.text().isEmpty()) {
            sb.append('\n');
          }
          if (lead == null && sb.length() == 0) {
            lead = in.lead();
          }
          sb.append(in.text());
          links.addAll(in.links());
        }
        cells.add(new Inline(sb.toString().strip(), lead, List.copyOf(links), List.copyOf(strong)));
      }
      if (r == 0) {
        header.addAll(cells);
      } else {
        rows.add(new Row(cells, line));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(Markdown.row(header)).append('\n');
    md.append("|").append(" --- |".repeat(Math.max(1, header.size())));
    for (Row r : rows) {
      md.append('\n').append(Markdown.row(r.cells()));
    }
    return new Table(header, rows, line, 1, md.toString());
  }
}

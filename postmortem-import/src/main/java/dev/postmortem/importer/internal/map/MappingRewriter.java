package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportMapping;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Quote;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.importer.internal.Blocks.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a team's {@link ImportMapping} words before the readers see the document: a label that
 * is a field alias ("Frist", as a table column, a "Frist: …" fact or a front matter key) becomes
 * the field's name ("due"), and a value that is a status or severity word ("erledigt",
 * "kritisch") becomes the status or severity id ("done", "sev1"). Whole labels and values only,
 * compared case-insensitively; positions are kept.
 */
final class MappingRewriter {
  private static final Pattern FACT = Pattern.compile("(?s)^([^:\\n]{1,40}?)(\\s*[:：]\\s*)(.*)$");
  private static final Pattern FRONT_KEY = Pattern.compile("(?m)^(\\s*)([^:#\\n]{1,40}?)(\\s*:)");

  private final ImportMapping m;

  private MappingRewriter(ImportMapping m) {
    this.m = m;
  }

  static Doc rewrite(Doc doc, ImportMapping mapping) {
    if (mapping == null || !mapping.rewritesWords()) {
      return doc;
    }
    MappingRewriter r = new MappingRewriter(mapping);
    String fm = doc.frontMatter();
    if (fm != null && "yaml".equals(doc.frontMatterFormat())) {
      fm = r.frontMatter(fm);
    }
    return new Doc(doc.source(), fm, doc.frontMatterFormat(), doc.frontMatterLine(), r.blocks(doc.blocks()));
  }

  private String frontMatter(String yaml) {
    Matcher k = FRONT_KEY.matcher(yaml);
    StringBuilder sb = new StringBuilder();
    while (k.find()) {
      String field = m.fieldAliases().get(k.group(2).strip().toLowerCase(Locale.ROOT));
      k.appendReplacement(sb, Matcher.quoteReplacement(
          field == null ? k.group() : k.group(1) + field + k.group(3)));
    }
    k.appendTail(sb);
    String out = sb.toString();
    StringBuilder values = new StringBuilder();
    for (String line : out.split("\n", -1)) {
      Matcher f = FACT.matcher(line);
      if (f.matches()) {
        String v = value(f.group(3).strip().replaceAll("^[\"']|[\"']$", ""));
        if (v != null) {
          line = f.group(1) + f.group(2) + v;
        }
      }
      values.append(values.length() > 0 ? "\n" : "").append(line);
    }
    return values.toString();
  }

  private List<Block> blocks(List<Block> in) {
    List<Block> out = new ArrayList<>(in.size());
    for (Block b : in) {
      out.add(block(b));
    }
    return out;
  }

  private Block block(Block b) {
    if (b instanceof Table t) {
      List<Inline> header = new ArrayList<>();
      for (Inline h : t.header()) {
        String field = m.fieldAliases().get(h.text().strip().toLowerCase(Locale.ROOT));
        header.add(field == null ? h : with(h, field));
      }
      List<Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        List<Inline> cells = new ArrayList<>();
        for (Inline c : r.cells()) {
          String v = value(c.text().strip());
          cells.add(v == null ? c : with(c, v));
        }
        rows.add(new Row(cells, r.line()));
      }
      return new Table(header, rows, t.line(), t.column(), t.markdown());
    }
    if (b instanceof ListBlock l) {
      List<Item> items = new ArrayList<>();
      for (Item it : l.items()) {
        items.add(new Item(fact(it.inline()), lines(it.lines()), it.checked(), blocks(it.children()),
            it.line(), it.markdown()));
      }
      return new ListBlock(l.ordered(), items, l.line(), l.column(), l.markdown());
    }
    if (b instanceof Para p) {
      List<TextLine> lines = lines(p.lines());
      StringBuilder text = new StringBuilder();
      lines.forEach(tl -> text.append(text.length() > 0 ? "\n" : "").append(tl.inline().text()));
      Inline in = lines.isEmpty() || p.lines().size() < 2 ? fact(p.inline()) : with(p.inline(), text.toString());
      return new Para(in, lines, p.line(), p.column(), p.markdown());
    }
    if (b instanceof Quote q) {
      return new Quote(blocks(q.children()), q.line(), q.column(), q.markdown());
    }
    return b;
  }

  private List<TextLine> lines(List<TextLine> in) {
    List<TextLine> out = new ArrayList<>(in.size());
    for (TextLine tl : in) {
      out.add(new TextLine(fact(tl.inline()), tl.line()));
    }
    return out;
  }

  /** "Alias: word" as "field: id". */
  private Inline fact(Inline in) {
    Matcher f = FACT.matcher(in.text());
    if (!f.matches()) {
      return in;
    }
    String field = m.fieldAliases().get(f.group(1).strip().toLowerCase(Locale.ROOT));
    String v = value(f.group(3).strip());
    if (field == null && v == null) {
      return in;
    }
    String label = field == null ? f.group(1) : field;
    String lead = in.lead() != null && field != null && in.lead().strip().startsWith(f.group(1).strip())
        ? label + in.lead().strip().substring(f.group(1).strip().length()) : in.lead();
    return new Inline(label + f.group(2) + (v == null ? f.group(3) : v), lead, in.links(), in.strong());
  }

  private String value(String text) {
    String k = text.toLowerCase(Locale.ROOT);
    if (m.statusWords().containsKey(k)) {
      return m.statusWords().get(k).id();
    }
    if (m.severityWords().containsKey(k)) {
      return m.severityWords().get(k).id();
    }
    return null;
  }

  private static Inline with(Inline in, String text) {
    return new Inline(text, in.lead(), in.links(), in.strong());
  }
}

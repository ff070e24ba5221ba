package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Facts written as a table of label and value pairs — one pair per row, or two side by side, as
 * Word reports lay out "Outcome | Reproduced | Environment | Staging" — read as the list of
 * "Label: value" items Markdown reports write. A table is taken only when every label is one the
 * caller knows, so that data tables ("Measure | Value") stay tables.
 */
final class FactTables {
  private FactTables() {}

  /** {@code body} with each fact table replaced by a list of "Label: value" items. */
  static List<Block> unfold(List<Block> body, Predicate<String> knownLabel) {
    List<Block> out = new ArrayList<>(body.size());
    for (Block b : body) {
      ListBlock l = b instanceof Table t ? facts(t, knownLabel) : null;
      out.add(l != null ? l : b);
    }
    return out;
  }

  private static ListBlock facts(Table t, Predicate<String> knownLabel) {
    int width = t.header().size();
    if (width != 2 && width != 4) {
      return null;
    }
    List<List<Inline>> rows = new ArrayList<>();
    rows.add(t.header());
    List<Integer> lines = new ArrayList<>();
    lines.add(t.line());
    for (Row r : t.rows()) {
      rows.add(r.cells());
      lines.add(r.line());
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Inline> cells = rows.get(i);
      for (int c = 0; c < width && c < cells.size(); c += 2) {
        String label = c < cells.size() ? cells.get(c).text().strip() : "";
        String value = c + 1 < cells.size() ? cells.get(c + 1).text().strip() : "";
        if (label.isEmpty() && value.isEmpty()) {
          continue; // the empty half of the last row
        }
        String l = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
        if (!knownLabel.test(l)) {
          return null;
        }
        Inline v = c + 1 < cells.size() ? cells.get(c + 1) : Inline.EMPTY;
        items.add(new Item(new Inline(l + ": " + value, l, v.links(), v.strong()), List.of(), null,
            List.of(), lines.get(i), "- **" + l + ":** " + value));
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    StringBuilder md = new StringBuilder();
    items.forEach(it -> md.append(md.length() > 0 ? "\n" : "").append(it.markdown()));
    return new ListBlock(false, items, t.line(), t.column(), md.toString());
  }
}

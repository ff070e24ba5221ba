package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.model.ImmutableSlo;
import dev.postmortem.model.Slo;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table of service level objectives, as the kit's reports write it: columns ID, SLO (the
 * name in bold, the indicator on the next line), Objective ("99.9 % over 28 days"), Before and
 * After (measurements); other columns, such as Change, are derived and skipped.
 */
final class SloReader {
  private static final Pattern OBJECTIVE = Pattern.compile(
      "(?is)^\\s*([0-9][0-9.,]*)\\s*%?\\s*(?:(?:over|per|in)\\s+(.+?))?\\s*$");

  private final Draft d;
  private final ReportValues values;

  SloReader(Draft d) {
    this.d = d;
    this.values = new ReportValues(d);
  }

  void slos(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (!(b instanceof Table t) || Texts.column(t.header(), "slo", "name", "objective name") < 0) {
        leftovers.add(b);
        continue;
      }
      List<Inline> h = t.header();
      int ic = Texts.column(h, "id");
      int nc = Texts.column(h, "slo", "name");
      int oc = Texts.column(h, "objective", "target");
      int bc = Texts.column(h, "before");
      int ac = Texts.column(h, "after");
      for (Row r : t.rows()) {
        String nameCell = Texts.cell(r, nc);
        if (nameCell.isBlank()) {
          continue;
        }
        String ptr = "/slos/" + d.slos.size();
        int nl = nameCell.indexOf('\n');
        String name = (nl < 0 ? nameCell : nameCell.substring(0, nl)).strip();
        String id = ic >= 0 ? ReportValues.id(Texts.cell(r, ic)) : "";
        if (id.isEmpty()) {
          id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
          d.out.info(Kind.GENERATED_ID, r.line(), 1, ptr + "/id",
              "the SLO '" + Texts.shorten(name) + "' has no id column; generated '" + id + "'");
        }
        ImmutableSlo.Builder s = Slo.builder().id(id.isEmpty() ? "slo-" + (d.slos.size() + 1) : id)
            .name(name);
        if (nl >= 0 && !nameCell.substring(nl + 1).isBlank()) {
          s.indicator(nameCell.substring(nl + 1).strip());
        }
        String objective = Texts.cell(r, oc);
        Matcher om = OBJECTIVE.matcher(objective);
        if (om.matches()) {
          ReportValues.number(om.group(1)).ifPresent(s::objective);
          if (om.group(2) != null) {
            ReportValues.duration(om.group(2)).ifPresentOrElse(s::window, () -> d.out.info(
                Kind.GUESSED_VALUE, r.line(), 1, ptr + "/window", "the SLO window '"
                    + Texts.shorten(om.group(2)) + "' is not a duration; left out"));
          }
        } else if (!objective.isBlank()) {
          d.out.info(Kind.GUESSED_VALUE, r.line(), 1, ptr + "/objective", "the SLO objective '"
              + Texts.shorten(objective) + "' is not a percentage; left out");
        }
        measurement(r, bc, ptr + "/before").ifPresent(s::before);
        measurement(r, ac, ptr + "/after").ifPresent(s::after);
        d.out.at(ptr, r.line(), 1);
        d.slos.add(s.build());
      }
    }
  }

  private java.util.Optional<dev.postmortem.model.SloMeasurement> measurement(Row r, int col, String ptr) {
    String text = Texts.cell(r, col);
    if (text.isBlank()) {
      return java.util.Optional.empty();
    }
    var m = values.measurement(text);
    if (m.isEmpty()) {
      d.out.info(Kind.UNPARSEABLE_TIME, r.line(), 1, ptr, "the measurement '" + Texts.shorten(text)
          + "' is not written as 'N violations, A %, <start> – <end>'; left out");
    }
    return m;
  }
}

package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.model.ImmutableRecreation;
import dev.postmortem.model.Recreation;
import dev.postmortem.model.RecreationOutcome;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an incident recreation section, as the kit's reports write it: labelled facts (Outcome,
 * Environment, Performed on, Fixes verified), a paragraph giving the reason when none was
 * attempted, and the sub-sections Steps (a numbered list) and Observations (a list).
 */
final class RecreationReader {
  static final Pattern FACT = Pattern.compile("(?s)^([^:\\n]{1,40}?)\\s*[:：]\\s*(.*)$");

  private final Draft d;
  private final ReportValues values;

  RecreationReader(Draft d) {
    this.d = d;
    this.values = new ReportValues(d);
  }

  static final java.util.Set<String> LABELS = java.util.Set.of("outcome", "result", "environment",
      "performed on", "performed", "date", "fixes verified");

  void recreation(Section s, List<Block> raw, List<Block> leftovers) {
    List<Block> body = FactTables.unfold(raw, l -> LABELS.contains(l.toLowerCase(Locale.ROOT)));
    ImmutableRecreation.Builder r = Recreation.builder();
    RecreationOutcome outcome = null;
    StringBuilder reason = new StringBuilder();
    for (Block b : body) {
      if (b instanceof ListBlock l && !l.ordered()) {
        boolean unknown = false;
        for (Item it : l.items()) {
          Matcher m = FACT.matcher(it.text());
          String label = m.matches() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
          String value = m.matches() ? m.group(2).strip() : "";
          switch (label) {
            case "outcome", "result" -> outcome = ReportValues.words(value, RecreationOutcome::fromId);
            case "environment" -> r.environment(value);
            case "performed on", "performed", "date" -> values.date(value).ifPresent(r::performedOn);
            case "fixes verified" -> r.addAllFixesVerified(Texts.ids(value));
            default -> unknown = true;
          }
        }
        if (unknown) {
          leftovers.add(b);
        }
      } else if (b instanceof Para p) {
        reason.append(reason.length() > 0 ? "\n\n" : "").append(p.text());
      } else {
        leftovers.add(b);
      }
    }
    for (Section c : s.children) {
      String t = c.title().toLowerCase(Locale.ROOT).strip();
      boolean steps = t.startsWith("step");
      boolean observations = t.startsWith("observation") || t.startsWith("finding");
      if (!steps && !observations) {
        Texts.appendLeftoverSection(leftovers, c);
        continue;
      }
      for (Block b : c.body) {
        if (b instanceof ListBlock l) {
          for (Item it : l.items()) {
            if (steps) {
              r.addSteps(Texts.itemText(it));
            } else {
              r.addObservations(Texts.itemText(it));
            }
          }
        } else {
          leftovers.add(b);
        }
      }
    }
    if (outcome == null) {
      outcome = reason.length() > 0 ? RecreationOutcome.NOT_ATTEMPTED : null;
    }
    if (outcome == null) {
      d.out.info(Kind.UNMAPPED_CONTENT, s.line(), 1, "", "the recreation section states no outcome"
          + " (a fact 'Outcome: reproduced'); its content was kept as an additional section");
      leftovers.addAll(body);
      return;
    }
    if (reason.length() > 0) {
      r.reason(reason.toString());
    }
    d.recreation = r.outcome(outcome).build();
    d.out.at("/recreation", s.line(), 1);
  }
}

package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.ImmutableFollowUpReview;
import dev.postmortem.model.ItemProgress;
import java.time.LocalDate;
import dev.postmortem.importer.internal.Rx;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads follow-up reviews of the action items, as the kit's reports write them: one sub-section
 * per review whose title holds its date ("Review of 27 Oct 2026"), an Attendees fact, notes as
 * paragraphs, and a table of Item, Status and Note.
 */
final class FollowUpReader {
  private final Draft d;
  private final ReportValues values;

  FollowUpReader(Draft d) {
    this.d = d;
    this.values = new ReportValues(d);
  }

  void followUps(Section s, List<Block> body, List<Block> leftovers) {
    leftovers.addAll(body);
    for (Section c : s.children) {
      Optional<LocalDate> held = values.date(c.title().replaceFirst("(?i)^\\s*(?:follow-?up\\s+)?review\\s+(?:of|on)\\s+", ""));
      if (held.isEmpty()) {
        d.out.info(Kind.UNPARSEABLE_TIME, c.line(), 1, "", "the follow-up review '"
            + Texts.shorten(c.title()) + "' has no date in its title; kept as an additional section");
        Texts.appendLeftoverSection(leftovers, c);
        continue;
      }
      String ptr = "/followUps/" + d.followUps.size();
      ImmutableFollowUpReview.Builder f = FollowUpReview.builder().heldOn(held.get());
      StringBuilder notes = new StringBuilder();
      for (Block b : FactTables.unfold(c.body, l -> Rx.matches(l.toLowerCase(Locale.ROOT), "attendees|participants"))) {
        if (b instanceof ListBlock l && l.items().stream()
            .allMatch(it -> RecreationReader.FACT.matcher(it.text()).matches())) {
          for (Item it : l.items()) {
            Matcher m = RecreationReader.FACT.matcher(it.text());
            m.matches();
            String label = m.group(1).strip().toLowerCase(Locale.ROOT);
            if (label.equals("attendees") || label.equals("participants")) {
              for (String a : m.group(2).split("\\s*,\\s*")) {
                if (!a.isBlank()) {
                  f.addAttendees(a.strip());
                }
              }
            } else {
              leftovers.add(b);
            }
          }
        } else if (b instanceof Para p) {
          notes.append(notes.length() > 0 ? "\n\n" : "").append(p.text());
        } else if (b instanceof Table t && Texts.column(t.header(), "item", "action") >= 0
            && Texts.column(t.header(), "status") >= 0) {
          int ic = Texts.column(t.header(), "item", "action");
          int sc = Texts.column(t.header(), "status");
          int nc = Texts.column(t.header(), "note", "notes", "comment");
          for (Row r : t.rows()) {
            String item = ReportValues.id(Texts.cell(r, ic));
            ActionStatus st = ReportValues.words(Texts.cell(r, sc), ActionStatus::fromId);
            if (item.isEmpty() || st == null) {
              d.out.info(Kind.GUESSED_VALUE, r.line(), 1, ptr, "a follow-up row without an item id or"
                  + " a known status ('" + Texts.shorten(Texts.cell(r, sc)) + "') was left out");
              continue;
            }
            var p = ItemProgress.builder().item(item).status(st);
            String note = Texts.cell(r, nc);
            if (!note.isBlank()) {
              p.note(note);
            }
            f.addItems(p.build());
          }
        } else {
          leftovers.add(b);
        }
      }
      if (notes.length() > 0) {
        f.notes(notes.toString());
      }
      d.out.at(ptr, c.line(), 1);
      d.followUps.add(f.build());
    }
  }
}

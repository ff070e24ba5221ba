package dev.postmortem.examples;

import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Rule;
import dev.postmortem.validate.RuleContext;

/** A rule of your own, as in {@link Rule}'s documentation: every action item links a ticket. */
public final class TicketLinked implements Rule {
  @Override
  public String id() {
    return "acme-ticket-linked";
  }

  @Override
  public String summary() {
    return "Every action item links a ticket";
  }

  @Override
  public Finding.Level defaultLevel() {
    return Finding.Level.WARNING;
  }

  @Override
  public void check(Postmortem pm, RuleContext ctx) {
    for (int i = 0; i < pm.actionItems().size(); i++) {
      if (pm.actionItems().get(i).ticket().isEmpty()) {
        ctx.report("/actionItems/" + i, "link the tracking ticket");
      }
    }
  }
}

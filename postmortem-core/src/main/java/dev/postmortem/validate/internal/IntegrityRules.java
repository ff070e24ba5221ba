package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Slo;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.validate.Finding.Level;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.RuleContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Integrity: ids that are unique and references that resolve. */
final class IntegrityRules {
  private IntegrityRules() {}

  static final class DuplicateId extends BuiltinRule {
    DuplicateId() {
      super("duplicate-id", Level.ERROR, Profile.MINIMAL,
          "Action items, evidence, SLOs and 5 Whys chains have unique ids",
          "Ids are how the parts of a post-mortem refer to each other (an action item addresses"
              + " `C2`, a cause cites `E4`) and how trackers and follow-up reviews refer to action"
              + " items. Two items with one id make those references ambiguous.",
          "Give each item its own id, and update the references to the renamed one.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      duplicates(ctx, "actionItems", "action item", pm.actionItems(), ActionItem::id);
      duplicates(ctx, "evidence", "evidence item", pm.evidence(), Evidence::id);
      duplicates(ctx, "slos", "SLO", pm.slos(), Slo::id);
      List<WhyChain> chains = pm.fiveWhys();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < chains.size(); i++) {
        int index = i;
        chains.get(i).id().ifPresent(id -> {
          Integer first = seen.putIfAbsent(id, index);
          if (first != null) {
            ctx.report(Ptr.of("fiveWhys", index, "id"),
                "5 Whys chain id '" + id + "' is already used by chain " + (first + 1) + "; give each chain its own id");
          }
        });
      }
    }

    private static <T> void duplicates(
        RuleContext ctx, String list, String what, List<T> items, Function<T, String> id) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String key = id.apply(items.get(i));
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          ctx.report(Ptr.of(list, i, "id"),
              what + " id '" + key + "' is already used at /" + list + "/" + first
                  + "; give each " + what + " its own id");
        }
      }
    }
  }

  static final class ReferenceUnresolved extends BuiltinRule {
    ReferenceUnresolved() {
      super("reference-unresolved", Level.ERROR, Profile.MINIMAL,
          "Every reference to an action item, cause, evidence item or SLO resolves",
          "A reference to an id that does not exist (a typo, a renamed item, a deleted piece of"
              + " evidence) silently breaks the links readers follow: which cause an action"
              + " addresses, which evidence backs a claim, which SLO verifies a fix.",
          "Correct the id, or add the item it refers to.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      Set<String> evidence = new HashSet<>();
      pm.evidence().forEach(e -> evidence.add(e.id()));
      Set<String> causes = new HashSet<>();
      pm.causes().forEach(c -> causes.add(c.id()));
      Set<String> slos = new HashSet<>();
      pm.slos().forEach(s -> slos.add(s.id()));
      Set<String> actions = new HashSet<>();
      pm.actionItems().forEach(a -> actions.add(a.id()));

      for (int i = 0; i < pm.causes().size(); i++) {
        Cause c = pm.causes().get(i);
        if (!c.evidence().isEmpty()) {
          refs(ctx, c.evidence(), evidence, "evidence", Ptr.of("causes", i, "evidence"));
        }
      }
      for (int i = 0; i < pm.timeline().size(); i++) {
        TimelineEvent e = pm.timeline().get(i);
        if (!e.evidence().isEmpty()) {
          refs(ctx, e.evidence(), evidence, "evidence", Ptr.of("timeline", i, "evidence"));
        }
      }
      for (int i = 0; i < pm.fiveWhys().size(); i++) {
        for (int j = 0; j < pm.fiveWhys().get(i).steps().size(); j++) {
          List<String> ids = pm.fiveWhys().get(i).steps().get(j).evidence();
          if (!ids.isEmpty()) {
            refs(ctx, ids, evidence, "evidence", Ptr.of("fiveWhys", i, "steps", j, "evidence"));
          }
        }
      }
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (!a.addresses().isEmpty()) {
          refs(ctx, a.addresses(), causes, "cause", Ptr.of("actionItems", i, "addresses"));
        }
        int index = i;
        a.verification().flatMap(v -> v.slo()).ifPresent(s -> {
          if (!slos.contains(s)) {
            ctx.report(Ptr.of("actionItems", index, "verification", "slo"),
                "SLO '" + s + "' does not exist; correct the id or add the SLO to 'slos'");
          }
        });
      }
      pm.impact().ifPresent(im -> refs(ctx, im.slosBreached(), slos, "SLO", "/impact/slosBreached"));
      pm.recreation().ifPresent(r -> refs(ctx, r.fixesVerified(), actions, "action item", "/recreation/fixesVerified"));
      for (int i = 0; i < pm.followUps().size(); i++) {
        for (int j = 0; j < pm.followUps().get(i).items().size(); j++) {
          String item = pm.followUps().get(i).items().get(j).item();
          if (!actions.contains(item)) {
            ctx.report(Ptr.of("followUps", i, "items", j, "item"),
                "action item '" + item + "' does not exist; correct the id or add the action item");
          }
        }
      }
    }

    private static void refs(RuleContext ctx, List<String> ids, Set<String> known, String what, String pointer) {
      for (int k = 0; k < ids.size(); k++) {
        if (!known.contains(ids.get(k))) {
          ctx.report(pointer + "/" + k,
              what + " '" + ids.get(k) + "' does not exist; correct the id or add the " + what);
        }
      }
    }
  }

  static final class ClosedItemsFinished extends BuiltinRule {
    ClosedItemsFinished() {
      super("closed-items-finished", Level.ERROR, Profile.MINIMAL,
          "A closed post-mortem has every action item finished",
          "`closed` means the follow-up is over: every action item is done, verified or"
              + " consciously not done. Closing with open items drops them from every review.",
          "Finish the items (or mark them `wont-do` with a rationale and a revisit date), or set the"
              + " status back to `published`.");
    }

    @Override
    public void check(Postmortem pm, RuleContext ctx) {
      if (pm.status() != Status.CLOSED) {
        return;
      }
      for (int i = 0; i < pm.actionItems().size(); i++) {
        ActionItem a = pm.actionItems().get(i);
        if (!a.isFinished() && a.status() != ActionStatus.WONT_DO) {
          ctx.report(Ptr.of("actionItems", i, "status"),
              "the post-mortem is closed but action item '" + a.id() + "' is " + a.status().id()
                  + "; finish it or set the post-mortem back to 'published'");
        }
      }
    }
  }
}

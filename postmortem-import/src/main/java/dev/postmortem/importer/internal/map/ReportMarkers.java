package dev.postmortem.importer.internal.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutableEvidence;
import dev.postmortem.model.ImmutableImpact;
import dev.postmortem.model.ImmutableLifecycle;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.ImmutableQuantity;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.Slo;
import dev.postmortem.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the kit's own reports mark, read back once the post-mortem is built: the "(internal)"
 * marker after an item only internal audiences may see (a figure of the impact, a timeline event,
 * an action item, a piece of evidence, a link), the front matter's {@code internalFields},
 * {@code drafted} and {@code published}, and SLOs named by their name where the model keeps ids
 * (the impact's "SLOs breached").
 */
final class ReportMarkers {
  private static final Pattern MARK = Pattern.compile("\\s+\\(internal\\)\\s*$");

  private ReportMarkers() {}

  /**
   * Whether the document is a Markdown report of the kit: its front matter names the audience,
   * the template and when it was generated. Such a report has no template guidance, so a
   * narrative field written as a quotation stays a field.
   */
  static boolean ownReport(Draft d) {
    return d.extensions.containsKey("frontMatter/audience") && d.extensions.containsKey("frontMatter/template")
        && d.extensions.containsKey("frontMatter/generated");
  }

  static boolean marked(String text) {
    return MARK.matcher(text).find();
  }

  static String unmarked(String text) {
    return MARK.matcher(text).replaceFirst("");
  }

  static Postmortem apply(Postmortem p, Draft d) {
    ImmutablePostmortem out = ImmutablePostmortem.copyOf(p);
    if (p.impact().isPresent()) {
      Impact i = p.impact().get();
      List<Quantity> qs = new ArrayList<>();
      for (Quantity q : i.quantities()) {
        qs.add(marked(q.metric())
            ? ImmutableQuantity.copyOf(q).withMetric(unmarked(q.metric())).withInternal(true) : q);
      }
      List<String> breached = new ArrayList<>();
      for (String s : i.slosBreached()) {
        breached.add(p.slos().stream().filter(x -> x.name().equals(s) && !x.id().equals(s))
            .map(Slo::id).findFirst().orElse(s));
      }
      out = out.withImpact(ImmutableImpact.copyOf(i).withQuantities(qs).withSlosBreached(breached));
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineEvent e : p.timeline()) {
      events.add(marked(e.description()) ? ImmutableTimelineEvent.copyOf(e)
          .withDescription(unmarked(e.description())).withInternal(true) : e);
    }
    List<ActionItem> actions = new ArrayList<>();
    for (ActionItem a : p.actionItems()) {
      actions.add(marked(a.title())
          ? ImmutableActionItem.copyOf(a).withTitle(unmarked(a.title())).withInternal(true) : a);
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : p.evidence()) {
      evidence.add(marked(e.title())
          ? ImmutableEvidence.copyOf(e).withTitle(unmarked(e.title())).withInternal(true) : e);
    }
    out = out.withTimeline(events).withActionItems(actions).withEvidence(evidence);
    return frontMatter(out, d);
  }

  /** The front matter's internalFields, drafted and published, moved out of the extensions. */
  private static Postmortem frontMatter(ImmutablePostmortem p, Draft d) {
    Map<String, JsonNode> ext = new TreeMap<>(p.extensions());
    ImmutablePostmortem out = p;
    JsonNode fields = ext.get("frontMatter/internalFields");
    if (fields != null && fields.isArray() && p.internalFields().isEmpty()) {
      List<String> list = new ArrayList<>();
      fields.forEach(f -> list.add(f.asText()));
      if (list.stream().allMatch(f -> f.startsWith("/"))) {
        out = out.withInternalFields(list);
        ext.remove("frontMatter/internalFields");
      }
    }
    ImmutableLifecycle.Builder life = Lifecycle.builder().from(p.lifecycle());
    boolean changed = false;
    for (String key : new String[] {"drafted", "published"}) {
      JsonNode v = ext.get("frontMatter/" + key);
      if (v == null || !v.isTextual()) {
        continue;
      }
      try {
        OffsetDateTime t = OffsetDateTime.parse(v.asText());
        if (key.equals("drafted") && p.lifecycle().drafted().isEmpty()) {
          life.drafted(t);
        } else if (key.equals("published") && p.lifecycle().published().isEmpty()) {
          life.published(t);
        } else {
          continue;
        }
        ext.remove("frontMatter/" + key);
        changed = true;
      } catch (java.time.format.DateTimeParseException e) {
        // not a timestamp: stays an extension
      }
    }
    if (changed) {
      out = out.withLifecycle(life.build());
    }
    return out.withExtensions(ext);
  }
}

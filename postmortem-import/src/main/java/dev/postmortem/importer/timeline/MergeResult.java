package dev.postmortem.importer.timeline;

import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import java.util.List;
import java.util.Map;

/**
 * What {@link DraftedTimeline#mergeInto} did.
 *
 * @param postmortem the post-mortem with the drafted events added
 * @param added the drafted events added, in time order
 * @param duplicates each drafted event left out, with the author's event it repeats
 * @param milestones the milestones that were empty and were filled from drafted events (inferred)
 */
public record MergeResult(
    Postmortem postmortem, List<DraftedEvent> added, Map<DraftedEvent, TimelineEvent> duplicates,
    Map<String, DraftedEvent> milestones) {}

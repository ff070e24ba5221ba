package dev.postmortem.importer.timeline;

import dev.postmortem.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A drafted timeline event and its evidence: where it was read, the record as written, how many
 * repeats it stands for, and what was inferred about it.
 *
 * @param event the event
 * @param format the family of its source
 * @param file the source file or folder
 * @param ref where in the source: {@code line 42}, {@code #channel/1792...}, {@code entry R1...}
 * @param excerpt the record as written, shortened to one line
 * @param count how many records it stands for (repeats collapsed), at least 1
 * @param lastAt when the last repeat was, when {@code count > 1}
 * @param kindInferred whether the kind was inferred from words rather than stated by the source
 * @param milestone the incident milestone this event is a candidate for ({@code detected}, ...)
 */
public record DraftedEvent(
    TimelineEvent event, SourceFormat format, String file, String ref, String excerpt, int count,
    Optional<OffsetDateTime> lastAt, boolean kindInferred, Optional<String> milestone) {}

package dev.postmortem.metrics;

import dev.postmortem.model.Postmortem;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

/** A point in time a metric starts or ends at: an incident milestone or a document stage. */
public enum Anchor {
  /** {@code incident.started}: the impact began. */
  STARTED(p -> p.incident().started()),
  /** {@code incident.detected}: someone or something noticed. */
  DETECTED(p -> p.incident().detected()),
  /** {@code incident.acknowledged}: a responder acknowledged. */
  ACKNOWLEDGED(p -> p.incident().acknowledged()),
  /** {@code incident.mitigated}: the impact was reduced to an acceptable level. */
  MITIGATED(p -> p.incident().mitigated()),
  /** {@code incident.resolved}: the incident was over. */
  RESOLVED(p -> p.incident().resolved()),
  /** {@code lifecycle.drafted}: the first complete draft of the post-mortem. */
  DRAFTED(p -> p.lifecycle().drafted()),
  /** {@code lifecycle.published}: the post-mortem was published. */
  PUBLISHED(p -> p.lifecycle().published());

  private final Function<Postmortem, Optional<OffsetDateTime>> accessor;

  Anchor(Function<Postmortem, Optional<OffsetDateTime>> accessor) {
    this.accessor = accessor;
  }

  /** The anchor's time in the post-mortem, if recorded. */
  public Optional<OffsetDateTime> in(Postmortem postmortem) {
    return accessor.apply(postmortem);
  }
}

package dev.postmortem.export;

import dev.postmortem.model.Postmortem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The options of an {@link Exporter}, immutable; set them with the exporter's builder (see {@link
 * ExporterBuilder}).
 */
public final class ReportOptions {
  private final Template template;
  private final Audience audience;
  private final ZoneId zone;
  private final Locale locale;
  private final Instant creationTime;
  private final Clock clock;
  private final boolean reverseChronology;
  private final boolean metricsTable;
  private final boolean findingsAppendix;
  private final Function<? super Postmortem, ? extends Collection<ReportFinding>> findings;
  private final Set<String> internalHosts;
  private final List<SectionRendererFactory> factories;
  private final Consumer<? super DroppedContent> droppedListener;
  private final Consumer<? super Redaction> redactionListener;
  private final List<java.nio.file.Path> fonts;
  private final boolean systemFonts;
  private final String ticketUrl;

  ReportOptions(ExporterBuilder<?> b) {
    this.template = b.template;
    this.audience = b.audience;
    this.zone = b.zone;
    this.locale = b.locale;
    this.creationTime = b.creationTime;
    this.clock = b.clock;
    this.reverseChronology = b.reverseChronology;
    this.metricsTable = b.metricsTable;
    this.findingsAppendix = b.findingsAppendix;
    this.findings = b.findings;
    this.droppedListener = b.droppedListener;
    this.redactionListener = b.redactionListener;
    this.fonts = List.copyOf(b.fonts);
    this.systemFonts = b.systemFonts;
    this.ticketUrl = b.ticketUrl;
    this.internalHosts = Collections.unmodifiableSet(new LinkedHashSet<>(b.internalHosts));
    List<SectionRendererFactory> f = new ArrayList<>(b.factories);
    // Add as last. This means clients can override the rendering of any section if they want.
    f.add(CoreSectionRenderer::new);
    this.factories = Collections.unmodifiableList(f);
  }

  /** The section order and names. */
  public Template template() {
    return template;
  }

  /** The audience. */
  public Audience audience() {
    return audience;
  }

  /** The zone set with {@link ExporterBuilder#zone}, or UTC when none was set. */
  public ZoneId zone() {
    return zone != null ? zone : java.time.ZoneOffset.UTC;
  }

  /** The zone set with {@link ExporterBuilder#zone}, if one was. */
  public Optional<ZoneId> fixedZone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The zone a report of {@code postmortem} shows times in: the one set with {@link
   * ExporterBuilder#zone}, else the document's own, the offset of {@code incident.started}, else
   * of its first timeline event with a time, else UTC.
   *
   * @param postmortem the post-mortem
   * @return the zone
   */
  public ZoneId zone(Postmortem postmortem) {
    if (zone != null) {
      return zone;
    }
    Optional<java.time.OffsetDateTime> t = postmortem.incident().started();
    if (t.isEmpty()) {
      t = postmortem.timeline().stream().flatMap(e -> e.at().stream()).findFirst();
    }
    return t.<ZoneId>map(java.time.OffsetDateTime::getOffset).orElse(java.time.ZoneOffset.UTC);
  }

  /** The locale dates and numbers are formatted for; also picks the paper size. */
  public Locale locale() {
    return locale;
  }

  /** The fixed creation time, if one was set. */
  public Optional<Instant> creationTime() {
    return Optional.ofNullable(creationTime);
  }

  /** The creation time of a report made now: the fixed one, or the clock's instant. */
  public Instant creationTimeNow() {
    return creationTime != null ? creationTime : clock.instant();
  }

  /** Whether the timeline is shown newest first. */
  public boolean reverseChronology() {
    return reverseChronology;
  }

  /** Whether the metrics table is shown. */
  public boolean metricsTable() {
    return metricsTable;
  }

  /** Whether the validation-findings appendix is shown. */
  public boolean findingsAppendix() {
    return findingsAppendix;
  }

  /** The findings of a post-mortem, for the appendix. */
  public List<ReportFinding> findingsOf(Postmortem postmortem) {
    Collection<ReportFinding> c = findings.apply(postmortem);
    return c == null ? List.of() : List.copyOf(c);
  }

  /** Host names, or suffixes starting with a dot, whose links are internal. */
  public Set<String> internalHosts() {
    return internalHosts;
  }

  /** The fonts added for characters the bundled fonts lack, in order (PDF only). */
  public List<java.nio.file.Path> fonts() {
    return fonts;
  }

  /**
   * The URL template ticket keys link through, with {@code {key}} where the key goes.
   *
   * @return the template, if one is set
   */
  public java.util.Optional<String> ticketUrl() {
    return java.util.Optional.ofNullable(ticketUrl);
  }

  /** Whether the PDF may use the fonts installed on the system. */
  public boolean systemFonts() {
    return systemFonts;
  }

  /** The section renderer factories, the core one last. */
  public List<SectionRendererFactory> sectionRendererFactories() {
    return factories;
  }

  static void requireNonNull(Object o, String name) {
    Objects.requireNonNull(o, name + " must not be null");
  }

  /**
   * Reports content left out of a report to the listener set with {@link
   * ExporterBuilder#onDropped}.
   */
  public void reportDropped(DroppedContent dropped) {
    droppedListener.accept(Objects.requireNonNull(dropped, "dropped must not be null"));
  }
  /**
   * Tells the listener set with {@link ExporterBuilder#onRedaction} of a removal.
   *
   * @param redaction what was removed, and where
   */
  public void reportRedaction(Redaction redaction) {
    redactionListener.accept(Objects.requireNonNull(redaction, "redaction must not be null"));
  }

}

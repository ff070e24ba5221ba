package dev.postmortem.export;

import dev.postmortem.model.Postmortem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The options every exporter's builder shares.
 *
 * @param <B> the concrete builder
 */
public abstract class ExporterBuilder<B extends ExporterBuilder<B>> {
  Template template = Template.DEFAULT;
  Audience audience = Audience.INTERNAL;
  ZoneId zone;
  Locale locale = Locale.UK;
  Instant creationTime;
  Clock clock = Clock.systemUTC();
  boolean reverseChronology;
  boolean metricsTable = true;
  boolean findingsAppendix;
  Function<? super Postmortem, ? extends Collection<ReportFinding>> findings = p -> List.of();
  final Set<String> internalHosts = new LinkedHashSet<>();
  final List<SectionRendererFactory> factories = new ArrayList<>();
  Consumer<? super DroppedContent> droppedListener = d -> { };
  Consumer<? super Redaction> redactionListener = r -> { };
  final List<java.nio.file.Path> fonts = new ArrayList<>();
  boolean systemFonts;
  String ticketUrl;

  /** For subclasses. */
  protected ExporterBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The section order and names, defaults to {@link Template#DEFAULT}.
   *
   * @return {@code this}
   */
  public B template(Template template) {
    this.template = Objects.requireNonNull(template, "template must not be null");
    return self();
  }

  /**
   * The audience, defaults to {@link Audience#INTERNAL}.
   *
   * @return {@code this}
   */
  public B audience(Audience audience) {
    this.audience = Objects.requireNonNull(audience, "audience must not be null");
    return self();
  }

  /**
   * The zone times are shown in. Defaults to the document's own: the offset of {@code
   * incident.started}, else of the first timeline event with a time, else UTC (see {@link
   * ReportOptions#zone(Postmortem)}).
   *
   * @return {@code this}
   */
  public B zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    return self();
  }

  /**
   * The locale dates and numbers are formatted for, defaults to {@link Locale#UK}. Its language
   * also picks the report's labels (headings, table headers, field names, units of durations):
   * English, German, French, Spanish, Portuguese or Japanese, English for any other. The paper is
   * US Letter for the United States and Canada, A4 elsewhere.
   *
   * @param locale the reader's locale
   * @return {@code this}
   */
  public B locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale must not be null");
    return self();
  }

  /**
   * A fixed creation time written into the document's metadata and used as "today" for overdue
   * action items, so the same input always gives byte-identical output. Defaults to none: the
   * time of each export.
   *
   * @return {@code this}
   */
  public B creationTime(Instant creationTime) {
    this.creationTime = Objects.requireNonNull(creationTime, "creationTime must not be null");
    return self();
  }

  /**
   * The clock that gives the creation time when none is fixed, defaults to the UTC system clock.
   *
   * @return {@code this}
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    return self();
  }

  /**
   * Whether the timeline is shown newest first, with what was known at each point and the
   * inflection points highlighted (reverse chronology analysis), defaults to {@code false}.
   *
   * @return {@code this}
   */
  public B reverseChronology(boolean reverseChronology) {
    this.reverseChronology = reverseChronology;
    return self();
  }

  /**
   * Whether the key-metrics table is shown, defaults to {@code true}.
   *
   * @return {@code this}
   */
  public B metricsTable(boolean metricsTable) {
    this.metricsTable = metricsTable;
    return self();
  }

  /**
   * Whether an appendix lists the validation findings, defaults to {@code false}. Never shown to
   * the external audience. The findings come from {@link #findings(Function)}.
   *
   * @return {@code this}
   */
  public B findingsAppendix(boolean findingsAppendix) {
    this.findingsAppendix = findingsAppendix;
    return self();
  }

  /**
   * Where the appendix's findings come from, for example a validator; defaults to none.
   *
   * @return {@code this}
   */
  public B findings(Function<? super Postmortem, ? extends Collection<ReportFinding>> findings) {
    this.findings = Objects.requireNonNull(findings, "findings must not be null");
    return self();
  }

  /**
   * Takes the appendix's findings from a validator and turns the appendix on. Same as {@code
   * findings(p -> validator.validate(p).findings() mapped with ReportFinding::from)} and {@code
   * findingsAppendix(true)}.
   *
   * @return {@code this}
   */
  public B validator(dev.postmortem.validate.Validator validator) {
    Objects.requireNonNull(validator, "validator must not be null");
    this.findings = p -> validator.validate(p).findings().stream().map(ReportFinding::from)
        .collect(java.util.stream.Collectors.toList());
    this.findingsAppendix = true;
    return self();
  }

  /**
   * Adds hosts whose links are internal and removed for the external audience: a host name such
   * as {@code grafana.example.com}, or a suffix such as {@code .corp.example.com}. Links marked
   * {@code internal}, and hosts that are single words, {@code localhost}, private IP addresses,
   * or have a label {@code internal}, {@code corp}, {@code intranet}, {@code local} or {@code lan}
   * are always internal.
   *
   * @return {@code this}
   */
  public B internalHosts(String... hosts) {
    for (String h : hosts) {
      internalHosts.add(Objects.requireNonNull(h, "host must not be null").toLowerCase(Locale.ROOT));
    }
    return self();
  }

  /**
   * Adds a section renderer factory. Renderers are asked in the order added, so the first one
   * that handles a section renders it; the core renderer comes last.
   *
   * @return {@code this}
   */
  public B sectionRendererFactory(SectionRendererFactory factory) {
    factories.add(Objects.requireNonNull(factory, "factory must not be null"));
    return self();
  }

  /**
   * Where the exporter reports what it left out of a report for safety, for example a link whose
   * target is not http, https or mailto (its label stays as plain text); defaults to ignoring
   * them. The listener is called on the exporting thread, in document order, once per dropped
   * item; an exporter shared by several threads calls it from each of them, so it must be
   * thread-safe then ({@link DroppedContent#postmortemId()} tells the documents apart).
   *
   * @return {@code this}
   */
  public B onDropped(Consumer<? super DroppedContent> listener) {
    this.droppedListener = Objects.requireNonNull(listener, "listener must not be null");
    return self();
  }
  /**
   * Tells {@code listener} of each text the external audience's report removes from the fields
   * it keeps (names, addresses, links, tickets, channels, phone numbers), with where it was; for
   * review before publishing. Called on the exporting thread, once per removal; other audiences
   * remove nothing.
   *
   * @param listener told of each removal
   * @return this builder
   */
  public B onRedaction(Consumer<? super Redaction> listener) {
    this.redactionListener = Objects.requireNonNull(listener, "listener must not be null");
    return self();
  }


  /**
   * Adds fonts (TrueType or OpenType files: {@code .ttf}, {@code .otf}, {@code .ttc}) for the
   * characters the bundled DejaVu fonts lack, such as Chinese, Japanese or Korean. The PDF looks a
   * character up in DejaVu, then in these fonts in the order added, then in the fonts installed on
   * the system; a character none has is drawn as U+FFFD and reported to {@link #onDropped}. Word
   * documents name fonts instead of embedding them; Markdown needs none.
   *
   * @param files the font files
   * @return {@code this}
   */
  public B fonts(java.nio.file.Path... files) {
    for (java.nio.file.Path f : files) {
      fonts.add(Objects.requireNonNull(f, "font must not be null"));
    }
    return self();
  }

  /**
   * Whether the PDF may take characters the bundled and added fonts lack from the fonts installed
   * on the system (found where fontconfig looks), defaults to {@code false}, so that the same input
   * gives the same bytes on every machine and a server exporting on many threads parses no large
   * system font per thread; {@code postmortem render} turns it on.
   *
   * @param systemFonts whether to use the system's fonts
   * @return {@code this}
   */
  public B systemFonts(boolean systemFonts) {
    this.systemFonts = systemFonts;
    return self();
  }

  /**
   * Where ticket keys point: an http or https URL with {@code {key}} where the key goes, for
   * example {@code https://jira.example.com/browse/{key}}. An action item whose ticket is a key
   * ({@code OPS-123}, or {@code #123} for {@code {key}} = {@code 123}) then links to it in every
   * format; defaults to none, and a key without a template is plain text. A ticket that is a URL
   * links to itself either way. Teams keep it in their policy ({@link
   * dev.postmortem.validate.Policy#ticketUrl()}; see {@link #policy}).
   *
   * @param template the URL template
   * @return {@code this}
   * @throws IllegalArgumentException when it is not an http or https URL with {@code {key}}
   */
  public B ticketUrl(String template) {
    Objects.requireNonNull(template, "template must not be null");
    // the same check as Policy.ticketUrl's
    if (!template.matches("(?i)https?://[^\\s{}]+[^\\s]*") || !template.contains("{key}")
        || template.replace("{key}", "").indexOf('{') >= 0) {
      throw new IllegalArgumentException(
          "ticketUrl must be an http or https URL with {key} where the ticket key goes, not '" + template + "'");
    }
    this.ticketUrl = template;
    return self();
  }

  /**
   * Takes the report settings a team keeps in its policy: the {@link #ticketUrl ticket URL
   * template}, when the policy has one.
   *
   * @param policy the policy
   * @return {@code this}
   */
  public B policy(dev.postmortem.validate.Policy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    policy.ticketUrl().ifPresent(t -> this.ticketUrl = t);
    return self();
  }

  /** A snapshot of the options set so far. */
  protected ReportOptions options() {
    return new ReportOptions(this);
  }
}

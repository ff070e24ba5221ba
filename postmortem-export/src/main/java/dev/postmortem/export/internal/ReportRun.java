package dev.postmortem.export.internal;

import dev.postmortem.export.Audience;
import dev.postmortem.export.ReportFinding;
import dev.postmortem.export.ReportOptions;
import dev.postmortem.export.ReportSection;
import dev.postmortem.export.ReportWriter;
import dev.postmortem.export.SectionContext;
import dev.postmortem.export.SectionRenderer;
import dev.postmortem.export.SectionRendererFactory;
import dev.postmortem.model.Postmortem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One export: the single walk over the template's sections that every format shares. Holds the
 * per-call state, so exporters stay immutable.
 */
public final class ReportRun implements SectionContext {
  private static final Set<ReportSection> EXECUTIVE = EnumSet.of(ReportSection.HEADER,
      ReportSection.SUMMARY, ReportSection.IMPACT, ReportSection.METRICS, ReportSection.TIMELINE,
      ReportSection.CAUSES, ReportSection.ACTION_ITEMS, ReportSection.FINDINGS);
  private static final Set<ReportSection> EXTERNAL = EnumSet.of(ReportSection.HEADER,
      ReportSection.SUMMARY, ReportSection.IMPACT, ReportSection.DETECTION, ReportSection.TRIGGER,
      ReportSection.RESOLUTION, ReportSection.TIMELINE, ReportSection.CAUSES,
      ReportSection.ACTION_ITEMS, ReportSection.LINKS, ReportSection.ADDITIONAL);

  private final Postmortem original;
  private final Postmortem visible;
  private final ReportOptions options;
  private final Instant createdAt;
  private final Formats formats;
  private final List<ReportFinding> findings;
  private final ReportWriter guarded;
  private ReportSection section = ReportSection.HEADER;

  private ReportRun(Postmortem postmortem, ReportOptions options, ReportWriter writer) {
    this.original = postmortem;
    this.options = options;
    this.createdAt = options.creationTimeNow();
    this.formats = new Formats(options.zone(postmortem), options.locale());
    this.visible = options.audience() == Audience.EXTERNAL
        ? Redactor.forExternal(postmortem, options.internalHosts(), options::reportRedaction)
        : postmortem;
    this.findings = options.findingsAppendix() && options.audience() != Audience.EXTERNAL
        ? options.findingsOf(postmortem) : List.of();
    this.guarded = new LinkGuard(writer, postmortem.id(), () -> section, options::reportDropped);
  }

  /** Prepares a run: redacts for the audience and collects the findings. */
  public static ReportRun prepare(Postmortem postmortem, ReportOptions options, ReportWriter writer) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    return new ReportRun(postmortem, options, writer);
  }

  /** Whether a section is shown to the audience with these options. */
  public static boolean shown(ReportSection s, ReportOptions options) {
    if (s == ReportSection.METRICS && !options.metricsTable()) {
      return false;
    }
    if (s == ReportSection.FINDINGS && !options.findingsAppendix()) {
      return false;
    }
    switch (options.audience()) {
      case EXECUTIVE:
        return EXECUTIVE.contains(s);
      case EXTERNAL:
        return EXTERNAL.contains(s);
      default:
        return true;
    }
  }

  /** Walks the sections once, asking the first renderer that handles each one. */
  public void walk() {
    List<SectionRenderer> renderers = new ArrayList<>();
    for (SectionRendererFactory f : options.sectionRendererFactories()) {
      renderers.add(Objects.requireNonNull(f.create(this), "a SectionRendererFactory returned null"));
    }
    for (SectionRenderer r : renderers) {
      r.beforeDocument();
    }
    for (ReportSection s : options.template().sections()) {
      if (!shown(s, options)) {
        continue;
      }
      section = s;
      for (SectionRenderer r : renderers) {
        if (r.sections().contains(s)) {
          r.render(s);
          break;
        }
      }
    }
    for (SectionRenderer r : renderers) {
      r.afterDocument();
    }
  }

  /** The section being rendered (the header before the walk). */
  public ReportSection section() {
    return section;
  }

  /** The post-mortem as given, before redaction. */
  public Postmortem original() {
    return original;
  }

  @Override
  public Postmortem postmortem() {
    return visible;
  }

  @Override
  public ReportOptions options() {
    return options;
  }

  @Override
  public ReportWriter writer() {
    return guarded;
  }

  @Override
  public List<ReportFinding> findings() {
    return findings;
  }

  @Override
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String title(ReportSection section) {
    // a template's own names are English; other languages name the sections in their words
    Labels labels = Labels.of(options.locale());
    return labels.english() ? options.template().title(section) : labels.get("section." + section.name());
  }

  @Override
  public String formatDateTime(OffsetDateTime time) {
    return formats.dateTime(time);
  }

  @Override
  public String formatTime(OffsetDateTime time) {
    return formats.time(time);
  }

  @Override
  public String formatDate(LocalDate date) {
    return formats.date(date);
  }

  @Override
  public String formatDuration(Duration duration) {
    return Labels.of(options.locale()).duration(duration);
  }

  /** Date formatting for writers (charts). */
  public Formats formats() {
    return formats;
  }
}

package dev.postmortem.export;

import dev.postmortem.export.ReportWriter.Task;
import dev.postmortem.export.Table.Cell;
import dev.postmortem.export.internal.MarkdownBlocks;
import dev.postmortem.metrics.ActionItemCounts;
import dev.postmortem.metrics.Metric;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.Cause;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Impact;
import dev.postmortem.model.ItemProgress;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Link;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.Recreation;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Slo;
import dev.postmortem.model.SloMeasurement;
import dev.postmortem.model.StartStopContinue;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders every section of the report for every audience. It is registered after the renderers
 * users add, so those can override any section.
 */
public class CoreSectionRenderer implements SectionRenderer {
  /** Executive reports list at most this many timeline events. */
  static final int EXECUTIVE_EVENTS = 8;
  /** Executive reports list at most this many action items, the open and urgent ones first. */
  static final int EXECUTIVE_ACTIONS = 5;
  /** Executive reports list at most this many causes (root causes and triggers). */
  static final int EXECUTIVE_CAUSES = 4;
  /** Executive reports cut a table cell's text after this many characters. */
  static final int EXECUTIVE_CELL = 160;

  private final SectionContext context;
  private final ReportWriter w;
  private final Postmortem pm;
  private final Audience audience;

  /** A renderer writing through {@code context}. */
  public CoreSectionRenderer(SectionContext context) {
    this.context = context;
    this.w = context.writer();
    this.pm = context.postmortem();
    this.audience = context.options().audience();
  }

  @Override
  public Set<ReportSection> sections() {
    return EnumSet.allOf(ReportSection.class);
  }

  @Override
  public void render(ReportSection section) {
    switch (section) {
      case HEADER:
        header();
        break;
      case SUMMARY:
        summary();
        break;
      case IMPACT:
        impact();
        break;
      case DETECTION:
        prose(section, pm.detection());
        break;
      case TRIGGER:
        prose(section, pm.trigger());
        break;
      case RESOLUTION:
        prose(section, pm.resolution());
        break;
      case RESPONDERS:
        responders();
        break;
      case METRICS:
        metrics();
        break;
      case TIMELINE:
        timeline();
        break;
      case CAUSES:
        causes();
        break;
      case FIVE_WHYS:
        fiveWhys();
        break;
      case LESSONS:
        lessons();
        break;
      case START_STOP_CONTINUE:
        startStopContinue();
        break;
      case ACTION_ITEMS:
        actionItems();
        break;
      case SLOS:
        slos();
        break;
      case RECREATION:
        recreation();
        break;
      case FOLLOW_UPS:
        followUps();
        break;
      case EVIDENCE:
        evidence();
        break;
      case LINKS:
        links();
        break;
      case ADDITIONAL:
        additional();
        break;
      case FINDINGS:
        findings();
        break;
      default:
        throw new IllegalStateException("unhandled section " + section);
    }
  }

  private boolean internal() {
    return audience == Audience.INTERNAL;
  }

  private boolean external() {
    return audience == Audience.EXTERNAL;
  }

  private void heading(ReportSection section) {
    w.heading(1, context.title(section));
  }

  // ---------------------------------------------------------------- header

  private void header() {
    String subtitle = l("audience." + audience.name()) + " · " + pm.id();
    w.title(pm.title(), Text.plain(subtitle));
    List<Fact> facts = new ArrayList<>();
    pm.severity().ifPresent(s -> facts.add(
        Fact.of(l("severity"), Text.plain(s.displayName() + " · " + s.label()), tone(s))));
    if (!external()) {
      facts.add(Fact.of(l("status"), Text.plain(value(pm.status())), statusTone(pm)));
    }
    Milestones m = pm.incident();
    m.started().ifPresent(t -> facts.add(Fact.of(l("started"), context.formatDateTime(t) + " " + zoneName())));
    Metric.IMPACT_DURATION.measure(pm)
        .ifPresent(d -> facts.add(Fact.of(l("duration"), context.formatDuration(d))));
    pm.impact().ifPresent(i -> {
      if (!i.affectedServices().isEmpty()) {
        facts.add(Fact.of(l("services.affected"), String.join(", ", i.affectedServices())));
      }
    });
    if (!pm.authors().isEmpty()) {
      facts.add(Fact.of(l("authors"), String.join(", ", pm.authors())));
    }
    pm.lifecycle().published().ifPresent(t -> facts.add(Fact.of(l("published"), context.formatDate(t.toLocalDate()))));
    if (internal() && !pm.tags().isEmpty()) {
      facts.add(Fact.of(l("tags"), String.join(", ", pm.tags())));
    }
    w.facts(facts);
  }

  // ---------------------------------------------------------------- narrative

  private void summary() {
    boolean objectives = internal() && !pm.objectives().isEmpty();
    if (pm.summary().isEmpty() && !objectives) {
      return;
    }
    heading(ReportSection.SUMMARY);
    pm.summary().ifPresent(this::markdown);
    if (objectives) {
      w.heading(2, l("objectives.of.this.review"));
      w.bulletList(texts(pm.objectives()));
    }
  }

  private void prose(ReportSection section, Optional<String> text) {
    if (text.isPresent() && !text.get().isBlank()) {
      heading(section);
      markdown(text.get());
    }
  }

  private void impact() {
    if (pm.impact().isEmpty()) {
      return;
    }
    Impact i = pm.impact().get();
    heading(ReportSection.IMPACT);
    i.description().ifPresent(this::markdown);
    List<Fact> facts = new ArrayList<>();
    i.customerFacing().ifPresent(c -> facts.add(Fact.of(l("customer.facing"), c ? l("yes") : l("no"))));
    if (!i.affectedUsers().isEmpty()) {
      facts.add(Fact.of(l("users.affected"), String.join(", ", i.affectedUsers())));
    }
    if (!i.affectedServices().isEmpty() && audience == Audience.INTERNAL) {
      facts.add(Fact.of(l("services.affected"), String.join(", ", i.affectedServices())));
    }
    if (!i.slosBreached().isEmpty()) {
      facts.add(Fact.of(l("slos.breached"), i.slosBreached().stream()
          .map(id -> pm.slos().stream().filter(s -> s.id().equals(id)).findFirst()
              .map(Slo::name).orElse(id))
          .collect(Collectors.joining(", "))));
    }
    if (!facts.isEmpty()) {
      w.facts(facts);
    }
    if (!i.quantities().isEmpty()) {
      Table.Builder t = Table.builder().column(l("measure"), 3).column(l("value"), 2);
      for (int n = 0; n < i.quantities().size(); n++) {
        Quantity q = i.quantities().get(n);
        String v = number(q.value()) + q.unit().map(u -> u.equals("%") ? u : " " + u).orElse("")
            + (q.estimated() ? " (estimate)" : "");
        Text.Builder metric = Text.builder().plain(q.metric());
        internalMark(metric, q.internal());
        t.row(Cell.of(metric.build()), Cell.of(v));
      }
      w.table(t.build());
    }
  }

  /**
   * A number for the reader: grouped and in the report's locale when it has at most {@link
   * #PLAIN_DIGITS} digits before and after the point, else in scientific notation. A value such
   * as {@code 1e999999999} is accepted by the reader (it has few digits), and DecimalFormat would
   * write out its billion digits (minutes and gigabytes); BigDecimal's own notation is bounded.
   */
  private String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int integerDigits = v.precision() - v.scale();
    if (integerDigits > PLAIN_DIGITS || v.scale() > PLAIN_DIGITS) {
      return v.toString().replace('E', 'e');
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(context.options().locale());
    f.setMaximumFractionDigits(Math.max(0, value.scale()));
    return f.format(value);
  }

  /** The most digits a number is written with in full, before or after its point. */
  static final int PLAIN_DIGITS = 30;


  private void responders() {
    if (!internal() || pm.participants().isEmpty()) {
      return;
    }
    heading(ReportSection.RESPONDERS);
    Table.Builder t = Table.builder().column(l("name"), 3).column(l("roles"), 3).column(l("team"), 2)
        .column(l("function"), 2);
    for (Participant p : pm.participants()) {
      Text.Builder name = Text.builder().plain(p.name());
      p.handle().ifPresent(h -> name.plain(" (" + h + ")"));
      if (p.email().isPresent()) {
        name.plain(" ").link(p.email().get(), "mailto:" + p.email().get());
      }
      t.row(Cell.of(name.build()),
          Cell.of(p.roles().stream().map(Role::id).map(CoreSectionRenderer::words)
              .collect(Collectors.joining(", "))),
          Cell.of(p.team().orElse("")),
          Cell.of(p.discipline().map(d -> value(d)).orElse("")));
    }
    w.table(t.build());
  }

  // ---------------------------------------------------------------- metrics

  private void metrics() {
    List<Metric> shown = new ArrayList<>();
    Set<Metric> executive = EnumSet.of(Metric.TIME_TO_DETECT, Metric.TIME_TO_MITIGATE,
        Metric.IMPACT_DURATION, Metric.TIME_TO_PUBLISH);
    for (Metric m : Metric.values()) {
      if (m.measure(pm).isPresent() && (audience != Audience.EXECUTIVE || executive.contains(m))) {
        shown.add(m);
      }
    }
    if (shown.isEmpty() && pm.actionItems().isEmpty()) {
      return;
    }
    heading(ReportSection.METRICS);
    Table.Builder t = Table.builder().column(l("metric"), 3).column(l("definition"), 3).column(l("value"), 2);
    for (Metric m : shown) {
      Duration d = m.measure(pm).get();
      t.row(Cell.of(l("metric." + m.name())), Cell.of(l("metric." + m.name() + ".definition")),
          Cell.of(Text.plain(context.formatDuration(d)), d.isNegative() ? Tone.CRITICAL : Tone.NONE));
    }
    if (!pm.actionItems().isEmpty()) {
      LocalDate today = LocalDate.ofInstant(context.createdAt(), context.zone());
      ActionItemCounts c = ActionItemCounts.of(pm.actionItems(), today);
      String completion = c.completion().map(x -> Math.round(x * 100) + " %").orElse("n/a");
      t.row(Cell.of(l("metric.actions.finished")), Cell.of(l("metric.actions.finished.definition")),
          Cell.of(Text.plain(l("n.of.m", c.finished(), c.total() - c.wontDo()) + " (" + completion + ")"),
              c.completion().map(x -> x >= 1 ? Tone.SUCCESS : Tone.NONE).orElse(Tone.NONE)));
      t.row(Cell.of(l("metric.actions.overdue")), Cell.of(l("metric.actions.overdue.definition", context.formatDate(today))),
          Cell.of(Text.plain(Integer.toString(c.overdue())), c.overdue() > 0 ? Tone.CRITICAL : Tone.SUCCESS));
    }
    w.table(t.build());
  }

  // ---------------------------------------------------------------- timeline

  private List<TimelineEvent> shownEvents() {
    List<TimelineEvent> events = new ArrayList<>(pm.timeline());
    if (audience == Audience.EXECUTIVE) {
      List<TimelineEvent> key = events.stream()
          .filter(e -> e.keyEvent() || e.inflectionPoint()).collect(Collectors.toList());
      events = key.isEmpty() ? events : key;
      if (events.size() > EXECUTIVE_EVENTS) {
        events = new ArrayList<>(events.subList(0, EXECUTIVE_EVENTS));
      }
    }
    // Stable sort by time; events without a readable time keep their place after timed ones.
    events.sort(Comparator.comparing(
        (TimelineEvent e) -> e.at().map(OffsetDateTime::toInstant).orElse(Instant.MAX)));
    if (context.options().reverseChronology()) {
      java.util.Collections.reverse(events);
    }
    return events;
  }

  private void timeline() {
    if (pm.timeline().isEmpty()) {
      return;
    }
    heading(ReportSection.TIMELINE);
    boolean reverse = context.options().reverseChronology();
    timelineChart().ifPresent(w::timelineChart);
    List<TimelineEvent> events = shownEvents();
    String zone = l("timeline.zone", zoneName());
    if (reverse) {
      w.note(Text.builder().strong("Reverse chronology. ")
          .plain("Read from the final state backwards. At each point the last column says what "
              + "the responders knew then; highlighted rows are inflection points, where another "
              + "action could have changed the course of the incident. " + zone).build(), Tone.INFO);
    } else if (audience == Audience.EXECUTIVE && events.size() < pm.timeline().size()) {
      w.paragraph(Text.plain(l("timeline.key.events", events.size(), pm.timeline().size()) + " " + zone));
    } else {
      w.paragraph(Text.plain(zone + (!external()
          && pm.timeline().stream().anyMatch(TimelineEvent::inflectionPoint)
          ? " " + l("timeline.inflections") : "")));
    }
    LocalDate firstDay = events.stream().flatMap(e -> e.at().stream())
        .map(t -> t.atZoneSameInstant(context.zone()).toLocalDate())
        .min(Comparator.naturalOrder()).orElse(null);
    boolean sameDay = events.stream().flatMap(e -> e.at().stream())
        .map(t -> t.atZoneSameInstant(context.zone()).toLocalDate())
        .allMatch(d -> d.equals(firstDay));
    Table.Builder t = Table.builder().column(sameDay && firstDay != null
        ? l("time.on.day", context.formatDate(firstDay), zoneName()) : l("time.in.zone", zoneName()),
        sameDay ? 2.4f : 3f);
    t.column(l("kind"), 2.6f).column(l("event"), 7);
    boolean actors = internal() && events.stream().anyMatch(e -> e.actor().isPresent());
    if (actors) {
      t.column(l("actor"), 2.6f);
    }
    boolean known = (internal() || reverse) && !external()
        && events.stream().anyMatch(e -> e.knownAtTheTime().isPresent());
    if (known) {
      t.column(l("known.at.the.time"), 5);
    }
    for (TimelineEvent e : events) {
      List<Cell> cells = new ArrayList<>();
      String time = e.at().map(a -> sameDay ? context.formatTime(a) : context.formatDateTime(a))
          .orElse(e.timeText().orElse(""));
      if (e.approximate()) {
        time = "≈ " + time;
      }
      cells.add(Cell.of(time));
      cells.add(Cell.of(Text.plain(value(e.kind())), kindTone(e.kind())));
      Text.Builder d = Text.builder();
      boolean inflection = e.inflectionPoint() && !external();
      if (inflection) {
        d.strong("◆ Inflection point: ");
      }
      if (e.keyEvent() && audience != Audience.EXECUTIVE) {
        d.strong(e.description());
      } else {
        d.plain(audience == Audience.EXECUTIVE ? shorten(e.description(), EXECUTIVE_CELL) : e.description());
      }
      internalMark(d, e.internal());
      if (internal() && (e.source().isPresent() || !e.evidence().isEmpty())) {
        List<String> refs = new ArrayList<>();
        e.source().ifPresent(s -> refs.add("source: " + s));
        if (!e.evidence().isEmpty()) {
          refs.add("evidence: " + String.join(", ", e.evidence()));
        }
        d.plain("\n").emphasis(String.join("; ", refs));
      }
      cells.add(Cell.of(d.build()));
      if (actors) {
        cells.add(Cell.of(e.actor().orElse("")));
      }
      if (known) {
        cells.add(Cell.of(e.knownAtTheTime().orElse("")));
      }
      t.row(inflection ? Tone.INFO : Tone.NONE, cells);
    }
    w.table(t.build());
  }

  private String zoneName() {
    return dev.postmortem.export.internal.Formats.zoneName(context.zone());
  }

  /** The chart of the incident, or empty when fewer than two times are known. */
  private Optional<TimelineChart> timelineChart() {
    Milestones m = pm.incident();
    List<Instant> times = new ArrayList<>();
    for (Optional<OffsetDateTime> o : List.of(m.started(), m.detected(), m.acknowledged(),
        m.mitigated(), m.resolved())) {
      o.ifPresent(t -> times.add(t.toInstant()));
    }
    List<TimelineEvent> events = shownEvents();
    for (TimelineEvent e : events) {
      e.at().ifPresent(t -> times.add(t.toInstant()));
    }
    if (times.size() < 2) {
      return Optional.empty();
    }
    Instant start = times.stream().min(Comparator.naturalOrder()).get();
    Instant end = times.stream().max(Comparator.naturalOrder()).get();
    TimelineChart.Builder c = TimelineChart.builder(pm.title(), start, end);
    Optional<Instant> started = m.started().map(OffsetDateTime::toInstant);
    Optional<Instant> mitigated = m.mitigated().map(OffsetDateTime::toInstant);
    Optional<Instant> resolved = m.resolved().map(OffsetDateTime::toInstant);
    if (started.isPresent() && mitigated.isPresent() && !mitigated.get().isBefore(started.get())) {
      c.phase(l("chart.impact"), started.get(), mitigated.get(), Tone.CRITICAL);
    }
    Optional<Instant> from = mitigated.isPresent() ? mitigated : started;
    if (from.isPresent() && resolved.isPresent() && !resolved.get().isBefore(from.get())) {
      c.phase(mitigated.isPresent() ? l("chart.recovery") : l("chart.impact"), from.get(), resolved.get(),
          mitigated.isPresent() ? Tone.WARNING : Tone.CRITICAL);
    }
    m.started().ifPresent(t -> c.milestone(l("chart.started"), t.toInstant(), Tone.CRITICAL));
    m.detected().ifPresent(t -> c.milestone(l("chart.detected"), t.toInstant(), Tone.WARNING));
    m.acknowledged().ifPresent(t -> c.milestone(l("chart.acknowledged"), t.toInstant(), Tone.CAUTION));
    m.mitigated().ifPresent(t -> c.milestone(l("chart.mitigated"), t.toInstant(), Tone.INFO));
    m.resolved().ifPresent(t -> c.milestone(l("chart.resolved"), t.toInstant(), Tone.SUCCESS));
    // the executive table lists the key events: the chart keeps to the phases and milestones
    for (TimelineEvent e : audience == Audience.EXECUTIVE ? List.<TimelineEvent>of() : events) {
      e.at().ifPresent(t -> c.event(e.description(), t.toInstant(), kindTone(e.kind()),
          e.inflectionPoint() && !external()));
    }
    for (ActionItem a : shownActions()) {
      a.due().ifPresent(d -> c.due(a.id() + " " + a.title(), d, a.isFinished()));
    }
    return Optional.of(c.build());
  }

  // ---------------------------------------------------------------- causes

  private void causes() {
    List<Cause> causes = pm.causes();
    if (audience == Audience.EXECUTIVE) {
      causes = causes.stream().filter(c -> c.rootCause() || c.trigger()).collect(Collectors.toList());
    }
    if (causes.isEmpty()) {
      return;
    }
    int more = 0;
    if (audience == Audience.EXECUTIVE && causes.size() > EXECUTIVE_CAUSES) {
      more = causes.size() - EXECUTIVE_CAUSES;
      causes = causes.subList(0, EXECUTIVE_CAUSES);
    }
    heading(ReportSection.CAUSES);
    if (more > 0) {
      int n = more;
      try {
        causesList(causes);
      } finally {
        w.paragraph(Text.builder().emphasis("… and " + n + " more root cause" + (n == 1 ? "" : "s")
            + " and triggers in the full report.").build());
      }
      return;
    }
    causesList(causes);
  }

  private void causesList(List<Cause> causes) {
    if (!internal()) {
      List<Text> items = new ArrayList<>();
      for (Cause c : causes) {
        Text.Builder b = Text.builder();
        String label = causeRole(c);
        if (c.trigger() || c.rootCause()) {
          b.strong(label + ": ");
        }
        Text d = MarkdownBlocks.inline(c.description());
        items.add(b.append(audience == Audience.EXECUTIVE ? shorten(d, EXECUTIVE_CELL * 2) : d).build());
      }
      w.bulletList(items);
      return;
    }
    Table.Builder t = Table.builder().column(l("id"), 1.3f).column(l("condition"), 7).column(l("category"), 2)
        .column(l("role"), 2).column(l("led.to"), 1);
    for (Cause c : causes) {
      Text.Builder d = Text.builder().append(MarkdownBlocks.inline(c.description()));
      c.justification().ifPresent(j -> d.plain("\n").emphasis("Why a root cause: ")
          .append(MarkdownBlocks.inline(j)));
      if (!c.evidence().isEmpty()) {
        d.plain("\n").emphasis("Evidence: " + String.join(", ", c.evidence()));
      }
      String role = causeRole(c);
      t.row(Cell.of(Text.builder().code(c.id()).build()), Cell.of(d.build()),
          Cell.of(value(c.category())),
          Cell.of(Text.plain(role), c.trigger() ? Tone.WARNING : c.rootCause() ? Tone.CRITICAL : Tone.NONE),
          Cell.of(String.join(", ", c.ledTo())));
    }
    w.table(t.build());
    causeGraph(causes);
  }

  /** The causes drawn as a graph, when any cause led to another. */
  private void causeGraph(List<Cause> causes) {
    List<CauseGraph.Node> nodes = new ArrayList<>();
    List<CauseGraph.Edge> edges = new ArrayList<>();
    for (Cause c : causes) {
      nodes.add(new CauseGraph.Node(c.id(), causeRole(c), MarkdownBlocks.inline(c.description()).plainText(),
          c.trigger() ? Tone.WARNING : c.rootCause() ? Tone.CRITICAL : Tone.NONE));
      c.ledTo().forEach(to -> edges.add(new CauseGraph.Edge(c.id(), to)));
    }
    CauseGraph graph = CauseGraph.of(nodes, edges);
    if (graph.edges().isEmpty()) {
      return;
    }
    w.heading(2, l("how.the.causes.connect"));
    w.causeGraph(graph);
  }

  private String causeRole(Cause c) {
    if (c.trigger() && c.rootCause()) {
      return l("cause.trigger.and.root");
    }
    return c.trigger() ? l("cause.trigger") : c.rootCause() ? l("cause.root") : l("cause.contributing");
  }

  /**
   * An enumerated value (an event kind, a status, a category...) in the reader's language, or its
   * id in words where the labels have none.
   */
  private String value(Enum<?> e) {
    String id = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return dev.postmortem.export.internal.Labels.of(context.options().locale())
        .find("value." + e.getDeclaringClass().getSimpleName() + "." + id).orElseGet(() -> words(id));
  }

  /** A report label in the reader's language ({@link SectionContext#label}). */
  private String l(String key, Object... args) {
    return context.label(key, args);
  }

  private void fiveWhys() {
    if (!internal() || pm.fiveWhys().isEmpty()) {
      return;
    }
    heading(ReportSection.FIVE_WHYS);
    int n = 0;
    for (WhyChain chain : pm.fiveWhys()) {
      n++;
      w.heading(2, chain.id().map(id -> id + ": ").orElse(pm.fiveWhys().size() > 1 ? n + ". " : "")
          + chain.problem());
      List<Text> steps = new ArrayList<>();
      for (WhyStep s : chain.steps()) {
        Text.Builder b = Text.builder().strong(s.question()).plain("\n");
        if (s.answer().isPresent()) {
          b.append(MarkdownBlocks.inline(s.answer().get()));
        } else {
          b.emphasis("Not answered yet");
        }
        s.cause().ifPresent(c -> b.plain(" ").code("→ " + c));
        if (!s.evidence().isEmpty()) {
          b.plain(" ").emphasis("(evidence: " + String.join(", ", s.evidence()) + ")");
        }
        steps.add(b.build());
      }
      if (!steps.isEmpty()) {
        w.numberedList(steps);
      }
      chain.rootCause().flatMap(pm::cause).ifPresent(c -> w.paragraph(Text.builder()
          .strong(l("why.root.cause.reached") + " ").code(c.id()).plain(" " + c.description()).build()));
    }
  }

  // ---------------------------------------------------------------- learning

  private void lessons() {
    Lessons l = pm.lessonsLearned();
    if (!internal() || l.isEmpty()) {
      return;
    }
    heading(ReportSection.LESSONS);
    richList(l("what.went.well"), l.wentWell());
    richList(l("what.went.wrong"), l.wentWrong());
    richList(l("where.we.got.lucky"), l.gotLucky());
    richList(l("near.misses"), l.nearMisses());
  }

  private void list(String title, List<String> items) {
    if (!items.isEmpty()) {
      w.heading(2, title);
      w.bulletList(texts(items));
    }
  }

  /** A list whose items are CommonMark. */
  private void richList(String title, List<String> items) {
    if (!items.isEmpty()) {
      w.heading(2, title);
      w.bulletList(items.stream().map(MarkdownBlocks::inline).collect(Collectors.toList()));
    }
  }

  /** The blocks of a narrative field, which holds CommonMark. */
  private void markdown(String text) {
    MarkdownBlocks.write(text, w);
  }

  private void startStopContinue() {
    StartStopContinue s = pm.startStopContinue();
    if (!internal() || s.isEmpty()) {
      return;
    }
    heading(ReportSection.START_STOP_CONTINUE);
    richList(l("start"), s.start());
    richList(l("stop"), s.stop());
    richList(l("continue"), s.keep());
  }

  // ---------------------------------------------------------------- actions

  private List<ActionItem> shownActions() {
    if (audience == Audience.EXECUTIVE) {
      return topActions();
    }
    if (!external()) {
      return pm.actionItems();
    }
    return pm.actionItems().stream().filter(a -> a.status() != ActionStatus.WONT_DO)
        .collect(Collectors.toList());
  }

  /**
   * The action items an executive sees: open ones before finished ones, then by priority and due
   * date, at most {@link #EXECUTIVE_ACTIONS}; the rest are counted after the table.
   */
  private List<ActionItem> topActions() {
    List<ActionItem> all = new ArrayList<>(pm.actionItems());
    all.sort(Comparator.comparing((ActionItem a) -> a.isFinished() || a.status() == ActionStatus.WONT_DO)
        .thenComparing(a -> a.priority().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
        .thenComparing(a -> a.due().orElse(LocalDate.MAX)));
    return all.size() > EXECUTIVE_ACTIONS ? all.subList(0, EXECUTIVE_ACTIONS) : all;
  }

  private void actionItems() {
    List<ActionItem> actions = shownActions();
    if (actions.isEmpty()) {
      return;
    }
    heading(ReportSection.ACTION_ITEMS);
    if (audience == Audience.EXECUTIVE && actions.size() < pm.actionItems().size()) {
      int more = pm.actionItems().size() - actions.size();
      long open = pm.actionItems().stream().filter(a -> !a.isFinished() && a.status() != ActionStatus.WONT_DO)
          .count();
      w.paragraph(Text.plain("The " + (actions.size() == 1 ? "" : actions.size() + " ") + "most urgent of "
          + pm.actionItems().size()
          + " action items (" + open + " open); " + more + " more in the full report."));
    }
    LocalDate today = LocalDate.ofInstant(context.createdAt(), context.zone());
    Table.Builder t = Table.builder().column(l("id"), 1.3f).column(l("action"), 6);
    if (internal()) {
      t.column(l("type"), 2).column(l("priority"), 1.7f);
    }
    if (!external()) {
      t.column(l("owner"), 2);
    }
    t.column(l("due"), 2).column(l("status"), 2);
    if (internal()) {
      t.column(l("ticket"), 2);
    }
    for (ActionItem a : actions) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.of(Text.builder().code(a.id()).build()));
      Text.Builder title = Text.builder()
          .plain(audience == Audience.EXECUTIVE ? shorten(a.title(), EXECUTIVE_CELL) : a.title());
      internalMark(title, a.internal());
      if (internal() && !a.addresses().isEmpty()) {
        title.plain("\n").emphasis("Addresses " + String.join(", ", a.addresses()));
      }
      cells.add(Cell.of(title.build()));
      if (internal()) {
        cells.add(Cell.of(a.type().map(x -> value(x)).orElse("")));
        cells.add(Cell.of(Text.plain(a.priority().map(p -> p.name()).orElse("")),
            a.priority().map(CoreSectionRenderer::tone).orElse(Tone.NONE)));
      }
      if (!external()) {
        cells.add(Cell.of(a.owner().orElse("")));
      }
      cells.add(Cell.of(a.due().map(context::formatDate).orElse("")));
      boolean overdue = !a.isFinished() && a.status() != ActionStatus.WONT_DO
          && a.due().map(d -> d.isBefore(today)).orElse(false);
      cells.add(Cell.of(Text.plain(value(a.status()) + (overdue ? " · " + l("overdue") : "")),
          overdue ? Tone.CRITICAL : tone(a.status())));
      if (internal()) {
        cells.add(Cell.of(a.ticket().map(this::ticket).orElse(Text.empty())));
      }
      t.row(Tone.NONE, cells);
    }
    w.table(t.build());
    List<Task> tasks = new ArrayList<>();
    for (ActionItem a : actions) {
      Text.Builder b = Text.builder().code(a.id()).plain(" " + a.title());
      if (!external()) {
        a.owner().ifPresent(o -> b.plain(" — " + o));
      }
      a.due().ifPresent(d -> b.plain(", due " + context.formatDate(d)));
      if (a.status() == ActionStatus.WONT_DO) {
        b.emphasis(" (won't do)");
      }
      tasks.add(Task.of(a.isFinished(), b.build()));
    }
    if (audience != Audience.EXECUTIVE) {
      w.heading(2, l("checklist"));
      w.taskList(tasks);
    }
    if (internal()) {
      List<Text> details = new ArrayList<>();
      for (ActionItem a : pm.actionItems()) {
        Text.Builder b = Text.builder();
        a.description().ifPresent(d -> b.append(MarkdownBlocks.inline(d)));
        a.completedOn().ifPresent(d -> labelled(b, "Completed on", context.formatDate(d)));
        a.verification().ifPresent(v -> verification(b, v));
        a.rationale().ifPresent(r -> {
          if (!b.isEmpty()) {
            b.plain("\n");
          }
          b.strong("Won't do because: ").plain(r);
          a.revisitOn().ifPresent(d -> b.plain(" (revisit on " + context.formatDate(d) + ")"));
        });
        if (!b.isEmpty()) {
          details.add(Text.builder().code(a.id()).plain(" ").append(b.build()).build());
        }
      }
      if (!details.isEmpty()) {
        w.heading(2, l("details.and.verification"));
        w.bulletList(details);
      }
    }
  }

  /** The text cut after about {@code max} characters, at a space where there is one, with "…". */
  static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max);
    int space = s.lastIndexOf(' ', end);
    if (space > max / 2) {
      end = space;
    }
    return s.substring(0, end).stripTrailing() + " …";
  }

  /** The text cut after about {@code max} characters (styles kept), with "…". */
  static Text shorten(Text t, int max) {
    if (t.plainText().length() <= max) {
      return t;
    }
    Text.Builder b = Text.builder();
    int left = max;
    for (Text.Span sp : t.spans()) {
      if (left <= 0) {
        break;
      }
      String part = sp.text().length() > left ? shorten(sp.text(), left) : sp.text();
      left -= sp.text().length();
      Text one = sp.link().isPresent() ? Text.link(part, sp.link().get())
          : sp.style() == Text.Style.CODE ? Text.builder().code(part).build()
          : sp.style() == Text.Style.STRONG ? Text.strong(part)
          : sp.style() == Text.Style.EMPHASIS ? Text.builder().emphasis(part).build() : Text.plain(part);
      b.append(one);
    }
    return b.build();
  }

  /** A ticket key: {@code OPS-123} (Jira and the like) or {@code #123} (GitHub, GitLab). */
  private static final java.util.regex.Pattern TICKET_KEY =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}-[0-9]{1,9}|#[0-9]{1,9}");

  /**
   * An action item's ticket: a URL links to itself, a key links through the ticket URL template
   * when there is one, and anything else (a key without a template, "see the board") is plain
   * text, so it is never a link the report has to drop.
   */
  private Text ticket(String ticket) {
    String t = ticket.strip();
    if (t.regionMatches(true, 0, "https://", 0, 8) || t.regionMatches(true, 0, "http://", 0, 7)) {
      return Text.link(ticketLabel(t), t);
    }
    java.util.Optional<String> template = context.options().ticketUrl();
    if (template.isPresent() && TICKET_KEY.matcher(t).matches()) {
      String key = t.startsWith("#") ? t.substring(1) : t;
      return Text.link(t, template.get().replace("{key}", key));
    }
    return Text.plain(t);
  }

  private static String ticketLabel(String url) {
    String s = url.replaceFirst("^[a-z]+://", "");
    int slash = s.lastIndexOf('/');
    String last = slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
    return last.length() > 24 ? last.substring(0, 23) + "…" : last;
  }

  /**
   * A verification as one labelled line per part ("Verification: SLO", "Before: …"), so that a
   * reader, and the importer, can tell the parts apart whatever their text says.
   */
  private void verification(Text.Builder b, Verification v) {
    labelled(b, "Verification", value(v.method()));
    v.slo().ifPresent(s -> labelled(b, "SLO", s));
    v.description().ifPresent(d -> labelled(b, "Check", d));
    v.before().ifPresent(m -> labelled(b, "Before", measurement(m, ", ")));
    v.after().ifPresent(m -> labelled(b, "After", measurement(m, ", ")
        + v.showsImprovement().map(i -> i ? " (improved)" : " (no improvement)").orElse("")));
    v.result().ifPresent(r -> labelled(b, "Result", r));
    v.verifiedOn().ifPresent(d -> labelled(b, "Verified on", context.formatDate(d)));
  }

  /** Appends "Label: value" on a line of its own. */
  private static void labelled(Text.Builder b, String label, String value) {
    if (!b.isEmpty()) {
      b.plain("\n");
    }
    b.strong(label + ": ").plain(value);
  }

  private void slos() {
    if (!internal() || pm.slos().isEmpty()) {
      return;
    }
    heading(ReportSection.SLOS);
    Table.Builder t = Table.builder().column(l("id"), 2).column(l("slo"), 4).column(l("objective"), 2)
        .column(l("before"), 3).column(l("after"), 3).column(l("change"), 2);
    for (Slo s : pm.slos()) {
      // the name on one line: the indicator is the line below it
      Text.Builder name = Text.builder().strong(s.name().replace("\r\n", " ").replace('\n', ' '));
      s.indicator().ifPresent(i -> name.plain("\n" + i));
      String objective = s.objective().map(o -> number(o) + " %").orElse("")
          + s.window().map(wd -> " over " + Formats.days(wd)).orElse("");
      Tone tone = Tone.NONE;
      String change = "";
      if (s.before().isPresent() && s.after().isPresent()) {
        long b = s.before().get().violations();
        long a = s.after().get().violations();
        boolean same = s.before().get().window().equals(s.after().get().window());
        change = !same ? "windows differ" : a < b ? "improved" : a == b ? "unchanged" : "worse";
        tone = !same ? Tone.CAUTION : a < b ? Tone.SUCCESS : Tone.WARNING;
      }
      t.row(Cell.of(Text.builder().code(s.id()).build()), Cell.of(name.build()), Cell.of(objective),
          Cell.of(s.before().map(m -> measurement(m, "\n")).orElse("")),
          Cell.of(s.after().map(m -> measurement(m, "\n")).orElse("")), Cell.of(Text.plain(change), tone));
    }
    w.table(t.build());
  }

  /** "6 violations, 99.81 %", {@code window}, then the window's start and end times. */
  private String measurement(SloMeasurement x, String window) {
    return x.violations() + " violation" + (x.violations() == 1 ? "" : "s")
        + x.attained().map(a -> ", " + number(a) + " %").orElse("")
        + window + context.formatDateTime(x.start()) + " – " + context.formatDateTime(x.end());
  }

  private void recreation() {
    if (!internal() || pm.recreation().isEmpty()) {
      return;
    }
    Recreation r = pm.recreation().get();
    heading(ReportSection.RECREATION);
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of(l("outcome"), Text.plain(value(r.outcome())), Tone.NONE));
    r.environment().ifPresent(e -> facts.add(Fact.of(l("environment"), e)));
    r.performedOn().ifPresent(d -> facts.add(Fact.of(l("performed.on"), context.formatDate(d))));
    if (!r.fixesVerified().isEmpty()) {
      facts.add(Fact.of(l("fixes.verified"), String.join(", ", r.fixesVerified())));
    }
    w.facts(facts);
    r.reason().ifPresent(x -> w.paragraph(Text.plain(x)));
    if (!r.steps().isEmpty()) {
      w.heading(2, l("steps"));
      w.numberedList(texts(r.steps()));
    }
    list(l("observations"), r.observations());
  }

  private void followUps() {
    if (!internal() || pm.followUps().isEmpty()) {
      return;
    }
    heading(ReportSection.FOLLOW_UPS);
    for (FollowUpReview f : pm.followUps()) {
      w.heading(2, l("review.of", context.formatDate(f.heldOn())));
      if (!f.attendees().isEmpty()) {
        w.facts(List.of(Fact.of(l("attendees"), String.join(", ", f.attendees()))));
      }
      f.notes().ifPresent(n -> w.paragraph(Text.plain(n)));
      if (!f.items().isEmpty()) {
        Table.Builder t = Table.builder().column(l("item"), 1).column(l("status"), 2).column(l("note"), 6);
        for (ItemProgress p : f.items()) {
          t.row(Cell.of(Text.builder().code(p.item()).build()),
              Cell.of(Text.plain(value(p.status())), tone(p.status())),
              Cell.of(p.note().orElse("")));
        }
        w.table(t.build());
      }
    }
  }

  // ---------------------------------------------------------------- references

  private void evidence() {
    if (!internal() || pm.evidence().isEmpty()) {
      return;
    }
    heading(ReportSection.EVIDENCE);
    Table.Builder t = Table.builder().column(l("id"), 1.3f).column(l("kind"), 2).column(l("evidence"), 7)
        .column(l("captured.in.zone", zoneName()), 2);
    for (Evidence e : pm.evidence()) {
      Text.Builder b = Text.builder();
      // the title on one line: the lines below it are the file and the description
      String title = e.title().replace("\r\n", " ").replace('\n', ' ');
      if (e.link().isPresent()) {
        b.link(title, e.link().get());
      } else {
        b.strong(title);
      }
      internalMark(b, e.internal());
      e.file().ifPresent(f -> b.plain("\nFile: ").code(f));
      e.description().ifPresent(d -> b.plain("\n" + d));
      t.row(Cell.of(Text.builder().code(e.id()).build()), Cell.of(value(e.kind())),
          Cell.of(b.build()), Cell.of(e.capturedAt().map(context::formatDateTime).orElse("")));
    }
    w.table(t.build());
  }

  private void links() {
    if (audience == Audience.EXECUTIVE || pm.links().isEmpty()) {
      return;
    }
    heading(ReportSection.LINKS);
    List<Text> items = new ArrayList<>();
    for (Link l : pm.links()) {
      Text.Builder b = Text.builder().link(l.title().orElse(l.url()), l.url());
      l.kind().ifPresent(k -> b.plain(" (" + words(k) + ")"));
      internalMark(b, l.internal());
      items.add(b.build());
    }
    w.bulletList(items);
  }

  private void additional() {
    if (audience == Audience.EXECUTIVE || pm.additionalSections().isEmpty()) {
      return;
    }
    heading(ReportSection.ADDITIONAL);
    for (var s : pm.additionalSections()) {
      w.heading(2, s.title());
      markdown(s.markdown());
    }
  }

  private void findings() {
    if (external() || !context.options().findingsAppendix()) {
      return;
    }
    heading(ReportSection.FINDINGS);
    List<ReportFinding> findings = context.findings();
    if (findings.isEmpty()) {
      w.paragraph(Text.plain("The validator reported no findings."));
      return;
    }
    w.paragraph(Text.plain(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
        + ", by severity. Locations are JSON pointers into the post-mortem file."));
    Table.Builder t = Table.builder().column(l("severity"), 2).column(l("rule"), 3).column(l("location"), 3)
        .column(l("finding"), 8);
    List<ReportFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt((ReportFinding f) -> f.tone().ordinal()));
    for (ReportFinding f : sorted) {
      Text.Builder m = Text.builder().plain(f.message());
      f.hint().ifPresent(h -> m.plain("\n").emphasis(h));
      t.row(Cell.of(Text.plain(f.severity().toLowerCase(Locale.ROOT)), f.tone()),
          Cell.of(Text.builder().code(f.ruleId()).build()),
          Cell.of(Text.builder().code(f.location()).build()), Cell.of(m.build()));
    }
    w.table(t.build());
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Marks an item only internal audiences may see, in the internal report (other audiences do
   * not show such items): " (internal)" in emphasis after its text, which the importer reads back.
   */
  private void internalMark(Text.Builder b, boolean internalItem) {
    if (internalItem && internal()) {
      b.plain(" ").emphasis("(internal)");
    }
  }

  private static List<Text> texts(List<String> strings) {
    return strings.stream().map(Text::plain).collect(Collectors.toList());
  }

  /** {@code in-progress} → {@code In progress}. */
  static String words(String id) {
    switch (id) {
      case "wont-do":
        return "Won't do";
      case "slo":
        return "SLO";
      default:
        break;
    }
    String s = id.replace('-', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static Tone tone(Severity s) {
    switch (s) {
      case SEV0:
      case SEV1:
        return Tone.CRITICAL;
      case SEV2:
        return Tone.WARNING;
      case SEV3:
        return Tone.CAUTION;
      default:
        return Tone.MUTED;
    }
  }

  static Tone tone(Priority p) {
    switch (p) {
      case P0:
        return Tone.CRITICAL;
      case P1:
        return Tone.WARNING;
      case P2:
        return Tone.CAUTION;
      default:
        return Tone.NONE;
    }
  }

  static Tone tone(ActionStatus s) {
    switch (s) {
      case DONE:
      case VERIFIED:
        return Tone.SUCCESS;
      case IN_PROGRESS:
        return Tone.CAUTION;
      case WONT_DO:
        return Tone.MUTED;
      default:
        return Tone.NONE;
    }
  }

  private static Tone statusTone(Postmortem pm) {
    switch (pm.status()) {
      case DRAFT:
        return Tone.CAUTION;
      case IN_REVIEW:
        return Tone.INFO;
      default:
        return Tone.SUCCESS;
    }
  }

  static Tone kindTone(EventKind k) {
    switch (k) {
      case TRIGGER:
        return Tone.CRITICAL;
      case ALERT:
      case DETECTION:
        return Tone.WARNING;
      case MITIGATION:
        return Tone.INFO;
      case RESOLUTION:
        return Tone.SUCCESS;
      default:
        return Tone.NONE;
    }
  }

  /** Duration and window helpers. */
  private static final class Formats {
    static String days(Duration d) {
      long days = d.toDays();
      // a whole number of days is a period ("over 28 days", "over 1 day"), anything else a duration
      return days > 0 && d.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days")
          : dev.postmortem.export.internal.Formats.duration(d);
    }
  }
}

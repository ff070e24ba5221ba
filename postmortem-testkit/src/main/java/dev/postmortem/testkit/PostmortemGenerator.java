package dev.postmortem.testkit;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Discipline;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.ImmutableWhyChain;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Link;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.StartStopContinue;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.generator.Generator;
import org.instancio.generator.GeneratorSpec;
import org.instancio.support.DefaultRandom;
import org.instancio.support.Seeds;

/**
 * Seeded generator of valid post-mortems of any size, built on Instancio's value generators.
 *
 * <p>Every generated post-mortem builds (its invariants hold) and is consistent: milestones in
 * order, timeline events inside the incident window and sorted, an acyclic cause graph, 5 Whys
 * chains over existing causes, action items with unique ids addressing existing causes. With
 * {@link #hostileStrings(boolean)} the free text mixes in Markdown and HTML metacharacters,
 * newlines, emoji and right-to-left text.
 *
 * <pre>{@code
 * PostmortemGenerator gen = PostmortemGenerator.seeded(42).timelineEvents(1_000);
 * Postmortem pm = gen.next();   // same seed, same sequence of post-mortems
 * }</pre>
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class PostmortemGenerator {
  /** Fragments that break naive Markdown, HTML, table and YAML output. */
  public static final List<String> HOSTILE_FRAGMENTS = List.of(
      "a | b", "`code`", "``double``", "# not a heading", "*stars*", "_under_", "**bold**",
      "<script>alert(1)</script>", "<b>html</b>", "&amp; &lt;", "[link](javascript:alert(1))",
      "line one\nline two", "🔥 on fire", "👩‍💻", "مرحبا بالعالم", "שלום", "\u202Ereversed",
      "back\\slash", "1. numbered", "- dash", "> quote", "~~strike~~", "{braces}", "50% | 100%",
      "null", "yes", "0123", "~", "key: value", "'single' \"double\"", "tab\there", "Ünïcödé ĉ",
      "Ελληνικά", "Кириллица", "漢字かな", "$x$", "@handle", "http://example.com/a_b*c",
      "---", "===", "+++", "[ ] task", "- [x] done", "![img](http://example.com/x.png)");

  private final long seed;
  private final Random random;
  private int timelineEvents = 20;
  private int actionItems = -1;
  private int causes = 5;
  private boolean hostile;
  private boolean everySection;

  private PostmortemGenerator(long seed) {
    this.seed = seed;
    this.random = new DefaultRandom(seed, Seeds.Source.MANUAL);
  }

  /** A generator whose sequence is fixed by the seed. */
  public static PostmortemGenerator seeded(long seed) {
    return new PostmortemGenerator(seed);
  }

  /** The seed, for failure messages. */
  public long seed() {
    return seed;
  }

  /**
   * How many timeline events each post-mortem gets; defaults to 20. Action items default to
   * a twentieth of this (at least 3).
   *
   * @return {@code this}
   */
  public PostmortemGenerator timelineEvents(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    this.timelineEvents = count;
    return this;
  }

  /**
   * How many action items each post-mortem gets; defaults to a twentieth of the timeline events
   * (at least 3).
   *
   * @return {@code this}
   */
  public PostmortemGenerator actionItems(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    this.actionItems = count;
    return this;
  }

  /**
   * How many causes each post-mortem gets; defaults to 5.
   *
   * @return {@code this}
   */
  public PostmortemGenerator causes(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    this.causes = count;
    return this;
  }

  /**
   * Whether free text mixes in hostile fragments ({@link #HOSTILE_FRAGMENTS}); defaults to false.
   *
   * @return {@code this}
   */
  public PostmortemGenerator hostileStrings(boolean hostile) {
    this.hostile = hostile;
    return this;
  }

  /**
   * Whether each post-mortem also gets the parts the default leaves out: SLOs with measurements,
   * an incident recreation, follow-up reviews, completion dates and verifications of action items;
   * defaults to false. The draws for them come after all others, so the post-mortems of a seed
   * without them are unchanged.
   *
   * @return {@code this}
   */
  public PostmortemGenerator everySection(boolean everySection) {
    this.everySection = everySection;
    return this;
  }

  /** The next post-mortem. */
  public Postmortem next() {
    Postmortem pm = base();
    return everySection ? withEverySection(pm) : pm;
  }

  private Postmortem withEverySection(Postmortem pm) {
    OffsetDateTime started = pm.incident().started().orElseThrow();
    LocalDate day = pm.incident().resolved().orElse(started).toLocalDate();
    int days = random.oneOf(7, 14, 28);
    java.util.function.Function<OffsetDateTime, dev.postmortem.model.SloMeasurement> measured = from -> {
      dev.postmortem.model.ImmutableSloMeasurement.Builder m = dev.postmortem.model.SloMeasurement.builder()
          .start(from).end(from.plusDays(days)).violations(random.intRange(0, 12));
      if (random.trueOrFalse()) {
        m.attained(BigDecimal.valueOf(random.intRange(9500, 9999), 2));
      }
      return m.build();
    };
    String sloId = word().toLowerCase(java.util.Locale.ROOT) + "-availability";
    dev.postmortem.model.Slo slo = dev.postmortem.model.Slo.builder().id(sloId).name(text(1, 3))
        .indicator(text(4, 9)).objective(new BigDecimal(random.oneOf("99", "99.5", "99.9", "99.95")))
        .window(Duration.ofDays(days))
        .before(measured.apply(started.minusDays(days).withMinute(0)))
        .after(measured.apply(started.plusDays(days).withMinute(0))).build();
    List<ActionItem> items = new ArrayList<>();
    for (ActionItem a : pm.actionItems()) {
      ImmutableActionItem.Builder c = ActionItem.builder().from(a);
      if (a.isFinished()) {
        c.completedOn(day.plusDays(random.intRange(1, 30)));
        dev.postmortem.model.ImmutableVerification.Builder v = dev.postmortem.model.Verification.builder()
            .method(random.oneOf(dev.postmortem.model.VerificationMethod.values())).description(text(4, 10));
        if (random.trueOrFalse()) {
          v.slo(sloId).before(measured.apply(started.minusDays(days).withMinute(0)))
              .after(measured.apply(started.plusDays(days).withMinute(0)));
        }
        if (random.trueOrFalse()) {
          v.result(text(3, 8)).verifiedOn(day.plusDays(random.intRange(31, 60)));
        }
        c.verification(v.build());
      }
      items.add(c.build());
    }
    dev.postmortem.model.ImmutableRecreation.Builder rec = dev.postmortem.model.Recreation.builder();
    dev.postmortem.model.RecreationOutcome outcome = random.oneOf(dev.postmortem.model.RecreationOutcome.values());
    rec.outcome(outcome);
    if (outcome == dev.postmortem.model.RecreationOutcome.NOT_ATTEMPTED) {
      rec.reason(sentences(1));
    } else {
      rec.environment(text(2, 6)).performedOn(day.plusDays(random.intRange(1, 20)))
          .addSteps(sentences(1), sentences(1)).addObservations(sentences(1));
      if (!pm.actionItems().isEmpty()) {
        rec.addFixesVerified(pm.actionItems().get(0).id());
      }
    }
    List<dev.postmortem.model.FollowUpReview> reviews = new ArrayList<>();
    int count = random.intRange(1, 2);
    for (int i = 0; i < count; i++) {
      dev.postmortem.model.ImmutableFollowUpReview.Builder f = dev.postmortem.model.FollowUpReview.builder()
          .heldOn(day.plusDays(7L * (i + 1))).addAttendees(name(), name() + " " + i);
      if (random.trueOrFalse()) {
        f.notes(sentences(1));
      }
      for (ActionItem a : pm.actionItems()) {
        dev.postmortem.model.ImmutableItemProgress.Builder p = dev.postmortem.model.ItemProgress.builder()
            .item(a.id()).status(random.oneOf(ActionStatus.values()));
        if (random.trueOrFalse()) {
          p.note(text(3, 8));
        }
        f.addItems(p.build());
      }
      reviews.add(f.build());
    }
    return Postmortem.copyOf(pm).withSlos(slo).withActionItems(items).withRecreation(rec.build())
        .withFollowUps(reviews);
  }

  private Postmortem base() {
    OffsetDateTime started = OffsetDateTime.of(
        2020 + random.intRange(0, 6), random.intRange(1, 12), random.intRange(1, 28),
        random.intRange(0, 23), random.intRange(0, 59), 0, 0,
        offset());
    OffsetDateTime detected = started.plusMinutes(random.intRange(0, 60));
    OffsetDateTime acknowledged = detected.plusMinutes(random.intRange(0, 30));
    OffsetDateTime mitigated = acknowledged.plusMinutes(random.intRange(1, 240));
    OffsetDateTime resolved = mitigated.plusMinutes(random.intRange(0, 600));
    long windowSeconds = Math.max(1, Duration.between(started, resolved).getSeconds());
    ImmutablePostmortem.Builder b = Postmortem.builder()
        .id("PM-" + generate(Instancio.gen().string().digits().length(4)))
        .title(text(3, 9))
        .status(random.oneOf(Status.values()))
        .severity(random.oneOf(Severity.values()))
        .summary(sentences(2))
        .addObjectives(text(5, 12))
        .addTags(word(), word())
        .addAuthors(name())
        .lifecycle(Lifecycle.builder()
            .drafted(resolved.plusHours(random.intRange(1, 96)))
            .published(resolved.plusHours(random.intRange(97, 400)))
            .build())
        .incident(Milestones.builder().started(started).detected(detected).acknowledged(acknowledged)
            .mitigated(mitigated).resolved(resolved).build())
        .impact(Impact.builder().description(sentences(1)).addAffectedServices(word() + "-service")
            .customerFacing(random.trueOrFalse())
            .addQuantities(Quantity.builder().metric(text(1, 3))
                .value(BigDecimal.valueOf(random.intRange(0, 100_000), random.intRange(0, 2)))
                .unit(random.oneOf("%", "requests", "users", "EUR")).estimated(random.trueOrFalse()).build())
            .build())
        .detection(sentences(1))
        .trigger(sentences(1))
        .resolution(sentences(1));
    int people = random.intRange(2, 5);
    for (int i = 0; i < people; i++) {
      String name = name() + " " + i;
      b.addParticipants(Participant.builder().name(name)
          .email("person" + i + "@example.com").handle("p" + i)
          .addRoles(random.oneOf(Role.values()))
          .discipline(random.oneOf(Discipline.values())).build());
    }
    int evidenceCount = random.intRange(1, 4);
    List<String> evidenceIds = new ArrayList<>();
    for (int i = 1; i <= evidenceCount; i++) {
      String id = "E" + i;
      evidenceIds.add(id);
      b.addEvidence(Evidence.builder().id(id).kind(random.oneOf(EvidenceKind.values()))
          .title(text(2, 6)).link("https://evidence.example.com/" + i).internal(random.diceRoll(false))
          .build());
    }
    List<TimelineEvent> events = new ArrayList<>(timelineEvents);
    for (int i = 0; i < timelineEvents; i++) {
      long offset = timelineEvents == 1 ? 0 : windowSeconds * i / (timelineEvents - 1);
      ImmutableTimelineEvent.Builder e = TimelineEvent.builder()
          .at(started.plusSeconds(offset - offset % 60))
          .kind(i == 0 ? EventKind.DETECTION : random.oneOf(EventKind.values()))
          .description(text(4, 14))
          .keyEvent(random.diceRoll(false))
          .inflectionPoint(random.intRange(0, 9) == 0)
          .approximate(random.intRange(0, 9) == 0);
      if (random.trueOrFalse()) {
        e.actor(random.oneOf("on-call engineer", "incident commander", "deploy pipeline", "SRE"));
      }
      if (random.trueOrFalse()) {
        e.source(random.oneOf("Slack", "PagerDuty", "Grafana", "Deploy log"));
      }
      if (random.intRange(0, 3) == 0) {
        e.addEvidence(random.oneOf(evidenceIds));
      }
      if (random.intRange(0, 4) == 0) {
        e.knownAtTheTime(text(4, 10));
      }
      events.add(e.build());
    }
    b.addAllTimeline(events);
    List<String> causeIds = new ArrayList<>();
    for (int i = 1; i <= causes; i++) {
      causeIds.add("C" + i);
    }
    for (int i = 1; i <= causes; i++) {
      dev.postmortem.model.ImmutableCause.Builder cause = Cause.builder().id("C" + i)
          .description(text(5, 15)).category(random.oneOf(CauseCategory.values()))
          .trigger(i == 1).rootCause(i == causes || random.intRange(0, 3) == 0);
      if (i < causes) {
        cause.addLedTo("C" + random.intRange(i + 1, causes));
      }
      if (random.trueOrFalse()) {
        cause.addEvidence(random.oneOf(evidenceIds));
      }
      b.addCauses(cause.build());
    }
    ImmutableWhyChain.Builder chain = WhyChain.builder().id("W1").problem(sentences(1))
        .rootCause("C" + causes);
    int steps = random.intRange(2, 5);
    for (int s = 0; s < steps; s++) {
      chain.addSteps(WhyStep.builder().question("Why " + text(3, 8) + "?").answer(text(4, 12))
          .cause("C" + Math.min(causes, 1 + s * causes / steps)).build());
    }
    b.addFiveWhys(chain.build());
    b.lessonsLearned(Lessons.builder().addWentWell(text(4, 10)).addWentWrong(text(4, 10))
        .addGotLucky(text(4, 10)).build());
    b.startStopContinue(StartStopContinue.builder().addStart(text(3, 8)).addStop(text(3, 8))
        .addKeep(text(3, 8)).build());
    int items = actionItems >= 0 ? actionItems : Math.max(3, timelineEvents / 20);
    for (int i = 1; i <= items; i++) {
      ActionStatus status = random.oneOf(ActionStatus.values());
      ImmutableActionItem.Builder a = ActionItem.builder().id("AI-" + i)
          .title(random.oneOf("Add", "Alert on", "Document", "Automate", "Test") + " " + text(3, 10))
          .type(random.oneOf(ActionType.values())).priority(random.oneOf(Priority.values()))
          .owner(name()).due(resolved.toLocalDate().plusDays(random.intRange(1, 90)))
          .status(status)
          .ticket("https://tracker.example.com/T-" + i)
          .addAddresses(random.oneOf(causeIds))
          .internal(random.intRange(0, 5) == 0);
      if (status == ActionStatus.WONT_DO) {
        a.rationale(text(4, 10)).revisitOn(LocalDate.of(2030, 1, 1));
      }
      b.addActionItems(a.build());
    }
    b.addLinks(Link.builder().url("https://wiki.example.com/" + word()).title(text(1, 4))
        .internal(random.trueOrFalse()).build());
    if (random.trueOrFalse()) {
      b.addAdditionalSections(AdditionalSection.of(text(1, 4), sentences(2)));
    }
    return b.build();
  }

  private ZoneOffset offset() {
    int hours = random.intRange(-11, 13);
    int minutes = random.oneOf(0, 0, 0, 30);
    return ZoneOffset.ofTotalSeconds(hours * 3600 + (hours < 0 ? -minutes : minutes) * 60);
  }

  /** A list of post-mortems. */
  public List<Postmortem> list(int count) {
    List<Postmortem> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return out;
  }

  /**
   * Draws a value from one of Instancio's value specs with this generator's seeded random. The
   * specs returned by {@code Instancio.gen()} are {@link Generator}s; drawing through them (rather
   * than {@code get()}, which uses an unseeded random) keeps the sequence reproducible.
   */
  @SuppressWarnings("unchecked")
  private <T> T generate(GeneratorSpec<T> spec) {
    if (!(spec instanceof Generator)) {
      throw new IllegalStateException("not a generator: " + spec.getClass());
    }
    return ((Generator<T>) spec).generate(random);
  }

  private String word() {
    return generate(Instancio.gen().text().word().noun());
  }

  private String name() {
    return random.oneOf("Alex", "Sam", "Kim", "Noor", "Ana", "Jun", "Ola", "Ravi", "Lea", "Tomás")
        + " " + random.oneOf("Fischer", "Okafor", "Silva", "Nguyen", "Kowalski", "Haddad", "Sato");
  }

  private String text(int minWords, int maxWords) {
    String base = generate(Instancio.gen().text().loremIpsum()
        .words(random.intRange(minWords, maxWords))).trim();
    if (base.endsWith(".")) {
      base = base.substring(0, base.length() - 1);
    }
    if (!hostile || random.intRange(0, 2) == 0) {
      return base;
    }
    String fragment = random.oneOf(HOSTILE_FRAGMENTS);
    switch (random.intRange(0, 2)) {
      case 0:
        return fragment + " " + base;
      case 1:
        return base + " " + fragment;
      default:
        int cut = base.indexOf(' ');
        return cut < 0 ? base + " " + fragment
            : base.substring(0, cut) + " " + fragment + base.substring(cut);
    }
  }

  private String sentences(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String t = text(6, 14);
      sb.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1)).append('.');
    }
    return sb.toString();
  }
}

package dev.postmortem.testkit;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.SloMeasurement;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A seeded generator of a whole archive of post-mortems with known answers: recurring themes
 * planted in the cause texts, overdue action items, post-mortems whose follow-up review is overdue,
 * incidents reported by customers rather than alerts, items done but never verified and won't-do
 * items due for a second look. Tests assert that an analysis finds exactly what was planted.
 *
 * <pre>{@code
 * ArchiveGenerator.Archive a = ArchiveGenerator.seeded(7).postmortems(300)
 *     .asOf(LocalDate.of(2026, 6, 30)).generate();
 * a.postmortems();            // 300 post-mortems, oldest first
 * a.planted().themes();       // theme key -> ids of the post-mortems carrying it
 * a.planted().overdueItems(); // "PM-0042/AI-2", ...
 * }</pre>
 *
 * <p>Cause texts outside the themes are made of words that occur once in the whole archive, so no
 * theme can form by chance. Review cadences follow the default policy: 7 days for SEV0–SEV1, 31
 * days for the others.
 */
public final class ArchiveGenerator {
  /** The planted themes: a key and the vocabulary its causes are written from. */
  public static final Map<String, List<String>> THEMES = themes();

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "tu",
      "vo", "ze", "bri", "dra", "fle", "gro", "kli", "pra", "sto", "tre", "vla", "zu"};
  private static final String[] TEAMS = {"payments", "platform", "storage", "edge", "identity"};
  private static final String[] SERVICES = {"checkout", "search", "login", "billing", "catalog",
      "notifications"};
  private static final String[] TAGS = {"database", "network", "release", "capacity", "security"};

  private final long seed;
  private int count = 300;
  private LocalDate asOf = LocalDate.of(2026, 6, 30);
  private int themeSize = 6;

  private ArchiveGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator with the given seed: the same seed gives the same archive. */
  public static ArchiveGenerator seeded(long seed) {
    return new ArchiveGenerator(seed);
  }

  /** How many post-mortems; defaults to 300. @return {@code this} */
  public ArchiveGenerator postmortems(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    this.count = count;
    return this;
  }

  /** The day the planted facts refer to; defaults to 2026-06-30. @return {@code this} */
  public ArchiveGenerator asOf(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
    return this;
  }

  /**
   * How many post-mortems carry each theme (capped so themes never take more than a third of the
   * archive); defaults to 6. @return {@code this}
   */
  public ArchiveGenerator themeSize(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("a theme needs at least 2 post-mortems");
    }
    this.themeSize = size;
    return this;
  }

  /**
   * What was planted.
   *
   * @param themes theme key to the ids of the post-mortems whose causes carry it
   * @param themeCauses theme key to "postmortem/cause" of each cause written from it
   * @param overdueItems "postmortem/item" of every open or in-progress item due before the day
   * @param dueReviews ids of post-mortems with pending items whose next review is due by the day
   * @param customerDetected ids of incidents reported by customers (no alert)
   * @param unverified "postmortem/item" of items done but not verified, of a type needing it
   * @param revisitDue "postmortem/item" of won't-do items whose revisit date has come
   */
  public record Planted(Map<String, SortedSet<String>> themes,
      Map<String, SortedSet<String>> themeCauses, SortedSet<String> overdueItems,
      SortedSet<String> dueReviews, SortedSet<String> customerDetected,
      SortedSet<String> unverified, SortedSet<String> revisitDue) {}

  /**
   * A generated archive.
   *
   * @param postmortems the post-mortems, oldest incident first
   * @param planted what was planted in them
   */
  public record Archive(List<Postmortem> postmortems, Planted planted) {}

  /** Generates the archive. */
  public Archive generate() {
    SplittableRandom r = new SplittableRandom(seed);
    int[] unique = {0};
    List<String> themeKeys = new ArrayList<>(THEMES.keySet());
    int perTheme = Math.max(2, Math.min(themeSize, count / (3 * themeKeys.size())));
    // which post-mortem carries which theme: spread over the archive, none carries two
    Map<Integer, String> themeOf = new TreeMap<>();
    if (count >= 2 * themeKeys.size()) {
      List<Integer> slots = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        slots.add(i);
      }
      Collections.shuffle(slots, new java.util.Random(seed));
      int k = 0;
      for (String key : themeKeys) {
        for (int j = 0; j < perTheme && k < slots.size(); j++) {
          themeOf.put(slots.get(k++), key);
        }
      }
    }
    Map<String, SortedSet<String>> themes = new LinkedHashMap<>();
    Map<String, SortedSet<String>> themeCauses = new LinkedHashMap<>();
    SortedSet<String> overdue = new TreeSet<>();
    SortedSet<String> dueReviews = new TreeSet<>();
    SortedSet<String> customers = new TreeSet<>();
    SortedSet<String> unverified = new TreeSet<>();
    SortedSet<String> revisit = new TreeSet<>();
    List<Postmortem> out = new ArrayList<>(count);
    long spanMinutes = 2L * 365 * 24 * 60;
    OffsetDateTime first = asOf.minusDays(2 * 365 + 30).atStartOfDay().atOffset(ZoneOffset.UTC);
    for (int i = 0; i < count; i++) {
      String id = String.format(java.util.Locale.ROOT, "PM-%05d", i + 1);
      OffsetDateTime started = first.plusMinutes(spanMinutes * i / count + r.nextInt(60));
      Severity severity = Severity.values()[r.nextInt(5)];
      OffsetDateTime detected = started.plusMinutes(2 + r.nextInt(severity.level() * 20 + 30));
      OffsetDateTime acknowledged = detected.plusMinutes(1 + r.nextInt(15));
      OffsetDateTime mitigated = acknowledged.plusMinutes(5 + r.nextInt(180));
      OffsetDateTime resolved = mitigated.plusMinutes(r.nextInt(600));
      OffsetDateTime published = resolved.plusHours(24 + r.nextInt(24 * 20));
      String team = TEAMS[r.nextInt(TEAMS.length)];
      String service = SERVICES[r.nextInt(SERVICES.length)];
      dev.postmortem.model.ImmutablePostmortem.Builder pm = Postmortem.builder().id(id)
          .title(title(r, unique, service));
      pm.status(published.toLocalDate().isBefore(asOf) ? Status.PUBLISHED : Status.IN_REVIEW)
          .severity(severity)
          .summary("The " + service + " service was degraded. " + words(r, unique, 6) + ".")
          .addTags(TAGS[r.nextInt(TAGS.length)])
          .lifecycle(Lifecycle.builder().created(resolved.plusHours(2)).published(published).build())
          .incident(Milestones.builder().started(started).detected(detected)
              .acknowledged(acknowledged).mitigated(mitigated).resolved(resolved).build())
          .impact(Impact.builder().addAffectedServices(service).customerFacing(true).build());
      String owner = "owner-" + team + "-" + (1 + r.nextInt(3));
      pm.addParticipants(Participant.builder().name("Responder " + owner).handle(owner)
          .team(team).addRoles(Role.RESPONDER).build());
      boolean byCustomer = r.nextInt(4) == 0;
      if (byCustomer) {
        customers.add(id);
        pm.detection("Reported by customers through support tickets.");
        pm.addTimeline(TimelineEvent.builder().at(detected).kind(EventKind.DETECTION)
            .description("Support escalated customer complaints").build());
      } else {
        pm.detection("A latency alert paged the on-call engineer.");
        pm.addTimeline(TimelineEvent.builder().at(detected).kind(EventKind.ALERT)
            .description("Latency alert fired").build());
      }
      pm.addTimeline(TimelineEvent.builder().at(mitigated).kind(EventKind.MITIGATION)
          .description("Mitigated " + words(r, unique, 3)).build());
      // causes: one from the planted theme, if any, and one or two unique ones
      String theme = themeOf.get(i);
      int causeNo = 0;
      List<String> causeIds = new ArrayList<>();
      if (theme != null) {
        String cid = "C" + ++causeNo;
        causeIds.add(cid);
        pm.addCauses(Cause.builder().id(cid).description(themed(r, unique, theme))
            .category(CauseCategory.TECHNICAL).trigger(true).build());
        themes.computeIfAbsent(theme, k -> new TreeSet<>()).add(id);
        themeCauses.computeIfAbsent(theme, k -> new TreeSet<>()).add(id + "/" + cid);
      }
      int noise = 1 + r.nextInt(2);
      for (int c = 0; c < noise; c++) {
        String cid = "C" + ++causeNo;
        causeIds.add(cid);
        pm.addCauses(Cause.builder().id(cid).description("The " + words(r, unique, 5)
            + " was " + words(r, unique, 2)).category(c == 0 ? CauseCategory.PROCESS
                : CauseCategory.values()[r.nextInt(CauseCategory.values().length)])
            .trigger(theme == null && c == 0).build());
      }
      String rootId = causeIds.get(causeIds.size() - 1);
      pm.addFiveWhys(WhyChain.builder().id("W1").problem("Why was " + service + " degraded?")
          .addSteps(WhyStep.builder().question("Why?").answer(words(r, unique, 4)).build())
          .addSteps(WhyStep.builder().question("Why?").answer(words(r, unique, 4))
              .cause(rootId).build())
          .rootCause(rootId).build());
      // action items
      List<String> pending = new ArrayList<>();
      int items = 1 + r.nextInt(4);
      for (int a = 1; a <= items; a++) {
        String aid = "AI-" + a;
        dev.postmortem.model.ImmutableActionItem.Builder ai = ActionItem.builder().id(aid)
            .title("Fix " + words(r, unique, 3));
        ai.owner(owner).type(ActionType.values()[r.nextInt(ActionType.values().length)]);
        int kind = r.nextInt(10);
        if (kind < 3) { // pending and overdue
          long days = 1 + r.nextInt(60);
          ai.status(r.nextBoolean() ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS)
              .due(asOf.minusDays(days));
          overdue.add(id + "/" + aid);
          pending.add(aid);
        } else if (kind < 5) { // pending, due today or later
          ai.status(ActionStatus.OPEN).due(asOf.plusDays(r.nextInt(45)));
          pending.add(aid);
        } else if (kind == 5) { // done, needs verification, not verified
          ai.type(ActionType.PREVENT).status(ActionStatus.DONE)
              .due(resolved.toLocalDate().plusDays(20)).completedOn(resolved.toLocalDate().plusDays(10));
          unverified.add(id + "/" + aid);
        } else if (kind == 6) { // won't do, revisit come or not
          boolean come = r.nextBoolean();
          ai.status(ActionStatus.WONT_DO).rationale("Superseded by a platform change.")
              .revisitOn(come ? asOf.minusDays(r.nextInt(30)) : asOf.plusDays(1 + r.nextInt(60)));
          if (come) {
            revisit.add(id + "/" + aid);
          }
        } else { // verified, with an SLO measurement
          OffsetDateTime w = resolved.plusDays(30);
          ai.type(ActionType.PREVENT).status(ActionStatus.VERIFIED)
              .due(resolved.toLocalDate().plusDays(30))
              .verification(Verification.builder().method(VerificationMethod.SLO).slo("latency")
                  .before(SloMeasurement.builder().start(started.minusDays(28)).end(started)
                      .violations(5 + r.nextInt(10)).build())
                  .after(SloMeasurement.builder().start(w).end(w.plusDays(28))
                      .violations(r.nextInt(5)).build())
                  .build());
        }
        pm.addActionItems(ai.build());
      }
      // follow-up reviews: missed or held in time
      if (!pending.isEmpty()) {
        long cadence = severity.level() <= 1 ? 7 : 31;
        boolean missed = r.nextInt(3) == 0;
        long ago = missed ? cadence + 1 + r.nextInt(40) : r.nextInt((int) cadence);
        LocalDate held = asOf.minusDays(ago);
        if (held.isBefore(resolved.toLocalDate())) {
          held = resolved.toLocalDate();
          ago = java.time.temporal.ChronoUnit.DAYS.between(held, asOf);
          missed = ago >= cadence;
        }
        pm.addFollowUps(FollowUpReview.builder().heldOn(held).addAttendees(owner).build());
        if (missed) {
          dueReviews.add(id);
        }
      }
      out.add(pm.build());
    }
    return new Archive(List.copyOf(out), new Planted(themes, themeCauses, overdue, dueReviews,
        customers, unverified, revisit));
  }

  private static Map<String, List<String>> themes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("connection-pool", List.of("connection", "pool", "exhausted", "database", "leaked",
        "saturated", "handles", "jdbc"));
    m.put("certificate-expiry", List.of("certificate", "expired", "tls", "renewal", "issuer",
        "handshake", "chain", "keystore"));
    m.put("dns", List.of("dns", "resolver", "zone", "record", "nameserver", "propagation",
        "ttl", "lookup"));
    m.put("cache-stampede", List.of("cache", "stampede", "eviction", "origin", "warmup",
        "invalidation", "thundering", "herd"));
    m.put("disk-full", List.of("disk", "volume", "filled", "rotation", "inode", "partition",
        "logfiles", "quota"));
    m.put("feature-flag", List.of("feature", "flag", "toggle", "cohort", "rollout", "targeting",
        "percentage", "enabled"));
    return Collections.unmodifiableMap(m);
  }

  private static String themed(SplittableRandom r, int[] unique, String theme) {
    List<String> vocab = new ArrayList<>(THEMES.get(theme));
    StringBuilder sb = new StringBuilder("The");
    for (int k = 0; k < 5; k++) {
      String w = vocab.remove(r.nextInt(vocab.size()));
      sb.append(k == 2 ? " was " : k == 4 ? " and the " : " ").append(w);
    }
    return sb.append(' ').append(words(r, unique, 1)).toString();
  }

  private static String title(SplittableRandom r, int[] unique, String service) {
    return "Degraded " + service + " (" + words(r, unique, 2) + ")";
  }

  /** Words never seen elsewhere in the archive: the bijective base-20 spelling of a counter. */
  private static String words(SplittableRandom r, int[] unique, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int x = ++unique[0] + 400; // at least three syllables
      StringBuilder w = new StringBuilder();
      while (x > 0) {
        x--;
        w.insert(0, SYLLABLES[x % SYLLABLES.length]);
        x /= SYLLABLES.length;
      }
      sb.append(k == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }
}

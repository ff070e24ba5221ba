package dev.postmortem.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final String YAML = String.join("\n",
      "id: PM-7",
      "title: Checkout errors",
      "status: published",
      "incident:",
      "  started: 2026-05-10T10:00:00Z",
      "  detected: 2026-05-10T09:00:00Z",
      "actionItems:",
      "  - id: AI-1",
      "    title: Be more careful",
      "  - id: AI-1",
      "    title: Alert on pool saturation above 80 %",
      "    owner: sre",
      "    due: 2026-05-20",
      "");

  static Postmortem pm() {
    return PostmortemReader.create().read(YAML, Format.YAML);
  }

  static Validator.Builder builder() {
    return Validator.builder().clock(CLOCK);
  }

  @Test
  void reportsFindingsInDocumentOrderWithCounts() {
    ValidationReport report = builder().build().validate(pm());
    List<String> pointers = report.findings().stream().map(Finding::pointer).collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(pointers);
    sorted.sort(ValidationReport::comparePointers);
    assertThat(pointers).isEqualTo(sorted);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Finding.Level.ERROR) + report.count(Finding.Level.WARNING)
        + report.count(Finding.Level.INFO)).isEqualTo(report.findings().size());
    assertThat(report.findingsAtLeast(Finding.Level.WARNING)).allMatch(f -> f.level() != Finding.Level.INFO);
    assertThat(report.findings("milestones-order")).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(Finding.Level.ERROR);
          assertThat(f.pointer()).isEqualTo("/incident/detected");
          assertThat(f.position()).isEmpty();
        });
    assertThat(report.toString()).endsWith(report.count(Finding.Level.ERROR) + " errors, "
        + report.count(Finding.Level.WARNING) + " warnings, " + report.count(Finding.Level.INFO) + " infos");
  }

  @Test
  void pointersCompareNumericallyByArrayIndex() {
    assertThat(ValidationReport.comparePointers("/actionItems/2", "/actionItems/10")).isNegative();
    assertThat(ValidationReport.comparePointers("/actionItems/10/owner", "/actionItems/2")).isPositive();
    assertThat(ValidationReport.comparePointers("", "/a")).isNegative();
    assertThat(ValidationReport.comparePointers("/a/b", "/a/b")).isZero();
  }

  @Test
  void findingsFromAFileCarryTheSourceLine() {
    PostmortemDocument doc = PostmortemReader.create()
        .readDocument(YAML.getBytes(StandardCharsets.UTF_8), Format.YAML, "pm-7.yaml");
    ValidationReport report = builder().build().validate(doc);
    Finding order = report.findings("milestones-order").get(0);
    assertThat(order.position()).hasValueSatisfying(p -> {
      assertThat(p.source()).contains("pm-7.yaml");
      assertThat(p.line()).isEqualTo(6);
    });
    Finding duplicate = report.findings("duplicate-id").get(0);
    assertThat(duplicate.pointer()).isEqualTo("/actionItems/1/id");
    assertThat(duplicate.position().get().line()).isEqualTo(10);
    Finding owner = report.findings("action-owner").get(0);
    assertThat(owner.pointer()).isEqualTo("/actionItems/0/owner");
    assertThat(owner.position().get().line()).as("missing field: reported at its parent").isEqualTo(8);
    assertThat(order.toString()).contains("(pm-7.yaml:6");
  }

  @Test
  void profilesSelectRules() {
    Set<String> minimal = ids(builder().profile(Profile.MINIMAL).build());
    Set<String> standard = ids(builder().profile(Profile.STANDARD).build());
    Set<String> strict = ids(builder().profile(Profile.STRICT).build());
    assertThat(minimal).contains("milestones-order", "cause-cycle").doesNotContain("action-owner");
    assertThat(standard).containsAll(minimal).contains("action-owner").doesNotContain("why-step-evidence");
    assertThat(strict).containsAll(standard).contains("why-step-evidence", "recreation-recorded");
    assertThat(strict).hasSizeGreaterThanOrEqualTo(40);
    assertThat(Validator.create().profile()).isEqualTo(Profile.STANDARD);
  }

  private static Set<String> ids(Validator v) {
    return v.rules().stream().map(Rule::id).collect(Collectors.toSet());
  }

  @Test
  void levelsCanBeOverriddenAndRulesDisabled() {
    Validator v = builder().level("milestones-order", Finding.Level.INFO).disable("duplicate-id").build();
    ValidationReport report = v.validate(pm());
    assertThat(report.findings("milestones-order")).allMatch(f -> f.level() == Finding.Level.INFO);
    assertThat(report.findings("duplicate-id")).isEmpty();
    assertThat(v.rules()).noneMatch(r -> r.id().equals("duplicate-id"));
  }

  @Test
  void unknownIdsAndDuplicateRulesAreRejected() {
    assertThatThrownBy(() -> builder().level("no-such-rule", Finding.Level.INFO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule")
        .hasMessageContaining("known ids");
    assertThatThrownBy(() -> builder().disable("nope").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().rule(rule("milestones-order", (pm, ctx) -> {})).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rules have the id 'milestones-order'");
    assertThatThrownBy(() -> builder().rule(rule("Not Kebab", (pm, ctx) -> {})).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> builder().rule(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rule must not be null");
    assertThatThrownBy(() -> builder().build().validate((Postmortem) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("postmortem must not be null");
  }

  interface Check {
    void check(Postmortem pm, RuleContext ctx);
  }

  static Rule rule(String id, Check check) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String summary() {
        return "test rule " + id;
      }

      @Override
      public Finding.Level defaultLevel() {
        return Finding.Level.WARNING;
      }

      @Override
      public void check(Postmortem pm, RuleContext ctx) {
        check.check(pm, ctx);
      }
    };
  }

  @Test
  void customRulesReportThroughTheContext() {
    Validator v = builder().rule(rule("acme-title-length", (pm, ctx) -> {
      assertThat(ctx.today()).hasToString("2026-06-01");
      assertThat(ctx.profile()).isEqualTo(Profile.STANDARD);
      assertThat(ctx.policy()).isEqualTo(Policy.create());
      assertThat(ctx.clock()).isEqualTo(CLOCK);
      if (pm.title().length() < 20) {
        ctx.report("/title", "make the title say what happened", "Checkout errors after the pool change");
      }
    })).build();
    Finding f = v.validate(pm()).findings("acme-title-length").get(0);
    assertThat(f.level()).isEqualTo(Finding.Level.WARNING);
    assertThat(f.suggestion()).contains("Checkout errors after the pool change");
    assertThat(f.toString()).isEqualTo("WARNING acme-title-length /title: make the title say what happened\n"
        + "  suggestion: Checkout errors after the pool change");
  }

  @Test
  void aCrashingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
    Validator v = builder().rule(rule("acme-crash", (pm, ctx) -> {
      ctx.report("/title", "partial finding, dropped");
      throw new IllegalStateException("boom");
    })).rule(rule("acme-deep", (pm, ctx) -> recurse(0))).build();
    ValidationReport report = v.validate(pm());
    assertThat(report.findings("acme-crash")).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(Finding.Level.ERROR);
      assertThat(f.message()).contains("acme-crash").contains("IllegalStateException: boom");
      assertThat(f.pointer()).isEmpty();
    });
    assertThat(report.findings("acme-deep")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("StackOverflowError"));
    assertThat(report.findings("milestones-order")).hasSize(1);
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @Test
  void aLevelOverrideAppliesToCrashFindingsToo() {
    Validator v = builder().rule(rule("acme-crash", (pm, ctx) -> {
      throw new IllegalArgumentException();
    })).level("acme-crash", Finding.Level.WARNING).build();
    assertThat(v.validate(pm()).findings("acme-crash").get(0).level()).isEqualTo(Finding.Level.WARNING);
  }

  @Test
  void rulesAreDiscoveredThroughTheServiceLoader(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Rule.class.getName()), ServiceRuleFixture.class.getName() + "\n");
    ClassLoader loader = new IsolatingLoader(dir, ValidatorTest.class.getClassLoader());
    Validator v = builder().discoverRules(loader).build();
    assertThat(v.rules()).anyMatch(r -> r.id().equals("acme-ticket-linked"));
    Rule found = v.rules().stream().filter(r -> r.id().equals("acme-ticket-linked")).findFirst().get();
    assertThat(found.getClass().getClassLoader()).isSameAs(loader);
    assertThat(found.profile()).isEqualTo(Profile.STANDARD);
    assertThat(v.validate(pm()).findings("acme-ticket-linked")).hasSize(2);
    assertThat(builder().discoverRules(ValidatorTest.class.getClassLoader()).build().rules())
        .noneMatch(r -> r.id().equals("acme-ticket-linked"));
  }

  /**
   * Serves the service file from a directory and defines {@link ServiceRuleFixture} itself, in its
   * unnamed module, the way a rule in a plain jar on the class path is loaded.
   */
  static final class IsolatingLoader extends ClassLoader {
    private final Path dir;

    IsolatingLoader(Path dir, ClassLoader parent) {
      super("isolating", parent);
      this.dir = dir;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(ServiceRuleFixture.class.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try (InputStream in = ServiceRuleFixture.class.getResourceAsStream("ServiceRuleFixture.class")) {
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        return c;
      }
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
      Path p = dir.resolve(name);
      return Files.exists(p) ? Collections.enumeration(List.of(p.toUri().toURL())) : Collections.emptyEnumeration();
    }
  }

  @Test
  void validationIsDeterministicAndThreadSafe() throws Exception {
    Validator v = builder().profile(Profile.STRICT).build();
    Postmortem pm = pm();
    String expected = v.validate(pm).toString();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> v.validate(Postmortem.copyOf(pm).withStatus(Status.PUBLISHED)).toString()));
      }
      for (Future<String> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void findingsAreValues() {
    Finding a = Finding.of("r", Finding.Level.INFO, "m", "/x", null, null);
    assertThat(a).isEqualTo(Finding.of("r", Finding.Level.INFO, "m", "/x", null, null))
        .hasSameHashCodeAs(Finding.of("r", Finding.Level.INFO, "m", "/x", null, null))
        .isNotEqualTo(Finding.of("r", Finding.Level.WARNING, "m", "/x", null, null));
    assertThat(a.toString()).isEqualTo("INFO r /x: m");
    assertThat(Finding.Level.ERROR.isAtLeast(Finding.Level.WARNING)).isTrue();
    assertThat(Finding.Level.INFO.isAtLeast(Finding.Level.WARNING)).isFalse();
    assertThat(ValidationReport.of(List.of()).isEmpty()).isTrue();
    assertThat(ActionItem.builder().id("A").title("t").build().isFinished()).isFalse();
  }
}

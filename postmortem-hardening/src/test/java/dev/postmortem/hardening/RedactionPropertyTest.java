package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Audience;
import dev.postmortem.export.Exporter;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.Link;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For generated post-mortems, the external audience's Markdown, Word text and PDF text hold no
 * participant name or e-mail address, no internal link and no text marked internal.
 */
class RedactionPropertyTest {
  private static final long BASE_SEED = Long.getLong("postmortem.seed", 20261124L);
  private static final Map<Exports.Kind, Exporter> EXTERNAL = new EnumMap<>(Exports.Kind.class);

  static {
    for (Exports.Kind kind : Exports.Kind.values()) {
      EXTERNAL.put(kind, Exports.exporter(kind, Audience.EXTERNAL));
    }
  }

  /** What the external report must not show. */
  static List<String> secrets(Postmortem pm) {
    List<String> out = new ArrayList<>();
    for (Participant p : pm.participants()) {
      out.add(p.name());
      p.email().ifPresent(out::add);
    }
    pm.authors().forEach(out::add);
    for (Link l : pm.links()) {
      if (l.internal()) {
        out.add(l.url());
      }
    }
    for (Evidence e : pm.evidence()) {
      e.link().ifPresent(out::add);
      if (e.internal()) {
        out.add(e.title());
      }
    }
    for (ActionItem a : pm.actionItems()) {
      if (a.internal()) {
        out.add(a.title());
      }
      a.ticket().ifPresent(out::add);
    }
    for (TimelineEvent e : pm.timeline()) {
      if (e.internal()) {
        out.add(e.description());
      }
    }
    out.removeIf(s -> s.strip().length() < 8); // too short to tell apart from other text
    return out;
  }

  private static void check(Postmortem pm, String what) {
    List<String> secrets = secrets(pm);
    assertThat(secrets).as("%s has secrets to look for", what).isNotEmpty();
    for (Exports.Kind kind : Exports.Kind.values()) {
      String text = Exports.text(kind, Exports.bytes(EXTERNAL.get(kind), pm));
      for (String secret : secrets) {
        String needle = secret.replaceAll("\\s+", " ").strip();
        assertThat(text).as("%s, external %s", what, kind).doesNotContain(needle);
      }
      assertThat(text).as("%s, external %s: e-mail addresses", what, kind)
          .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]{2,}");
    }
  }

  @ParameterizedTest(name = "seed offset {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void externalReportsLeakNothing(int offset) {
    PostmortemGenerator gen = PostmortemGenerator.seeded(BASE_SEED + offset).hostileStrings(offset % 2 == 0)
        .timelineEvents(5 + offset);
    Postmortem pm = gen.next();
    check(pm, "seed " + gen.seed());
  }

  @Test
  void theExampleLeaksNothing() {
    check(ExamplePostmortem.create(), "the example");
  }
}

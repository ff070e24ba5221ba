package dev.postmortem.export;

import static dev.postmortem.export.Reports.squeeze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Link;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The external report leaves out people, e-mail addresses, internal links and internal fields. */
class RedactionTest {
  /** Everything the external audience must not see in the example. */
  static List<String> secrets(Postmortem pm) {
    List<String> s = new ArrayList<>();
    for (Participant p : pm.participants()) {
      s.add(p.name());
      p.email().ifPresent(s::add);
    }
    s.addAll(pm.authors());
    pm.timeline().stream().filter(TimelineEvent::internal).forEach(e -> s.add(e.description()));
    pm.actionItems().stream().filter(ActionItem::internal).forEach(a -> s.add(a.title()));
    pm.actionItems().forEach(a -> a.ticket().ifPresent(s::add));
    pm.evidence().forEach(e -> e.link().ifPresent(s::add));
    pm.links().stream().filter(Link::internal).forEach(l -> s.add(l.url()));
    pm.impact().ifPresent(i -> i.quantities().stream().filter(Quantity::internal)
        .forEach(q -> s.add(q.metric())));
    return s;
  }

  @Test
  void exampleInAllFormats() {
    Postmortem pm = ExamplePostmortem.create();
    String md = Reports.markdown(Audience.EXTERNAL).build().toString(pm);
    String docx = Reports.docxText(Reports.docx(Audience.EXTERNAL).build().toBytes(pm));
    String pdf = Reports.pdfText(Reports.pdf(Audience.EXTERNAL).build().toBytes(pm));
    List<String> secrets = secrets(pm);
    assertThat(secrets).hasSizeGreaterThan(10);
    for (String format : List.of("md", "docx", "pdf")) {
      String text = squeeze(format.equals("md") ? md : format.equals("docx") ? docx : pdf);
      for (String secret : secrets) {
        assertThat(text).as("%s must not show '%s'", format, secret).doesNotContain(squeeze(secret));
      }
      assertThat(text).as(format).doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[a-z]+");
      // What customers may see is still there.
      assertThat(text).as(format).contains(squeeze(pm.summary().get()));
      // (the first event names change CHG-4471, a ticket key, which the external report removes)
      assertThat(text).as(format).contains(squeeze(pm.timeline().get(1).description()))
          .doesNotContain("CHG-4471");
    }
    // The internal report shows them all.
    String internal = squeeze(Reports.markdown(Audience.INTERNAL).build().toString(pm));
    for (String secret : secrets) {
      assertThat(internal).contains(squeeze(secret));
    }
  }

  @Test
  void namesEmailsAndInternalLinksInFreeTextAreReplaced() {
    Postmortem pm = Postmortem.builder().id("PM-9").title("Outage")
        .summary("Dana Kim (dana@corp.example.com) saw https://grafana.internal.example.com/d/1 and"
            + " https://status.example.com/x; ask @dkim or Dana.")
        .addParticipants(Participant.builder().name("Dana Kim").handle("dkim")
            .addRoles(dev.postmortem.model.Role.INCIDENT_COMMANDER).build())
        .build();
    String md = Reports.markdownText(Reports.markdown(Audience.EXTERNAL).build().toString(pm));
    assertThat(md).doesNotContain("Dana").doesNotContain("dkim").doesNotContain("dana@")
        .doesNotContain("grafana.internal").contains("the incident commander")
        .contains("[e-mail removed]").contains("[internal link removed]")
        .contains("https://status.example.com/x");
  }

  @Test
  void internalFieldPointersAreRemoved() {
    Postmortem pm = Postmortem.builder().id("PM-9").title("Outage").summary("Public summary")
        .detection("Secret detection story").resolution("Rolled back")
        .addInternalFields("/detection", "/timeline/1", "/title")
        .addTimeline(event("First public event"), event("Second secret event"), event("Third public event"))
        .build();
    String md = Reports.markdown(Audience.EXTERNAL).build().toString(pm);
    assertThat(md).contains("Public summary", "First public event", "Third public event", "Rolled back")
        .doesNotContain("Secret detection").doesNotContain("Second secret").doesNotContain("Outage")
        .contains("\\[redacted\\]");
    assertThat(Reports.markdownText(md)).contains("[redacted]");
  }

  @Test
  void aPointerThatMatchesNothingIsAClearError() {
    Postmortem pm = Postmortem.builder().id("PM-9").title("Outage").addInternalFields("/impact/quantities/7")
        .build();
    assertThatThrownBy(() -> Reports.pdf(Audience.EXTERNAL).build().toBytes(pm))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("internalFields/0")
        .hasMessageContaining("/impact/quantities/7")
        .hasMessageContaining("matches nothing");
    // Internal audiences do not redact, so the pointer does not matter to them.
    assertThat(Reports.markdown(Audience.INTERNAL).build().toString(pm)).contains("Outage");
  }

  @RepeatedTest(6)
  void generatedPostmortemsLeakNothing(RepetitionInfo info) {
    long seed = 31L * info.getCurrentRepetition();
    Postmortem pm = PostmortemGenerator.seeded(seed).timelineEvents(12).next();
    String md = squeeze(Reports.markdownText(Reports.markdown(Audience.EXTERNAL).build().toString(pm)));
    for (String secret : secrets(pm)) {
      assertThat(md).as("seed %d: external report shows '%s'", seed, secret).doesNotContain(squeeze(secret));
    }
  }

  private static TimelineEvent event(String d) {
    return TimelineEvent.builder().at(java.time.OffsetDateTime.parse("2026-01-01T10:00:00Z")).description(d).build();
  }
}

package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Templates, audiences, custom section renderers, the findings appendix and argument checks. */
class ExportOptionsTest {
  private static final Postmortem PM = ExamplePostmortem.create();

  private static List<String> sections(String md) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^## (.+)$").matcher(md);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void sectionsFollowTheTemplate(Template template) {
    List<String> shown = sections(Reports.markdown(Audience.INTERNAL).template(template).build().toString(PM));
    List<String> expected = new ArrayList<>();
    for (ReportSection s : template.sections()) {
      if (s != ReportSection.HEADER) {
        expected.add(template.title(s));
      }
    }
    expected.retainAll(shown);
    assertThat(shown).containsExactlyElementsOf(expected);
    assertThat(shown.size()).isGreaterThan(15);
  }

  @Test
  void templatesUseTheirOwnNames() {
    assertThat(sections(Reports.markdown(Audience.INTERNAL).template(Template.PAGERDUTY).build().toString(PM)))
        .startsWith("Overview", "What happened", "Contributing factors", "Resolution", "Impact", "Responders");
    assertThat(sections(Reports.markdown(Audience.INTERNAL).template(Template.GOOGLE_SRE).build().toString(PM)))
        .startsWith("Summary", "Impact", "Root causes", "Trigger", "Resolution", "Detection", "Action items");
    assertThat(Template.fromId("Google-SRE")).isEqualTo(Template.GOOGLE_SRE);
    assertThatThrownBy(() -> Template.fromId("nasa")).hasMessageContaining("allowed values");
  }

  @Test
  void audiencesSeeDifferentSections() {
    assertThat(sections(Reports.markdown(Audience.EXECUTIVE).build().toString(PM)))
        .containsExactly("Summary", "Impact", "Key metrics", "Timeline", "Root causes and contributing factors",
            "Action items");
    assertThat(sections(Reports.markdown(Audience.EXTERNAL).build().toString(PM)))
        .doesNotContain("Five whys", "Responders", "Lessons learned", "Key metrics", "Supporting evidence");
  }

  @Test
  void reverseChronologyPutsTheNewestEventFirstAndShowsWhatWasKnown() {
    String md = Reports.markdown(Audience.INTERNAL).reverseChronology(true).mermaid(false).build().toString(PM);
    int last = md.indexOf("All queued orders replayed");
    int first = md.indexOf("Configuration change CHG-4471 deployed");
    assertThat(last).isPositive().isLessThan(first);
    assertThat(md).contains("Reverse chronology").contains("Known at the time")
        .contains("Inflection point");
  }

  @Test
  void metricsTableAndFindingsAppendixAreOptional() {
    String without = Reports.markdown(Audience.INTERNAL).metricsTable(false).build().toString(PM);
    assertThat(sections(without)).doesNotContain("Key metrics", "Appendix: validation findings");
    String with = Reports.markdown(Audience.INTERNAL).findingsAppendix(true)
        .findings(p -> List.of(ReportFinding.of("error", "MilestonesInOrder", "/incident/mitigated",
            "mitigated is before detected", null)))
        .build().toString(PM);
    assertThat(sections(with)).endsWith("Appendix: validation findings");
    assertThat(with).contains("`MilestonesInOrder`").contains("`/incident/mitigated`")
        .contains("mitigated is before detected");
    String external = Reports.markdown(Audience.EXTERNAL).findingsAppendix(true)
        .findings(p -> List.of(ReportFinding.of("error", "X", "/", "secret finding", null))).build().toString(PM);
    assertThat(external).doesNotContain("secret finding");
  }

  @Test
  void theValidatorFillsTheAppendix() {
    dev.postmortem.validate.Validator validator = dev.postmortem.validate.Validator.builder()
        .clock(java.time.Clock.fixed(Reports.CREATED, java.time.ZoneOffset.UTC)).build();
    Postmortem weak = Postmortem.builder().id("PM-W").title("Weak").status(dev.postmortem.model.Status.PUBLISHED)
        .build();
    var report = validator.validate(weak);
    assertThat(report.findings()).isNotEmpty();
    String md = Reports.markdown(Audience.INTERNAL).validator(validator).build().toString(weak);
    assertThat(sections(md)).endsWith("Appendix: validation findings");
    for (var f : report.findings()) {
      assertThat(Reports.markdownText(md)).contains(f.ruleId());
    }
  }

  @Test
  void aCustomSectionRendererOverridesTheCoreOneInEveryFormat() {
    SectionRendererFactory factory = ctx -> new SectionRenderer() {
      @Override
      public Set<ReportSection> sections() {
        return EnumSet.of(ReportSection.SUMMARY);
      }

      @Override
      public void render(ReportSection section) {
        ctx.writer().heading(1, "TL;DR");
        ctx.writer().paragraph(Text.plain("Custom summary of " + ctx.postmortem().id()));
      }
    };
    String md = Reports.markdown(Audience.INTERNAL).sectionRendererFactory(factory).build().toString(PM);
    assertThat(md).contains("## TL;DR").contains("Custom summary of PM-2026-014")
        .doesNotContain("## Summary");
    String pdf = Reports.pdfText(Reports.pdf(Audience.INTERNAL).sectionRendererFactory(factory).build().toBytes(PM));
    assertThat(pdf).contains("Custom summary of PM-2026-014");
    String docx = Reports.docxText(Reports.docx(Audience.INTERNAL).sectionRendererFactory(factory).build().toBytes(PM));
    assertThat(docx).contains("Custom summary of PM-2026-014");
  }

  @Test
  void zoneAndLocaleChangeHowTimesAreShown() {
    String utc = Reports.markdown(Audience.INTERNAL).zone(java.time.ZoneOffset.UTC).build().toString(PM);
    String us = Reports.markdown(Audience.INTERNAL).zone(java.time.ZoneId.of("America/New_York"))
        .locale(java.util.Locale.US).build().toString(PM);
    assertThat(utc).contains("| 07:02 |").contains("All times are UTC.");
    assertThat(Reports.markdownText(us)).contains("Oct 14, 2026").contains("All times are America/New_York.");
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    MarkdownExporter md = MarkdownExporter.create();
    assertThatThrownBy(() -> md.toString(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("postmortem must not be null");
    assertThatThrownBy(() -> MarkdownExporter.builder().zone(null)).hasMessage("zone must not be null");
    assertThatThrownBy(() -> md.write(PM, (java.io.OutputStream) null)).hasMessage("out must not be null");
    assertThatThrownBy(() -> md.write(PM, (java.nio.file.Path) null)).hasMessage("file must not be null");
  }
}

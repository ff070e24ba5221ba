package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Link;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Links that are not made live are reported, once each, the same way by every format. */
class DroppedContentTest {
  private static final Postmortem PM = Postmortem.copyOf(ExamplePostmortem.create())
      .withLinks(List.of(
          Link.builder().url("javascript:alert(1)").title("Dashboard").build(),
          Link.builder().url("https://status.example.com/incidents/1").title("Status page").build(),
          Link.builder().url("file:///etc/passwd").title("Config").build()))
      .withAdditionalSections(AdditionalSection.of("Notes",
          "See [the runbook](https://runbooks.example.com/db) and [this](data:text/html,x)."));

  @Test
  void unsafeLinksAreReportedWithTheirSectionAndLabel() {
    List<DroppedContent> md = new ArrayList<>();
    String text = Reports.markdown(Audience.INTERNAL).onDropped(md::add).build().toString(PM);
    assertThat(md).extracting(DroppedContent::value)
        .containsExactly("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x");
    assertThat(md).extracting(DroppedContent::section)
        .containsExactly(ReportSection.LINKS, ReportSection.LINKS, ReportSection.ADDITIONAL);
    assertThat(md).extracting(DroppedContent::label).containsExactly("Dashboard", "Config", "this");
    assertThat(md).allSatisfy(d -> {
      assertThat(d.reason()).isEqualTo(DroppedContent.Reason.UNSAFE_LINK);
      assertThat(d.postmortemId()).isEqualTo(PM.id());
    });
    assertThat(md.get(0).message()).isEqualTo("section \"Related links\": link \"javascript:alert(1)\""
        + " (label \"Dashboard\") kept as plain text: only well-formed http, https and mailto links"
        + " are made live");
    // the label stays, the target does not; safe links stay live
    assertThat(text).contains("Dashboard").doesNotContain("javascript:").doesNotContain("file:///")
        .contains("[Status page](<https://status.example.com/incidents/1>)")
        .contains("[the runbook](<https://runbooks.example.com/db>)");
  }

  @Test
  void everyFormatReportsTheSame() {
    List<String> md = new ArrayList<>();
    List<String> docx = new ArrayList<>();
    List<String> pdf = new ArrayList<>();
    Reports.markdown(Audience.INTERNAL).onDropped(d -> md.add(d.toString())).build().toString(PM);
    Reports.docx(Audience.INTERNAL).onDropped(d -> docx.add(d.toString())).build().toBytes(PM);
    Reports.pdf(Audience.INTERNAL).onDropped(d -> pdf.add(d.toString())).build().toBytes(PM);
    assertThat(md).hasSize(3);
    assertThat(docx).isEqualTo(md);
    assertThat(pdf).isEqualTo(md);
  }

  @Test
  void aSafeDocumentReportsNothing() {
    List<DroppedContent> dropped = new ArrayList<>();
    Reports.markdown(Audience.INTERNAL).onDropped(dropped::add).build()
        .toString(ExamplePostmortem.create());
    assertThat(dropped).isEmpty();
  }

  @Test
  void customSectionRenderersAreGuardedToo() {
    SectionRendererFactory factory = ctx -> new SectionRenderer() {
      @Override
      public Set<ReportSection> sections() {
        return EnumSet.of(ReportSection.SUMMARY);
      }

      @Override
      public void render(ReportSection section) {
        ctx.writer().paragraph(Text.builder().strong("Read ").link("this", "vbscript:msgbox(1)")
            .build());
        ctx.writer().table(Table.builder().column("Where", 1)
            .row(Table.Cell.of(Text.link("there", "jar:file:/x.jar!/"))).build());
      }
    };
    List<DroppedContent> dropped = new ArrayList<>();
    String md = Reports.markdown(Audience.INTERNAL).sectionRendererFactory(factory)
        .onDropped(dropped::add).build().toString(ExamplePostmortem.create());
    assertThat(dropped).extracting(DroppedContent::value)
        .containsExactly("vbscript:msgbox(1)", "jar:file:/x.jar!/");
    assertThat(dropped).extracting(DroppedContent::section).containsOnly(ReportSection.SUMMARY);
    assertThat(md).contains("**Read** this").contains("| there |").doesNotContain("vbscript")
        .doesNotContain("jar:file");
  }

  @Test
  void theMessageShowsControlCharactersAndCutsLongValues() {
    DroppedContent d = DroppedContent.unsafeLink("PM-1", ReportSection.LINKS,
        "java\tscript:" + "x".repeat(500), "label\n");
    assertThat(d.message()).contains("java\\u0009script:").contains("label\\u000a").contains("…")
        .hasSizeLessThan(400);
    assertThat(d.toString()).startsWith("PM-1: section \"Related links\"");
    assertThatThrownBy(() -> Reports.markdown(Audience.INTERNAL).onDropped(null))
        .isInstanceOf(NullPointerException.class);
  }
}

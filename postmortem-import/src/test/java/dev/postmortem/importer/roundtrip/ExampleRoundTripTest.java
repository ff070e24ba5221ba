package dev.postmortem.importer.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import org.junit.jupiter.api.Test;

/**
 * The example post-mortem, rendered as the internal Markdown and Word reports and imported back,
 * loses no field the report shows. The counts are printed for the record
 * ({@code -Dtest=ExampleRoundTripTest}).
 */
class ExampleRoundTripTest {
  private final Postmortem example = ExamplePostmortem.create();

  @Test
  void markdownReportLosesNoField() {
    dump("example.md", ReportFields.markdown(example));
    FieldDiff.Result r = ReportFields.diff(example, ReportFields.viaMarkdown(example).postmortem());
    System.out.println("[round trip] example via Markdown: " + r);
    assertThat(r.lost()).as("lost").isEmpty();
    assertThat(r.changed()).as("changed").isEmpty();
  }

  /** Keeps the rendered report under target/ for a reader of a failure. */
  static void dump(String name, String text) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "roundtrip");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.writeString(dir.resolve(name), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void wordReportLosesNoField() {
    FieldDiff.Result r = ReportFields.diffWord(example, ReportFields.viaDocx(example).postmortem());
    System.out.println("[round trip] example via Word: " + r);
    assertThat(r.lost()).as("lost").isEmpty();
    assertThat(r.changed()).as("changed").isEmpty();
  }
}

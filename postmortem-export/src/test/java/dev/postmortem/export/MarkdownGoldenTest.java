package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown of the example post-mortem, compared with reviewed files in
 * {@code src/test/resources/golden/markdown}. Run with {@code -Dgolden.update=true} to rewrite
 * them, then review the diff like code.
 */
class MarkdownGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/markdown");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("example-internal", Reports.markdown(Audience.INTERNAL).findingsAppendix(true)
            .findings(p -> List.of(ReportFinding.of("warning", "ActionItemHasOwner",
                "/actionItems/5", "Action item AI-6 | has no verification", "Add a `verification`")))),
        Arguments.of("example-executive", Reports.markdown(Audience.EXECUTIVE)),
        Arguments.of("example-external", Reports.markdown(Audience.EXTERNAL)),
        Arguments.of("example-google-sre-reverse", Reports.markdown(Audience.INTERNAL)
            .template(Template.GOOGLE_SRE).reverseChronology(true).metricsTable(false).mermaid(false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String name, MarkdownExporter.Builder builder) throws IOException {
    String actual = builder.build().toString(ExamplePostmortem.create());
    Path file = DIR.resolve(name + ".md");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
    assertThat(actual).as("%s differs from %s", name, file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}

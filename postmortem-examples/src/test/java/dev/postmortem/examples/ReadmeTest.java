package dev.postmortem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's Java examples are the tagged regions of compiled, tested example classes. */
class ReadmeTest {
  static final Path README = Path.of("../README.md");
  static final Path SOURCES = Path.of("src/main/java/dev/postmortem/examples");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"QuickStart.java, quickstart", "ValidationExample.java, validation",
      "ArchiveReview.java, archive"})
  void readmeShowsTheTaggedRegion(String file, String tag) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String region = region(Files.readAllLines(SOURCES.resolve(file), StandardCharsets.UTF_8), tag);
    assertThat(readme)
        .as("README.md must show the '%s' region of %s verbatim in a java block", tag, file)
        .contains("```java\n" + region + "```\n");
  }

  /** The lines between {@code // tag::T[]} and {@code // end::T[]}, without their common indentation. */
  static String region(List<String> lines, String tag) {
    int start = lines.indexOf(lines.stream().filter(l -> l.trim().equals("// tag::" + tag + "[]")).findFirst()
        .orElseThrow(() -> new AssertionError("no tag::" + tag + "[]")));
    int end = lines.indexOf(lines.stream().filter(l -> l.trim().equals("// end::" + tag + "[]")).findFirst()
        .orElseThrow(() -> new AssertionError("no end::" + tag + "[]")));
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : body) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }
}

package dev.postmortem.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import java.io.ByteArrayInputStream;
import java.util.function.Function;

/**
 * Coverage-guided fuzzing with Jazzer's JUnit integration, one target per input format.
 *
 * <p>In the normal build Jazzer runs in regression mode: each target gets the inputs committed
 * under {@code src/test/resources/dev/postmortem/hardening/JazzerFuzzTestInputs/<target>/} (seeds
 * and every crash found so far). To fuzz for real, one target at a time:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp -pl postmortem-hardening -am verify -DskipITs \
 *     -Dtest='JazzerFuzzTest#yaml' -Dsurefire.failIfNoSpecifiedTests=false -Dpostmortem.locale.skip=true
 * }</pre>
 *
 * Each target fuzzes for five minutes with our code, Jackson, SnakeYAML, commonmark and POI
 * instrumented (the {@code jazzer.instrument} property in this module's POM). A crashing input is
 * saved into that resource folder; committed there, it fails the build until fixed.
 * The contract is the same as for the mutation fuzzers ({@link Fuzz}): a value, or a documented
 * typed exception with a message and a position; never another exception or an error.
 */
class JazzerFuzzTest {
  private static final PostmortemReader STRICT = PostmortemReader.create();
  private static final PostmortemReader LENIENT = PostmortemReader.builder().lenient(true).build();
  private static final PostmortemImporter IMPORTER = PostmortemImporter.create();

  /** What the target does with one input. */
  private interface Target {
    void run() throws Exception;
  }

  private static void check(Target target, Function<Throwable, String> located) {
    try {
      target.run();
    } catch (Exception e) {
      String where = located.apply(e);
      if (where == null || where.isBlank() || e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("undocumented or unlocated exception: " + e, e);
      }
    }
  }

  private static void readAndRoundTrip(byte[] input, Format format) {
    check(() -> {
      PostmortemDocument doc = (input.length % 2 == 0 ? STRICT : LENIENT)
          .readDocument(input, format, "fuzz." + format.name().toLowerCase(java.util.Locale.ROOT));
      String written = PostmortemWriter.create(format).toString(doc.postmortem());
      if (!LENIENT.read(written, format).equals(doc.postmortem())) {
        throw new AssertionError("accepted input does not survive write -> read");
      }
    }, FileFormatFuzzTest::located);
  }

  @FuzzTest(maxDuration = "5m")
  void json(byte[] input) {
    readAndRoundTrip(input, Format.JSON);
  }

  @FuzzTest(maxDuration = "5m")
  void yaml(byte[] input) {
    readAndRoundTrip(input, Format.YAML);
  }

  @FuzzTest(maxDuration = "5m")
  void markdown(byte[] input) {
    check(() -> IMPORTER.importMarkdown(new ByteArrayInputStream(input), "fuzz.md"),
        t -> ImportFuzzTest.located(t, "fuzz.md", true));
  }

  @FuzzTest(maxDuration = "5m")
  void docx(byte[] input) {
    check(() -> IMPORTER.importDocx(new ByteArrayInputStream(input), "fuzz.docx"),
        t -> ImportFuzzTest.located(t, "fuzz.docx", false));
  }
}

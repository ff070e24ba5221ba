package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the JSON and YAML reader with {@link Fuzz#tries()} mutants of valid post-mortems per
 * format, half mutated as bytes and half as a tree. Every mutant must be read, or rejected with
 * a {@link PostmortemFormatException} that has a line and a message; a mutant that is read must
 * survive write → read unchanged (nothing lost). Reproduce a failure with
 * {@code -Dpostmortem.seed=<base seed>}.
 */
class FileFormatFuzzTest {
  private static final long BASE_SEED = Long.getLong("postmortem.seed", 20261124L);
  private static final int BATCHES = 10;
  private static final PostmortemReader STRICT = PostmortemReader.create();
  private static final PostmortemReader LENIENT = PostmortemReader.builder().lenient(true).build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final List<String> JSON_TOKENS = List.of(
      "{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "-", "0", "1e999", "-0",
      "123456789012345678901234567890", "\"\\u0000\"", "\"\\uD800\"", "\\", "/*", "//", "NaN",
      "\"id\":", "\"extensions\":{\"a\":", "[[[[[[[[", "]]]]]]]]", "{\"\":{}}", "\"2026-10-14T09:14:00\"",
      "\"sev9\"", "\"x\",\"x\":", "\t", "\uFEFF");
  private static final List<String> YAML_TOKENS = List.of(
      "&a ", "*a", "!!str ", "!!python/object:x ", "!<tag:x> ", "- ", ": ", "? ", "|\n", ">-\n", "\n  ",
      "\n    - ", "---\n", "\n...\n", "%YAML 1.1\n", "%TAG ! tag:x:\n", "<<: *a\n", "{", "}", "[", "]",
      "'", "\"", "#", "~", "null", "yes", "0x1F", ".inf", "1e999", "2026-10-14T09:14:00", "\t",
      "id: x\n", "title:\n", "@", "`", "!", "\r\n");

  private static final Map<Format, List<byte[]>> BASES = new ConcurrentHashMap<>();
  private static final Map<Format, Fuzz.Stats> TOTALS = new ConcurrentHashMap<>();

  @BeforeAll
  static void bases() {
    for (Format format : Format.values()) {
      List<byte[]> bases = new ArrayList<>();
      PostmortemWriter writer = PostmortemWriter.create(format);
      bases.add(writer.toBytes(ExamplePostmortem.create()));
      PostmortemGenerator gen = PostmortemGenerator.seeded(BASE_SEED).hostileStrings(true)
          .timelineEvents(2).actionItems(1).causes(1);
      for (int i = 0; i < 24; i++) {
        bases.add(writer.toBytes(gen.next()));
      }
      BASES.put(format, bases);
      for (byte[] base : bases) { // warm up, so that class loading is not timed as the first input
        STRICT.readDocument(base, format, "warm-up");
      }
      TOTALS.put(format, new Fuzz.Stats(format + " total"));
    }
  }

  @AfterAll
  static void report() {
    TOTALS.values().forEach(s -> System.out.println("[fuzz] " + s));
  }

  static Stream<Arguments> batches() {
    return Stream.of(Format.values())
        .flatMap(f -> IntStream.range(0, BATCHES).mapToObj(b -> Arguments.of(f, b)));
  }

  @ParameterizedTest(name = "{0} batch {1}")
  @MethodSource("batches")
  void mutantsAreReadOrRejectedWithAPosition(Format format, int batch) throws Exception {
    long seed = BASE_SEED + 1000L * batch + format.ordinal();
    int count = Math.max(1, Fuzz.tries() / BATCHES);
    List<byte[]> bases = BASES.get(format);
    ObjectMapper tree = format == Format.JSON ? JSON : YAML;
    Mutator mutator = new Mutator(seed, format == Format.JSON ? JSON_TOKENS : YAML_TOKENS);
    TreeMutator trees = new TreeMutator(mutator.random());
    Fuzz.Stats stats = new Fuzz.Stats(format + " batch " + batch);
    String name = "fuzz." + format.name().toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < count; i++) {
      byte[] base = bases.get(mutator.random().nextInt(bases.size()));
      byte[] input;
      if (mutator.random().nextBoolean()) {
        input = mutator.mutate(base, bases.get(mutator.random().nextInt(bases.size())));
      } else {
        JsonNode mutated = trees.mutate(tree.readTree(base));
        input = tree.writeValueAsBytes(mutated);
      }
      boolean lenient = i % 3 == 0;
      int index = i;
      Fuzz.one(stats, seed, i, input, in -> {
        PostmortemDocument doc = (lenient ? LENIENT : STRICT).readDocument(in, format, name);
        Postmortem pm = doc.postmortem();
        for (Format out : index % 5 == 0 ? Format.values() : new Format[] {format}) {
          String written = PostmortemWriter.create(out).toString(pm);
          Postmortem back = LENIENT.read(written, out);
          assertThat(back).as("seed %d input %d: accepted input must survive %s write -> read", seed, index, out)
              .isEqualTo(pm);
        }
      }, FileFormatFuzzTest::located);
    }
    System.out.println("[fuzz] " + stats);
    Fuzz.Stats total = TOTALS.get(format);
    synchronized (total) {
      total.inputs += stats.inputs;
      total.accepted += stats.accepted;
      total.slowestNanos = Math.max(total.slowestNanos, stats.slowestNanos);
      stats.rejected.forEach((k, v) -> total.rejected.merge(k, v, Integer::sum));
    }
    assertThat(stats.inputs).isEqualTo(count);
  }

  /** The position of a documented exception, or null for an undocumented one. */
  static String located(Throwable t) {
    if (t instanceof PostmortemFormatException) {
      PostmortemFormatException e = (PostmortemFormatException) t;
      return e.line() > 0 && !e.problem().isBlank() ? e.line() + ":" + e.column() : "";
    }
    return null;
  }
}

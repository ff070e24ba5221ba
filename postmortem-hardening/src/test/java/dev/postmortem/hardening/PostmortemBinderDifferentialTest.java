package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.postmortem.internal.DocumentReader;
import dev.postmortem.internal.Jackson;
import dev.postmortem.internal.PostmortemBinder;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The streaming {@link PostmortemBinder} against the data binding it replaced on the read path
 * (still in {@link DocumentReader} for other types, and kept here as the reference): for every
 * input both must give the same post-mortem, positions and unknown properties, or the same
 * {@link PostmortemFormatException} (source, line, column, JSON pointer and problem), strictly and
 * leniently, with and without positions tracked.
 *
 * <p>The inputs: every JSON and YAML file in the repository, a matrix of scalar spellings in every
 * kind of property, seeded generated post-mortems in both formats, and seeded mutants of them
 * (byte mutations, tree mutations, scalars replaced by edge cases, truncation, deep nesting).
 * Reproduce a failure with {@code -Dpostmortem.seed=<base seed>}; {@code
 * -Dpostmortem.binder.mutants=N} sets the mutants per format (800; 200 in the locale run).
 */
class PostmortemBinderDifferentialTest {
  private static final long BASE_SEED = Long.getLong("postmortem.seed", 20261124L);
  private static final int MUTANTS = Integer.getInteger("postmortem.binder.mutants", 800);

  private static final DocumentReader<Postmortem> DATABIND =
      new DocumentReader<>(Postmortem.class, Jackson.Limits.DEFAULT);
  private static final DocumentReader<Postmortem> STREAMING =
      new DocumentReader<>(Postmortem.class, Jackson.Limits.DEFAULT, PostmortemBinder.INSTANCE);
  private static final Jackson.Limits SMALL = new Jackson.Limits(64L << 10, 200, 12, 50);
  private static final DocumentReader<Postmortem> DATABIND_SMALL = new DocumentReader<>(Postmortem.class, SMALL);
  private static final DocumentReader<Postmortem> STREAMING_SMALL =
      new DocumentReader<>(Postmortem.class, SMALL, PostmortemBinder.INSTANCE);

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  /** What a read gives: equal exactly when the outcomes are (values compared with equals). */
  static Object outcome(DocumentReader<Postmortem> reader, byte[] input, Format format, boolean lenient, boolean track) {
    try {
      DocumentReader.Result<Postmortem> r = reader.read(input, format, "in." + format.name().toLowerCase(Locale.ROOT),
          lenient, track);
      return List.of(r.value, new java.util.TreeMap<>(r.positions.asMap()), r.unknown);
    } catch (PostmortemFormatException e) {
      return "error " + e.source().orElse("-") + " line " + e.line() + " column " + e.column() + " pointer '"
          + e.pointer() + "' problem: " + e.problem();
    } catch (RuntimeException | StackOverflowError e) {
      return "undocumented " + e;
    }
  }

  /**
   * Compares the two readers on one input, in the four modes; returns whether the streaming
   * reader accepted it strictly.
   */
  static boolean same(String what, byte[] input, Format format) {
    return same(what, input, format, DATABIND, STREAMING);
  }

  static boolean same(String what, byte[] input, Format format, DocumentReader<Postmortem> reference,
      DocumentReader<Postmortem> candidate) {
    return same(what, input, format, reference, candidate, new boolean[] {true, false});
  }

  static boolean same(String what, byte[] input, Format format, DocumentReader<Postmortem> reference,
      DocumentReader<Postmortem> candidate, boolean[] tracking) {
    boolean accepted = false;
    for (boolean lenient : new boolean[] {false, true}) {
      for (boolean track : tracking) {
        Object expected = outcome(reference, input, format, lenient, track);
        Object actual = outcome(candidate, input, format, lenient, track);
        if (!expected.equals(actual)) {
          fail(what + " (" + format + (lenient ? ", lenient" : ", strict") + (track ? ", tracked" : "")
              + "): the streaming binder differs from data binding\n--- input:\n" + shorten(input)
              + "\n--- data binding:\n" + expected + "\n--- streaming:\n" + actual);
        }
        accepted |= !lenient && expected instanceof List;
      }
    }
    return accepted;
  }

  private static String shorten(byte[] input) {
    String s = new String(input, StandardCharsets.UTF_8);
    return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void everyJsonAndYamlFileOfTheRepository() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")
                || p.toString().contains("FuzzTestInputs");
          })
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(files).as("JSON and YAML files under " + root).hasSizeGreaterThan(5);
    for (Path file : files) {
      if (Files.size(file) > (4 << 20)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      String name = file.toString().toLowerCase(Locale.ROOT);
      Format format = name.endsWith(".json") || name.contains("/json/") ? Format.JSON : Format.YAML;
      same(file.toString(), bytes, format);
      same(file + " as " + (format == Format.JSON ? "YAML" : "JSON"), bytes,
          format == Format.JSON ? Format.YAML : Format.JSON);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A matrix of scalar spellings in every kind of property

  /** Each context holds {@code @} where the value goes. */
  private static final String[] CONTEXTS = {
    "{\"id\":\"x\",\"title\":\"t\",\"additionalSections\":[{\"title\":\"a\",\"markdown\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"summary\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"tags\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"tags\":[@]}",
    "{\"id\":\"x\",\"title\":\"t\",\"status\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"severity\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"recreation\":{\"outcome\":@}}",
    "{\"id\":\"x\",\"title\":\"t\",\"participants\":[{\"name\":\"n\",\"roles\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"participants\":[{\"name\":\"n\",\"roles\":[@]}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"incident\":{\"started\":@}}",
    "{\"id\":\"x\",\"title\":\"t\",\"actionItems\":[{\"id\":\"a\",\"title\":\"t\",\"due\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"followUps\":[{\"heldOn\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"slos\":[{\"id\":\"s\",\"name\":\"n\",\"window\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"slos\":[{\"id\":\"s\",\"name\":\"n\",\"objective\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"impact\":{\"quantities\":[{\"metric\":\"m\",\"value\":@}]}}",
    "{\"id\":\"x\",\"title\":\"t\",\"schemaVersion\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"slos\":[{\"id\":\"s\",\"name\":\"n\",\"before\":"
        + "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-02T00:00:00Z\",\"violations\":@}}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"slos\":[{\"id\":\"s\",\"name\":\"n\",\"before\":{\"start\":@,\"end\":@}}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"actionItems\":[{\"id\":\"a\",\"title\":\"t\",\"internal\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"impact\":{\"customerFacing\":@}}",
    "{\"id\":\"x\",\"title\":\"t\",\"lifecycle\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"impact\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"recreation\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"timeline\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[@]}",
    "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"description\":\"d\",\"at\":@}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"extensions\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"extensions\":{\"a\":@}}",
    "{\"id\":\"x\",\"title\":\"t\",\"extensions\":{\"a\":[1,@,{\"b\":@}]}}",
    "{\"id\":\"x\",\"title\":\"t\",\"unknown\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"impact\":{\"unknown\":[@]}}",
    "{\"id\":@,\"title\":@}",
    "{\"id\":\"x\",\"title\":\"t\",\"actionItems\":[{\"id\":\"a\",\"title\":\"t\",\"verification\":{\"method\":@}}]}",
    "{\"id\":\"x\",\"title\":\"t\",\"evidence\":[{\"id\":\"e\",\"kind\":@,\"title\":\"t\",\"capturedAt\":@}]}",
    "@",
    "@ @",
  };

  private static final String[] JSON_VALUES = {
    "\"x\"", "\"\"", "\" \"", "\"\\t\"", "\"1\"", "\" 7 \"", "\"-1\"", "\"1.5\"", "\"1.2.3\"", "\"-\"", "\"1e3\"",
    "\"true\"", "\"True\"", "\"TRUE\"", "\"false\"", "\"FALSE\"", "\"yes\"", "\"null\"", "\"0\"",
    "\"12345678901\"", "\"99999999999999999999\"", "\"2147483648\"", "1", "0", "-1", "1.5", "1.0", "-0.5", "1e2",
    "1E400", "-1e-400", "2147483648", "9223372036854775807", "9223372036854775808", "12345678901234567890",
    "123456789012345678901234567890123456789012345678901234567890", "1e999999", "true", "false", "null", "[]",
    "[\"x\"]", "[null]", "[1]", "[2026,5,1]", "[2026,13,1]", "[2026,\"x\",1]", "[2026,5,1,9]", "[[1]]", "{}",
    "{\"a\":1}", "{\"id\":\"x\"}", "\"2026-05-01\"", "\"2026-05-01T10:00:00Z\"", "\"2026-05-01T10:00Z\"",
    "\"2026-05-01T10:00:00\"", "\"2026-05-01T10:00:00+0530\"", "\"2026-05-01T10:00:00+05:30\"",
    "\"2026-05-01T10:00:00.123456789-03:00\"", "\"2026-05-01 10:00:00Z\"", "\" 2026-05-01T10:00:00Z \"",
    "\"2026-02-30\"", "\"+2026-05-01\"", "\"20260501T1000+0530\"", "\"PT1H\"", "\"P1D\"", "\"-PT5M\"", "\"PT\"",
    "\"open\"", "\"OPEN\"", "\"in progress\"", "\"wont_do\"", "\"P1\"", "\"sev-2\"", "\"Critical\"", "\"sev9\"",
    "\"draft\"", "\"In Review\"", "\"status-update\"", "\"slo\"", "\"log\"", "\"incident commander\"",
    "\"reproduced\"", "\"technical\"", "\"\\u0000\"", "\"~\"", "\"a/b\"", "\"\\u2028\"",
  };

  private static final String[] YAML_VALUES = {
    "x", "''", "' '", "'1'", "1", "-1", "0x1F", "0o17", "0b101", "1_000", "+1", "+1.5", ".inf", "-.inf", ".nan",
    ".NaN", "1.5", "1e2", "1.", ".5", "1_000.5", "yes", "no", "on", "off", "y", "~", "null", "Null", "NULL", "True",
    "FALSE", "2026-05-01", "2026-05-01T10:00:00Z", "2026-05-01 10:00:00Z", "2026-05-01t10:00:00z",
    "2026-05-01T10:00:00.5+01:00", "[]", "{}", "[a, b]", "{a: 1}", "3600", "PT1H", "P1", "open", "sev2",
    "12345678901234567890", "0.0000000000000000000000001", "'null'", "\"\\t\"", "!!str 1", "&a x", "*a",
  };

  @ParameterizedTest
  @EnumSource(Format.class)
  void everySpellingOfEveryKindOfValue(Format format) {
    String[] values = format == Format.JSON ? JSON_VALUES : concat(JSON_VALUES, YAML_VALUES);
    int cases = 0;
    for (String context : CONTEXTS) {
      for (String value : values) {
        String text = context.replace("@", value);
        if (format == Format.YAML && context.equals("@ @")) {
          text = "---\n" + value + "\n---\n" + value + "\n";
        }
        // tracked only: an untracked read that fails is read again tracked
        same("context " + context + " value " + value, text.getBytes(StandardCharsets.UTF_8), format,
            DATABIND, STREAMING, new boolean[] {true});
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(2000);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Generated post-mortems and mutants of them

  private static List<byte[]> bases(Format format, long seed) {
    List<byte[]> bases = new ArrayList<>();
    PostmortemWriter writer = PostmortemWriter.create(format);
    bases.add(writer.toBytes(ExamplePostmortem.create()));
    PostmortemGenerator plain = PostmortemGenerator.seeded(seed);
    PostmortemGenerator hostile = PostmortemGenerator.seeded(seed + 1).hostileStrings(true)
        .timelineEvents(3).actionItems(2).causes(2);
    for (int i = 0; i < 40; i++) {
      bases.add(writer.toBytes((i % 2 == 0 ? plain : hostile).next()));
    }
    return bases;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void generatedPostmortems(Format format) {
    long seed = BASE_SEED + format.ordinal();
    List<byte[]> bases = bases(format, seed);
    int i = 0;
    for (byte[] base : bases) {
      assertThat(same("seed " + seed + " generated " + i++, base, format))
          .as("seed %d: generated post-mortem %d is read", seed, i - 1).isTrue();
    }
  }

  private static final Pattern YAML_SCALAR = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z$]+: )(\\S.*)$");
  private static final Pattern JSON_SCALAR = Pattern.compile(
      "(\"[A-Za-z$]+\" ?: ?)(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");

  @ParameterizedTest
  @EnumSource(Format.class)
  void mutantsOfGeneratedPostmortems(Format format) throws IOException {
    long seed = BASE_SEED + 100 + format.ordinal();
    List<byte[]> bases = bases(format, seed);
    SplittableRandom random = new SplittableRandom(seed);
    Mutator bytes = new Mutator(seed, format == Format.JSON
        ? List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "\"x\":", "[[[[[[", "\"2026-10-14T09:14:00\"")
        : List.of("&a ", "*a", "!!str ", "- ", ": ", "[", "]", "{", "}", "~", "null", "yes", ".inf", "\n  ", "---\n"));
    TreeMutator trees = new TreeMutator(random);
    ObjectMapper tree = format == Format.JSON ? JSON : YAML;
    String[] pool = format == Format.JSON ? JSON_VALUES : concat(JSON_VALUES, YAML_VALUES);
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      byte[] base = bases.get(random.nextInt(bases.size()));
      byte[] input;
      String how;
      switch (random.nextInt(6)) {
        case 0:
          how = "bytes";
          input = bytes.mutate(base, bases.get(random.nextInt(bases.size())));
          break;
        case 1:
        case 2: {
          how = "tree";
          JsonNode mutated = trees.mutate(tree.readTree(base));
          input = tree.writeValueAsBytes(mutated);
          break;
        }
        case 3:
        case 4:
          how = "scalars";
          input = replaceScalars(base, format, pool, random);
          break;
        default:
          how = "truncated or nested";
          input = random.nextBoolean()
              ? java.util.Arrays.copyOf(base, random.nextInt(base.length + 1))
              : nest(base, format, random);
          break;
      }
      String what = "seed " + seed + " mutant " + i + " (" + how + ")";
      if (same(what, input, format)) {
        accepted++;
      }
      if (i % 10 == 0) {
        same(what + " with small limits", input, format, DATABIND_SMALL, STREAMING_SMALL);
      }
    }
    System.out.println("[binder] " + format + ": " + MUTANTS + " mutants, " + accepted + " read strictly");
    assertThat(accepted).as("some mutants are still valid").isGreaterThan(MUTANTS / 20);
    assertThat(accepted).as("most mutants are rejected").isLessThan(MUTANTS * 19 / 20);
  }

  /** One to three scalar values replaced by edge-case spellings. */
  private static byte[] replaceScalars(byte[] base, Format format, String[] pool, SplittableRandom random) {
    String text = new String(base, StandardCharsets.UTF_8);
    Pattern pattern = format == Format.JSON ? JSON_SCALAR : YAML_SCALAR;
    for (int round = 1 + random.nextInt(3); round > 0; round--) {
      List<int[]> spans = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(2), m.end(2)});
      }
      if (spans.isEmpty()) {
        break;
      }
      int[] span = spans.get(random.nextInt(spans.size()));
      String value = pool[random.nextInt(pool.length)];
      text = text.substring(0, span[0]) + value + text.substring(span[1]);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Wraps the document's extensions or one value in deeply nested arrays and objects. */
  private static byte[] nest(byte[] base, Format format, SplittableRandom random) {
    int depth = 1 + random.nextInt(80);
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int d = 0; d < depth; d++) {
      if (random.nextBoolean()) {
        open.append('[');
        close.insert(0, ']');
      } else {
        open.append("{\"k\":");
        close.insert(0, '}');
      }
    }
    String value = open + "1" + close;
    String text = new String(base, StandardCharsets.UTF_8);
    if (format == Format.JSON) {
      int brace = text.indexOf('{');
      String key = random.nextBoolean() ? "\"extensions\":{\"deep\":" + value + "}," : "\"deep\":" + value + ",";
      return (text.substring(0, brace + 1) + key + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
    }
    return ((random.nextBoolean() ? "extensions: {deep: " + value + "}\n" : "deep: " + value + "\n") + text)
        .getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void extensionsNestedAsDeeplyAsAReaderAllows(Format format) {
    Jackson.Limits deep = new Jackson.Limits(64L << 20, 4 << 20, 3_000, 50);
    DocumentReader<Postmortem> reference = new DocumentReader<>(Postmortem.class, deep);
    DocumentReader<Postmortem> candidate = new DocumentReader<>(Postmortem.class, deep, PostmortemBinder.INSTANCE);
    for (int depth : new int[] {10, 1_000, 2_990, 3_000, 3_010}) {
      String value = "[{\"k\":".repeat(depth / 2) + "1" + "}]".repeat(depth / 2);
      String text = "{\"id\":\"x\",\"title\":\"t\",\"extensions\":{\"deep\":" + value + "},\"unknown\":" + value + "}";
      same("extensions nested " + depth + " deep", text.getBytes(StandardCharsets.UTF_8), format, reference, candidate);
    }
  }

  @Test
  void theBinderReadsTheExampleLikeDataBinding() {
    byte[] yaml = PostmortemWriter.create(Format.YAML).toString(ExamplePostmortem.create()).getBytes(StandardCharsets.UTF_8);
    DocumentReader.Result<Postmortem> expected = DATABIND.read(yaml, Format.YAML, "x", false);
    DocumentReader.Result<Postmortem> actual = STREAMING.read(yaml, Format.YAML, "x", false);
    assertThat(actual.value).isEqualTo(expected.value).isEqualTo(ExamplePostmortem.create());
    assertThat(actual.positions.asMap()).isEqualTo(expected.positions.asMap());
  }
}

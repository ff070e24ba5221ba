package dev.postmortem.validate.internal;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code validation-spec.md}: commonmark-style example blocks whose info string names the rule,
 * with the input YAML, a line with a single dot, and the expected findings of that rule, one
 * {@code LEVEL pointer} per line (none for a negative example).
 */
final class Spec {
  static final Path FILE = Path.of("src/test/resources/spec/validation-spec.md");
  static final String FENCE = "````````````````````````````````";

  /** "Today" for every example. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  record Example(int number, int line, String rule, String input, List<String> expected) {
    /** The post-mortem part of the input. */
    String postmortemYaml() {
      int split = input.indexOf("\n---\n");
      return split < 0 ? input : input.substring(0, split + 1);
    }

    Postmortem postmortem() {
      return READER.read(postmortemYaml(), Format.YAML);
    }

    /** The strict validator with the example's policy, if it has one. */
    Validator validator() {
      int split = input.indexOf("\n---\n");
      Policy policy = split < 0 ? Policy.create()
          : Policy.read(input.substring(split + 5), Format.YAML, "example " + number + " policy");
      return Validator.builder().profile(Profile.STRICT).clock(CLOCK).policy(policy).build();
    }

    boolean positive() {
      return !expected.isEmpty();
    }

    @Override
    public String toString() {
      return "example " + number + " (" + rule + ", " + (positive() ? "positive" : "negative") + ", line " + line + ")";
    }
  }

  static final PostmortemReader READER = PostmortemReader.create();
  private static List<Example> cached;

  static synchronized List<Example> examples() {
    if (cached == null) {
      cached = List.copyOf(parse());
    }
    return cached;
  }

  private static List<Example> parse() {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.startsWith(FENCE + " example ")) {
        continue;
      }
      String rule = l.substring((FENCE + " example ").length()).trim();
      int start = i + 1;
      StringBuilder input = new StringBuilder();
      List<String> expected = new ArrayList<>();
      boolean inExpected = false;
      for (i = start; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
        if (!inExpected && lines.get(i).equals(".")) {
          inExpected = true;
        } else if (inExpected) {
          if (!lines.get(i).isBlank()) {
            expected.add(lines.get(i).trim());
          }
        } else {
          input.append(lines.get(i)).append('\n');
        }
      }
      if (!inExpected) {
        throw new IllegalStateException("spec line " + start + ": example without a '.' line");
      }
      out.add(new Example(out.size() + 1, start, rule, input.toString(), expected));
    }
    return out;
  }
}

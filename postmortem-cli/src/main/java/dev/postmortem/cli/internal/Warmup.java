package dev.postmortem.cli.internal;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The strict reader every command shares, and start-up work done on a second thread.
 *
 * <p>A short run of the command line spends most of its time on one-off work: picocli building
 * the command by reflection, Jackson building its mappers and the deserializers of the model, the
 * validator initialising its rules. {@link #start} moves the Jackson and validator work to a
 * daemon thread, which reads and validates a tiny document with the shared {@link #reader()},
 * while the main thread builds the command and reads the input. The two need no coordination of
 * their own: Jackson builds a deserializer once under its own lock and caches it in the shared
 * reader, whichever thread gets there first. Nothing the background thread does is visible: it
 * writes nothing, and what it fails to do the command does itself.
 */
public final class Warmup {
  /** The smallest valid post-mortem, in YAML and JSON. */
  private static final byte[] TINY_YAML = "id: PM-0\ntitle: warm-up\n".getBytes(StandardCharsets.UTF_8);

  private static final byte[] TINY_JSON =
      "{\"id\": \"PM-0\", \"title\": \"warm-up\"}".getBytes(StandardCharsets.UTF_8);

  private Warmup() {}

  /** Holds the reader, made on first use. */
  private static final class Shared {
    static final PostmortemReader READER = PostmortemReader.strict();
  }

  /** The strict reader the commands share (immutable and thread-safe). */
  public static PostmortemReader reader() {
    return Shared.READER;
  }

  /**
   * The formats worth preparing for {@code args}: those named by the extension of an argument,
   * and YAML, the usual format, for a directory. Markdown and Word documents are imported without
   * Jackson, and the value of {@code --out} (where output goes, often a directory) is not input.
   */
  public static Set<Format> formats(String... args) {
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--out")) {
        i++;
        continue;
      }
      String a = arg.toLowerCase(Locale.ROOT);
      if (a.endsWith(".yaml") || a.endsWith(".yml")) {
        formats.add(Format.YAML);
      } else if (a.endsWith(".json")) {
        formats.add(Format.JSON);
      } else if (!a.startsWith("-") && isDirectory(arg)) {
        formats.add(Format.YAML);
      }
    }
    return formats;
  }

  private static boolean isDirectory(String arg) {
    try {
      return Files.isDirectory(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Starts preparing, on a daemon thread, the shared reader for {@code formats} and, when
   * {@code validate} is set, the validator's rules. Does nothing when {@code formats} is empty.
   */
  public static void start(Set<Format> formats, boolean validate) {
    if (formats.isEmpty()) {
      return;
    }
    Set<Format> copy = EnumSet.copyOf(formats);
    Thread t = new Thread(() -> prepare(copy, validate), "postmortem-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void prepare(Set<Format> formats, boolean validate) {
    try {
      PostmortemDocument doc = null;
      for (Format f : formats) {
        doc = reader().readDocument(f == Format.JSON ? TINY_JSON : TINY_YAML, f, null);
      }
      if (validate && doc != null) {
        Validator.standard().validate(doc);
      }
    } catch (RuntimeException | Error e) {
      // only a warm-up: the command's own run does the work and reports any problem
    }
  }
}

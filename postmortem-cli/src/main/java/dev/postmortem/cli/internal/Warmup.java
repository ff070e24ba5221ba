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
 * the command by reflection, loading and initialising the classes that read and validate a
 * post-mortem (the YAML parser, the model's builders, java.time's parsers, the validator's rules
 * and word lists). {@link #start} moves the reading and validating work to a daemon thread, which
 * reads and validates a small document holding a value of every kind with the shared {@link
 * #reader()}, while the main thread builds the command and reads the input. The two need no
 * coordination of their own: a class is initialised once, whichever thread gets there first.
 * Nothing the background thread does is visible: it writes nothing, and what it fails to do the
 * command does itself.
 */
public final class Warmup {
  /**
   * A small post-mortem with one value of every kind the reader binds (dates, date-times,
   * durations, numbers, enums, nested objects, lists, extensions), so that the warm-up runs the
   * code that reading a real post-mortem runs, in YAML and JSON.
   */
  private static final String WARM_UP = String.join("\n",
      "schemaVersion: 1",
      "id: PM-0",
      "title: Warm-up",
      "status: draft",
      "severity: sev3",
      "summary: Nothing happened.",
      "tags: [warm-up]",
      "authors: [Nobody]",
      "lifecycle: {created: 2026-01-01T10:00:00+01:00}",
      "incident: {started: 2026-01-01T09:00:00Z, detected: 2026-01-01T09:05:00Z, resolved: 2026-01-01T09:30:00Z}",
      "impact:",
      "  description: None.",
      "  customerFacing: false",
      "  quantities: [{metric: requests, value: 1.5, unit: '%', estimated: true}]",
      "participants: [{name: Nobody, roles: [author], discipline: operations}]",
      "timeline:",
      "  - {at: 2026-01-01T09:00:00Z, kind: trigger, description: A change was deployed., keyEvent: true}",
      "  - {at: 2026-01-01T09:30:00Z, kind: resolution, description: The change was rolled back.}",
      "causes: [{id: C1, description: The change had no canary., category: process, rootCause: true}]",
      "fiveWhys: [{problem: The change went out., steps: [{question: 'Why?', answer: No canary., cause: C1}],"
          + " rootCause: C1}]",
      "lessonsLearned: {wentWell: [Rollback was quick.]}",
      "startStopContinue: {start: [Canaries.]}",
      "actionItems:",
      "  - id: AI-1",
      "    title: Add a canary stage",
      "    type: prevent",
      "    priority: p2",
      "    owner: Nobody",
      "    due: 2026-02-01",
      "    status: done",
      "    completedOn: 2026-01-20",
      "    addresses: [C1]",
      "    verification: {method: slo, before: {start: 2026-01-01T00:00:00Z, end: 2026-01-08T00:00:00Z,"
          + " violations: 3}, after: {start: 2026-01-20T00:00:00Z, end: 2026-01-27T00:00:00Z, violations: 0}}",
      "evidence: [{id: E1, kind: log, title: Deploy log, capturedAt: 2026-01-01T09:10:00Z}]",
      "recreation: {outcome: not-attempted, reason: Not needed.}",
      "followUps: [{heldOn: 2026-02-02, items: [{item: AI-1, status: done}]}]",
      "slos: [{id: S1, name: Availability, objective: 99.9, window: P28D}]",
      "links: [{url: 'https://example.com/PM-0', kind: ticket}]",
      "additionalSections: [{title: Notes, markdown: None.}]",
      "extensions: {/warm-up: {n: 1, x: [true, null, 2.5]}}",
      "");

  private static final byte[] WARM_UP_YAML = WARM_UP.getBytes(StandardCharsets.UTF_8);

  /** The same post-mortem in JSON. */
  private static final byte[] WARM_UP_JSON = (
      "{\"schemaVersion\":1,\"id\":\"PM-0\",\"title\":\"Warm-up\",\"status\":\"draft\",\"severity\":\"sev3\",\"summary\":\"N"
          + "othing happened.\",\"tags\":[\"warm-up\"],\"authors\":[\"Nobody\"],\"lifecycle\":{\"created\":\"2026-01-01T10:"
          + "00:00+01:00\"},\"incident\":{\"started\":\"2026-01-01T09:00:00Z\",\"detected\":\"2026-01-01T09:05:00Z\",\"re"
          + "solved\":\"2026-01-01T09:30:00Z\"},\"impact\":{\"description\":\"None.\",\"customerFacing\":false,\"quantiti"
          + "es\":[{\"metric\":\"requests\",\"value\":1.5,\"unit\":\"%\",\"estimated\":true}]},\"participants\":[{\"name\":\"No"
          + "body\",\"roles\":[\"author\"],\"discipline\":\"operations\"}],\"timeline\":[{\"at\":\"2026-01-01T09:00:00Z\",\"k"
          + "ind\":\"trigger\",\"description\":\"A change was deployed.\",\"keyEvent\":true},{\"at\":\"2026-01-01T09:30:0"
          + "0Z\",\"kind\":\"resolution\",\"description\":\"The change was rolled back.\"}],\"causes\":[{\"id\":\"C1\",\"desc"
          + "ription\":\"The change had no canary.\",\"category\":\"process\",\"rootCause\":true}],\"fiveWhys\":[{\"probl"
          + "em\":\"The change went out.\",\"steps\":[{\"question\":\"Why?\",\"answer\":\"No canary.\",\"cause\":\"C1\"}],\"roo"
          + "tCause\":\"C1\"}],\"lessonsLearned\":{\"wentWell\":[\"Rollback was quick.\"]},\"startStopContinue\":{\"start"
          + "\":[\"Canaries.\"]},\"actionItems\":[{\"id\":\"AI-1\",\"title\":\"Add a canary stage\",\"type\":\"prevent\",\"prio"
          + "rity\":\"p2\",\"owner\":\"Nobody\",\"due\":\"2026-02-01\",\"status\":\"done\",\"completedOn\":\"2026-01-20\",\"addre"
          + "sses\":[\"C1\"],\"verification\":{\"method\":\"slo\",\"before\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026"
          + "-01-08T00:00:00Z\",\"violations\":3},\"after\":{\"start\":\"2026-01-20T00:00:00Z\",\"end\":\"2026-01-27T00:0"
          + "0:00Z\",\"violations\":0}}}],\"evidence\":[{\"id\":\"E1\",\"kind\":\"log\",\"title\":\"Deploy log\",\"capturedAt\":"
          + "\"2026-01-01T09:10:00Z\"}],\"recreation\":{\"outcome\":\"not-attempted\",\"reason\":\"Not needed.\"},\"follow"
          + "Ups\":[{\"heldOn\":\"2026-02-02\",\"items\":[{\"item\":\"AI-1\",\"status\":\"done\"}]}],\"slos\":[{\"id\":\"S1\",\"nam"
          + "e\":\"Availability\",\"objective\":99.9,\"window\":\"P28D\"}],\"links\":[{\"url\":\"https://example.com/PM-0\","
          + "\"kind\":\"ticket\"}],\"additionalSections\":[{\"title\":\"Notes\",\"markdown\":\"None.\"}],\"extensions\":{\"/wa"
          + "rm-up\":{\"n\":1,\"x\":[true,null,2.5]}}}").getBytes(StandardCharsets.UTF_8);

  private Warmup() {}

  /** Holds the reader, made on first use. */
  private static final class Shared {
    static final PostmortemReader READER = PostmortemReader.create();
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

  /** The warm-up document in the format (for tests: it must be read without a problem). */
  static byte[] document(Format format) {
    return (format == Format.JSON ? WARM_UP_JSON : WARM_UP_YAML).clone();
  }

  private static void prepare(Set<Format> formats, boolean validate) {
    try {
      PostmortemDocument doc = null;
      for (Format f : formats) {
        doc = reader().readDocument(f == Format.JSON ? WARM_UP_JSON : WARM_UP_YAML, f, null);
      }
      if (validate && doc != null) {
        Validator.create().validate(doc);
      }
    } catch (RuntimeException | Error e) {
      // only a warm-up: the command's own run does the work and reports any problem
    }
  }
}

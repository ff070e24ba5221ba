package dev.postmortem.importer.internal.map;

import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutableVerification;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the labelled lines the kit's reports write under an action item's details: "Completed
 * on: …", and its verification as "Verification: <method>", "SLO: <id>", "Check: …", "Before: …",
 * "After: …", "Result: …", "Verified on: …". A line without a label continues the value above it;
 * text before the first label is the description, and a "Won't do because:" line ends the part
 * read here.
 */
final class ActionDetails {
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(completed on|verification|slo|check|before|after|result|verified on)\\s*:\\s*(.*)$");
  private static final Pattern STOP = Pattern.compile("(?i)^won[’']?t do because\\s*:");

  private final Draft d;
  private final ReportValues values;

  ActionDetails(Draft d) {
    this.d = d;
    this.values = new ReportValues(d);
  }

  /** What was read: the item with its labelled values set, and the rest of the text. */
  record Read(ImmutableActionItem item, String rest) {}

  Read read(ImmutableActionItem item, String text, int line, String ptr) {
    String[] lines = text.split("\n", -1);
    StringBuilder desc = new StringBuilder();
    StringBuilder tail = new StringBuilder();
    Map<String, StringBuilder> labelled = new LinkedHashMap<>();
    String current = null;
    boolean stopped = false;
    for (String l : lines) {
      String s = l.strip();
      if (stopped || STOP.matcher(s).find()) {
        stopped = true;
        tail.append(tail.length() > 0 ? "\n" : "").append(l);
        continue;
      }
      Matcher m = LABEL.matcher(s);
      if (m.matches() && !labelled.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
        current = m.group(1).toLowerCase(Locale.ROOT);
        labelled.put(current, new StringBuilder(m.group(2).strip()));
      } else if (current != null) {
        labelled.get(current).append('\n').append(l);
      } else {
        desc.append(desc.length() > 0 ? "\n" : "").append(l);
      }
    }
    if (labelled.isEmpty()) {
      return new Read(item, text);
    }
    ImmutableActionItem out = item;
    String completed = value(labelled, "completed on");
    if (completed != null) {
      var date = values.date(completed);
      if (date.isPresent()) {
        out = out.withCompletedOn(date.get());
        d.out.at(ptr + "/completedOn", line, 1);
      } else {
        d.out.info(Kind.UNPARSEABLE_TIME, line, 1, ptr + "/completedOn",
            "'Completed on: " + Texts.shorten(completed) + "' is not a date; left out");
      }
    }
    String method = value(labelled, "verification");
    if (method != null) {
      VerificationMethod vm = ReportValues.words(method, VerificationMethod::fromId);
      if (vm == null) {
        vm = VerificationMethod.OTHER;
        d.out.info(Kind.GUESSED_VALUE, line, 1, ptr + "/verification/method", "verification method '"
            + Texts.shorten(method) + "' is not known; recorded as other");
      }
      ImmutableVerification.Builder v = Verification.builder().method(vm);
      put(labelled, "slo", v::slo);
      put(labelled, "check", v::description);
      put(labelled, "result", v::result);
      measurement(labelled, "before", line, ptr).ifPresent(v::before);
      measurement(labelled, "after", line, ptr).ifPresent(v::after);
      String verified = value(labelled, "verified on");
      if (verified != null) {
        values.date(verified).ifPresent(v::verifiedOn);
      }
      out = out.withVerification(v.build());
      d.out.at(ptr + "/verification", line, 1);
    } else {
      // labels of a verification without its method line are not a verification: keep the text
      for (String k : new String[] {"slo", "check", "before", "after", "result", "verified on"}) {
        if (labelled.containsKey(k)) {
          desc.append(desc.length() > 0 ? "\n" : "").append(k).append(": ").append(labelled.get(k));
        }
      }
    }
    String rest = desc.toString().strip();
    if (tail.length() > 0) {
      rest = rest.isEmpty() ? tail.toString() : rest + "\n" + tail;
    }
    return new Read(out, rest);
  }

  private java.util.Optional<dev.postmortem.model.SloMeasurement> measurement(
      Map<String, StringBuilder> labelled, String key, int line, String ptr) {
    String v = value(labelled, key);
    if (v == null) {
      return java.util.Optional.empty();
    }
    var m = values.measurement(v);
    if (m.isEmpty()) {
      d.out.info(Kind.UNPARSEABLE_TIME, line, 1, ptr + "/verification/" + key, "'" + key + ": "
          + Texts.shorten(v) + "' is not written as 'N violations, A %, <start> – <end>'; left out");
    }
    return m;
  }

  private static void put(Map<String, StringBuilder> labelled, String key,
      java.util.function.Consumer<String> to) {
    String v = value(labelled, key);
    if (v != null && !v.isBlank()) {
      to.accept(v);
    }
  }

  private static String value(Map<String, StringBuilder> labelled, String key) {
    StringBuilder sb = labelled.get(key);
    return sb == null ? null : sb.toString().strip();
  }
}

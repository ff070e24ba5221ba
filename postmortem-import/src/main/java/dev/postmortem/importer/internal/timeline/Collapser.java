package dev.postmortem.importer.internal.timeline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collapses repeats of one message (numbers, ids and addresses aside) into one entry with a count.
 * A repeat joins the entry it repeats while it comes within {@code window} of the last one; at
 * most {@code open} different messages are followed at once, so memory is bounded.
 */
public final class Collapser {
  private static final class Run {
    final Entry first;
    int count = 1;
    OffsetDateTime last;

    Run(Entry first) {
      this.first = first;
      this.last = first.at();
    }
  }

  private final Duration window;
  private final int open;
  private final Consumer<Entry> out;
  private final LinkedHashMap<String, Run> runs = new LinkedHashMap<>(64, 0.75f, true);

  public Collapser(Duration window, int open, Consumer<Entry> out) {
    this.window = window;
    this.open = open;
    this.out = out;
  }

  /** Takes an entry. */
  public void accept(Entry e) {
    OffsetDateTime cutoff = e.at().minus(window);
    // the least recently repeated runs come first: close those that ended before the window
    Iterator<Map.Entry<String, Run>> it = runs.entrySet().iterator();
    while (it.hasNext()) {
      Run r = it.next().getValue();
      if (r.last.isBefore(cutoff)) {
        emit(r);
        it.remove();
      } else {
        break;
      }
    }
    String key = signature(e.severity(), e.text());
    Run r = runs.get(key);
    if (r != null) {
      r.count++;
      if (e.at().isAfter(r.last)) {
        r.last = e.at();
      }
      return;
    }
    if (runs.size() >= open) {
      Iterator<Map.Entry<String, Run>> eldest = runs.entrySet().iterator();
      emit(eldest.next().getValue());
      eldest.remove();
    }
    runs.put(key, new Run(e));
  }

  /** Gives out the runs still open. */
  public void flush() {
    for (Run r : runs.values()) {
      emit(r);
    }
    runs.clear();
  }

  private void emit(Run r) {
    out.accept(r.count == 1 ? r.first : r.first.repeated(r.count, r.last));
  }

  /** The message with its numbers, hex ids and quoted values made equal. */
  static String signature(int severity, String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), 200) + 2);
    sb.append(severity).append('|');
    int n = Math.min(text.length(), 400);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        int s = i;
        boolean digit = false;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '-' || text.charAt(i) == '.')) {
          digit |= Character.isDigit(text.charAt(i));
          i++;
        }
        if (digit) {
          sb.append('#');
        } else {
          sb.append(text, s, i);
        }
      } else {
        if (c != ' ' || (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ')) {
          sb.append(c);
        }
        i++;
      }
    }
    return sb.toString();
  }
}

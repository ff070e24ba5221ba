package dev.postmortem.metrics;

import java.time.Duration;
import java.util.Objects;

/**
 * The one way Postmortem Kit writes a duration for people, in reports, validation messages and
 * command output alike: at most two adjacent units out of days, hours, minutes and seconds, the
 * smaller left out when it is zero, each number followed by a space and the unit's symbol.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>Duration</th><th>Text</th></tr>
 *   <tr><td>0</td><td>{@code 0 s}</td></tr>
 *   <tr><td>59 s</td><td>{@code 59 s}</td></tr>
 *   <tr><td>90 s</td><td>{@code 1 min 30 s}</td></tr>
 *   <tr><td>1 h</td><td>{@code 1 h}</td></tr>
 *   <tr><td>79 min</td><td>{@code 1 h 19 min}</td></tr>
 *   <tr><td>50 h 10 min</td><td>{@code 2 d 2 h}</td></tr>
 *   <tr><td>-30 min</td><td>{@code -30 min}</td></tr>
 * </table>
 *
 * <p>Smaller parts are cut off, not rounded (1 h 19 min 59 s is {@code 1 h 19 min}), so a text
 * never claims more time than passed; fractions of a second are not shown. A negative duration
 * (anchors out of order) gets an ASCII minus sign. The text does not depend on the default locale.
 */
public final class DurationFormat {
  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private DurationFormat() {}

  /**
   * A duration as people read it, for example {@code 1 h 19 min}.
   *
   * @param duration the duration, negative or not
   * @return its text, such as {@code 0 s}, {@code 59 s}, {@code 1 h}, {@code 3 d 4 h} or {@code
   *     -30 min}
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    long s = duration.getSeconds();
    if (s < 0 && duration.getNano() > 0) {
      s++; // -1.5 s is getSeconds() -2 plus 0.5 s: cut toward zero
    }
    StringBuilder sb = new StringBuilder(16);
    if (s < 0) {
      sb.append('-');
    }
    // Long.MIN_VALUE seconds has no positive counterpart: the unsigned value of its negation is right
    long a = s == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(s);
    if (a >= DAY) {
      pair(sb, a / DAY, "d", a % DAY / HOUR, "h");
    } else if (a >= HOUR) {
      pair(sb, a / HOUR, "h", a % HOUR / MINUTE, "min");
    } else if (a >= MINUTE) {
      pair(sb, a / MINUTE, "min", a % MINUTE, "s");
    } else {
      sb.append(a).append(" s");
    }
    return sb.toString();
  }

  private static void pair(StringBuilder sb, long big, String bigUnit, long small, String smallUnit) {
    sb.append(big).append(' ').append(bigUnit);
    if (small > 0) {
      sb.append(' ').append(small).append(' ').append(smallUnit);
    }
  }
}

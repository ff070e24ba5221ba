package dev.postmortem.importer.internal.timeline;

import java.util.regex.Pattern;

/**
 * Whether a log message records a change of state (a service started or stopped, a deploy, a
 * failover, a circuit opening, a health change), which a timeline keeps whatever its level, or
 * an error in words when the line has no level.
 */
public final class StateChange {
  private StateChange() {}

  private static final Pattern STATE = Pattern.compile(
      "\\b(?:start(?:ed|ing)(?! (?:processing|request|job|task|transaction|batch))|stopp(?:ed|ing)"
          + "|shut(?:ting)? ?down|restart(?:ed|ing)?|reload(?:ed|ing)|resiz(?:ed|ing)|changed from \\S+ to|terminat(?:ed|ing)|killed|crash(?:ed|ing)"
          + "|exited|deploy(?:ed|ing|ment)|roll(?:ed|ing)? ?back|rollback|revert(?:ed|ing)|released|rollout"
          + "|scal(?:ed|ing) (?:up|down|out|in|to)|fail(?:ed|ing)? ?over|promot(?:ed|ing)|demot(?:ed|ing)"
          + "|elected|became|(?:is|are|went) (?:now )?(?:up|down|healthy|unhealthy|ready|leader|primary|available|unavailable)"
          + "|(?:un)?healthy|circuit(?: breaker)? (?:open|opened|closed|half-open)|state (?:changed|change)"
          + "|changed state|transition(?:ed)? to|back to normal|recovered|restored|reconnected|disconnected"
          + "|connection (?:lost|restored)|maintenance mode|(?:flag|feature) \\S+ (?:enabled|disabled)"
          + "|(?:config(?:uration)?|settings?) (?:reloaded|changed|updated|applied)|migration (?:started|completed|finished|failed))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ERROR_WORDS = Pattern.compile(
      "\\b(?:error|errors|exception|fail(?:ed|ure|s)?|fatal|panic|timed out|timeout|refused|unreachable"
          + "|denied|out of memory|oom|segfault|abort(?:ed)?|unavailable|not available|no \\w+ available)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern WARN_WORDS = Pattern.compile(
      "\\b(?:warn(?:ing)?|degraded|slow|retry(?:ing)?|throttl(?:ed|ing)|high latency|exceeded|saturat(?:ed|ion))\\b",
      Pattern.CASE_INSENSITIVE);

  /** Whether {@code message} records a change of state. */
  public static boolean isStateChange(String message) {
    return STATE.matcher(message).find();
  }

  /** The severity the words of an unlevelled message suggest: error, warn or none. */
  public static int severityFromWords(String message) {
    if (ERROR_WORDS.matcher(message).find()) {
      return Levels.ERROR;
    }
    if (WARN_WORDS.matcher(message).find()) {
      return Levels.WARN;
    }
    return Levels.NONE;
  }
}

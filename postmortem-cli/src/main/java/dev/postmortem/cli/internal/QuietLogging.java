package dev.postmortem.cli.internal;

/**
 * Keeps Apache POI's logging quiet: POI logs through Log4j 2, which complains on standard error
 * when it finds no logging backend; the command line reports problems itself.
 */
public final class QuietLogging {
  private QuietLogging() {}

  /** Selects Log4j's simple logger at level OFF, unless the system properties say otherwise. */
  public static void apply() {
    System.setProperty("log4j2.loggerContextFactory",
        System.getProperty("log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
    System.setProperty("org.apache.logging.log4j.simplelog.level",
        System.getProperty("org.apache.logging.log4j.simplelog.level", "OFF"));
  }
}

package dev.postmortem.importer.internal.logging;

import org.apache.logging.log4j.spi.Provider;

/**
 * A Log4j API provider of the lowest priority whose loggers discard everything. Apache POI, which
 * reads Word files, logs through the Log4j API; without any provider the API prints "Log4j API
 * could not find a logging provider" on standard error. With this one, nothing is printed unless
 * the application configures logging: any real provider (log4j-core, log4j-to-slf4j for SLF4J
 * and Logback, log4j-to-jul) has a higher priority and wins, and {@code -Dlog4j2.provider=...}
 * names one explicitly.
 */
public final class QuietLog4jProvider extends Provider {
  /** Below every real provider (log4j-core has 10, log4j-to-slf4j 15). */
  static final int PRIORITY = 1;

  /** Called by the service loader. */
  public QuietLog4jProvider() {
    super(PRIORITY, "2.6.0", QuietLoggerContextFactory.class);
  }
}

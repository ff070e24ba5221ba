package dev.postmortem.importer.internal.logging;

import java.net.URI;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/** One shared context of {@link QuietLogger}s. */
public final class QuietLoggerContextFactory implements LoggerContextFactory {
  private static final QuietLoggerContext CONTEXT = new QuietLoggerContext();

  /** Called by the Log4j API. */
  public QuietLoggerContextFactory() {}

  @Override
  public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
    return CONTEXT;
  }

  @Override
  public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
      URI configLocation, String name) {
    return CONTEXT;
  }

  @Override
  public void removeContext(LoggerContext context) {
    // one shared context, nothing to remove
  }
}

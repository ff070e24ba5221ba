package dev.postmortem.importer.internal.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;

/** Hands out one {@link QuietLogger} per name. */
final class QuietLoggerContext implements LoggerContext {
  private final Map<String, QuietLogger> loggers = new ConcurrentHashMap<>();

  @Override
  public Object getExternalContext() {
    return null;
  }

  @Override
  public ExtendedLogger getLogger(String name) {
    return loggers.computeIfAbsent(name, QuietLogger::new);
  }

  @Override
  public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
    return getLogger(name);
  }

  @Override
  public boolean hasLogger(String name) {
    return loggers.containsKey(name);
  }

  @Override
  public boolean hasLogger(String name, MessageFactory messageFactory) {
    return hasLogger(name);
  }

  @Override
  public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
    return hasLogger(name);
  }
}

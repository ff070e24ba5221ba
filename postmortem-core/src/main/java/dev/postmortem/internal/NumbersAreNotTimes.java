package dev.postmortem.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Data binding's dates and date-times without jackson-datatype-jsr310's reading of numbers: a
 * number (or a string of digits) is never a time, where the module reads {@code 1760425200} as
 * seconds since 1970 and {@code 20261111} as a day count (year 57443). Everything else is left to
 * the module's own deserializers. {@link PostmortemBinder} reads times the same way.
 */
final class NumbersAreNotTimes {
  private NumbersAreNotTimes() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("postmortem-numbers-are-not-times");
    m.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
    m.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
    return m;
  }

  /** Refuses numbers, and hands anything else to {@code delegate}. */
  private static final class Strict<T> extends StdDeserializer<T> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<? extends T> delegate;

    Strict(Class<T> type, JsonDeserializer<? extends T> delegate) {
      super(type);
      this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
          || (t == JsonToken.VALUE_STRING && DocumentReader.isNumber(p.getText().trim()));
      if (number) {
        throw InvalidFormatException.from(p, "a number is not a time", p.getText(), handledType());
      }
      return delegate.deserialize(p, ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> d = delegate instanceof ContextualDeserializer
          ? ((ContextualDeserializer) delegate).createContextual(ctxt, property)
          : delegate;
      return new Strict<>((Class<T>) handledType(), (JsonDeserializer<? extends T>) d);
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
      return delegate.getEmptyValue(ctxt);
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return delegate.getNullValue(ctxt);
    }
  }
}

package dev.postmortem.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import dev.postmortem.model.ImmutableLessons;
import dev.postmortem.model.ImmutableLifecycle;
import dev.postmortem.model.ImmutableMilestones;
import dev.postmortem.model.ImmutableStartStopContinue;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.StartStopContinue;
import java.io.IOException;
import java.util.Map;

/**
 * Lets the canonical output leave out objects that hold nothing (an empty {@code lifecycle},
 * {@code incident}, {@code lessonsLearned} or {@code startStopContinue}), the way empty lists are
 * left out.
 */
final class EmptyValues {
  private EmptyValues() {}

  private static final Map<Class<?>, Object> EMPTY = Map.of(
      ImmutableLifecycle.class, Lifecycle.empty(),
      ImmutableMilestones.class, Milestones.empty(),
      ImmutableLessons.class, Lessons.empty(),
      ImmutableStartStopContinue.class, StartStopContinue.empty());

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("postmortem-empty-values");
    module.setSerializerModifier(new BeanSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonSerializer<?> modifySerializer(
          SerializationConfig config, BeanDescription desc, JsonSerializer<?> serializer) {
        Object empty = EMPTY.get(desc.getBeanClass());
        return empty == null ? serializer : new EmptyAware(serializer, empty);
      }
    });
    return module;
  }

  private static final class EmptyAware extends JsonSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {
    private final JsonSerializer<Object> delegate;
    private final Object empty;

    @SuppressWarnings("unchecked")
    EmptyAware(JsonSerializer<?> delegate, Object empty) {
      this.delegate = (JsonSerializer<Object>) delegate;
      this.empty = empty;
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return value == null || empty.equals(value);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      delegate.serialize(value, gen, provider);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      delegate.serializeWithType(value, gen, provider, typeSer);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer) {
        ((ResolvableSerializer) delegate).resolve(provider);
      }
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      if (delegate instanceof ContextualSerializer) {
        JsonSerializer<?> contextual = ((ContextualSerializer) delegate).createContextual(provider, property);
        return contextual == delegate ? this : new EmptyAware(contextual, empty);
      }
      return this;
    }
  }
}

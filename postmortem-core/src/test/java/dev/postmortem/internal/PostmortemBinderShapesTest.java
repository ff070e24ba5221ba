package dev.postmortem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The binder's description of the model matches the model: every type's properties, in
 * declaration order, are those Immutables' generated {@code Json} class gives data binding. A new
 * attribute that the binder does not know fails here (and would otherwise be an unknown
 * property).
 */
class PostmortemBinderShapesTest {
  @Test
  void everyModelTypeHasTheSamePropertiesInTheSameOrder() throws Exception {
    Map<String, List<String>> binder = PostmortemBinder.propertyNames();
    Map<String, List<String>> model = new TreeMap<>();
    for (String type : binder.keySet()) {
      Class<?> json = Class.forName("dev.postmortem.model.Immutable" + type + "$Json");
      List<String> names = new ArrayList<>();
      // the builder's order: fields are declared in attribute order, setters follow them
      for (java.lang.reflect.Field f : json.getDeclaredFields()) {
        String field = f.getName();
        if (!field.startsWith("_")) {
          continue;
        }
        Method setter = setter(json, field.substring(1));
        JsonProperty p = setter.getAnnotation(JsonProperty.class);
        names.add(p.value());
      }
      model.put(type, names);
    }
    assertThat(binder).isEqualTo(model);
    assertThat(binder).hasSize(22);
  }

  private static Method setter(Class<?> json, String attribute) {
    String name = "set" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method m : json.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new AssertionError("no setter " + name + " in " + json);
  }
}

package dev.postmortem.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schema is the one generated from the model. Run with
 * {@code -Dpostmortem.regenerate=true} to rewrite it after changing the model.
 */
class SchemaTest {
  static final Path RESOURCE = Path.of("src/main/resources/dev/postmortem/schema/postmortem-1.schema.json");
  static final Path DOCS = Path.of("../docs/schema/postmortem-1.schema.json");

  /** The fields whose text is CommonMark, as {@code Type.field}. */
  static final java.util.Set<String> MARKDOWN = java.util.Set.of("Postmortem.summary",
      "Postmortem.detection", "Postmortem.trigger", "Postmortem.resolution", "Impact.description",
      "Cause.description", "Cause.justification", "WhyStep.answer",
      "Lessons.wentWell", "Lessons.wentWrong", "Lessons.gotLucky", "Lessons.nearMisses",
      "StartStopContinue.start", "StartStopContinue.stop", "StartStopContinue.keep",
      "ActionItem.description", "AdditionalSection.markdown");

  static String generate() throws IOException {
    SchemaGeneratorConfigBuilder cfg =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(
                JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                JacksonOption.RESPECT_JSONPROPERTY_ORDER))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.FLATTENED_OPTIONALS)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    cfg.forFields().withRequiredCheck(f -> {
      Method accessor = accessor(f.getDeclaringType().getErasedType(), f.getName());
      return accessor != null && isRequired(accessor);
    });
    cfg.forFields().withPropertyNameOverrideResolver(f -> {
      Method accessor = accessor(f.getDeclaringType().getErasedType(), f.getName());
      com.fasterxml.jackson.annotation.JsonProperty jp = accessor == null ? null
          : accessor.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return jp == null || jp.value().isEmpty() ? null : jp.value();
    });
    cfg.forMethods().withRequiredCheck(m -> isRequired(m.getRawMember()));
    cfg.forTypesInGeneral().withCustomDefinitionProvider((t, ctx) -> {
      Class<?> raw = t.getErasedType();
      JsonDeserialize jd = raw.getAnnotation(JsonDeserialize.class);
      if (jd == null || jd.as() == Void.class || jd.as() == raw) {
        return null;
      }
      return new CustomDefinition(ctx.createDefinition(ctx.getTypeContext().resolve(jd.as())));
    });
    cfg.forTypesInGeneral().withDefinitionNamingStrategy((key, ctx) -> {
      String name = key.getType().getErasedType().getSimpleName();
      return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    });
    cfg.forTypesInGeneral().withStringFormatResolver(scope -> {
      Class<?> raw = scope.getType().getErasedType();
      if (raw == OffsetDateTime.class) {
        return "date-time";
      }
      if (raw == LocalDate.class) {
        return "date";
      }
      if (raw == Duration.class) {
        return "duration";
      }
      return null;
    });
    cfg.forTypesInGeneral().withAdditionalPropertiesResolver(scope -> {
      Class<?> raw = scope.getType().getErasedType();
      return Map.class.isAssignableFrom(raw) ? JsonNode.class : null;
    });
    // the narrative fields hold CommonMark: say so, for editors and for the exporters' readers
    cfg.forFields().withInstanceAttributeOverride((node, field, ctx) -> {
      String key = field.getDeclaringType().getErasedType().getSimpleName().replace("Immutable", "")
          + "." + field.getName();
      if (!MARKDOWN.contains(key)) {
        return;
      }
      boolean list = !field.isFakeContainerItemScope()
          && Collection.class.isAssignableFrom(field.getType().getErasedType());
      if (!list) {
        node.put("contentMediaType", "text/markdown"); // the string, or each item of a list
      }
      if (!field.isFakeContainerItemScope()) {
        node.put("description", (list ? "Each item is CommonMark" : "CommonMark")
            + " (with GFM tables); reports render its emphasis, code, links, lists, code blocks,"
            + " quotes and tables, and never its raw HTML.");
      }
    });
    cfg.forFields().withIgnoreCheck(f -> f.isStatic() || f.getDeclaredName().equals("initBits")
        || f.getDeclaredName().startsWith("INIT_BIT"));
    ObjectNode schema = new SchemaGenerator(cfg.build()).generateSchema(ImmutablePostmortem.class);
    SchemaRefinements.apply(schema);
    ObjectNode ordered = schema.objectNode();
    ordered.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    ordered.put("$id", PostmortemSchema.ID);
    ordered.put("title", "Postmortem Kit post-mortem");
    ordered.put("description", "A software incident post-mortem in the open Postmortem Kit file format, schemaVersion "
        + Postmortem.SCHEMA_VERSION + ". Times are ISO-8601 with a UTC offset; enum values are lowercase kebab-case.");
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer).writeValueAsString(ordered) + "\n";
  }

  /** The model's declaration of an accessor (in an abstract class or interface above the generated type). */
  private static Method accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (!c.getSimpleName().startsWith("Immutable")) {
        try {
          return c.getDeclaredMethod(name);
        } catch (NoSuchMethodException ignored) {
          // keep looking
        }
      }
      for (Class<?> i : c.getInterfaces()) {
        try {
          return i.getMethod(name);
        } catch (NoSuchMethodException ignored) {
          // keep looking
        }
      }
    }
    return null;
  }

  /** Required: an abstract accessor that is neither Optional nor a collection or map. */
  private static boolean isRequired(Method m) {
    Method declared = m.getDeclaringClass().getSimpleName().startsWith("Immutable")
        ? accessor(m.getDeclaringClass(), m.getName()) : m;
    if (declared == null || !java.lang.reflect.Modifier.isAbstract(declared.getModifiers())) {
      return false;
    }
    Class<?> rt = declared.getReturnType();
    return !Optional.class.isAssignableFrom(rt) && !Collection.class.isAssignableFrom(rt)
        && !Map.class.isAssignableFrom(rt);
  }

  @Test
  void committedSchemaMatchesTheModel() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("postmortem.regenerate")) {
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE)).as("schema resource; regenerate with -Dpostmortem.regenerate=true")
        .isEqualTo(generated);
    assertThat(Files.readString(DOCS)).as("docs/schema copy").isEqualTo(generated);
    assertThat(PostmortemSchema.text()).isEqualTo(generated);
  }

  static List<com.networknt.schema.Error> validate(String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(mapper.readTree(PostmortemSchema.text()));
    return schema.validate(mapper.readTree(json));
  }

  @Test
  void canonicalOutputOfAFullPostmortemConformsToTheSchema() throws IOException {
    String yaml = Files.readString(Path.of("../postmortem-testkit/src/main/resources/dev/postmortem/testkit/example-postmortem.yaml"));
    Postmortem pm = PostmortemReader.create().read(yaml, Format.YAML);
    assertThat(validate(PostmortemWriter.create(Format.JSON).toString(pm))).isEmpty();
  }

  /** Documents the strict reader accepts: the schema must accept each. */
  static final List<String> ACCEPTED = List.of(
      "{\"id\":\"x\",\"title\":\"t\"}",
      "{\"schemaVersion\":1,\"id\":\"x\",\"title\":\"t\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"P1\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"P0\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"critical\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"High\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"medium\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"SEV-2\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"sev 3\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"status\":\"In Review\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"status\":\"IN_REVIEW\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"extensions\":{\"x-team\":{\"oncall\":[\"a\",1,true]},\"n\":3}}",
      "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"timeText\":\"shortly after 10\",\"description\":\"d\"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"incident\":{\"started\":\"2026-05-01T10:00:00+05:30\","
          + "\"resolved\":\"2026-05-01T11:00Z\"}}",
      "{\"id\":\"x\",\"title\":\"t\",\"actionItems\":[{\"id\":\"A1\",\"title\":\"Alert\",\"status\":\"in progress\"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"detection\":null,\"severity\":null,\"tags\":null,"
          + "\"incident\":{\"started\":null},\"impact\":null}");

  /** Documents the strict reader rejects: the schema must reject each. */
  static final List<String> REJECTED = List.of(
      "{\"id\":\"x\"}",
      "{\"id\":\"x\",\"title\":\"  \"}",
      "{\"id\":\"\",\"title\":\"t\"}",
      "{\"schemaVersion\":2,\"id\":\"x\",\"title\":\"t\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"status\":\"bogus\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"sev9\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"severity\":\"P6\"}",
      "{\"id\":\"x\",\"title\":\"t\",\"unknown\":1}",
      "{\"id\":\"x\",\"title\":\"t\",\"incident\":{\"started\":\"2026-05-01T10:00:00\"}}",
      "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"at\":\"2026-01-01T10:00:00Z\"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"description\":\"no time\"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"at\":\"2026-01-01T10:00:00\",\"description\":\"d\"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"actionItems\":[{\"id\":\"A1\",\"title\":\" \"}]}",
      "{\"id\":\"x\",\"title\":\"t\",\"causes\":[{\"id\":\" \",\"description\":\"d\"}]}",
      "{\"id\":\"x\",\"title\":null}",
      "{\"id\":\"x\",\"title\":\"t\",\"tags\":[null]}");

  @Test
  void theSchemaAndTheReaderAgreeOnEachListedDocument() throws IOException {
    PostmortemReader reader = PostmortemReader.create();
    for (String doc : ACCEPTED) {
      assertThat(validate(doc)).as("schema errors for %s", doc).isEmpty();
      assertThat(reader.read(doc, Format.JSON).id()).as(doc).isEqualTo("x");
    }
    for (String doc : REJECTED) {
      assertThat(validate(doc)).as("schema errors for %s", doc).isNotEmpty();
      assertThatThrownBy(() -> reader.read(doc, Format.JSON)).as(doc)
          .isInstanceOf(dev.postmortem.io.PostmortemFormatException.class);
    }
  }

  @Test
  void theIdIsNotAnAddressThatServesNothing() {
    assertThat(PostmortemSchema.ID).doesNotStartWith("http");
    assertThat(PostmortemSchema.FILE_NAME).isEqualTo("postmortem-1.schema.json");
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws IOException {
    assertThat(validate("{\"id\":\"x\"}")).isNotEmpty();
    assertThat(validate("{\"id\":\"x\",\"title\":\"t\",\"status\":\"bogus\"}")).isNotEmpty();
    assertThat(validate("{\"id\":\"x\",\"title\":\"t\",\"unknown\":1}")).isNotEmpty();
    assertThat(validate("{\"id\":\"x\",\"title\":\"t\",\"timeline\":[{\"at\":\"2026-01-01T10:00:00Z\"}]}")).isNotEmpty();
    assertThat(validate("{\"id\":\"x\",\"title\":\"t\"}")).isEmpty();
  }
}

package dev.postmortem.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.postmortem.io.Format;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place where Jackson mappers are configured, so that every reader and writer of the
 * file format agrees (and a move to Jackson 3 touches one class).
 */
public final class Jackson {
  private Jackson() {}

  /** Limits applied while reading. */
  public static final class Limits {
    public final long maxDocumentBytes;
    public final int maxStringLength;
    public final int maxNestingDepth;
    public final int maxYamlAliases;

    public Limits(long maxDocumentBytes, int maxStringLength, int maxNestingDepth, int maxYamlAliases) {
      this.maxDocumentBytes = maxDocumentBytes;
      this.maxStringLength = maxStringLength;
      this.maxNestingDepth = maxNestingDepth;
      this.maxYamlAliases = maxYamlAliases;
    }

    /** 64 MiB documents, 4 Mi-character strings, 64 levels of nesting, 50 YAML aliases. */
    public static final Limits DEFAULT = new Limits(64L << 20, 4 << 20, 64, 50);
  }

  // made on first use (holder classes): a program that only reads, like `postmortem validate`,
  // does not pay for building them at start-up
  private static final class JsonWriter {
    static final ObjectMapper MAPPER = mapper(Format.JSON, Limits.DEFAULT);
  }

  private static final class YamlWriter {
    static final ObjectMapper MAPPER = mapper(Format.YAML, Limits.DEFAULT);
  }

  /** A mapper for writing canonical output in the format. */
  public static ObjectMapper writer(Format format) {
    return format == Format.JSON ? JsonWriter.MAPPER : YamlWriter.MAPPER;
  }

  /**
   * A new parser factory for the format with the given read limits: the one the mapper of {@link
   * #mapper} reads with (duplicate keys rejected, the source in locations), without a mapper.
   */
  public static JsonFactory factory(Format format, Limits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes)
            .maxStringLength(limits.maxStringLength)
            .maxNestingDepth(limits.maxNestingDepth)
            .maxNumberLength(100)
            .maxNameLength(1000)
            .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
    }
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(limits.maxYamlAliases);
    loader.setAllowRecursiveKeys(false);
    loader.setNestingDepthLimit(limits.maxNestingDepth);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes));
    loader.setAllowDuplicateKeys(false);
    YAMLFactoryBuilder yamlBuilder =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES);
    return new LosslessYamlFactory(yamlBuilder);
  }

  /** A new mapper for the format with the given read limits. */
  public static ObjectMapper mapper(Format format, Limits limits) {
    JsonFactory factory = factory(format, limits);
    MapperBuilder<?, ?> builder = format == Format.JSON
        ? JsonMapper.builder(factory)
        : YAMLMapper.builder((YAMLFactory) factory);
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(NumbersAreNotTimes.module())
        .addModule(EmptyValues.module())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}

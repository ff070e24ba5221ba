package dev.postmortem.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.SourceMap;
import dev.postmortem.io.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a document of the file format into a value of type {@code T}, turning every problem into
 * a {@link PostmortemFormatException} with a line, column and JSON pointer.
 *
 * <p>Reading takes two passes over the bytes: a token walk that records where each JSON pointer
 * starts (and rejects YAML type tags), then data binding.
 */
public final class DocumentReader<T> {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^]]*)]");

  private static final Pattern FOUND = Pattern.compile("from ([A-Za-z]+) value");

  private final Class<T> type;
  private final Jackson.Limits limits;
  private final Binder<T> binder;
  private final PerFormat<ObjectMapper> mappers;
  private final PerFormat<JsonFactory> factories;

  /** A value for each format, made on first use: most programs read one of the two only. */
  private static final class PerFormat<V> {
    private final java.util.function.Function<Format, V> make;
    private volatile V json;
    private volatile V yaml;

    PerFormat(java.util.function.Function<Format, V> make) {
      this.make = make;
    }

    V get(Format format) {
      V v = format == Format.JSON ? json : yaml;
      if (v == null) {
        synchronized (this) {
          v = format == Format.JSON ? json : yaml;
          if (v == null) {
            v = make.apply(format);
            if (format == Format.JSON) {
              json = v;
            } else {
              yaml = v;
            }
          }
        }
      }
      return v;
    }
  }

  /** A reader that binds with Jackson's data binding (an {@link ObjectMapper}). */
  public DocumentReader(Class<T> type, Jackson.Limits limits) {
    this(type, limits, null);
  }

  /**
   * A reader that binds with {@code binder} straight from the parser's tokens, or with Jackson's
   * data binding when {@code binder} is null.
   */
  public DocumentReader(Class<T> type, Jackson.Limits limits, Binder<T> binder) {
    this.type = type;
    this.limits = limits;
    this.binder = binder;
    this.mappers = new PerFormat<>(f -> Jackson.mapper(f, limits));
    this.factories = new PerFormat<>(f -> Jackson.factory(f, limits));
  }

  /**
   * Binds a value from a parser's tokens, as data binding would but without an {@link
   * ObjectMapper}. Problems are thrown as {@link BindException} (located by their JSON pointer)
   * or as the parser's own exceptions.
   */
  public interface Binder<T> {
    /**
     * Reads one value from the parser, which has not yet read its first token, and checks that
     * nothing follows it.
     *
     * @param unknown where a lenient read keeps unknown properties, by JSON pointer; null when
     *     reading strictly
     * @return the value, or null for a document that holds only {@code null}
     */
    T bind(JsonParser parser, Map<String, JsonNode> unknown) throws IOException;
  }

  /** A problem found while binding, at a JSON pointer; the reader adds the line and column. */
  public static final class BindException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String pointer;
    public final String problem;

    public BindException(String pointer, String problem, Throwable cause) {
      super(problem, cause, false, false);
      this.pointer = pointer;
      this.problem = problem;
    }
  }

  private JsonFactory factory(Format format) {
    return factories.get(format);
  }

  private ObjectMapper mapper(Format format) {
    return mappers.get(format);
  }

  /** The result of a read: the value, its positions, and unknown properties kept aside. */
  public static final class Result<T> {
    public final T value;
    public final SourceMap positions;
    public final Map<String, JsonNode> unknown;

    Result(T value, SourceMap positions, Map<String, JsonNode> unknown) {
      this.value = value;
      this.positions = positions;
      this.unknown = unknown;
    }
  }

  /** Reads at most the document limit from the stream. */
  public byte[] readBounded(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes + 1));
    if (bytes.length > limits.maxDocumentBytes) {
      throw new PostmortemFormatException(
          source, 0, 0, "",
          "document is larger than the limit of " + limits.maxDocumentBytes + " bytes", null);
    }
    return bytes;
  }

  /**
   * Reads the document.
   *
   * @param lenient keep unknown properties (returned in {@link Result#unknown}) instead of failing
   */
  public Result<T> read(byte[] content, Format format, String source, boolean lenient) {
    return read(content, format, source, lenient, true);
  }

  /**
   * Reads the document.
   *
   * @param lenient keep unknown properties (returned in {@link Result#unknown}) instead of failing
   * @param track record the position of every value; without it reading is faster and the
   *     positions are only worked out when there is an error to report
   */
  public Result<T> read(byte[] content, Format format, String source, boolean lenient, boolean track) {
    if (content.length > limits.maxDocumentBytes) {
      throw new PostmortemFormatException(
          source, 0, 0, "",
          "document is larger than the limit of " + limits.maxDocumentBytes + " bytes", null);
    }
    content = utf8(content, source);
    if (format == Format.YAML) {
      // over-long lines and a second document, in linear time, before SnakeYAML sees them
      YamlPrescan.check(content, source);
    }
    if (binder != null) {
      return bind(content, format, source, lenient, track);
    }
    JsonFactory factory = mapper(format).getFactory();
    Map<String, SourcePosition> positions = new HashMap<>();
    if (track || format == Format.YAML) {
      try {
        walk(factory, content, source, track ? positions : null, limits.maxStringLength);
      } catch (PostmortemFormatException e) {
        if (track) {
          throw e;
        }
        return read(content, format, source, lenient, true);
      } catch (IOException | RuntimeException e) {
        throw translate(e, source);
      }
    }
    Map<String, JsonNode> unknown = new TreeMap<>();

    ObjectReader reader = mapper(format).readerFor(type);
    if (lenient) {
      reader = reader.withHandler(new KeepUnknown(unknown));
    }
    try {
      if (isBlank(content)) {
        throw new PostmortemFormatException(source, 1, 1, "", "the document is empty", null);
      }
      T value = reader.readValue(content);
      if (value == null) {
        throw new PostmortemFormatException(source, 1, 1, "", "the document is empty (null)", null);
      }
      return new Result<>(value, SourceMap.of(positions), unknown);
    } catch (PostmortemFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (!track) {
        return read(content, format, source, lenient, true);
      }
      PostmortemFormatException translated = translate(e, source);
      SourcePosition at = SourceMap.of(positions).find(translated.pointer()).orElse(null);
      boolean mapping = e instanceof JsonMappingException || !(e instanceof JsonProcessingException);
      if (at != null && (translated.line() == 0 || mapping)) {
        throw new PostmortemFormatException(
            source, at.line(), at.column(), translated.pointer(), translated.problem(), e);
      }
      throw translated;
    }
  }

  /**
   * Reads with the binder, in one pass: the walker checks and records each token as the binder
   * reads it. Data binding ran after a complete walk, so a problem the walk finds anywhere in the
   * document came first; so a binding problem is only reported once a walk of the whole document
   * has found none.
   */
  private Result<T> bind(byte[] content, Format format, String source, boolean lenient, boolean track) {
    Map<String, SourcePosition> positions = new HashMap<>();
    Map<String, JsonNode> unknown = new TreeMap<>();
    try {
      try (JsonParser raw = factory(format).createParser(content)) {
        WalkingParser p = track || format == Format.YAML
            ? new WalkingParser(raw, new Walker(source, track ? positions : null, limits.maxStringLength), source)
            : null;
        if (isBlank(content)) {
          throw new PostmortemFormatException(source, 1, 1, "", "the document is empty", null);
        }
        T value;
        try {
          value = binder.bind(p == null ? raw : p, lenient ? unknown : null);
        } catch (PostmortemFormatException | BindException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          // translated where the parser is now, located below
          throw new Translated(e, track ? translate(e, source) : null);
        }
        if (value == null) {
          throw new PostmortemFormatException(source, 1, 1, "", "the document is empty (null)", null);
        }
        return new Result<>(value, SourceMap.of(positions), unknown);
      }
    } catch (PostmortemFormatException e) {
      if (!track) {
        return read(content, format, source, lenient, true);
      }
      throw e;
    } catch (BindException e) {
      if (!track) {
        return read(content, format, source, lenient, true);
      }
      SourcePosition at = rewalk(content, format, source).find(e.pointer).orElse(null);
      throw new PostmortemFormatException(source, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
          e.pointer, e.problem, e.getCause() == null ? e : e.getCause());
    } catch (Translated t) {
      if (!track) {
        return read(content, format, source, lenient, true);
      }
      Throwable e = t.getCause();
      PostmortemFormatException translated = t.translated;
      SourcePosition at = rewalk(content, format, source).find(translated.pointer()).orElse(null);
      boolean mapping = e instanceof JsonMappingException || !(e instanceof JsonProcessingException);
      if (at != null && (translated.line() == 0 || mapping)) {
        throw new PostmortemFormatException(
            source, at.line(), at.column(), translated.pointer(), translated.problem(), e);
      }
      throw translated;
    } catch (IOException | RuntimeException e) {
      // creating or closing the parser
      if (!track) {
        return read(content, format, source, lenient, true);
      }
      throw translate(e, source);
    }
  }

  /**
   * The positions of the whole document, after a binding problem: the walk of the rest of the
   * document may find a problem that data binding, which ran after a complete walk, reported
   * first. (A parser that failed in the middle of a value cannot go on, so the walk starts over.)
   */
  /** UTF-16 and UTF-32 (with or without a byte order mark) and UTF-8 with one, as plain UTF-8. */
  private static byte[] utf8(byte[] content, String source) {
    try {
      return TextEncodings.toUtf8(content);
    } catch (java.nio.charset.CharacterCodingException e) {
      String encoding = TextEncodings.detect(content).map(d -> d.charset.name()).orElse("UTF-8");
      throw new PostmortemFormatException(source, 1, 1, "", "the document starts as " + encoding
          + " (from its first bytes) but is not valid " + encoding
          + "; save it as UTF-8 (postmortem: --input-encoding names the encoding)", e);
    }
  }

  /**
   * The positions of every value of a document that is well-formed (a syntax or limit error
   * throws), without binding it.
   *
   * @param content the document
   * @param format its format
   * @param source the name to report in errors, or {@code null}
   * @return the positions by JSON pointer
   */
  public SourceMap positions(byte[] content, Format format, String source) {
    return rewalk(utf8(content, source), format, source);
  }

  /**
   * The document as a tree, without binding it, within the same limits.
   *
   * @param content the document, well-formed
   * @param format its format
   * @return the tree
   * @throws IOException when it cannot be parsed
   */
  public JsonNode tree(byte[] content, Format format) throws IOException {
    try (JsonParser parser = factory(format).createParser(utf8(content, null))) {
      return mapper(format).readTree(parser);
    }
  }

  private SourceMap rewalk(byte[] content, Format format, String source) {
    Map<String, SourcePosition> positions = new HashMap<>();
    try {
      walk(factory(format), content, source, positions, limits.maxStringLength);
    } catch (IOException | RuntimeException e) {
      throw e instanceof PostmortemFormatException ? (PostmortemFormatException) e : translate(e, source);
    }
    return SourceMap.of(positions);
  }

  /** An exception from the parser while binding, and what it was translated to there. */
  private static final class Translated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient PostmortemFormatException translated;

    Translated(Throwable cause, PostmortemFormatException translated) {
      super(null, cause, false, false);
      this.translated = translated;
    }
  }

  private static boolean isBlank(byte[] content) {
    for (byte b : content) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static final class Frame {
    final boolean array;
    int index = -1;
    String name;

    Frame(boolean array) {
      this.array = array;
    }
  }

  /** Walks the tokens, rejecting YAML tags and aliases; records positions unless null. */
  private static void walk(JsonFactory factory, byte[] content, String source,
      Map<String, SourcePosition> positions, int maxStringLength) throws IOException {
    Walker walker = new Walker(source, positions, maxStringLength);
    try (JsonParser p = factory.createParser(content)) {
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          walker.token(p, t);
        }
      } catch (JsonProcessingException e) {
        Exception limit = walker.limit(p, e);
        if (limit instanceof PostmortemFormatException) {
          throw (PostmortemFormatException) limit;
        }
        throw e;
      }
    }
  }

  /**
   * Checks each token as it is read — no YAML aliases, tags or over-long strings — and records
   * where each JSON pointer starts, unless {@code positions} is null.
   */
  private static final class Walker {
    private final String source;
    private final Map<String, SourcePosition> positions;
    private final int maxStringLength;
    private final boolean track;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Deque<String> pointers = new ArrayDeque<>();

    Walker(String source, Map<String, SourcePosition> positions, int maxStringLength) {
      this.source = source;
      this.positions = positions;
      this.maxStringLength = maxStringLength;
      this.track = positions != null;
    }

    /**
     * The exception that a parser's exception becomes: limits (nesting, string, number and name
     * length) are reported without a location by Jackson, and get the parser's; others are
     * rethrown to be translated.
     */
    <E extends JsonProcessingException> Exception limit(JsonParser p, E e) {
      JsonLocation known = e.getLocation();
      if (known != null && known.getLineNr() > 0) {
        return e;
      }
      PostmortemFormatException translated = translate(e, source);
      JsonLocation l = p.currentLocation();
      return new PostmortemFormatException(source, Math.max(1, l.getLineNr()), Math.max(0, l.getColumnNr()),
          translated.pointer().isEmpty() ? pointer(pointers, stack) : translated.pointer(),
          translated.problem(), e);
    }

    void token(JsonParser p, JsonToken t) throws IOException {
      if (p instanceof YAMLParser) {
        if (((YAMLParser) p).isCurrentAlias()) {
          JsonLocation l = p.currentTokenLocation();
          throw new PostmortemFormatException(
              source, l.getLineNr(), l.getColumnNr(), pointer(pointers, stack),
              "YAML aliases (*" + p.getText() + ") are not supported; write the value out in full", null);
        }
        if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME)
            && p.getTextLength() > maxStringLength) {
          // Jackson checks the string limit for JSON only
          JsonLocation l = p.currentTokenLocation();
          throw new PostmortemFormatException(
              source, l.getLineNr(), l.getColumnNr(), pointer(pointers, stack),
              "input exceeds a limit: String value length (" + p.getTextLength()
                  + ") exceeds the maximum allowed (" + maxStringLength
                  + "; raise it with PostmortemReader.Builder.maxStringLength)", null);
        }
        String tag = ((YAMLParser) p).getTypeId();
        if (tag != null) {
          JsonLocation l = p.currentTokenLocation();
          throw new PostmortemFormatException(
              source, l.getLineNr(), l.getColumnNr(), pointer(pointers, stack),
              "YAML type tags are not allowed (found '" + tag + "')", null);
        }
      }
      Frame top = stack.peek();
      if (t == JsonToken.FIELD_NAME) {
        top.name = p.currentName();
        if (track) {
          positions.put(pointers.peek() + "/" + escape(top.name), position(source, p));
        }
        return;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        stack.pop();
        pointers.pop();
        return;
      }
      String here;
      if (top == null) {
        here = "";
        if (track) {
          positions.put(here, position(source, p));
        }
      } else if (top.array) {
        top.index++;
        here = track ? pointers.peek() + "/" + top.index : "";
        if (track) {
          positions.put(here, position(source, p));
        }
      } else {
        here = track ? pointers.peek() + "/" + escape(top.name) : "";
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        stack.push(new Frame(t == JsonToken.START_ARRAY));
        pointers.push(here);
      }
    }
  }

  /**
   * A parser whose tokens the walker checks and records as the binder reads them, so that a
   * document is parsed once. A problem the walk finds is thrown as a {@link
   * PostmortemFormatException}, already translated, as the separate walk reported it.
   */
  private static final class WalkingParser extends JsonParserDelegate {
    private final Walker walker;
    private final String source;

    WalkingParser(JsonParser parser, Walker walker, String source) {
      super(parser);
      this.walker = walker;
      this.source = source;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t;
      try {
        t = delegate.nextToken();
        if (t != null) {
          walker.token(delegate, t);
        }
      } catch (PostmortemFormatException e) {
        throw e;
      } catch (JsonProcessingException e) {
        Exception limit = walker.limit(delegate, e);
        throw limit instanceof PostmortemFormatException
            ? (PostmortemFormatException) limit : translate(limit, source);
      } catch (IOException | RuntimeException e) {
        throw translate(e, source);
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        t = nextToken();
        if (t == null) {
          return this;
        }
        if (t.isStructStart()) {
          open++;
        } else if (t.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }

  private static String pointer(Deque<String> pointers, Deque<Frame> stack) {
    Frame top = stack.peek();
    if (top == null) {
      return "";
    }
    if (top.array) {
      return pointers.peek() + "/" + (top.index + 1);
    }
    return pointers.peek() + (top.name == null ? "" : "/" + escape(top.name));
  }

  private static SourcePosition position(String source, JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return SourcePosition.of(source, Math.max(1, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  /** Escapes a name for a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Keeps unknown properties, keyed by their JSON pointer, instead of failing. */
  private static final class KeepUnknown extends DeserializationProblemHandler {
    private final Map<String, JsonNode> unknown;

    KeepUnknown(Map<String, JsonNode> unknown) {
      this.unknown = unknown;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      JsonToken t = p.currentToken();
      boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
      String pointer = (container ? p.getParsingContext().getParent() : p.getParsingContext())
          .pathAsPointer().toString();
      JsonNode value = ctxt.readTree(p);
      unknown.put(pointer, value);
      return true;
    }
  }

  /** Turns any exception from parsing or binding into the typed, located exception. */
  public static PostmortemFormatException translate(Throwable e, String source) {
    int line = 0;
    int column = 0;
    String pointer = "";
    String problem;
    if (e instanceof JsonProcessingException) {
      JsonLocation l = ((JsonProcessingException) e).getLocation();
      if (l != null && l.getLineNr() > 0) {
        line = l.getLineNr();
        column = Math.max(0, l.getColumnNr());
      }
    }
    if (e instanceof JsonMappingException) {
      pointer = pointerOf(((JsonMappingException) e).getPath());
    } else if (e instanceof JsonProcessingException
        && ((JsonProcessingException) e).getProcessor() instanceof JsonParser) {
      try {
        pointer = ((JsonParser) ((JsonProcessingException) e).getProcessor())
            .getParsingContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        pointer = "";
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      problem = "unknown property '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : "; known properties: " + known)
          + " (read leniently to keep unknown properties as extensions)";
    } else if (e instanceof InvalidFormatException) {
      problem = invalidValue((InvalidFormatException) e);
    } else if (e instanceof ValueInstantiationException || rootCause(e) instanceof IllegalStateException
        || rootCause(e) instanceof IllegalArgumentException) {
      problem = instantiationProblem(e);
    } else if (e instanceof MismatchedInputException) {
      MismatchedInputException mi = (MismatchedInputException) e;
      Matcher found = FOUND.matcher(String.valueOf(mi.getOriginalMessage()));
      String what = found.find() ? found.group(1).toLowerCase(java.util.Locale.ROOT) : null;
      problem = mi.getTargetType() == null
          ? "wrong type: " + firstLine(mi.getOriginalMessage())
          : "wrong type: expected " + describe(mi.getTargetType())
              + (what == null ? "" : ", found " + (what.startsWith("a") || what.startsWith("o") || what.startsWith("i") ? "an " : "a ") + what);
    } else if (e instanceof StreamConstraintsException) {
      problem = "input exceeds a limit: " + limitSetting(firstLine(((StreamConstraintsException) e).getOriginalMessage()));
    } else if (e instanceof JsonProcessingException) {
      String original = firstLine(((JsonProcessingException) e).getOriginalMessage());
      Throwable root = rootCause(e);
      if (root != e && root.getMessage() != null && root.getClass().getName().startsWith("org.yaml")) {
        original = firstLine(root.getMessage());
      }
      problem = (original.contains("limit") || original.contains("exceeds") ? "input exceeds a limit: " : "syntax error: ")
          + original;
    } else if (e instanceof StackOverflowError) {
      problem = "document is nested too deeply";
    } else {
      Throwable root = rootCause(e);
      problem = "cannot read the document: " + firstLine(String.valueOf(root.getMessage()));
      if (root.getClass().getName().startsWith("org.yaml")) {
        problem = "syntax error: " + firstLine(String.valueOf(root.getMessage()));
      }
    }
    return new PostmortemFormatException(source, line, column, pointer, problem, e);
  }

  private static final Pattern SETTING = Pattern.compile(", from `StreamReadConstraints\\.get(\\w+)\\(\\)`");

  /** Names the reader setting that changes a limit instead of Jackson's. */
  private static String limitSetting(String message) {
    Matcher m = SETTING.matcher(message);
    if (!m.find()) {
      return message;
    }
    String setting;
    switch (m.group(1)) {
      case "MaxNestingDepth":
        setting = "; raise it with PostmortemReader.Builder.maxNestingDepth";
        break;
      case "MaxStringLength":
        setting = "; raise it with PostmortemReader.Builder.maxStringLength";
        break;
      case "MaxDocumentLength":
        setting = "; raise it with PostmortemReader.Builder.maxDocumentBytes";
        break;
      default:
        setting = ", a fixed limit";
        break;
    }
    return message.substring(0, m.start()) + setting + message.substring(m.end());
  }

  /**
   * Whether {@code s} is a number written out: digits with an optional sign, decimal part and
   * exponent.
   */
  public static boolean isNumber(String s) {
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        int j = i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') ? i + 2 : i + 1;
        if (j >= s.length()) {
          return false;
        }
        for (; j < s.length(); j++) {
          if (s.charAt(j) < '0' || s.charAt(j) > '9') {
            return false;
          }
        }
        return true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /** Whether {@code s} is YAML's infinity or not-a-number ({@code .inf}, {@code -.Inf}, {@code .nan}). */
  public static boolean isSpecialFloat(String s) {
    String t = s.trim();
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    return t.equalsIgnoreCase(".inf") || t.equalsIgnoreCase(".nan") || t.equalsIgnoreCase("infinity")
        || t.equalsIgnoreCase("nan");
  }

  /** The problem with infinity or not-a-number where a decimal number is needed. */
  public static String notFinite(String value) {
    return "'" + value.trim() + "' is not a finite number; write a decimal number such as 23 or 4.5";
  }

  /** The problem with a date that could not be read. */
  public static String invalidDate(String value) {
    String text = value.trim();
    if (isNumber(text)) {
      return "a number is not a date: '" + text + "'; write the date as ISO-8601, for example 2026-05-01";
    }
    return "invalid date '" + text + "'; expected ISO-8601, for example 2026-05-01";
  }

  /** The problem with a date-time that could not be read. */
  static String invalidDateTime(String value) {
    String text = value.trim();
    if (isNumber(text)) {
      // not seconds since 1970, nor a compact date: numbers are never times
      return "a number is not a date-time: '" + text + "'; write it as ISO-8601 with an offset, for"
          + " example 2026-05-01T14:02:00Z";
    }
    try {
      LocalDateTime.parse(text);
      return "time '" + text + "' has no UTC offset; write it as " + text
          + "Z (UTC) or with an offset such as " + text + "+02:00";
    } catch (DateTimeParseException notLocal) {
      try {
        LocalDate.parse(text);
        return "'" + text + "' is a date without a time; a date-time with offset is needed, for example "
            + text + "T14:02:00Z";
      } catch (DateTimeParseException notDate) {
        return "invalid date-time '" + text
            + "'; expected ISO-8601 with an offset, for example 2026-05-01T14:02:00Z";
      }
    }
  }

  /** The problem of a value whose creation failed (a builder's or creator's exception). */
  static String instantiationProblem(Throwable e) {
    Throwable root = rootCause(e);
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    Matcher m = MISSING.matcher(message);
    if (m.find()) {
      List<String> fields = List.of(m.group(1).split(",\\s*"));
      return fields.size() == 1
          ? "missing required field '" + fields.get(0) + "'"
          : "missing required fields " + fields.stream().map(f -> "'" + f + "'")
              .collect(Collectors.joining(", "));
    }
    return message;
  }

  private static String invalidValue(InvalidFormatException e) {
    Object value = e.getValue();
    Class<?> target = e.getTargetType();
    Throwable root = rootCause(e);
    if (target == OffsetDateTime.class && value instanceof String) {
      return invalidDateTime((String) value);
    }
    if (target == LocalDate.class) {
      return invalidDate(String.valueOf(value));
    }
    if (target == java.math.BigDecimal.class && value instanceof String && isSpecialFloat((String) value)) {
      return notFinite((String) value);
    }
    if (target == LocalTime.class) {
      return "invalid time '" + value + "'; expected ISO-8601, for example 14:02:00";
    }
    if (root instanceof IllegalArgumentException && root.getMessage() != null) {
      return root.getMessage();
    }
    if (target != null && target.isEnum()) {
      return "unknown value '" + value + "' for " + describe(target) + "; allowed values: "
          + allowedValues(target);
    }
    return "invalid value '" + value + "'" + (target == null ? "" : " for " + describe(target));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String allowedValues(Class<?> target) {
    return Enums.allowed((Class) target);
  }

  private static String describe(Class<?> type) {
    if (type == OffsetDateTime.class) {
      return "a date-time with offset";
    }
    if (type == LocalDate.class) {
      return "a date";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    String name = type.getSimpleName();
    if (name.startsWith("Immutable")) {
      name = name.substring("Immutable".length());
    }
    return type.isEnum() ? "a " + name + " value" : "an object (" + name + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** The JSON pointer of a Jackson reference path. */
  public static String pointerOf(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        sb.append('/').append(escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }
}

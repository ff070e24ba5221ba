package dev.postmortem.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML factory that reads scalars as YAML 1.2's core schema does, and whose generator writes strings holding a line break that only YAML knows (NEL
 * U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) double-quoted, where SnakeYAML
 * escapes them. Written plain or as a literal block they are read back as a space or a
 * {@code \n}, and the string would change on a round trip. Names holding them are quoted too.
 *
 * <p>Reading (SnakeYAML and Jackson resolve plain scalars by YAML 1.1's rules, which change values
 * silently): an integer with leading zeros ({@code 012}) is decimal, as YAML 1.2 says (YAML 1.1
 * read it as octal 10); {@code 0_12} is text; {@code .inf}, {@code -.inf} and {@code .nan} are
 * text, so that a number field reports them instead of reading infinity.
 */
final class LosslessYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  LosslessYamlFactory(YAMLFactoryBuilder builder) {
    super(builder.stringQuotingChecker(new Checker()));
  }

  /** Quotes names and single-line values that hold such a line break. */
  private static final class Checker extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return needsEscapes(name) || super.needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return needsEscapes(value) || super.needToQuoteValue(value);
    }
  }

  static boolean needsEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new Yaml12Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(in, null, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Yaml12Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return new Yaml12Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return new Yaml12Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(data, offset, len, null, ctxt));
  }

  /** Jackson's YAML parser with YAML 1.2's integers and no special floats. */
  static final class Yaml12Parser extends YAMLParser {
    Yaml12Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions loaderOptions,
        ObjectCodec codec, Reader reader) {
      super(ctxt, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    }

    /** Called for a plain scalar of a zero followed by digits or underscores (after a sign). */
    @Override
    protected JsonToken _decodeNumberIntOctal(String value, int i, int len, boolean negative)
        throws IOException {
      int start = i;
      for (int k = i; k < len; k++) {
        char c = value.charAt(k);
        if (c < '0' || c > '9') {
          return JsonToken.VALUE_STRING; // 0_12: no integer in YAML 1.2
        }
      }
      // skip the leading zeros and read the rest in base 10
      while (start < len - 1 && value.charAt(start) == '0') {
        start++;
      }
      String digits = value.substring(start, len);
      return _decodeNumberScalar(negative ? "-" + digits : digits, digits.length() + (negative ? 1 : 0));
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      JsonToken t = super._decodeScalar(scalar);
      if (t == JsonToken.VALUE_NUMBER_FLOAT && scalar.getValue().indexOf('.') >= 0
          && isSpecialFloat(scalar.getValue())) {
        return JsonToken.VALUE_STRING;
      }
      return t;
    }

    private static boolean isSpecialFloat(String v) {
      String s = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
      return s.equalsIgnoreCase(".inf") || s.equalsIgnoreCase(".nan");
    }
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    if (_dumperOptions != null) {
      return super._createGenerator(out, ctxt);
    }
    return new YAMLGenerator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
        _objectCodec, out, _version) {
      @Override
      public void writeString(String text) throws IOException {
        if (text != null && needsEscapes(text)) {
          _verifyValueWrite("write String value");
          _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
          return;
        }
        super.writeString(text);
      }
    };
  }
}

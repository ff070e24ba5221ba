package dev.postmortem.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML factory whose generator writes strings holding a line break that only YAML knows (NEL
 * U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) double-quoted, where SnakeYAML
 * escapes them. Written plain or as a literal block they are read back as a space or a
 * {@code \n}, and the string would change on a round trip. Names holding them are quoted too.
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

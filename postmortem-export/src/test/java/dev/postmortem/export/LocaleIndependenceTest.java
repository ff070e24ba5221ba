package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The JVM's default locale, whatever its digits, changes no byte of a report; numbers of any
 * exponent render in bounded time, for every audience.
 */
@Isolated
class LocaleIndependenceTest {
  /** Default locales with native digits other than ASCII ones. */
  private static final String[] LOCALES = {
    "fa-IR", "ar-EG", "th-TH-u-nu-thai", "ne-NP", "my-MM", "bn-BD", "hi-IN-u-nu-deva", "mr-IN"};

  private static byte[] export(Exporter e, Postmortem pm) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.write(pm, out);
    return out.toByteArray();
  }

  @Test
  void reportsAreTheSameBytesUnderAnyDefaultLocale() throws IOException {
    Postmortem pm = ExamplePostmortem.create();
    Locale saved = Locale.getDefault();
    byte[] pdf;
    byte[] docx;
    byte[] md;
    try {
      Locale.setDefault(Locale.ROOT);
      pdf = export(Reports.pdf(Audience.INTERNAL).build(), pm);
      docx = export(Reports.docx(Audience.INTERNAL).build(), pm);
      md = export(Reports.markdown(Audience.INTERNAL).build(), pm);
      for (String tag : LOCALES) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(export(Reports.pdf(Audience.INTERNAL).build(), pm)).as("PDF under %s", tag).isEqualTo(pdf);
        assertThat(export(Reports.docx(Audience.INTERNAL).build(), pm)).as("DOCX under %s", tag).isEqualTo(docx);
        assertThat(export(Reports.markdown(Audience.INTERNAL).build(), pm)).as("Markdown under %s", tag).isEqualTo(md);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void hugeExponentsRenderInScientificNotationForEveryAudience() throws IOException {
    Postmortem base = ExamplePostmortem.create();
    for (String value : new String[] {"1e999999999", "1e400", "-2.5e-999999999"}) {
      Postmortem pm = dev.postmortem.io.PostmortemReader.create().read(
          dev.postmortem.io.PostmortemWriter.create(dev.postmortem.io.Format.YAML).toString(base).replace("value: 23\n", "value: " + value + "\n"),
          dev.postmortem.io.Format.YAML);
      assertThat(pm.impact().get().quantities().get(0).value()).isEqualByComparingTo(new BigDecimal(value));
      for (Audience a : Audience.values()) {
        long start = System.nanoTime();
        String md = new String(export(Reports.markdown(a).build(), pm), StandardCharsets.UTF_8);
        export(Reports.pdf(a).build(), pm);
        export(Reports.docx(a).build(), pm);
        assertThat((System.nanoTime() - start) / 1_000_000).as("%s %s ms", value, a).isLessThan(20_000);
        if (a != Audience.EXECUTIVE) {
          assertThat(md).as("%s %s", value, a).contains(new BigDecimal(value).stripTrailingZeros().toString().replace('E', 'e'));
        }
      }
    }
  }
}

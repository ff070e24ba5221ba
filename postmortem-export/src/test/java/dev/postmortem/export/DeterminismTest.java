package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** With a fixed creation time, the same input gives byte-identical files, from any thread. */
class DeterminismTest {
  private static byte[] export(Exporter e, Postmortem pm) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.write(pm, out);
    return out.toByteArray();
  }

  @Test
  void sameInputSameBytes() throws Exception {
    Postmortem pm = ExamplePostmortem.create();
    Postmortem gen = PostmortemGenerator.seeded(77).hostileStrings(true).next();
    for (Audience a : Audience.values()) {
      Exporter[] exporters = {Reports.markdown(a).build(), Reports.docx(a).build(), Reports.pdf(a).build()};
      for (Exporter e : exporters) {
        assertThat(Arrays.equals(export(e, pm), export(e, pm))).as("%s %s", a, e.fileExtension()).isTrue();
      }
      if (a == Audience.INTERNAL) {
        for (Exporter e : exporters) {
          assertThat(Arrays.equals(export(e, gen), export(e, gen))).as("generated %s", e.fileExtension()).isTrue();
        }
      }
    }
  }

  @Test
  void exportersAreThreadSafe() throws Exception {
    Postmortem pm = ExamplePostmortem.create();
    Exporter pdf = Reports.pdf(Audience.INTERNAL).build();
    Exporter docx = Reports.docx(Audience.EXECUTIVE).build();
    byte[] pdfBytes = export(pdf, pm);
    byte[] docxBytes = export(docx, pm);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      java.util.List<Future<byte[][]>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> new byte[][] {export(pdf, pm), export(docx, pm)}));
      }
      for (Future<byte[][]> f : results) {
        assertThat(Arrays.equals(f.get()[0], pdfBytes)).as("PDF from another thread").isTrue();
        assertThat(Arrays.equals(f.get()[1], docxBytes)).as("DOCX from another thread").isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

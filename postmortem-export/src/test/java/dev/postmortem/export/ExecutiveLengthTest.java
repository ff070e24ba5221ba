package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executive summary stays within two pages whatever the size of the post-mortem: a generated
 * one with 2,000 events, 60 action items and 30 causes, in PDF and in Word (laid out by
 * LibreOffice when it is installed).
 */
class ExecutiveLengthTest {
  private static final Postmortem BIG = PostmortemGenerator.seeded(2000).timelineEvents(2000)
      .actionItems(60).causes(30).next();

  @Test
  void pdfHasAtMostTwoPagesAndSaysWhatIsLeftOut() throws Exception {
    try (PDDocument d = Loader.loadPDF(Reports.pdf(Audience.EXECUTIVE).build().toBytes(BIG))) {
      assertThat(d.getNumberOfPages()).as("executive PDF pages").isBetween(1, 2);
      String text = Reports.squeeze(new PDFTextStripper().getText(d));
      assertThat(text).contains(Reports.squeeze("Key events (8 of 2000)"))
          .contains(Reports.squeeze("The 5 most urgent of 60 action items"));
    }
  }

  @Test
  void wordHasAtMostTwoPagesInLibreOffice(@TempDir Path dir) throws Exception {
    Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(soffice != null, "soffice is not installed");
    Path docx = dir.resolve("big.docx");
    Files.write(docx, Reports.docx(Audience.EXECUTIVE).build().toBytes(BIG));
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("soffice finished within 120 s").isTrue();
    try (PDDocument d = Loader.loadPDF(dir.resolve("big.pdf").toFile())) {
      assertThat(d.getNumberOfPages()).as("executive Word pages").isBetween(1, 2);
    }
  }
}

package dev.postmortem.export;

import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.testkit.ExamplePostmortem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void writes() throws Exception {
    for (Audience a : Audience.values()) {
      String md = MarkdownExporter.builder().audience(a).creationTime(Instant.parse("2026-11-20T09:00:00Z"))
          .findingsAppendix(true).build().render(ExamplePostmortem.create());
      Files.createDirectories(Path.of("target/smoke"));
      Files.writeString(Path.of("target/smoke/" + a.id() + ".md"), md);
      Files.write(Path.of("target/smoke/" + a.id() + ".pdf"), dev.postmortem.export.pdf.PdfExporter.builder()
          .audience(a).zone(java.time.ZoneId.of("Europe/Berlin")).creationTime(Instant.parse("2026-11-20T09:00:00Z"))
          .findingsAppendix(true).build().toBytes(ExamplePostmortem.create()));
      Files.write(Path.of("target/smoke/" + a.id() + ".docx"), dev.postmortem.export.docx.DocxExporter.builder()
          .audience(a).zone(java.time.ZoneId.of("Europe/Berlin")).creationTime(Instant.parse("2026-11-20T09:00:00Z"))
          .findingsAppendix(true).build().toBytes(ExamplePostmortem.create()));
    }
  }
}

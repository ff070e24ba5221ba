package it.consumer;

import dev.postmortem.archive.Archive;
import dev.postmortem.archive.ArchiveReport;
import dev.postmortem.archive.ReviewPack;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads and validates a post-mortem, writes it as Markdown, Word and PDF, imports the Markdown and
 * Word reports back, analyses the folder as an archive, and prints one result line.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the application.
   *
   * @param args the post-mortem to read and the folder to write into
   * @throws IOException when the archive folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]).resolve("reports"));
    Postmortem pm = PostmortemReader.create().read(input);
    ValidationReport report = Validator.create().validate(pm);
    MarkdownExporter.create().write(pm, out.resolve("report.md"));
    DocxExporter.create().write(pm, out.resolve("report.docx"));
    PdfExporter.create().write(pm, out.resolve("report.pdf"));
    ImportResult md = PostmortemImporter.create().importFile(out.resolve("report.md"));
    ImportResult docx = PostmortemImporter.create().importFile(out.resolve("report.docx"));
    ArchiveReport archive = Archive.builder().asOf(LocalDate.of(2026, 6, 1)).build().analyse(List.of(out));
    byte[] pack = ReviewPack.create(ReviewPack.Format.PDF).toBytes(archive);
    System.out.println("module=" + Main.class.getModule().getName()
        + " exporter-module=" + PdfExporter.class.getModule().getName()
        + " id=" + pm.id()
        + " findings=" + report.findings().size()
        + " markdown-import=" + md.postmortem().id()
        + " docx-import=" + docx.postmortem().id()
        + " archived=" + archive.inventory().total()
        + " review-pack=" + (pack.length > 1000 ? "pdf" : "empty"));
  }
}

package it.consumer;

import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.nio.file.Path;

/** Reads, validates, exports to all three formats and imports the Markdown and Word reports back. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Path input = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Postmortem pm = PostmortemReader.create().read(input);
    ValidationReport report = Validator.create().validate(pm);
    MarkdownExporter.create().write(pm, out.resolve("report.md"));
    DocxExporter.create().write(pm, out.resolve("report.docx"));
    PdfExporter.create().write(pm, out.resolve("report.pdf"));
    ImportResult md = PostmortemImporter.create().importFile(out.resolve("report.md"));
    ImportResult docx = PostmortemImporter.create().importFile(out.resolve("report.docx"));
    System.out.println("module=" + Main.class.getModule().getName()
        + " exporter-module=" + PdfExporter.class.getModule().getName()
        + " id=" + pm.id()
        + " findings=" + report.findings().size()
        + " markdown-import=" + md.postmortem().id()
        + " docx-import=" + docx.postmortem().id());
  }
}

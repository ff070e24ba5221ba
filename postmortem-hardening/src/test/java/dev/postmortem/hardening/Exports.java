package dev.postmortem.hardening;

import dev.postmortem.export.Audience;
import dev.postmortem.export.Exporter;
import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import dev.postmortem.model.Postmortem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;

/** The three exporters with fixed options, and what their output says and links to. */
final class Exports {
  /** A fixed creation time, so that output is reproducible. */
  static final Instant CREATED = Instant.parse("2026-11-24T06:00:00Z");

  enum Kind { MARKDOWN, DOCX, PDF }

  private Exports() {}

  static Exporter exporter(Kind kind, Audience audience) {
    return exporter(kind, audience, d -> { });
  }

  /** An exporter that tells {@code dropped} what it left out. */
  static Exporter exporter(Kind kind, Audience audience,
      java.util.function.Consumer<dev.postmortem.export.DroppedContent> dropped) {
    switch (kind) {
      case MARKDOWN:
        return MarkdownExporter.builder().audience(audience).creationTime(CREATED).onDropped(dropped)
            .build();
      case DOCX:
        return DocxExporter.builder().audience(audience).creationTime(CREATED).onDropped(dropped)
            .build();
      default:
        return PdfExporter.builder().audience(audience).creationTime(CREATED).onDropped(dropped)
            .build();
    }
  }

  static byte[] bytes(Exporter exporter, Postmortem pm) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(pm, out);
    return out.toByteArray();
  }

  /** The text a reader sees, whitespace collapsed. */
  static String text(Kind kind, byte[] bytes) {
    try {
      String text;
      switch (kind) {
        case MARKDOWN:
          text = new String(bytes, StandardCharsets.UTF_8);
          break;
        case DOCX:
          try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
               XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
          }
          break;
        default:
          try (PDDocument doc = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(doc);
          }
      }
      return text.replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every link target in a Word document or a PDF. */
  static List<String> links(Kind kind, byte[] bytes) {
    List<String> out = new ArrayList<>();
    try {
      if (kind == Kind.DOCX) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
          for (XWPFHyperlink h : doc.getHyperlinks()) {
            out.add(h.getURL());
          }
          doc.getPackagePart().getRelationships().forEach(r -> {
            if (r.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
              out.add(r.getTargetURI().toString());
            }
          });
        }
      } else if (kind == Kind.PDF) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
              if (a instanceof PDAnnotationLink) {
                PDAction action = ((PDAnnotationLink) a).getAction();
                if (action instanceof PDActionURI) {
                  out.add(((PDActionURI) action).getURI());
                }
              }
            }
          }
        }
      }
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}

package dev.postmortem.export;

import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.export.markdown.MarkdownExporter;
import dev.postmortem.export.pdf.PdfExporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;

/** Helpers shared by the exporter tests: configured exporters and text read back from each format. */
final class Reports {
  static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private Reports() {}

  static MarkdownExporter.Builder markdown(Audience a) {
    return MarkdownExporter.builder().audience(a).zone(BERLIN).creationTime(CREATED);
  }

  static DocxExporter.Builder docx(Audience a) {
    return DocxExporter.builder().audience(a).zone(BERLIN).creationTime(CREATED);
  }

  static PdfExporter.Builder pdf(Audience a) {
    // no system fonts: the tests give the same PDF on every machine
    return PdfExporter.builder().audience(a).zone(BERLIN).creationTime(CREATED).systemFonts(false);
  }

  /** The text a reader of the rendered Markdown sees. */
  static String markdownText(String md) {
    StringBuilder sb = new StringBuilder();
    GFM.parse(md).accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        sb.append('\n');
      }

      @Override
      public void visit(SoftLineBreak b) {
        sb.append('\n');
      }

      @Override
      public void visit(HardLineBreak b) {
        sb.append('\n');
      }

      @Override
      protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof org.commonmark.node.Block) {
          sb.append('\n');
        }
      }
    });
    return sb.toString();
  }

  static String docxText(byte[] docx) {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      return s.getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text without whitespace, so line wrapping and table layout do not matter. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }

  /**
   * What a PDF can show of a string: characters DejaVu lacks become U+FFFD, invisible format
   * characters go, and right-to-left letters are left out because text extraction reorders them.
   */
  static String pdfVisible(String s) {
    return withoutRtl(dev.postmortem.export.pdf.internal.PdfFonts.get().drawable(s));
  }

  /** Without right-to-left letters and invisible format characters. */
  static String withoutRtl(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      byte dir = Character.getDirectionality(cp);
      if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return;
      }
      if (Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F) {
        return;
      }
      sb.appendCodePoint(cp);
    });
    return sb.toString();
  }
}

package dev.postmortem.hardening;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test inputs for the importers: post-mortems written as Markdown and as minimal Word documents
 * in a common template, hand-made zip files, and the shared corpus when it is present.
 */
final class Fixtures {
  private Fixtures() {}

  /** A post-mortem in a common Markdown template. */
  static String markdown(Postmortem pm) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(pm.title()).append("\n\n");
    sb.append("**Severity:** ").append(pm.severity().map(v -> v.id()).orElse("unknown")).append("  \n");
    sb.append("**Status:** ").append(pm.status().id()).append("\n\n");
    pm.summary().ifPresent(s -> sb.append("## Summary\n\n").append(s).append("\n\n"));
    sb.append("## Timeline\n\n| Time | Event |\n|---|---|\n");
    for (TimelineEvent e : pm.timeline()) {
      sb.append("| ").append(e.at()).append(" | ").append(cell(e.description())).append(" |\n");
    }
    sb.append("\n## Root cause\n\n");
    for (Cause c : pm.causes()) {
      sb.append("- ").append(c.description().replace('\n', ' ')).append('\n');
    }
    sb.append("\n## Action items\n\n| Action | Owner | Priority |\n|---|---|---|\n");
    for (ActionItem a : pm.actionItems()) {
      sb.append("| ").append(cell(a.title())).append(" | ").append(cell(a.owner().orElse(""))).append(" | ")
          .append(a.priority().map(v -> v.id()).orElse("")).append(" |\n");
    }
    sb.append("\n## Lessons learned\n\n");
    pm.lessonsLearned().wentWell().forEach(w -> sb.append("- ").append(w.replace('\n', ' ')).append('\n'));
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  /** The same template as a minimal Word document (no styles part: style ids name the headings). */
  static byte[] docx(Postmortem pm) {
    StringBuilder body = new StringBuilder();
    heading(body, 1, pm.title());
    para(body, "Severity: " + pm.severity().map(v -> v.id()).orElse("unknown"));
    pm.summary().ifPresent(s -> {
      heading(body, 2, "Summary");
      para(body, s);
    });
    heading(body, 2, "Timeline");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Time", "Event"));
    pm.timeline().forEach(e -> rows.add(List.of(e.at().toString(), e.description())));
    table(body, rows);
    heading(body, 2, "Action items");
    List<List<String>> items = new ArrayList<>();
    items.add(List.of("Action", "Owner"));
    pm.actionItems().forEach(a -> items.add(List.of(a.title(), a.owner().orElse(""))));
    table(body, items);
    heading(body, 2, "Root cause");
    pm.causes().forEach(c -> para(body, c.description()));
    return docx(document(body.toString()));
  }

  static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body>" + body + "</w:body></w:document>";
  }

  static void heading(StringBuilder sb, int level, String text) {
    sb.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(level).append("\"/></w:pPr>");
    run(sb, text);
    sb.append("</w:p>");
  }

  static void para(StringBuilder sb, String text) {
    sb.append("<w:p>");
    run(sb, text);
    sb.append("</w:p>");
  }

  private static void run(StringBuilder sb, String text) {
    sb.append("<w:r><w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r>");
  }

  static void table(StringBuilder sb, List<List<String>> rows) {
    sb.append("<w:tbl>");
    for (List<String> row : rows) {
      sb.append("<w:tr>");
      for (String cell : row) {
        sb.append("<w:tc><w:p>");
        run(sb, cell);
        sb.append("</w:p></w:tc>");
      }
      sb.append("</w:tr>");
    }
    sb.append("</w:tbl>");
  }

  /** Escapes text for XML, dropping the characters XML 1.0 cannot hold. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '<': sb.append("&lt;"); break;
        case '>': sb.append("&gt;"); break;
        case '&': sb.append("&amp;"); break;
        case '"': sb.append("&quot;"); break;
        default:
          if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
            sb.appendCodePoint(cp);
          }
      }
    });
    return sb.toString();
  }

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "</Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
      + "</Relationships>";

  /** A Word document whose main part is {@code documentXml}. */
  static byte[] docx(String documentXml) {
    return zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELS, "word/document.xml", documentXml);
  }

  /** A zip of name/content pairs; content is a String (UTF-8) or a byte[]. */
  static byte[] zip(Object... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        Object c = namesAndContents[i + 1];
        z.write(c instanceof byte[] ? (byte[]) c : ((String) c).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The entries of a zip, in order. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        out.put(e.getName(), z.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A zip of the given entries. */
  static byte[] zip(Map<String, byte[]> entries) {
    List<Object> flat = new ArrayList<>();
    entries.forEach((k, v) -> {
      flat.add(k);
      flat.add(v);
    });
    return zip(flat.toArray());
  }

  /** The Markdown files of the shared corpus, sorted, or none when it is not there. */
  static List<String> corpusMarkdown() {
    String dir = System.getProperty("postmortem.shared.dir");
    if (dir == null) {
      return List.of();
    }
    Path corpus = Path.of(dir, "corpus");
    if (!Files.isDirectory(corpus)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(corpus)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        out.add(Files.readString(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

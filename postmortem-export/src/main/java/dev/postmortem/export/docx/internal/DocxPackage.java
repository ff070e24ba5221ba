package dev.postmortem.export.docx.internal;

import dev.postmortem.export.internal.Palette;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the DOCX package (Office Open XML, ECMA-376 transitional) straight into a ZIP stream:
 * content types, relationships, document properties, styles, numbering, header, footer, settings,
 * the chart images and {@code word/document.xml}, which {@link DocxBodyWriter} streams, so the body
 * is never built as a DOM or held as a whole.
 *
 * <p>The parts are the ones Apache POI's {@code XWPFDocument} writes for the same document, in the
 * same order and with the same markup (the tests open every file with POI and compare the parts),
 * but written directly: building them with POI meant loading its XMLBeans schema types, some 330 ms
 * of every process that wrote a Word file. Every entry has the one given time, so the same input
 * gives the same bytes.
 */
public final class DocxPackage {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String XML_DECLARATION_STANDALONE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  /** Half-points. */
  private static final int BODY = 20;

  private DocxPackage() {}

  /** The document properties ({@code docProps/core.xml}); empty strings are left out. */
  public static final class Properties {
    final String title;
    final String subject;
    final String creator;
    final String keywords;
    final String category;
    final String identifier;
    final String description;
    final Instant created;

    /**
     * The properties; {@code description} may be empty. The last-modified-by user and the
     * application are Postmortem Kit, and the modification time is the creation time.
     */
    public Properties(String title, String subject, String creator, String keywords,
        String category, String identifier, String description, Instant created) {
      this.title = title;
      this.subject = subject;
      this.creator = creator;
      this.keywords = keywords;
      this.category = category;
      this.identifier = identifier;
      this.description = description;
      this.created = created;
    }
  }

  /**
   * Writes the package.
   *
   * @param time every ZIP entry's time
   * @param out receives the file; it is not closed
   */
  public static void write(DocxBodyWriter body, String headerText, String footerText,
      Properties properties, Instant time, OutputStream out) throws IOException {
    // relationship ids as POI numbers them: settings, styles, numbering, header, footer, images
    body.headerFooter("rId4", "rId5");
    List<DocxBodyWriter.Picture> pictures = body.pictures();
    for (int i = 0; i < pictures.size(); i++) {
      pictures.get(i).relationId("rId" + (6 + i));
    }
    // the DOS time fields are local times: set them from UTC directly, never through the JVM's
    // default time zone (setTime and setLastModifiedTime do), or the bytes depend on it
    LocalDateTime t = LocalDateTime.ofInstant(
        time.getEpochSecond() < 315532800L ? Instant.ofEpochSecond(315532800L) : time, ZoneOffset.UTC);
    try (ZipOutputStream z = new ZipOutputStream(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        })) {
      XmlOut x = new XmlOut(z);
      entry(z, x, t, "[Content_Types].xml");
      contentTypes(x, !pictures.isEmpty());
      entry(z, x, t, "_rels/.rels");
      x.raw(XML_DECLARATION_STANDALONE)
          .raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
          .raw("<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"").raw(REL)
          .raw("officeDocument\"/>")
          .raw("<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"").raw(REL)
          .raw("extended-properties\"/>")
          .raw("<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"")
          .raw("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>")
          .raw("</Relationships>");
      entry(z, x, t, "docProps/app.xml");
      x.raw(XML_DECLARATION)
          .raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">")
          .raw("<Application>Postmortem Kit</Application></Properties>");
      entry(z, x, t, "docProps/core.xml");
      core(x, properties);
      entry(z, x, t, "word/document.xml");
      body.write(x);
      entry(z, x, t, "word/_rels/document.xml.rels");
      documentRelationships(x, pictures.size(), body.links());
      entry(z, x, t, "word/footer1.xml");
      footer(x, footerText, body.textWidth(), body.labels());
      entry(z, x, t, "word/header1.xml");
      header(x, headerText);
      for (int i = 0; i < pictures.size(); i++) {
        entry(z, x, t, "word/media/image" + (i + 1) + ".png");
        z.write(pictures.get(i).png());
      }
      entry(z, x, t, "word/numbering.xml");
      numbering(x, body.numberedListStarts());
      entry(z, x, t, "word/settings.xml");
      x.raw(XML_DECLARATION).raw("<w:settings xmlns:w=\"").raw(W).raw("\"/>");
      entry(z, x, t, "word/styles.xml");
      styles(x);
      x.flush();
      z.closeEntry();
      z.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Ends the entry being written, if any, and starts the next. */
  private static void entry(ZipOutputStream z, XmlOut x, LocalDateTime time, String name)
      throws IOException {
    x.flush();
    z.closeEntry();
    // PNG is compressed already: deflating it again costs time and gains nothing
    z.setLevel(name.endsWith(".png") ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    z.putNextEntry(e);
  }

  /** {@code s} with the characters XML 1.0 cannot hold replaced by U+FFFD. */
  public static String clean(String s) {
    return XmlOut.clean(s);
  }

  // ------------------------------------------------------------------ package parts

  private static void contentTypes(XmlOut x, boolean png) {
    x.raw(XML_DECLARATION_STANDALONE)
        .raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    if (png) {
      x.raw("<Default ContentType=\"image/png\" Extension=\"png\"/>");
    }
    x.raw("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
        .raw("<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
    override(x, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    override(x, "/word/document.xml", wml + "document.main+xml");
    override(x, "/word/footer1.xml", wml + "footer+xml");
    override(x, "/word/header1.xml", wml + "header+xml");
    override(x, "/word/numbering.xml", wml + "numbering+xml");
    override(x, "/word/settings.xml", wml + "settings+xml");
    override(x, "/word/styles.xml", wml + "styles+xml");
    x.raw("</Types>");
  }

  private static void override(XmlOut x, String part, String type) {
    x.raw("<Override ContentType=\"").raw(type).raw("\" PartName=\"").raw(part).raw("\"/>");
  }

  private static void core(XmlOut x, Properties p) {
    String created = DateTimeFormatter.ISO_INSTANT.format(p.created.truncatedTo(ChronoUnit.SECONDS));
    x.raw(XML_DECLARATION_STANDALONE)
        .raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .raw(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    // in the order of their local names, as POI writes them
    element(x, "cp:category", p.category);
    x.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(created).raw("</dcterms:created>");
    element(x, "dc:creator", p.creator);
    element(x, "dc:description", p.description);
    element(x, "dc:identifier", p.identifier);
    element(x, "cp:keywords", p.keywords);
    element(x, "cp:lastModifiedBy", "Postmortem Kit");
    x.raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(created).raw("</dcterms:modified>");
    element(x, "dc:subject", p.subject);
    element(x, "dc:title", p.title);
    x.raw("</cp:coreProperties>");
  }

  private static void element(XmlOut x, String name, String value) {
    if (value != null && !value.isEmpty()) {
      x.raw("<").raw(name).raw(">").text(value).raw("</").raw(name).raw(">");
    }
  }

  /** A relationship of the document part: internal targets are relative to {@code word/}. */
  private record Relationship(String target, String type, boolean external) {}

  /** {@code links}: each hyperlink target with its relationship id. */
  private static void documentRelationships(XmlOut x, int pictures, Map<String, String> links) {
    // sorted by id, as POI writes them
    TreeMap<String, Relationship> rels = new TreeMap<>();
    rels.put("rId1", new Relationship("settings.xml", "settings", false));
    rels.put("rId2", new Relationship("styles.xml", "styles", false));
    rels.put("rId3", new Relationship("numbering.xml", "numbering", false));
    rels.put("rId4", new Relationship("header1.xml", "header", false));
    rels.put("rId5", new Relationship("footer1.xml", "footer", false));
    for (int i = 0; i < pictures; i++) {
      rels.put("rId" + (6 + i), new Relationship("media/image" + (i + 1) + ".png", "image", false));
    }
    links.forEach((target, id) -> rels.put(id, new Relationship(target, "hyperlink", true)));
    x.raw(XML_DECLARATION_STANDALONE)
        .raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (Map.Entry<String, Relationship> e : rels.entrySet()) {
      Relationship r = e.getValue();
      x.raw("<Relationship Id=\"").raw(e.getKey()).raw("\" Target=\"").attr(r.target());
      if (r.external()) {
        x.raw("\" TargetMode=\"External");
      }
      x.raw("\" Type=\"").raw(REL).raw(r.type()).raw("\"/>");
    }
    x.raw("</Relationships>");
  }

  // ------------------------------------------------------------------ styles

  private static void styles(XmlOut x) {
    String font = DocxBodyWriter.FONT;
    x.raw(XML_DECLARATION).raw("<w:styles xmlns:w=\"").raw(W).raw("\">")
        .raw("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"").attr(font)
        .raw("\" w:hAnsi=\"").attr(font).raw("\" w:cs=\"").attr(font).raw("\" w:eastAsia=\"")
        .attr(DocxBodyWriter.EAST_ASIA)
        .raw("\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
    paragraphStyle(x, "Normal", "Normal", null, -1, BODY, false, Palette.TEXT, 0, 120);
    paragraphStyle(x, "Title", "Title", "Normal", -1, 40, true, Palette.TEXT, 0, 80);
    paragraphStyle(x, "Subtitle", "Subtitle", "Normal", -1, 18, true, Palette.ACCENT_LIGHT, 0, 40);
    paragraphStyle(x, "Heading1", "heading 1", "Normal", 0, 28, true, Palette.ACCENT, 360, 120);
    paragraphStyle(x, "Heading2", "heading 2", "Normal", 1, 22, true, Palette.TEXT, 200, 80);
    paragraphStyle(x, "TOCHeading", "TOC Heading", "Normal", -1, 24, true, Palette.ACCENT, 240, 120);
    paragraphStyle(x, "TOC1", "toc 1", "Normal", -1, BODY, false, Palette.TEXT, 0, 60);
    paragraphStyle(x, "TOC2", "toc 2", "Normal", -1, BODY, false, Palette.TEXT, 0, 40);
    paragraphStyle(x, "ListParagraph", "List Paragraph", "Normal", -1, BODY, false, Palette.TEXT, 0, 60);
    // code blocks and code spans, under pandoc's style names so templates made for pandoc fit
    String mono = DocxBodyWriter.MONO;
    x.raw("<w:style w:styleId=\"SourceCode\" w:type=\"paragraph\"><w:name w:val=\"Source Code\"/>")
        .raw("<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepLines/>")
        .raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(Palette.hex(Palette.CODE_BG)).raw("\"/>")
        .raw("<w:spacing w:before=\"60\" w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/>")
        .raw("<w:ind w:left=\"115\" w:right=\"115\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"").attr(mono)
        .raw("\" w:hAnsi=\"").attr(mono).raw("\" w:cs=\"").attr(mono).raw("\" w:eastAsia=\"")
        .attr(DocxBodyWriter.EAST_ASIA).raw("\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>");
    x.raw("<w:style w:styleId=\"VerbatimChar\" w:type=\"character\"><w:name w:val=\"Verbatim Char\"/>")
        .raw("<w:rPr><w:rFonts w:ascii=\"").attr(mono).raw("\" w:hAnsi=\"").attr(mono).raw("\" w:cs=\"")
        .attr(mono).raw("\" w:eastAsia=\"").attr(DocxBodyWriter.EAST_ASIA).raw("\"/>")
        .raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(Palette.hex(Palette.CODE_BG))
        .raw("\"/></w:rPr></w:style>");
    x.raw("<w:style w:styleId=\"Hyperlink\" w:type=\"character\"><w:name w:val=\"Hyperlink\"/><w:rPr>")
        .raw("<w:color w:val=\"").raw(Palette.hex(Palette.LINK)).raw("\"/><w:u w:val=\"single\"/></w:rPr></w:style>")
        .raw("</w:styles>");
  }

  private static void paragraphStyle(XmlOut x, String id, String name, String basedOn,
      int outline, int size, boolean bold, int color, int before, int after) {
    x.raw("<w:style w:styleId=\"").raw(id).raw("\" w:type=\"paragraph\"")
        .raw(id.equals("Normal") ? " w:default=\"true\">" : ">")
        .raw("<w:name w:val=\"").raw(name).raw("\"/>");
    if (basedOn != null) {
      x.raw("<w:basedOn w:val=\"").raw(basedOn).raw("\"/>");
    }
    x.raw("<w:next w:val=\"Normal\"/>");
    if (outline >= 0) {
      x.raw("<w:uiPriority w:val=\"9\"/>");
    }
    x.raw("<w:qFormat/><w:pPr>");
    if (outline >= 0) {
      x.raw("<w:keepNext/><w:keepLines/>");
    }
    if (id.equals("Heading1")) {
      x.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"")
          .raw(Palette.hex(Palette.RULE)).raw("\"/></w:pBdr>");
    }
    x.raw("<w:spacing w:before=\"").num(before).raw("\" w:after=\"").num(after).raw("\" w:line=\"")
        .num(id.startsWith("Heading") || id.equals("Title") ? 240 : 264).raw("\" w:lineRule=\"auto\"/>");
    if (id.equals("TOC2")) {
      x.raw("<w:ind w:left=\"360\"/>");
    }
    if (outline >= 0) {
      x.raw("<w:outlineLvl w:val=\"").num(outline).raw("\"/>");
    }
    x.raw("</w:pPr><w:rPr>");
    if (bold) {
      x.raw("<w:b/>");
    }
    x.raw("<w:color w:val=\"").raw(Palette.hex(color)).raw("\"/><w:sz w:val=\"").num(size)
        .raw("\"/><w:szCs w:val=\"").num(size).raw("\"/></w:rPr></w:style>");
  }

  // ------------------------------------------------------------------ numbering

  /** Bullets are number 1 (abstract 0); numbered lists 2, 3, ... each restart at 1 (abstract 1). */
  private static void numbering(XmlOut x, java.util.List<Integer> starts) {
    x.raw(XML_DECLARATION).raw("<w:numbering xmlns:w=\"").raw(W).raw("\">");
    abstractNum(x, 0, true);
    abstractNum(x, 1, false);
    x.raw("<w:num w:numId=\"").num(DocxBodyWriter.BULLET_NUM).raw("\"><w:abstractNumId w:val=\"0\"/></w:num>");
    for (int i = 1; i <= starts.size(); i++) {
      x.raw("<w:num w:numId=\"").num(DocxBodyWriter.BULLET_NUM + i)
          .raw("\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"")
          .num(starts.get(i - 1)).raw("\"/>")
          .raw("</w:lvlOverride></w:num>");
    }
    x.raw("</w:numbering>");
  }

  private static void abstractNum(XmlOut x, int id, boolean bullet) {
    x.raw("<w:abstractNum w:abstractNumId=\"").num(id).raw("\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>")
        .raw("<w:numFmt w:val=\"").raw(bullet ? "bullet" : "decimal").raw("\"/><w:lvlText w:val=\"")
        .attr(bullet ? "\u2022" : "%1.").raw("\"/><w:lvlJc w:val=\"left\"/>")
        .raw("<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr><w:rPr>")
        .raw(bullet ? "" : "<w:b/>")
        .raw("<w:color w:val=\"").raw(Palette.hex(Palette.ACCENT_LIGHT)).raw("\"/></w:rPr></w:lvl></w:abstractNum>");
  }

  // ------------------------------------------------------------------ header and footer

  private static void header(XmlOut x, String text) {
    x.raw(XML_DECLARATION).raw("<w:hdr xmlns:w=\"").raw(W).raw("\">")
        .raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>");
    smallRun(x, text, false);
    x.raw("</w:p></w:hdr>");
  }

  /** The footer: the title on the left, "Page X of Y" on a right tab stop, a rule above. */
  private static void footer(XmlOut x, String text, int textWidth, dev.postmortem.export.internal.Labels labels) {
    x.raw(XML_DECLARATION).raw("<w:ftr xmlns:w=\"").raw(W).raw("\">")
        .raw("<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"")
        .raw(Palette.hex(Palette.RULE)).raw("\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"")
        .num(textWidth).raw("\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>");
    smallRun(x, text, true);
    // "Page {0} of {1}" in the reader's language, the numbers as fields
    String page = labels.get("page.of", "\u0000", "\u0001");
    smallRun(x, page.substring(0, page.indexOf('\u0000')), false);
    field(x, "PAGE");
    smallRun(x, page.substring(page.indexOf('\u0000') + 1, page.indexOf('\u0001')), false);
    field(x, "NUMPAGES");
    if (page.indexOf('\u0001') + 1 < page.length()) {
      smallRun(x, page.substring(page.indexOf('\u0001') + 1), false);
    }
    x.raw("</w:p></w:ftr>");
  }

  private static final String SMALL = "<w:rPr><w:color w:val=\"" + Palette.hex(Palette.MUTED_TEXT)
      + "\"/><w:sz w:val=\"16\"/></w:rPr>";

  /** A run in small muted type; spaces at either end are kept. */
  private static void smallRun(XmlOut x, String text, boolean tab) {
    x.raw("<w:r>").raw(SMALL);
    boolean preserve = !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    x.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text).raw("</w:t>");
    if (tab) {
      x.raw("<w:tab/>");
    }
    x.raw("</w:r>");
  }

  private static void field(XmlOut x, String instr) {
    x.raw("<w:fldSimple w:instr=\"").raw(instr).raw("\"><w:r>").raw(SMALL).raw("<w:t>1</w:t></w:r></w:fldSimple>");
  }
}

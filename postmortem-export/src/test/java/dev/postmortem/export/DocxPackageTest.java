package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.docx.DocxExporter;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.ExamplePostmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DOCX package is written without a package library, so its consistency is checked here with
 * independent readers (Apache POI's OPC layer, a namespace-aware DOM parser): every part has a
 * content type, every relationship target exists, every reference in the body (relationship ids,
 * numbering ids, styles) resolves, and the document properties read back as given — for the
 * example in every audience and for seeded generated post-mortems with hostile strings.
 */
class DocxPackageTest {
  private static final Pattern REL_ID = Pattern.compile("r:(?:id|embed)=\"([^\"]+)\"");
  private static final Pattern NUM_ID = Pattern.compile("<w:numId w:val=\"(\\d+)\"/>");
  private static final Pattern STYLE = Pattern.compile("<w:[pr]Style w:val=\"([^\"]+)\"/>");

  static Stream<Arguments> documents() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (Audience a : Audience.values()) {
      b.add(Arguments.of("example, " + a, ExamplePostmortem.create(), a));
    }
    for (long seed = 1; seed <= 6; seed++) {
      PostmortemGenerator gen = PostmortemGenerator.seeded(seed).hostileStrings(seed % 2 == 0);
      b.add(Arguments.of("generated, seed " + seed, gen.next(), Audience.INTERNAL));
    }
    // no timeline and no cause leading to another: no picture, so no image part and no PNG content type
    ImmutablePostmortem example = ImmutablePostmortem.copyOf(ExamplePostmortem.create());
    b.add(Arguments.of("no timeline", example.withTimeline(java.util.List.of()).withCauses(example.causes().stream()
        .map(c -> (dev.postmortem.model.Cause) dev.postmortem.model.Cause.builder().from(c).ledTo(List.of()).build())
        .toList()), Audience.INTERNAL));
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyPartTypedEveryReferenceResolvedPropertiesReadBack(String name, Postmortem pm, Audience audience)
      throws Exception {
    Instant created = Instant.parse("2025-03-04T05:06:07.891Z");
    byte[] docx = DocxExporter.builder().audience(audience).creationTime(created).build().toBytes(pm);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        assertThat(parts.put(e.getName(), z.readAllBytes())).as("duplicate entry %s", e.getName()).isNull();
      }
    }
    assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/header1.xml",
        "word/footer1.xml", "docProps/core.xml", "docProps/app.xml");
    String body = new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(parts.keySet().stream().anyMatch(n -> n.endsWith(".png"))).isEqualTo(body.contains("<w:drawing>"));
    if (name.equals("no timeline")) {
      assertThat(body).doesNotContain("<w:drawing>");
    }

    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
      // every entry is a part with a content type (POI refuses a part without one)
      for (String entry : parts.keySet()) {
        if (entry.equals("[Content_Types].xml")) {
          continue;
        }
        PackagePart part = pkg.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/" + entry));
        assertThat(part).as(entry).isNotNull();
        assertThat(part.getContentType()).as(entry).isNotBlank();
      }
      String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
      Map<String, String> types = Map.of(
          "/word/document.xml", wml + "document.main+xml",
          "/word/styles.xml", wml + "styles+xml",
          "/word/numbering.xml", wml + "numbering+xml",
          "/word/settings.xml", wml + "settings+xml",
          "/word/header1.xml", wml + "header+xml",
          "/word/footer1.xml", wml + "footer+xml",
          "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
          "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
      for (Map.Entry<String, String> t : types.entrySet()) {
        assertThat(pkg.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(t.getKey()))
            .getContentType()).as(t.getKey()).isEqualTo(t.getValue());
      }
      PackagePart main = pkg.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/document.xml"));
      // internal targets exist; every id the body refers to is a relationship
      Set<String> ids = new HashSet<>();
      for (PackageRelationship r : main.getRelationships()) {
        ids.add(r.getId());
        if (r.getTargetMode() == TargetMode.INTERNAL) {
          String target = r.getTargetURI().toString();
          assertThat(parts).containsKey(target.startsWith("/") ? target.substring(1) : "word/" + target);
        } else {
          assertThat(r.getTargetURI().toString()).matches("(https?|mailto):.*");
        }
      }
      Matcher rel = REL_ID.matcher(body);
      while (rel.find()) {
        assertThat(ids).as("relationship %s", rel.group(1)).contains(rel.group(1));
      }
    }

    // numbering ids and styles the body uses are defined
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    NodeList nums = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/numbering.xml")))
        .getElementsByTagNameNS(w, "num");
    Set<String> numIds = new HashSet<>();
    for (int i = 0; i < nums.getLength(); i++) {
      numIds.add(((Element) nums.item(i)).getAttributeNS(w, "numId"));
    }
    Matcher m = NUM_ID.matcher(body);
    while (m.find()) {
      assertThat(numIds).as("numbering %s", m.group(1)).contains(m.group(1));
    }
    NodeList styles = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/styles.xml")))
        .getElementsByTagNameNS(w, "style");
    Set<String> styleIds = new HashSet<>();
    for (int i = 0; i < styles.getLength(); i++) {
      styleIds.add(((Element) styles.item(i)).getAttributeNS(w, "styleId"));
    }
    m = STYLE.matcher(body);
    while (m.find()) {
      assertThat(styleIds).as("style %s", m.group(1)).contains(m.group(1));
    }

    // the properties, as Word's reader sees them
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(clean(pm.title()));
      assertThat(core.getIdentifier()).isEqualTo(clean(pm.id()));
      assertThat(core.getSubject()).isEqualTo(audience.label() + " of post-mortem " + clean(pm.id()));
      assertThat(core.getCategory()).isEqualTo("Post-mortem");
      assertThat(core.getLastModifiedByUser()).isEqualTo("Postmortem Kit");
      assertThat(core.getDescription()).isEqualTo(pm.summary().map(DocxPackageTest::clean).orElse(null));
      assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
      assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
      assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Postmortem Kit");
      assertThat(doc.getHeaderList()).hasSize(1);
      assertThat(doc.getFooterList()).hasSize(1);
      assertThat(doc.getFooterList().get(0).getText()).startsWith(clean(pm.title()));
      // a picture for the timeline chart, another for the cause graph when it is drawn; each placed once
      List<String> placed = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .flatMap(r -> r.getEmbeddedPictures().stream())
          .map(p -> p.getCTPicture().getNvPicPr().getCNvPr().getName().replaceAll("-\\d+\\.png$", "")).toList();
      assertThat(doc.getAllPictures()).hasSize(placed.size());
      assertThat(placed.contains("timeline")).isEqualTo(!pm.timeline().isEmpty());
      assertThat(placed).doesNotHaveDuplicates().isSubsetOf("timeline", "causes");
    }
  }

  /** What XML 1.0 can hold of {@code s}, as the exporter writes it. */
  private static String clean(String s) {
    return dev.postmortem.export.docx.internal.DocxPackage.clean(s);
  }
}

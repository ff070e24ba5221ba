package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.postmortem.cli.PostmortemCli;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.testkit.ExamplePostmortem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planted tokens (issue 15, family 4): a sentence holding one sensitive token of each kind is
 * added to every free-text field of the example post-mortem (every field the reader accepts it
 * in), the document is rendered through the command line for the external audience in Markdown,
 * Word and PDF, and every output is searched for every token: the text a reader sees, the Word
 * package's XML parts (metadata included) and the PDF's text and document information. Customer
 * text next to a person's name must survive unchanged (no over-redaction).
 */
class PlantedTokensTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The tokens, by kind: each must be absent from every external output. */
  static final Map<String, String> TOKENS = new LinkedHashMap<>();

  static {
    TOKENS.put("internal host (built-in domain)", "pay-db-7.internal");
    TOKENS.put("internal host in upper case", "LEDGER-DB-2.CORP");
    TOKENS.put("internal host (--internal-host)", "ledger.prod.acme-int.net");
    TOKENS.put("jdbc URL", "jdbc:postgresql://pgb.acme-int.net:6432/ledger");
    TOKENS.put("redis URL", "redis://cache-3.acme-int.net:6379");
    TOKENS.put("ssh target", "ssh://deploy@bastion.acme-int.net");
    TOKENS.put("UNC path", "\\\\fs01\\incidents\\pm-17");
    TOKENS.put("IPv4 with port", "10.12.4.7:8443");
    TOKENS.put("IPv6", "fd00:1234::7");
    TOKENS.put("ticket key", "OPS-4471");
    TOKENS.put("ticket link", "https://jira.acme-int.net/browse/OPS-9912");
    TOKENS.put("chat channel", "#inc-ledger-7");
    TOKENS.put("chat archive link", "https://acme.slack.com/archives/C024BE91L/p1760425200");
    TOKENS.put("e-mail, non-ASCII local part", "jürgen.groß@acme.example");
    TOKENS.put("phone number", "+1 415 555 0134");
    TOKENS.put("person, as written", "Dana Okafor");
    TOKENS.put("person, decomposed Unicode", Normalizer.normalize("José Álvarez", Normalizer.Form.NFD));
    TOKENS.put("person, handle", "@lmoreno");
  }

  /** Customer text that names no one, next to an owner whose name shares its words. */
  static final String CUSTOMER_TEXT = "Search results were empty for some customers.";

  @TempDir Path dir;

  @Test
  void theExternalReportLeaksNoPlantedTokenAndKeepsCustomerText() throws IOException {
    String yaml = planted();
    Path in = Files.writeString(dir.resolve("planted.yaml"), yaml);
    Path out = dir.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = PostmortemCli.run(new PrintWriter(stdout), new PrintWriter(stderr), "render", in.toString(),
        "--to", "md,docx,pdf", "--audience", "external", "--now", "2026-11-01",
        "--internal-host", ".acme-int.net", "--out", out.toString());
    assertThat(code).as("render: %s", stderr).isZero();

    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("md", Files.readString(out.resolve("planted.md")));
    byte[] docx = Files.readAllBytes(out.resolve("planted.docx"));
    outputs.put("docx", docxXml(docx) + "\n" + Exports.text(Exports.Kind.DOCX, docx));
    String pdf = pdfText(Files.readAllBytes(out.resolve("planted.pdf")));
    // a token the PDF wraps over two lines is found with the white space taken out of both
    outputs.put("pdf", pdf + "\n" + pdf.replaceAll("\\s+", ""));

    Map<String, List<String>> leaks = new TreeMap<>();
    int occurrences = 0;
    for (Map.Entry<String, String> token : TOKENS.entrySet()) {
      for (Map.Entry<String, String> o : outputs.entrySet()) {
        int n = count(o.getValue(), token.getValue());
        if (n > 0) {
          occurrences += n;
          leaks.computeIfAbsent(token.getKey(), k -> new ArrayList<>()).add(o.getKey() + " x" + n);
        }
      }
    }
    // every "Search" in the outputs must still begin the customer's sentence
    List<String> garbledIn = new ArrayList<>();
    for (Map.Entry<String, String> o : outputs.entrySet()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Search(?!\\s*results\\s*were\\s*empty)")
          .matcher(o.getValue());
      if (m.find()) {
        int from = Math.max(0, m.start() - 40);
        garbledIn.add(o.getKey() + ": …" + o.getValue().substring(from, Math.min(o.getValue().length(), m.end() + 40)) + "…");
      }
    }
    boolean garbled = !garbledIn.isEmpty() || outputs.values().stream().noneMatch(t -> t.contains("Search"));
    System.out.println("PlantedTokensTest: " + TOKENS.size() + " kinds of token planted in " + planted
        + " fields, 3 formats: " + leaks.size() + " kinds leaked (" + occurrences + " occurrences)"
        + (leaks.isEmpty() ? "" : ": " + leaks) + "; customer text " + (garbled ? "GARBLED " + garbledIn : "kept"));
    assertThat(leaks).as("tokens in the external report").isEmpty();
    assertThat(outputs.get("md").replaceAll("\\s+", " ")).contains(CUSTOMER_TEXT);
    assertThat(garbled).as("customer text garbled").isFalse();
  }

  private int planted;

  /**
   * The example with the tokens' sentence added to every string field that takes it (identifiers,
   * enumerations, times and links refuse it and are left alone), a participant with an accented
   * name and an owner named like the customer text.
   */
  private String planted() throws IOException {
    String sentence = " Noted: " + String.join(", ", TOKENS.values()) + ".";
    ObjectNode root = (ObjectNode) JSON.readTree(PostmortemWriter.create(Format.JSON).toString(ExamplePostmortem.create()));
    ObjectNode jose = ((ArrayNode) root.get("participants")).addObject();
    jose.put("name", "José Álvarez");
    jose.put("handle", "jalvarez");
    ObjectNode search = ((ArrayNode) root.get("participants")).addObject();
    search.put("name", "Search Team");
    root.put("summary", root.get("summary").asText() + " " + CUSTOMER_TEXT);
    List<String> pointers = new ArrayList<>();
    collect(root, "", pointers);
    PostmortemReader reader = PostmortemReader.create();
    Set<String> refused = new java.util.HashSet<>();
    String text;
    while (true) {
      JsonNode copy = root.deepCopy();
      int n = 0;
      for (String p : pointers) {
        if (!refused.contains(p) && plant(copy, p, sentence)) {
          n++;
        }
      }
      text = JSON.writeValueAsString(copy);
      try {
        reader.readDocument(text.getBytes(StandardCharsets.UTF_8), Format.JSON, "planted.json");
        planted = n;
        break;
      } catch (PostmortemFormatException e) {
        if (!refused.add(e.pointer())) {
          throw e; // not a field that refuses the sentence: a real problem
        }
      }
    }
    return text;
  }

  private static void collect(JsonNode node, String at, List<String> out) {
    if (node.isTextual()) {
      // who did what (owners, actors, authors, attendees) is the scanner's list of people
      if (!at.matches(".*/(owner|actor|attendees/\\d+|authors/\\d+)")) {
        out.add(at);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (at.matches("/participants/\\d+") && Set.of("name", "handle", "email").contains(e.getKey())) {
          continue; // who a participant is: the scanner's list of people, not text
        }
        // identifiers and references to them (causes' ledTo, a why chain's rootCause and causes,
        // actions' addresses) are not text
        if (!Set.of("schemaVersion", "id", "$schema", "ledTo", "rootCause", "cause", "addresses", "internalFields")
            .contains(e.getKey())) {
          collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static boolean plant(JsonNode root, String pointer, String sentence) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode o && o.get(last) instanceof TextNode t) {
      o.put(last, t.asText() + sentence);
      return true;
    }
    if (parent instanceof ArrayNode a && a.get(Integer.parseInt(last)) instanceof TextNode t) {
      a.set(Integer.parseInt(last), TextNode.valueOf(t.asText() + sentence));
      return true;
    }
    return false;
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    if (haystack.indexOf(needle) < 0 && haystack.contains(needle.replaceAll("\\s+", ""))) {
      needle = needle.replaceAll("\\s+", "");
    }
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    String composed = Normalizer.normalize(needle, Normalizer.Form.NFC);
    if (!composed.equals(needle)) {
      for (int i = haystack.indexOf(composed); i >= 0; i = haystack.indexOf(composed, i + 1)) {
        n++;
      }
    }
    return n;
  }

  /** Every XML part of the Word package (text, properties, relationships), entities decoded. */
  private static String docxXml(byte[] bytes) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return sb.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'");
  }

  /** The PDF's text and its document information. */
  private static String pdfText(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      StringBuilder sb = new StringBuilder(new PDFTextStripper().getText(doc));
      PDDocumentInformation info = doc.getDocumentInformation();
      for (String key : info.getMetadataKeys()) {
        sb.append('\n').append(info.getCustomMetadataValue(key));
      }
      return sb.toString();
    }
  }
}

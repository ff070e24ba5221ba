package dev.postmortem.importer.internal;

import dev.postmortem.importer.PostmortemImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a Word file while inflating it, once, before POI sees it, and hands POI a copy that
 * holds only what it needs to read the text.
 *
 * <ul>
 *   <li>the zip: at most {@link #MAX_ENTRIES} parts, each inflated part at most {@link
 *       #MAX_ENTRY_INFLATED} bytes and (past 1 MiB) at most {@link #MAX_RATIO} times its compressed
 *       size, all together at most {@link #MAX_TOTAL_INFLATED};
 *   <li>XML parts are known by their content, not their names (a main part named {@code
 *       document.XML} or {@code .dat} is XML to POI all the same): together at most {@link
 *       #MAX_XML_INFLATED} bytes, no {@code DOCTYPE} or entity declaration, elements nested at most
 *       {@link #MAX_DEPTH} deep (POI walks them recursively), at most {@link #MAX_TABLE_ROWS}
 *       table rows (POI's table constructor takes time with the square of the rows);
 *   <li>other parts (pictures, fonts, embedded files) are measured and replaced by empty parts in
 *       the copy: POI would hold them all in memory, and the importer reads no picture.
 * </ul>
 */
final class DocxGuard {
  static final long MAX_TOTAL_INFLATED = 256L << 20;
  static final long MAX_ENTRY_INFLATED = 64L << 20;
  static final int MAX_ENTRIES = 2000;
  static final int MAX_RATIO = 200;
  /** XML is parsed into memory by POI: more than this much of it, inflated, is refused. */
  static final long MAX_XML_INFLATED = 16L << 20;
  /** Elements nested deeper than this in any XML part are refused. */
  static final int MAX_DEPTH = 256;
  /** Table rows in all the XML parts together. */
  static final int MAX_TABLE_ROWS = 5_000;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final XMLInputFactory STAX = stax();

  private DocxGuard() {}

  private static XMLInputFactory stax() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /**
   * Checks {@code bytes} and returns the copy of the package for POI.
   *
   * @throws PostmortemImportException for anything beyond a limit, or not a zip archive
   */
  static byte[] check(byte[] bytes, String source) {
    if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
      throw new PostmortemImportException(source, 0, 0, "not a readable Word document (.docx):"
          + " the file is encrypted (password-protected) or in the old binary .doc format; save it"
          + " as a .docx without a password", null);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new PostmortemImportException(source, 0, 0,
          "not a Word document (.docx): the file is not a zip archive", null);
    }
    CountingInput counting = new CountingInput(new ByteArrayInputStream(bytes));
    ByteArrayOutputStream copy = new ByteArrayOutputStream(bytes.length);
    long total = 0;
    long xmlTotal = 0;
    int entries = 0;
    int[] rows = {0};
    try (ZipInputStream zin = new ZipInputStream(counting);
        ZipOutputStream zout = new ZipOutputStream(copy)) {
      zout.setLevel(Deflater.BEST_SPEED);
      ZipEntry e;
      byte[] buf = new byte[16 * 1024];
      while ((e = zin.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new PostmortemImportException(source, 0, 0,
              "the Word document has more than " + MAX_ENTRIES + " parts", null);
        }
        String name = e.getName();
        long startCompressed = counting.count;
        long size = 0;
        ByteArrayOutputStream part = null;
        Boolean xml = null;
        int n;
        while ((n = zin.read(buf)) > 0) {
          if (xml == null) {
            xml = looksLikeXml(buf, n) || lowerName(name).endsWith(".xml") || lowerName(name).endsWith(".rels");
            if (xml) {
              part = new ByteArrayOutputStream();
            }
          }
          size += n;
          total += n;
          if (xml) {
            xmlTotal += n;
            if (xmlTotal > MAX_XML_INFLATED) {
              throw new PostmortemImportException(source, 0, 0, "the Word document part '" + name
                  + "' takes its XML beyond " + MAX_XML_INFLATED + " bytes uncompressed (a limit"
                  + " of the Word importer); refused", null);
            }
            part.write(buf, 0, n);
          }
          long compressed = Math.max(1, counting.count - startCompressed);
          if (size > MAX_ENTRY_INFLATED || total > MAX_TOTAL_INFLATED
              || (size > (1 << 20) && size / compressed > MAX_RATIO)) {
            throw new PostmortemImportException(source, 0, 0, "the Word document part '" + name
                + "' expands to more than " + (size > MAX_ENTRY_INFLATED
                    ? MAX_ENTRY_INFLATED + " bytes" : total > MAX_TOTAL_INFLATED
                        ? MAX_TOTAL_INFLATED + " bytes with the parts before it"
                        : MAX_RATIO + " times its compressed size")
                + " (a zip bomb?); refused", null);
          }
        }
        zout.putNextEntry(new ZipEntry(name));
        if (part != null) {
          byte[] content = part.toByteArray();
          part = null;
          checkXml(content, name, source, rows);
          zout.write(content);
        }
        zout.closeEntry();
      }
    } catch (PostmortemImportException ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      // ZipInputStream throws IllegalArgumentException for entry names that are not UTF-8
      throw new PostmortemImportException(source, 0, 0,
          "not a readable Word document (.docx): damaged zip archive ("
              + (ex.getMessage() == null ? "no details" : ex.getMessage()) + ")", ex);
    }
    if (entries == 0) {
      throw new PostmortemImportException(source, 0, 0,
          "not a Word document (.docx): empty or truncated zip archive", null);
    }
    return copy.toByteArray();
  }

  private static String lowerName(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Whether a part starts as XML does: a byte-order mark, white space or '<' (UTF-8 or -16). */
  static boolean looksLikeXml(byte[] b, int n) {
    int i = 0;
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      i = 3;
    } else if (n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return true;
    }
    for (; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == '<') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Refuses a DOCTYPE or entity declaration, elements nested too deeply and too many table rows,
   * in one streaming pass over the part.
   */
  private static void checkXml(byte[] content, String name, String source, int[] rows) {
    // the declarations, in UTF-8 and (NUL bytes dropped) UTF-16, before any parser sees them
    if (containsDeclaration(content)) {
      throw new PostmortemImportException(source, 0, 0, "the Word document part '" + name
          + "' declares a DOCTYPE or XML entities, which Word never writes; refused", null);
    }
    XMLStreamReader r = null;
    try {
      r = STAX.createXMLStreamReader(new ByteArrayInputStream(content));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_DEPTH) {
            throw new PostmortemImportException(source, 0, 0, "the Word document part '" + name
                + "' nests elements more than " + MAX_DEPTH + " deep (line "
                + r.getLocation().getLineNumber() + "; a limit of the Word importer); refused", null);
          }
          if ("tr".equals(r.getLocalName()) && W.equals(r.getNamespaceURI()) && ++rows[0] > MAX_TABLE_ROWS) {
            throw new PostmortemImportException(source, 0, 0, "the Word document has more than "
                + MAX_TABLE_ROWS + " table rows (part '" + name + "'; a limit of the Word importer:"
                + " split the tables or the document)", null);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          throw new PostmortemImportException(source, 0, 0, "the Word document part '" + name
              + "' declares a DOCTYPE or XML entities, which Word never writes; refused", null);
        }
      }
    } catch (XMLStreamException ex) {
      String where = ex.getLocation() == null ? "" : " at line " + ex.getLocation().getLineNumber()
          + ", column " + ex.getLocation().getColumnNumber();
      throw new PostmortemImportException(source, 0, 0, "not a readable Word document (.docx):"
          + " the part '" + name + "' is not well-formed XML" + where, ex);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing held
        }
      }
    }
  }

  private static boolean containsDeclaration(byte[] content) {
    // upper-cased ASCII view without NUL bytes: "<!DOCTYPE" and "<!ENTITY" in any case and in
    // UTF-16 as in UTF-8
    byte[] a = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] b = "<!ENTITY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int ma = 0;
    int mb = 0;
    for (byte x : content) {
      if (x == 0) {
        continue;
      }
      int c = x >= 'a' && x <= 'z' ? x - 32 : x;
      ma = c == a[ma] ? ma + 1 : (c == a[0] ? 1 : 0);
      mb = c == b[mb] ? mb + 1 : (c == b[0] ? 1 : 0);
      if (ma == a.length || mb == b.length) {
        return true;
      }
    }
    return false;
  }

  private static final class CountingInput extends java.io.FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}

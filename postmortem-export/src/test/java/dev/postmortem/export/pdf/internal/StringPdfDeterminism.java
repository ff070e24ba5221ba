package dev.postmortem.export.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first implementation of {@link PdfDeterminism}, on strings: the reference its byte-level
 * rewrite must agree with, byte for byte ({@link PdfDeterminismTest}).
 */
final class StringPdfDeterminism {
  private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
  private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

  private StringPdfDeterminism() {}

  static byte[] apply(byte[] pdf) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    s = repairXref(s);
    Map<String, String> prefixes = new LinkedHashMap<>();
    Matcher m = SUBSET.matcher(s);
    while (m.find()) {
      prefixes.computeIfAbsent(m.group(1), k -> prefix(prefixes.size()));
    }
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      s = s.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
    }
    Matcher id = ID.matcher(s);
    if (id.find()) {
      String zeroed = s.substring(0, id.start()) + s.substring(id.end());
      String hex = md5(zeroed);
      String a = pad(hex, id.group(1).length());
      String b = pad(hex, id.group(2).length());
      s = s.substring(0, id.start(1)) + a + s.substring(id.end(1), id.start(2)) + b
          + s.substring(id.end(2));
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * OpenPDF 2.0.5 formats the cross-reference offsets with the JVM's default locale and keeps only
   * the low byte of each character, so under a locale with non-Latin digits (Arabic, for example)
   * U+0660..U+0669 come out as the bytes {@code `} to {@code i} and the xref table is corrupt.
   * Each entry is 20 bytes: a 10-digit offset, a space, a 5-digit generation, a space, the keyword
   * and a two-byte end of line; the digit positions are mapped back to ASCII digits.
   */
  static String repairXref(String s) {
    int xref = s.lastIndexOf("\nxref\n");
    if (xref < 0) {
      return s;
    }
    int header = xref + "\nxref\n".length();
    int headerEnd = s.indexOf('\n', header);
    if (headerEnd < 0) {
      return s;
    }
    String[] parts = s.substring(header, headerEnd).trim().split(" ");
    int count;
    try {
      count = Integer.parseInt(parts[parts.length - 1]);
    } catch (NumberFormatException e) {
      return s;
    }
    char[] c = s.toCharArray();
    int entry = headerEnd + 1;
    for (int i = 0; i < count && entry + 20 <= c.length; i++, entry += 20) {
      for (int k = 0; k < 16; k++) {
        char ch = c[entry + k];
        if (k != 10 && ch >= 0x60 && ch <= 0x69) {
          c[entry + k] = (char) ('0' + (ch - 0x60));
        }
      }
    }
    return new String(c);
  }

  private static String prefix(int n) {
    char[] c = "PMKAAA".toCharArray();
    c[5] = (char) ('A' + n % 26);
    c[4] = (char) ('A' + (n / 26) % 26);
    return new String(c);
  }

  private static String pad(String hex, int len) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < len) {
      sb.append(hex);
    }
    return sb.substring(0, len).toUpperCase(java.util.Locale.ROOT);
  }

  private static String md5(String s) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.ISO_8859_1));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format(java.util.Locale.ROOT, "%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is always available", e);
    }
  }
}

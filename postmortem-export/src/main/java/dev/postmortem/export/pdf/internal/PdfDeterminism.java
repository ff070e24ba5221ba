package dev.postmortem.export.pdf.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output depend only on its input: replaces the random font-subset prefixes and
 * the time-based file identifier with values derived from the content. Replacements keep every
 * length, so the cross-reference offsets stay valid.
 *
 * <p>Works in place on the bytes: a PDF of a large post-mortem is several megabytes, and copying
 * it into strings for each step cost a tenth of the export.
 */
public final class PdfDeterminism {
  private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
  private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");
  private static final byte[] XREF = {'\n', 'x', 'r', 'e', 'f', '\n'};

  private PdfDeterminism() {}

  /** Rewrites {@code pdf} in place and returns it. */
  public static byte[] apply(byte[] pdf) {
    repairXref(pdf);
    Latin1 text = new Latin1(pdf, 0, pdf.length);
    Map<String, String> prefixes = new LinkedHashMap<>();
    Matcher m = SUBSET.matcher(text);
    while (m.find()) {
      prefixes.computeIfAbsent(m.group(1), k -> prefix(prefixes.size()));
    }
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      replaceAll(pdf, ('/' + e.getKey() + '+').getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
          ('/' + e.getValue() + '+').getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    Matcher id = ID.matcher(text);
    if (id.find()) {
      String hex = md5(pdf, id.start(), id.end());
      put(pdf, id.start(1), pad(hex, id.end(1) - id.start(1)));
      put(pdf, id.start(2), pad(hex, id.end(2) - id.start(2)));
    }
    return pdf;
  }

  /**
   * OpenPDF 2.0.5 formats the cross-reference offsets with the JVM's default locale and keeps only
   * the low byte of each character, so under a locale with other native digits (Arabic, Persian,
   * Thai, Devanagari, Bengali, Myanmar...) the digits come out as other bytes and the xref table is
   * corrupt. Each entry is 20 bytes: a 10-digit offset, a space, a 5-digit generation, a space, the
   * keyword and a two-byte end of line. The first entry is always {@code 0000000000 65535 f}, so
   * its first byte is what the locale's zero became: every digit position is mapped back from that
   * zero, whichever digits (and whichever locale provider) made it.
   */
  static void repairXref(byte[] b) {
    int xref = lastIndexOf(b, XREF);
    if (xref < 0) {
      return;
    }
    int header = xref + XREF.length;
    int headerEnd = indexOf(b, (byte) '\n', header);
    if (headerEnd < 0) {
      return;
    }
    String[] parts = new String(b, header, headerEnd - header, java.nio.charset.StandardCharsets.ISO_8859_1)
        .trim().split(" ");
    int count;
    try {
      count = Integer.parseInt(parts[parts.length - 1]);
    } catch (NumberFormatException e) {
      return;
    }
    int entry = headerEnd + 1;
    if (count < 1 || entry + 20 > b.length) {
      return;
    }
    // what the zero became: the first entry's offset is ten zeros; where it is not ten equal bytes
    // (or is ASCII), the Arabic-Indic mapping (U+0660..U+0669 as 0x60..0x69) applies to any byte
    // that is not an ASCII digit
    int zero = b[entry] & 0xFF;
    boolean uniform = true;
    for (int k = 1; k < 10; k++) {
      uniform &= (b[entry + k] & 0xFF) == zero;
    }
    if (!uniform || zero == '0') {
      zero = 0x60;
    }
    for (int i = 0; i < count && entry + 20 <= b.length; i++, entry += 20) {
      for (int k = 0; k < 16; k++) {
        int ch = b[entry + k] & 0xFF;
        if (k == 10 || (ch >= '0' && ch <= '9')) {
          continue;
        }
        int digit = (ch - zero) & 0xFF;
        if (digit <= 9) {
          b[entry + k] = (byte) ('0' + digit);
        }
      }
    }
  }

  /** {@link #repairXref(byte[])} of a string of ISO-8859-1 characters. */
  static String repairXref(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    repairXref(b);
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Replaces, left to right, every occurrence of {@code from} by {@code to} (of the same length). */
  private static void replaceAll(byte[] b, byte[] from, byte[] to) {
    int n = from.length;
    for (int i = indexOf(b, from, 0); i >= 0; i = indexOf(b, from, i + n)) {
      System.arraycopy(to, 0, b, i, n);
    }
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    byte first = what[0];
    int last = b.length - what.length;
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int k = 1; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, byte[] what) {
    outer:
    for (int i = b.length - what.length; i >= 0; i--) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int indexOf(byte[] b, byte what, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == what) {
        return i;
      }
    }
    return -1;
  }

  private static void put(byte[] b, int at, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      b[at + i] = (byte) ascii.charAt(i);
    }
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
    return sb.substring(0, len).toUpperCase(Locale.ROOT);
  }

  /** The MD5 of {@code b} without the bytes from {@code start} to {@code end}, in lower-case hex. */
  private static String md5(byte[] b, int start, int end) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      md.update(b, 0, start);
      md.update(b, end, b.length - end);
      byte[] d = md.digest();
      StringBuilder sb = new StringBuilder();
      for (byte x : d) {
        sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is always available", e);
    }
  }

  /** The bytes as ISO-8859-1 characters, for the regular expressions, without copying them. */
  private static final class Latin1 implements CharSequence {
    private final byte[] b;
    private final int from;
    private final int to;

    Latin1(byte[] b, int from, int to) {
      this.b = b;
      this.from = from;
      this.to = to;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return (char) (b[from + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Latin1(b, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }
}

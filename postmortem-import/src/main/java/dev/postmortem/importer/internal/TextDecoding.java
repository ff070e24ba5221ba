package dev.postmortem.importer.internal;

import dev.postmortem.importer.PostmortemImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads bounded input and decodes it as strict UTF-8, failing with a line and column. */
public final class TextDecoding {
  private TextDecoding() {}

  /** Reads at most {@code max} bytes; more is an error. */
  public static byte[] readBounded(InputStream in, long max, String source) {
    try {
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw new PostmortemImportException(source, 0, 0,
              "the input is larger than the limit of " + max + " bytes", null);
        }
        bos.write(buf, 0, n);
      }
      return bos.toByteArray();
    } catch (IOException e) {
      throw new PostmortemImportException(source, 0, 0, "could not read the input: " + e.getMessage(), e);
    }
  }

  /** Decodes UTF-8 text (a BOM is dropped), rejecting binary data and invalid byte sequences. */
  public static String decode(byte[] bytes, String source) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        int[] lc = lineColumn(bytes, start, i);
        throw new PostmortemImportException(source, lc[0], lc[1],
            "binary data (a NUL byte) where text was expected; is this a text file?", null);
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = dec.decode(in, out, true);
    if (result.isError()) {
      int pos = in.position();
      int[] lc = lineColumn(bytes, start, pos);
      throw new PostmortemImportException(source, lc[0], lc[1], String.format(
          "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[pos] & 0xff, pos), null);
    }
    try {
      result = dec.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new PostmortemImportException(source, 0, 0, "invalid UTF-8 at the end of the input", e);
    }
    out.flip();
    String s = out.toString();
    long controls = s.chars().limit(4096).filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    if (controls > 8) {
      throw new PostmortemImportException(source, 1, 1,
          "binary data (" + controls + " control characters in the first 4 KiB) where text was expected", null);
    }
    return s;
  }

  private static int[] lineColumn(byte[] bytes, int start, int pos) {
    int line = 1;
    int col = 1;
    for (int i = start; i < pos && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    return new int[] {line, col};
  }
}

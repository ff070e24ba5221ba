package dev.postmortem.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encoding of a JSON or YAML document, as YAML 1.2 (5.2) and JSON (RFC 4627, 3) detect it: a
 * byte order mark (UTF-8, UTF-16 or UTF-32, either byte order) or, without one, the pattern of NUL
 * bytes around the first character, which is ASCII in any post-mortem (a letter, a brace, a
 * comment, a space). What Windows PowerShell writes by default (UTF-16LE with a mark) is read like
 * UTF-8.
 */
public final class TextEncodings {
  private TextEncodings() {}

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** An encoding found and the length of its byte order mark. */
  public static final class Detected {
    /** The encoding. */
    public final Charset charset;
    /** How many bytes the byte order mark takes (0 without one). */
    public final int bom;

    Detected(Charset charset, int bom) {
      this.charset = charset;
      this.bom = bom;
    }
  }

  /**
   * The encoding of {@code b}, when it is not plain UTF-8.
   *
   * @param b the document's first bytes (or all of them)
   * @return the encoding found, or empty for UTF-8 without a byte order mark
   */
  public static Optional<Detected> detect(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
      return Optional.of(new Detected(UTF_32BE, 4));
    }
    if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
      return Optional.of(new Detected(UTF_32LE, 4));
    }
    if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
    }
    if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
    }
    if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return Optional.of(new Detected(UTF_32BE, 0));
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Optional.of(new Detected(UTF_32LE, 0));
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 0));
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 0));
    }
    return Optional.empty();
  }

  /**
   * {@code content} as UTF-8 without a byte order mark: the same array when it already is.
   *
   * @param content the document
   * @return UTF-8 bytes
   * @throws CharacterCodingException when the content is not valid in the encoding its first bytes
   *     announce
   */
  public static byte[] toUtf8(byte[] content) throws CharacterCodingException {
    Optional<Detected> d = detect(content);
    if (d.isEmpty()) {
      return content;
    }
    if (d.get().charset.equals(StandardCharsets.UTF_8)) {
      byte[] out = new byte[content.length - d.get().bom];
      System.arraycopy(content, d.get().bom, out, 0, out.length);
      return out;
    }
    return transcode(content, d.get().bom, d.get().charset);
  }

  /**
   * {@code content}, written in {@code charset}, as UTF-8; a byte order mark of that encoding at
   * the start is dropped.
   *
   * @param content the document
   * @param charset its encoding
   * @return UTF-8 bytes
   * @throws CharacterCodingException when the content is not valid in {@code charset}
   */
  public static byte[] toUtf8(byte[] content, Charset charset) throws CharacterCodingException {
    int bom = detect(content).filter(d -> d.bom > 0 && d.charset.equals(charset)).map(d -> d.bom).orElse(0);
    if (bom == 0 && charset.equals(StandardCharsets.UTF_8)) {
      return content;
    }
    byte[] out = transcode(content, bom, charset);
    // a mark written in the encoding itself (UTF-16 decodes its own): drop the U+FEFF left over
    if (out.length >= 3 && (out[0] & 0xff) == 0xef && (out[1] & 0xff) == 0xbb && (out[2] & 0xff) == 0xbf) {
      byte[] trimmed = new byte[out.length - 3];
      System.arraycopy(out, 3, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return out;
  }

  private static byte[] transcode(byte[] content, int offset, Charset charset) throws CharacterCodingException {
    String text = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(content, offset, content.length - offset))
        .toString();
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

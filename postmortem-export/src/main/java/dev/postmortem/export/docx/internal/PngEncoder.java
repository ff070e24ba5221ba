package dev.postmortem.export.docx.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque {@link BufferedImage#TYPE_INT_RGB} image as an 8-bit RGB PNG, reading the
 * pixels straight from the raster. ImageIO's writer copies the raster first and tries all five
 * filters on every byte of every row; a chart is mostly flat colour, so a cheap choice among None,
 * Sub and Up and a fast deflate level are enough. The output depends only on the pixels.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int CHUNK = 64 * 1024;

  private PngEncoder() {}

  static byte[] encode(BufferedImage img) {
    if (img.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + img.getType());
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    int stride = 3 * w;
    byte[] prev = new byte[stride];
    byte[] cur = new byte[stride];
    byte[] row = new byte[stride + 1];
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024 + stride * h / 16);
    out.writeBytes(SIGNATURE);
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, w);
    putInt(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // truecolour
    chunk(out, "IHDR", ihdr, 0, ihdr.length);
    Deflater deflater = new Deflater(3);
    byte[] buf = new byte[CHUNK];
    ByteArrayOutputStream z = new ByteArrayOutputStream(stride * h / 16 + 1024);
    try {
      for (int y = 0; y < h; y++) {
        int base = y * w;
        for (int x = 0, i = 0; x < w; x++, i += 3) {
          int p = px[base + x];
          cur[i] = (byte) (p >>> 16);
          cur[i + 1] = (byte) (p >>> 8);
          cur[i + 2] = (byte) p;
        }
        filter(cur, y == 0 ? null : prev, row);
        deflater.setInput(row, 0, row.length);
        while (!deflater.needsInput()) {
          z.write(buf, 0, deflater.deflate(buf));
        }
        byte[] t = prev;
        prev = cur;
        cur = t;
      }
      deflater.finish();
      while (!deflater.finished()) {
        z.write(buf, 0, deflater.deflate(buf));
      }
    } finally {
      deflater.end();
    }
    byte[] data = z.toByteArray();
    for (int off = 0; off < data.length; off += CHUNK) {
      chunk(out, "IDAT", data, off, Math.min(CHUNK, data.length - off));
    }
    chunk(out, "IEND", new byte[0], 0, 0);
    return out.toByteArray();
  }

  /**
   * Writes the filter type and the filtered row. A row equal to the one above (most of a chart)
   * becomes zeros under Up; otherwise None, Sub or Up by the usual "minimum sum of absolute
   * differences" heuristic, estimated on every fifth byte so the choice costs little.
   */
  private static void filter(byte[] cur, byte[] prev, byte[] row) {
    int n = cur.length;
    if (prev != null && Arrays.equals(cur, prev)) {
      row[0] = 2;
      Arrays.fill(row, 1, n + 1, (byte) 0);
      return;
    }
    long sumNone = 0;
    long sumSub = 0;
    long sumUp = 0;
    for (int i = 0; i < n; i += 5) {
      byte c = cur[i];
      sumNone += Math.abs(c);
      sumSub += Math.abs((byte) (c - (i >= 3 ? cur[i - 3] : 0)));
      sumUp += Math.abs((byte) (c - (prev == null ? 0 : prev[i])));
    }
    if (sumSub <= sumUp && sumSub <= sumNone) {
      row[0] = 1;
      System.arraycopy(cur, 0, row, 1, Math.min(3, n));
      for (int i = 3; i < n; i++) {
        row[i + 1] = (byte) (cur[i] - cur[i - 3]);
      }
    } else if (sumUp <= sumNone && prev != null) {
      row[0] = 2;
      for (int i = 0; i < n; i++) {
        row[i + 1] = (byte) (cur[i] - prev[i]);
      }
    } else {
      row[0] = 0;
      System.arraycopy(cur, 0, row, 1, n);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int off, int len) {
    byte[] head = new byte[8];
    putInt(head, 0, len);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, head, 4, 4);
    out.write(head, 0, 8);
    out.write(data, off, len);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data, off, len);
    byte[] c = new byte[4];
    putInt(c, 0, (int) crc.getValue());
    out.write(c, 0, 4);
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}

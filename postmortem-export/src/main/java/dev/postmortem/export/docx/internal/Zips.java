package dev.postmortem.export.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a ZIP with every entry's time set to one instant, so equal content gives equal bytes. */
public final class Zips {
  private Zips() {}

  public static byte[] normalize(byte[] zip, Instant time) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    // the DOS time fields are local times: set them from UTC directly, never through the JVM's
    // default time zone (setTime and setLastModifiedTime do), or the bytes depend on it
    LocalDateTime t = LocalDateTime.ofInstant(
        time.getEpochSecond() < 315532800L ? Instant.ofEpochSecond(315532800L) : time, ZoneOffset.UTC);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(java.util.zip.Deflater.BEST_SPEED);
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(t);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}

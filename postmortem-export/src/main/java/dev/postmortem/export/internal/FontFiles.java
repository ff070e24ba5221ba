package dev.postmortem.export.internal;

import dev.postmortem.export.ExportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Opens the DejaVu font files of {@code net.sf.jasperreports:jasperreports-fonts}, on the class
 * path and on the module path alike.
 *
 * <p>{@code Class.getResourceAsStream} would not do: in a named module it looks only in that
 * module, and the fonts are in another one. The class loader finds them on the class path and in
 * any open package of a module it defines (the font jar is an automatic module, so all its packages
 * are open); the font module itself, when it is in this module's layer, is asked last.
 */
public final class FontFiles {
  /** The directory of the font files, without a leading slash. */
  public static final String DIR = "net/sf/jasperreports/fonts/dejavu/";

  /** The module name of the font jar. */
  static final String FONT_MODULE = "net.sf.jasperreports.fonts";

  private FontFiles() {}

  /**
   * The font file's bytes.
   *
   * @param name the file name, for example {@code DejaVuSans.ttf}
   * @return the bytes
   * @throws ExportException when the font jar is missing or unreadable
   */
  public static byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ExportException("cannot read font " + DIR + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a font file.
   *
   * @param name the file name, for example {@code DejaVuSans.ttf}
   * @return the open stream; the caller closes it
   * @throws ExportException when the font jar is missing
   */
  public static InputStream open(String name) {
    String path = DIR + name;
    ClassLoader loader = FontFiles.class.getClassLoader();
    InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path);
    if (in == null) {
      in = fromFontModule(path).orElse(null);
    }
    if (in == null) {
      throw new ExportException("font " + path + " is missing: add net.sf.jasperreports:jasperreports-fonts to the"
          + " class path, or module " + FONT_MODULE + " to the module path");
    }
    return in;
  }

  private static Optional<InputStream> fromFontModule(String path) {
    ModuleLayer layer = FontFiles.class.getModule().getLayer();
    if (layer == null) {
      return Optional.empty();
    }
    return layer.findModule(FONT_MODULE).map(m -> {
      try {
        return m.getResourceAsStream(path);
      } catch (IOException e) {
        throw new ExportException("cannot read font " + path + ": " + e.getMessage(), e);
      }
    });
  }
}

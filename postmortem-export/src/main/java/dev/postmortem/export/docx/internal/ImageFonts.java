package dev.postmortem.export.docx.internal;

import dev.postmortem.export.pdf.internal.SystemFonts;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts the pictures in a Word report (the timeline chart, the cause graph) fall back to for
 * characters the bundled DejaVu lacks, such as Japanese: the fonts the user named, then the
 * system's, in the order the PDF's font chain uses, so both formats draw a label with the same
 * font. A character no font has is drawn by DejaVu (as a box), as before.
 */
final class ImageFonts {
  private static final Map<Path, Object> LOADED = new ConcurrentHashMap<>(); // Font, or a failure marker
  private static final Object UNREADABLE = new Object();

  private final List<Path> candidates;
  private final Map<Integer, Font> byCodePoint = new HashMap<>();
  private int tried;
  private final List<Font> loaded = new ArrayList<>();

  /**
   * Fallback fonts.
   *
   * @param user the user's font files
   * @param system whether to look in the system's fonts after them
   */
  ImageFonts(List<Path> user, boolean system) {
    List<Path> c = new ArrayList<>(user);
    if (system) {
      c.addAll(SystemFonts.files());
    }
    this.candidates = c;
  }

  /** No fallback: DejaVu only. */
  static ImageFonts none() {
    return new ImageFonts(List.of(), false);
  }

  /** A font with the character, or null. Fonts are read only when a character needs them. */
  synchronized Font fontFor(int cp) {
    if (byCodePoint.containsKey(cp)) {
      return byCodePoint.get(cp);
    }
    Font found = null;
    for (Font f : loaded) {
      if (f.canDisplay(cp)) {
        found = f;
        break;
      }
    }
    while (found == null && tried < candidates.size()) {
      Object o = LOADED.computeIfAbsent(candidates.get(tried++), ImageFonts::read);
      if (o instanceof Font f) {
        loaded.add(f);
        if (f.canDisplay(cp)) {
          found = f;
        }
      }
    }
    byCodePoint.put(cp, found);
    return found;
  }

  private static Object read(Path p) {
    try {
      // a collection (.ttc) gives its first face
      Font[] fonts = Font.createFonts(p.toFile());
      return fonts.length == 0 ? UNREADABLE : fonts[0];
    } catch (java.io.IOException | java.awt.FontFormatException | RuntimeException e) {
      return UNREADABLE;
    }
  }
}

package dev.postmortem.export.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import dev.postmortem.export.ExportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * The fonts a character is looked up in, in order: the bundled DejaVu face of its span, then the
 * fonts the user named ({@code --font}, {@code ExporterBuilder.font}), then the fonts installed on
 * the system (see {@link SystemFonts}). A character none of them has is drawn as U+FFFD and
 * recorded, so the exporter can report it.
 *
 * <p>One chain serves one document on one thread. Font files are read once per JVM; the parsed
 * fonts are kept per thread, like {@link PdfFonts}.
 */
public final class FontChain {
  private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Map<Path, BaseFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  private final List<Path> userFonts;
  private final List<BaseFont> user = new ArrayList<>();
  private List<Path> system;
  private final List<BaseFont> systemLoaded = new ArrayList<>();
  private int systemTried;
  private final Map<Integer, BaseFont> byCodePoint = new HashMap<>();
  private final Map<Integer, Object> missing = new java.util.TreeMap<>();
  private java.util.function.Supplier<?> where = () -> "";

  /**
   * A chain with the user's fonts after the bundled ones.
   *
   * @param userFonts TrueType or OpenType files ({@code .ttf}, {@code .otf}, {@code .ttc})
   * @param systemFonts whether to look in the system's fonts after them
   * @throws ExportException when a user font cannot be read
   */
  public FontChain(List<Path> userFonts, boolean systemFonts) {
    this.userFonts = List.copyOf(userFonts);
    this.system = systemFonts ? null : List.of();
    for (Path p : this.userFonts) {
      user.add(load(p));
    }
  }

  /**
   * Tells the chain where the document is, for {@link #missing()}.
   *
   * @param where gives the current place, such as the section
   */
  public synchronized void where(java.util.function.Supplier<?> where) {
    this.where = where;
  }

  /** The characters no font had, in code point order, each with where it was first met. */
  public synchronized Map<Integer, Object> missing() {
    return Collections.unmodifiableMap(new java.util.TreeMap<>(missing));
  }

  /**
   * The font to draw {@code cp} with when {@code primary} lacks it, or null when no font has it
   * (the character is then recorded as missing).
   *
   * @param cp the code point
   * @return a font having it, or null
   */
  public synchronized BaseFont fallback(int cp) {
    if (byCodePoint.containsKey(cp)) {
      return byCodePoint.get(cp);
    }
    BaseFont found = null;
    for (BaseFont f : user) {
      if (f.charExists(cp)) {
        found = f;
        break;
      }
    }
    if (found == null) {
      found = system(cp);
    }
    byCodePoint.put(cp, found);
    if (found == null) {
      missing.put(cp, where.get());
    }
    return found;
  }

  private BaseFont system(int cp) {
    for (BaseFont f : systemLoaded) {
      if (f.charExists(cp)) {
        return f;
      }
    }
    if (system == null) {
      system = SystemFonts.files();
    }
    // fonts are parsed only when a character needs them, in the order of their paths
    while (systemTried < system.size()) {
      Path p = system.get(systemTried++);
      BaseFont f;
      try {
        f = load(p);
      } catch (ExportException e) {
        continue; // a font OpenPDF cannot read is skipped
      }
      systemLoaded.add(f);
      if (f.charExists(cp)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Splits a text into runs of one font each: {@code primary} where it has the character, a
   * fallback font elsewhere; characters no font has become U+FFFD in {@code primary}.
   *
   * @param text the text, already cleaned of control characters
   * @param primary the span's own font
   * @param consumer receives each run and its font
   */
  public void split(String text, BaseFont primary, RunConsumer consumer) {
    split(text, primary::charExists, primary, consumer);
  }

  private void split(String text, IntPredicate has, BaseFont primary, RunConsumer consumer) {
    StringBuilder run = new StringBuilder();
    BaseFont runFont = primary;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      BaseFont f;
      int drawn = cp;
      if (cp == '\n' || cp == ' ' || has.test(cp)) {
        f = cp == ' ' || cp == '\n' ? runFont : primary;
      } else {
        f = fallback(cp);
        if (f == null) {
          f = primary;
          drawn = 0xFFFD;
        }
      }
      if (f != runFont && run.length() > 0) {
        consumer.accept(run.toString(), runFont);
        run.setLength(0);
      }
      runFont = f;
      run.appendCodePoint(drawn);
    }
    if (run.length() > 0) {
      consumer.accept(run.toString(), runFont);
    }
  }

  /** Receives the runs of {@link #split}. */
  @FunctionalInterface
  public interface RunConsumer {
    /**
     * One run.
     *
     * @param text its text
     * @param font its font
     */
    void accept(String text, BaseFont font);
  }

  private static BaseFont load(Path p) {
    Map<Path, BaseFont> parsed = PARSED.get();
    BaseFont f = parsed.get(p);
    if (f != null) {
      return f;
    }
    byte[] bytes = FILES.computeIfAbsent(p, path -> {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new ExportException("cannot read font " + path + ": " + e.getMessage(), e);
      }
    });
    String name = p.toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      name = name + ",0";
    }
    try {
      f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (IOException | RuntimeException e) {
      FILES.remove(p);
      throw new ExportException("cannot use font " + p + ": " + e.getMessage(), e);
    }
    parsed.put(p, f);
    return f;
  }
}

package dev.postmortem.export.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The font files installed on this system, found where fontconfig looks for them: the {@code
 * <dir>} entries of {@code /etc/fonts/fonts.conf} and the usual directories of Linux, macOS and
 * Windows. Listed once per JVM, sorted by path so the same system always gives the same order.
 * DejaVu is left out: the exporter bundles it.
 */
public final class SystemFonts {
  private static final Pattern DIR = Pattern.compile("<dir(\\s+prefix=\"([a-z]+)\")?[^>]*>([^<]+)</dir>");
  private static volatile List<Path> files;

  private SystemFonts() {}

  /** The font files found, in a stable order (scanned once per JVM). */
  public static List<Path> files() {
    List<Path> f = files;
    if (f == null) {
      synchronized (SystemFonts.class) {
        if (files == null) {
          files = List.copyOf(scan(directories()));
        }
        f = files;
      }
    }
    return f;
  }

  /** The directories to look in, in order. */
  static List<Path> directories() {
    String home = System.getProperty("user.home", "");
    String xdg = System.getenv("XDG_DATA_HOME");
    Path xdgData = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    Set<Path> dirs = new LinkedHashSet<>();
    Path conf = Path.of("/etc/fonts/fonts.conf");
    if (Files.isReadable(conf)) {
      try {
        String s = Files.readString(conf, StandardCharsets.UTF_8);
        Matcher m = DIR.matcher(s);
        while (m.find()) {
          String d = m.group(3).strip();
          if ("xdg".equals(m.group(2))) {
            dirs.add(xdgData.resolve(d));
          } else if (d.startsWith("~/")) {
            dirs.add(Path.of(home, d.substring(2)));
          } else {
            dirs.add(Path.of(d));
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable configuration leaves the usual directories
      }
    }
    dirs.add(Path.of("/usr/share/fonts"));
    dirs.add(Path.of("/usr/local/share/fonts"));
    dirs.add(xdgData.resolve("fonts"));
    dirs.add(Path.of(home, ".fonts"));
    dirs.add(Path.of("/Library/Fonts"));
    dirs.add(Path.of("/System/Library/Fonts"));
    dirs.add(Path.of(home, "Library", "Fonts"));
    String windir = System.getenv("WINDIR");
    if (windir != null) {
      dirs.add(Path.of(windir, "Fonts"));
    }
    return new ArrayList<>(dirs);
  }

  static Set<Path> scan(List<Path> dirs) {
    Set<Path> out = new TreeSet<>();
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(d, 6)) {
        s.filter(Files::isRegularFile).filter(SystemFonts::isFont).forEach(out::add);
      } catch (IOException | RuntimeException e) {
        // a directory that cannot be read is skipped
      }
    }
    return out;
  }

  private static boolean isFont(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return (n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc")) && !n.startsWith("dejavu");
  }
}

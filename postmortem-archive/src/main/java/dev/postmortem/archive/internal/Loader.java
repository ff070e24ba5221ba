package dev.postmortem.archive.internal;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.io.PostmortemReader;
import dev.postmortem.importer.PostmortemImporter;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the files of an archive and reads each into a post-mortem. Thread-safe. */
public final class Loader {
  /** The kinds of file an archive holds. */
  public enum Kind {
    /** The file format as JSON. */
    JSON(".json"),
    /** The file format as YAML. */
    YAML(".yaml", ".yml"),
    /** Markdown, imported. */
    MARKDOWN(".md", ".markdown", ".mdx"),
    /** Word, imported. */
    DOCX(".docx");

    private final String[] extensions;

    Kind(String... extensions) {
      this.extensions = extensions;
    }

    /** The kind a file name's extension names. */
    public static Optional<Kind> of(Path file) {
      Path name = file.getFileName();
      String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        for (String e : k.extensions) {
          if (lower.endsWith(e)) {
            return Optional.of(k);
          }
        }
      }
      return Optional.empty();
    }
  }

  /** What reading one file gave: a post-mortem, or why there is none. */
  public record Outcome(Postmortem postmortem, boolean skipped, String problem) {}

  private final PostmortemReader reader = PostmortemReader.builder().lenient(true).build();
  private final PostmortemImporter importer = PostmortemImporter.create();
  private final Kind override;

  /**
   * A loader.
   *
   * @param override the kind to assume for every file, or {@code null} to go by extension
   */
  public Loader(Kind override) {
    this.override = override;
  }

  /**
   * The files of the arguments: a file as given, a directory walked for files of a known kind
   * (hidden files and folders left out), minus those an exclusion glob matches (against the path
   * relative to the directory given, or the file name). Sorted within each directory.
   */
  public static List<Path> expand(List<Path> args, List<String> excludes) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : excludes) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    List<Path> out = new ArrayList<>();
    for (Path arg : args) {
      if (Files.isDirectory(arg)) {
        try (Stream<Path> s = Files.walk(arg)) {
          List<Path> found = s.filter(p -> !hidden(arg, p)).filter(Files::isRegularFile)
              .filter(p -> Kind.of(p).isPresent())
              .filter(p -> !excluded(matchers, arg.relativize(p)))
              .sorted().collect(Collectors.toList());
          out.addAll(found);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.exists(arg)) {
        if (!excluded(matchers, arg)) {
          out.add(arg);
        }
      } else {
        throw new java.nio.file.NoSuchFileException(arg.toString(), null, "no such file or directory");
      }
    }
    return out;
  }

  private static boolean excluded(List<PathMatcher> matchers, Path relative) {
    Path name = relative.getFileName();
    for (PathMatcher m : matchers) {
      if (m.matches(relative) || name != null && m.matches(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; never throws for bad content. */
  public Outcome load(Path file) {
    String name = file.toString();
    Optional<Kind> kind = override != null ? Optional.of(override) : Kind.of(file);
    if (kind.isEmpty()) {
      return new Outcome(null, true, "not a post-mortem file (unknown extension)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      Postmortem pm;
      switch (kind.get()) {
        case JSON:
          pm = reader.readDocument(in, Format.JSON, name).postmortem();
          break;
        case YAML:
          pm = reader.readDocument(in, Format.YAML, name).postmortem();
          break;
        case MARKDOWN:
          pm = importer.importMarkdown(in, name).postmortem();
          break;
        default:
          pm = importer.importDocx(in, name).postmortem();
      }
      if (!hasContent(pm)) {
        return new Outcome(null, true, "not a post-mortem: no severity, impact, detection, trigger,"
            + " resolution, lessons, incident times, timeline, causes, 5 Whys or action items");
      }
      return new Outcome(pm, false, null);
    } catch (PostmortemFormatException e) {
      return new Outcome(null, false, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return new Outcome(null, false, name + ": cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(null, false, name + ": " + e);
    }
  }

  /**
   * Whether a document has what makes it a post-mortem rather than a README, an index or an
   * unfilled template: at least one of a severity, an impact, a detection, trigger or resolution,
   * lessons learned, an incident time, timeline events,
   * causes, 5 Whys or action items.
   */
  static boolean hasContent(Postmortem pm) {
    return pm.severity().isPresent() || pm.impact().isPresent() || pm.detection().isPresent()
        || pm.trigger().isPresent() || pm.resolution().isPresent()
        || !pm.lessonsLearned().equals(dev.postmortem.model.Lessons.empty())
        || pm.incident().started().isPresent() || pm.incident().detected().isPresent()
        || pm.incident().resolved().isPresent() || !pm.timeline().isEmpty()
        || !pm.causes().isEmpty() || !pm.fiveWhys().isEmpty() || !pm.actionItems().isEmpty();
  }
}

package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands FILE|DIR arguments into the files to read. */
public final class Inputs {
  private Inputs() {}

  /** One argument that could not be expanded, kept so the other files are still processed. */
  public static final class Problem {
    /** The argument as given. */
    public final String path;
    /** What is wrong. */
    public final String message;

    Problem(String path, String message) {
      this.path = path;
      this.message = message;
    }
  }

  /** The files found and the arguments that failed. */
  public static final class Expansion {
    /** Files to read, in argument order; files under a directory sorted by path. */
    public final List<Path> files = new ArrayList<>();
    /** Arguments that named nothing readable. */
    public final List<Problem> problems = new ArrayList<>();
    /** The files found by walking a directory (not named on the command line). */
    public final java.util.Set<Path> walked = new java.util.HashSet<>();
  }

  /**
   * Expands the arguments. A file is taken whatever its extension (the reader complains if it
   * cannot tell the format); a directory is walked for files with a recognised extension,
   * skipping hidden files and directories.
   */
  public static Expansion expand(List<Path> args) {
    Expansion result = new Expansion();
    for (Path arg : args) {
      if (Files.isRegularFile(arg)) {
        result.files.add(arg);
      } else if (Files.isDirectory(arg)) {
        List<Path> found = walk(arg);
        if (found.isEmpty()) {
          result.problems.add(new Problem(arg.toString(),
              "no post-mortem files (" + InputFormat.allExtensions() + ") in this directory"));
        }
        result.files.addAll(found);
        result.walked.addAll(found);
      } else if (Files.exists(arg)) {
        result.problems.add(new Problem(arg.toString(), "not a regular file or directory"));
      } else {
        result.problems.add(new Problem(arg.toString(), "no such file or directory"));
      }
    }
    return result;
  }

  /** Expands the arguments and fails on the first problem; for commands that need every input. */
  public static List<Path> expandOrFail(List<Path> args) {
    Expansion e = expand(args);
    if (!e.problems.isEmpty()) {
      Problem p = e.problems.get(0);
      throw new CliException(p.path + ": " + p.message);
    }
    return e.files;
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !hidden(dir, p))
          .filter(Files::isRegularFile)
          .filter(p -> InputFormat.of(p).isPresent())
          .map(Path::normalize)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

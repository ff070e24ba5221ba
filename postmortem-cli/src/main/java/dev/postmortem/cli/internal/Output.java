package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's text result to standard output or to a file. */
final class Output {
  private Output() {}

  /**
   * Writes {@code text} to {@code file}, creating its directory, or to {@code out} when {@code
   * file} is {@code null}.
   */
  static void write(String text, Path file, PrintWriter out) throws IOException {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SafeFiles.write(file, os -> os.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}

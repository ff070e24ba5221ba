package dev.postmortem.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.internal.Jackson;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes post-mortems in the canonical form of the file format: a fixed key order, empty values
 * left out, times as ISO-8601 with their offset, UTF-8, a final newline. Reading the output and
 * writing it again gives identical bytes.
 *
 * <pre>{@code
 * PostmortemWriter yaml = PostmortemWriter.create(Format.YAML);
 * yaml.write(postmortem, Path.of("incident.yaml"));
 * String text = yaml.toString(postmortem);
 * }</pre>
 *
 * <p>Immutable and thread-safe. All failures are unchecked: {@link UncheckedIOException} when a
 * file or stream cannot be written.
 */
public final class PostmortemWriter {
  private static final PostmortemWriter JSON = new PostmortemWriter(Format.JSON);
  private static final PostmortemWriter YAML = new PostmortemWriter(Format.YAML);

  private final Format format;
  private final ObjectMapper mapper;

  private PostmortemWriter(Format format) {
    this.format = format;
    this.mapper = Jackson.writer(format);
  }

  /**
   * A writer for the format.
   *
   * @param format {@link Format#JSON} or {@link Format#YAML}
   * @return the writer (a shared instance)
   */
  public static PostmortemWriter create(Format format) {
    return Objects.requireNonNull(format, "format must not be null") == Format.JSON ? JSON : YAML;
  }

  /**
   * The format written.
   *
   * @return the format
   */
  public Format format() {
    return format;
  }

  /**
   * The post-mortem as text.
   *
   * @param postmortem the post-mortem
   * @return the document, ending with a newline
   */
  public String toString(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    try {
      String text = mapper.writeValueAsString(postmortem);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize post-mortem " + postmortem.id(), e);
    }
  }

  /**
   * The post-mortem as UTF-8 bytes.
   *
   * @param postmortem the post-mortem
   * @return the document's bytes
   */
  public byte[] toBytes(Postmortem postmortem) {
    return toString(postmortem).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the post-mortem as UTF-8 to the stream, which stays open.
   *
   * @param postmortem the post-mortem
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Postmortem postmortem, OutputStream out) {
    Objects.requireNonNull(out, "out must not be null");
    byte[] bytes = toBytes(postmortem);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the post-mortem as UTF-8 to a file, replacing it if it exists.
   *
   * @param postmortem the post-mortem
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Postmortem postmortem, Path file) {
    Objects.requireNonNull(file, "file must not be null");
    byte[] bytes = toBytes(postmortem);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}

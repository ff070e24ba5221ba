package dev.postmortem.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.internal.Jackson;
import dev.postmortem.model.Postmortem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes post-mortems in the canonical form of the file format: a fixed key order, empty values
 * left out, times as ISO-8601 with their offset, UTF-8, a final newline. Reading the output and
 * writing it again gives identical bytes.
 *
 * <p>Immutable and thread-safe.
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

  /** A writer for the format. */
  public static PostmortemWriter of(Format format) {
    return Objects.requireNonNull(format, "format must not be null") == Format.JSON ? JSON : YAML;
  }

  /** A JSON writer. */
  public static PostmortemWriter json() {
    return JSON;
  }

  /** A YAML writer. */
  public static PostmortemWriter yaml() {
    return YAML;
  }

  /** The format written. */
  public Format format() {
    return format;
  }

  /** The post-mortem as a string. */
  public String write(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    try {
      String text = mapper.writeValueAsString(postmortem);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize post-mortem " + postmortem.id(), e);
    }
  }

  /**
   * Writes the post-mortem as UTF-8 to the stream, which stays open.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Postmortem postmortem, OutputStream out) {
    try {
      out.write(write(postmortem).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

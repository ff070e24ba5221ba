package dev.postmortem.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the post-mortem file format, generated from the model and
 * shipped in this jar at {@value #RESOURCE}.
 */
public final class PostmortemSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "https://postmortem.dev/schema/postmortem-1.schema.json";

  /** The classpath resource holding the schema. */
  public static final String RESOURCE = "/dev/postmortem/schema/postmortem-1.schema.json";

  private PostmortemSchema() {}

  /** The schema's text. */
  public static String text() {
    try (InputStream in = PostmortemSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

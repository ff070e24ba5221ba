package dev.postmortem.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the post-mortem file format, generated from the model and
 * shipped in this jar at {@value #RESOURCE}.
 *
 * <p>It accepts every document the strict reader accepts (the enum spellings it reads, extension
 * values of any JSON type) and rejects what the reader rejects where JSON Schema can say so: an
 * unknown property or value, a blank id, title or name, a time without an offset, a timeline event
 * with neither {@code at} nor {@code timeText}, a {@code schemaVersion} other than 1. What it
 * cannot say — references between causes, unique ids — only the reader checks.
 *
 * <p>Its {@code $id} ({@value #ID}) names it and is not an address: editors use a local copy,
 * written by {@code postmortem schema --out} {@value #FILE_NAME}, for example with a YAML file's
 * {@code # yaml-language-server: $schema=postmortem-1.schema.json} line.
 */
public final class PostmortemSchema {
  /** The schema's {@code $id}: a name, not an address. */
  public static final String ID = "urn:postmortem-kit:schema:postmortem-1";

  /** The file name to give a local copy of the schema. */
  public static final String FILE_NAME = "postmortem-1.schema.json";

  /** The classpath resource holding the schema. */
  public static final String RESOURCE = "/dev/postmortem/schema/postmortem-1.schema.json";

  private PostmortemSchema() {}

  /**
   * The schema's text.
   *
   * @return the schema, as JSON
   */
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

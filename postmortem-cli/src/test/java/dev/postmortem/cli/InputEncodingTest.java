package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input in other encodings than UTF-8: detected (UTF-16, as PowerShell writes) or named. */
class InputEncodingTest {
  private static final String YAML = "id: PM-9\ntitle: Paiements refusés à la caisse\nstatus: draft\n";
  private static final String MARKDOWN = "# Paiements refusés\n\n## Summary\n\nLe service a échoué.\n";

  @TempDir Path dir;

  private Path write(String name, String text, String charset, boolean bom) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes("\uFEFF".getBytes(Charset.forName(charset)));
    }
    out.writeBytes(text.getBytes(Charset.forName(charset)));
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  private static String title(Cli.Result json) throws IOException {
    return new ObjectMapper().readTree(json.out()).get("title").asText();
  }

  @Test
  void powerShellsUtf16IsReadWithoutAnOption() throws IOException {
    Path file = write("ps.yaml", YAML, "UTF-16LE", true);
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Cli.Result json = Cli.run("convert", file.toString(), "--to", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(title(json)).isEqualTo("Paiements refusés à la caisse");
  }

  @Test
  void aNamedEncodingIsUsedForYamlAndMarkdown() throws IOException {
    Path yaml = write("latin.yaml", YAML, "windows-1252", false);
    Cli.Result without = Cli.run("validate", yaml.toString());
    assertThat(without.exitCode()).as(without.toString()).isEqualTo(2);
    Cli.Result json = Cli.run("convert", yaml.toString(), "--to", "json", "--input-encoding", "windows-1252");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(title(json)).isEqualTo("Paiements refusés à la caisse");

    Path md = write("latin.md", MARKDOWN, "ISO-8859-1", false);
    Cli.Result imported = Cli.run("convert", md.toString(), "--to", "json", "--input-encoding", "ISO-8859-1");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(title(imported)).isEqualTo("Paiements refusés");

    Path be = write("be.yaml", YAML, "UTF-16BE", true);
    Cli.Result named = Cli.run("validate", "--input-encoding", "UTF-16BE", be.toString());
    assertThat(named.exitCode()).as(named.toString()).isZero();
  }

  @Test
  void bytesNotValidInTheNamedEncodingAreOneLocatedError() throws IOException {
    Path file = write("utf8.yaml", YAML, "UTF-8", false);
    Cli.Result r = Cli.run("validate", "--input-encoding", "US-ASCII", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).contains(file + ": error unreadable-input: not valid US-ASCII (--input-encoding)");
  }
}

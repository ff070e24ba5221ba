package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.cli.PostmortemCli;
import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI's {@code render} command writes only inside its output folder, whatever the input's
 * file name, id or title.
 */
class CliRenderPathsTest {
  @ParameterizedTest
  @ValueSource(strings = {"..%2f..%2fescape.yaml", "a\\..\\..\\escape.yaml", "...yaml", "..yaml", " .yaml",
      "name with spaces & $(rm).yaml", "-rf.yaml", "CON.yaml", "x.yaml.yaml"})
  void outputStaysInTheOutputFolder(String fileName, @TempDir Path root) throws IOException {
    Postmortem pm = PostmortemGenerator.seeded(7).timelineEvents(2).next();
    pm = Postmortem.copyOf(pm).withId("../../../../tmp/escape-id").withTitle("../../escape-title/..\\..\\x");
    Path in = Files.createDirectories(root.resolve("in"));
    Path file = Files.writeString(in.resolve(fileName), PostmortemWriter.create(Format.YAML).toString(pm));
    Path out = root.resolve("out/reports");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = PostmortemCli.run(new PrintWriter(stdout), new PrintWriter(stderr),
        "render", "--to", "md,docx,pdf", "--out", out.toString(), "--", file.toString());
    assertThat(code).as("exit code; stderr: %s", stderr).isZero();
    List<Path> written;
    try (Stream<Path> all = Files.walk(root)) {
      written = all.filter(Files::isRegularFile).filter(p -> !p.equals(file)).toList();
    }
    assertThat(written).as("files written").hasSize(3);
    for (Path p : written) {
      assertThat(p.toAbsolutePath().normalize()).as("written file").startsWith(out.toAbsolutePath().normalize());
      assertThat(p.getParent()).isEqualTo(out);
    }
  }
}

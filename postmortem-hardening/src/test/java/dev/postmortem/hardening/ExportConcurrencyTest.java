package dev.postmortem.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.Audience;
import dev.postmortem.export.Exporter;
import dev.postmortem.model.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One validator and one exporter of each format, shared by 8 threads, give exactly what one
 * thread gives, over 1,000 documents each ({@code postmortem.concurrency.documents}; Word and PDF
 * use {@code postmortem.concurrency.heavy}, also 1,000, lowered only when iterating locally).
 */
class ExportConcurrencyTest {
  private static final int THREADS = 8;
  private static final int DOCUMENTS = Integer.getInteger("postmortem.concurrency.documents", 1000);
  private static final int HEAVY = Integer.getInteger("postmortem.concurrency.heavy", 1000);
  private static final List<Postmortem> DOCS = new ArrayList<>();
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    PostmortemGenerator gen = PostmortemGenerator.seeded(808).hostileStrings(true).timelineEvents(2)
        .actionItems(1).causes(1);
    for (int i = 0; i < DOCUMENTS; i++) {
      DOCS.add(gen.next());
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  private static <T> void sameAsOneThread(String what, int count, Function<Postmortem, T> work)
      throws Exception {
    List<Postmortem> docs = DOCS.subList(0, Math.min(count, DOCS.size()));
    List<T> single = new ArrayList<>(docs.size());
    for (Postmortem pm : docs) {
      single.add(work.apply(pm));
    }
    List<Future<T>> futures = new ArrayList<>(docs.size());
    for (Postmortem pm : docs) {
      futures.add(pool.submit(() -> work.apply(pm)));
    }
    for (int i = 0; i < docs.size(); i++) {
      assertThat(futures.get(i).get()).as("%s of document %d with %d threads", what, i, THREADS)
          .isEqualTo(single.get(i));
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sharedValidator() throws Exception {
    Validator validator = Validator.create();
    sameAsOneThread("validation", DOCUMENTS, pm -> {
      ValidationReport r = validator.validate(pm);
      return r.toString();
    });
  }

  @ParameterizedTest
  @EnumSource(Exports.Kind.class)
  void sharedExporter(Exports.Kind kind) throws Exception {
    Exporter exporter = Exports.exporter(kind, kind == Exports.Kind.PDF ? Audience.EXTERNAL : Audience.INTERNAL);
    sameAsOneThread(kind + " export", kind == Exports.Kind.MARKDOWN ? DOCUMENTS : HEAVY,
        pm -> sha256(Exports.bytes(exporter, pm)));
  }
}

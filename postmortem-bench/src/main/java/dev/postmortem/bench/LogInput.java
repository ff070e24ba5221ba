package dev.postmortem.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes the input of the timeline benchmark: an application log in the logback layout of the
 * given size, the way a busy service writes one. Most lines are INFO and DEBUG request lines;
 * about one in a hundred is a WARN or ERROR from a handful of recurring problems (ERRORs with a
 * three-frame stack trace), and a change of state (a configuration reload, a circuit breaker) comes
 * every 100,000 lines. The same seed gives the same bytes.
 *
 * <p>{@code java -cp benchmarks.jar dev.postmortem.bench.LogInput MEGABYTES out.log}
 */
public final class LogInput {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
  private static final String[] PROBLEMS = {
    "WARN  [exec-%d] c.e.checkout.db.PoolMonitor - Connection pool wait time %d ms exceeds 2000 ms",
    "ERROR [exec-%d] c.e.checkout.api.PaymentController - Timeout waiting for connection from pool after %d ms",
    "WARN  [exec-%d] c.e.checkout.client.TaxClient - Retrying tax lookup, attempt %d of 3",
    "ERROR [exec-%d] c.e.checkout.client.PaymentGateway - Upstream returned 503 after %d ms",
  };
  private static final String[] CHANGES = {
    "INFO  [config-watcher] c.e.checkout.config.PoolConfig - Configuration applied: db.pool.maxSize=%d",
    "WARN  [resilience] c.e.checkout.client.PaymentGateway - Circuit breaker opened after %d failures",
    "INFO  [resilience] c.e.checkout.client.PaymentGateway - Circuit breaker closed after %d probes",
  };

  private LogInput() {}

  /**
   * Writes the file.
   *
   * @param args the size in megabytes and the output path
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LogInput <megabytes> <out.log>");
      System.exit(2);
    }
    long bytes = Long.parseLong(args[0]) << 20;
    write(bytes, Path.of(args[1]));
  }

  /** Writes about {@code bytes} bytes of log to {@code out}. */
  static void write(long bytes, Path out) throws IOException {
    SplittableRandom random = new SplittableRandom(19);
    LocalDateTime t = LocalDateTime.of(2026, 10, 14, 0, 0);
    long written = 0;
    long line = 0;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      while (written < bytes) {
        t = t.plusNanos(random.nextInt(1, 6) * 1_000_000L);
        String stamp = TIME.format(t);
        String body;
        int r = random.nextInt(1000);
        line++;
        if (line % 100_000 == 0) {
          body = String.format(CHANGES[(int) (line / 100_000 % CHANGES.length)], random.nextInt(5, 60));
        } else if (r < 10) {
          body = String.format(PROBLEMS[r % PROBLEMS.length], random.nextInt(1, 200), random.nextInt(2000, 9000));
        } else if (r < 30) {
          body = "DEBUG [exec-" + random.nextInt(1, 200) + "] c.e.checkout.api.CartService - cart "
              + random.nextInt(1_000_000) + " priced with " + random.nextInt(1, 30) + " items";
        } else {
          body = "INFO  [exec-" + random.nextInt(1, 200) + "] c.e.checkout.api.OrderController - POST /orders "
              + (random.nextInt(100) < 97 ? 201 : 409) + " in " + random.nextInt(20, 400) + " ms (order "
              + random.nextInt(1_000_000) + ")";
        }
        String l = stamp + " " + body + "\n";
        w.write(l);
        written += l.length();
        if (body.startsWith("ERROR")) {
          String trace = "java.sql.SQLTransientConnectionException: checkout-pool - Connection is not available\n"
              + "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n"
              + "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n";
          w.write(trace);
          written += trace.length();
        }
      }
    }
  }
}

package dev.postmortem.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded byte-level mutations of valid documents: bit flips, deleted, repeated and swapped spans,
 * truncation, splicing with another document, and insertion of format tokens from a dictionary.
 * The same seed always gives the same mutants, so a failure is reproduced from its seed.
 */
final class Mutator {
  /** Code points that break naive text handling; inserted as UTF-8. */
  private static final List<String> NASTY = List.of(
      "\u0000", "\u0007", "\uFEFF", "\u202E", "\u2028", "\u00A0", "\uD83D\uDD25", "\r", "\t", "\\",
      "\"", "'", "\n", "\r\n", "ı", "İ", "\uFFFF", "\u0085", "%", "&", "<", ">");

  private final SplittableRandom random;
  private final List<String> dictionary;

  Mutator(long seed, List<String> dictionary) {
    this.random = new SplittableRandom(seed);
    this.dictionary = dictionary;
  }

  SplittableRandom random() {
    return random;
  }

  /** One to four mutations of {@code base}; {@code other} is used for splicing. */
  byte[] mutate(byte[] base, byte[] other) {
    byte[] out = base;
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      out = once(out, other);
    }
    return out;
  }

  private byte[] once(byte[] in, byte[] other) {
    int n = in.length;
    if (n == 0) {
      return token().getBytes(StandardCharsets.UTF_8);
    }
    int at = random.nextInt(n);
    int len = 1 + random.nextInt(Math.max(1, Math.min(64, n - at)));
    switch (random.nextInt(10)) {
      case 0: { // flip one bit
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 1: { // random byte
        byte[] out = in.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
      }
      case 2: // delete a span
        return concat(slice(in, 0, at), slice(in, at + len, n));
      case 3: // repeat a span a few times
        return concat(slice(in, 0, at + len), repeat(slice(in, at, at + len), 1 + random.nextInt(4)),
            slice(in, at + len, n));
      case 4: // truncate
        return slice(in, 0, at);
      case 5: { // splice with the other document
        int cut = other.length == 0 ? 0 : random.nextInt(other.length);
        return concat(slice(in, 0, at), slice(other, cut, other.length));
      }
      case 6: { // swap two spans
        int at2 = random.nextInt(n);
        int a = Math.min(at, at2);
        int b = Math.max(at, at2);
        int l = Math.min(len, b - a);
        if (l <= 0) {
          return in;
        }
        int l2 = Math.min(l, n - b);
        return concat(slice(in, 0, a), slice(in, b, b + l2), slice(in, a + l, b),
            slice(in, a, a + l), slice(in, b + l2, n));
      }
      case 7: // overwrite a span with a token
        return concat(slice(in, 0, at), token().getBytes(StandardCharsets.UTF_8), slice(in, at + len, n));
      default: // insert a token
        return concat(slice(in, 0, at), token().getBytes(StandardCharsets.UTF_8), slice(in, at, n));
    }
  }

  private String token() {
    return random.nextInt(3) == 0
        ? NASTY.get(random.nextInt(NASTY.size()))
        : dictionary.get(random.nextInt(dictionary.size()));
  }

  private static byte[] slice(byte[] in, int from, int to) {
    int f = Math.max(0, Math.min(from, in.length));
    int t = Math.max(f, Math.min(to, in.length));
    byte[] out = new byte[t - f];
    System.arraycopy(in, f, out, 0, out.length);
    return out;
  }

  private static byte[] repeat(byte[] in, int times) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * times);
    for (int i = 0; i < times; i++) {
      out.writeBytes(in);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

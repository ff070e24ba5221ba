package dev.postmortem.archive;

import dev.postmortem.archive.ArchiveReport.Problem;
import dev.postmortem.archive.ArchiveReport.ProblemKind;
import dev.postmortem.archive.internal.Analysis;
import dev.postmortem.archive.internal.Digest;
import dev.postmortem.archive.internal.Digester;
import dev.postmortem.archive.internal.Loader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Analyses an archive of post-mortems: a folder a team keeps in its repository, in any mix of
 * JSON, YAML, Markdown and Word.
 *
 * <p>Built once and shared (immutable and thread-safe). {@link #analyse(List)} reads the files in
 * parallel on the machine's cores; each post-mortem is reduced to the few facts the report needs
 * as soon as it is read, so memory grows with the report, not with the archive.
 *
 * <pre>{@code
 * Archive archive = Archive.builder()
 *     .policy(ArchivePolicy.read(Path.of("archive-policy.yaml")))
 *     .asOf(LocalDate.parse("2026-06-30"))
 *     .exclude("drafts/**")
 *     .build();
 * ArchiveReport report = archive.analyse(List.of(Path.of("postmortems")));
 * ReviewPack.create(ReviewPack.Format.PDF).write(report, Path.of("review-pack.pdf"));
 * }</pre>
 */
public final class Archive {
  private final ArchivePolicy policy;
  private final Clock clock;
  private final LocalDate asOf;
  private final List<String> excludes;
  private final Loader.Kind inputFormat;
  private final int parallelism;

  private Archive(Builder b) {
    this.policy = b.policy;
    this.clock = b.clock;
    this.asOf = b.asOf;
    this.excludes = List.copyOf(b.excludes);
    this.inputFormat = b.inputFormat;
    this.parallelism = b.parallelism;
  }

  /**
   * A builder with the default policy, the system clock and no exclusions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses the post-mortems under {@code paths}: each file as given, each directory walked for
   * {@code .json}, {@code .yaml}, {@code .yml}, {@code .md}, {@code .markdown}, {@code .mdx} and
   * {@code .docx} files (hidden ones and those matching an exclusion left out). A file that cannot
   * be read is listed in {@link ArchiveReport#problems()} with its error and the rest is analysed.
   *
   * @param paths files and directories
   * @return the report
   * @throws UncheckedIOException when a path does not exist, a directory cannot be walked or the
   *     thread is interrupted (an {@link InterruptedIOException} as its cause)
   */
  public ArchiveReport analyse(List<Path> paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    List<Path> files;
    try {
      files = Loader.expand(paths, excludes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive: " + e.getMessage(), e);
    }
    Loader loader = new Loader(inputFormat);
    Digester digester = new Digester(policy);
    Object[] results = new Object[files.size()];
    Runnable work = () -> IntStream.range(0, files.size()).parallel().forEach(i -> {
      Path f = files.get(i);
      Loader.Outcome o = loader.load(f);
      results[i] = o.postmortem() != null ? digester.digest(o.postmortem(), f.toString())
          : new Problem(f.toString(), o.skipped() ? ProblemKind.SKIPPED : ProblemKind.UNREADABLE,
              o.problem());
    });
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException cause =
          new InterruptedIOException("interrupted while reading the archive");
      cause.initCause(e);
      throw new UncheckedIOException(cause.getMessage(), cause);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdown();
    }
    List<Digest> digests = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Object r : results) {
      if (r instanceof Digest) {
        digests.add((Digest) r);
      } else {
        problems.add((Problem) r);
      }
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    return new Analysis(policy, day).report(digests, problems);
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public ArchivePolicy policy() {
    return policy;
  }

  /** The kinds of input file, for {@link Builder#inputFormat}. */
  public enum InputFormat {
    /** JSON in the post-mortem file format. */
    JSON,
    /** YAML in the post-mortem file format. */
    YAML,
    /** Markdown from any template, imported. */
    MARKDOWN,
    /** Word, imported. */
    DOCX
  }

  /** Configures an {@link Archive}. */
  public static final class Builder {
    private ArchivePolicy policy = ArchivePolicy.create();
    private Clock clock = Clock.systemUTC();
    private LocalDate asOf;
    private final List<String> excludes = new ArrayList<>();
    private Loader.Kind inputFormat;
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * The policy; defaults to {@link ArchivePolicy#create()}.
     *
     * @param policy the policy
     * @return {@code this}
     */
    public Builder policy(ArchivePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * The clock whose day the report is as of, unless {@link #asOf} is set; defaults to UTC.
     *
     * @param clock the clock
     * @return {@code this}
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * The day the report is as of: overdue items, due reviews and ages count from it. Fixing it
     * makes the report, and every format written from it, the same on every run.
     *
     * @param asOf the day
     * @return {@code this}
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
      return this;
    }

    /**
     * Leaves out files matching a glob, for example {@code drafts/**} or {@code README.md}, matched
     * against the path relative to the directory given and against the file name.
     *
     * @param glob the glob
     * @return {@code this}
     */
    public Builder exclude(String glob) {
      this.excludes.add(Objects.requireNonNull(glob, "glob must not be null"));
      return this;
    }

    /**
     * Reads every file as this kind, whatever its extension; by default the extension decides.
     *
     * @param format the kind
     * @return {@code this}
     */
    public Builder inputFormat(InputFormat format) {
      this.inputFormat = Loader.Kind.valueOf(Objects.requireNonNull(format, "format").name());
      return this;
    }

    /**
     * How many files are read at once; defaults to the number of processors.
     *
     * @param threads at least 1
     * @return {@code this}
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * The archive.
     *
     * @return the archive
     */
    public Archive build() {
      return new Archive(this);
    }
  }
}

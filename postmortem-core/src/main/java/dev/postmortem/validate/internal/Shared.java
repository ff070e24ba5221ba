package dev.postmortem.validate.internal;

import dev.postmortem.model.Postmortem;
import dev.postmortem.validate.Policy;
import java.lang.ref.WeakReference;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the built-in rules of one validation share instead of computing it once per rule: the
 * names of the people in the post-mortem, the linter's hits by family, and the hits of single
 * texts. Kept per thread for the post-mortem being validated; the validator clears it before and
 * after every run, and a different post-mortem (or policy, for the hits) starts afresh.
 */
final class Shared {
  private static final ThreadLocal<Shared> CURRENT = new ThreadLocal<>();

  private final WeakReference<Postmortem> pm;
  private BlamelessLinter.Names names;
  private WeakReference<Policy> hitsPolicy;
  private Map<BlamelessLinter.Family, List<LanguageRules.Located>> hits;
  /** Hits without allow or deny terms, by the identity of the text. */
  private final Map<String, List<BlamelessLinter.Hit>> plain = new IdentityHashMap<>();
  private final BlamelessLinter.Scratch scratch = new BlamelessLinter.Scratch();

  private Shared(Postmortem pm) {
    this.pm = new WeakReference<>(pm);
  }

  /** The shared values of this thread's validation of {@code pm}. */
  static Shared of(Postmortem pm) {
    Shared s = CURRENT.get();
    if (s == null || s.pm.get() != pm) {
      s = new Shared(pm);
      CURRENT.set(s);
    }
    return s;
  }

  /** Forgets the last post-mortem: called before and after every validation. */
  static void reset() {
    CURRENT.remove();
  }

  /** The participants, handles and authors of the post-mortem. */
  BlamelessLinter.Names names() {
    if (names == null) {
      Postmortem p = pm.get();
      names = p == null ? BlamelessLinter.Names.NONE : BlamelessLinter.Names.of(p);
    }
    return names;
  }

  /** The hits of the blameless-language linter by family, for a policy; null when not computed. */
  Map<BlamelessLinter.Family, List<LanguageRules.Located>> hits(Policy policy) {
    return hits != null && hitsPolicy.get() == policy ? hits : null;
  }

  void hits(Policy policy, Map<BlamelessLinter.Family, List<LanguageRules.Located>> byFamily) {
    this.hitsPolicy = new WeakReference<>(policy);
    this.hits = byFamily;
  }

  /** The fields the English lexicons did not check, as (pointer, reason) pairs; null when not computed. */
  List<String[]> notChecked() {
    return notChecked;
  }

  void notChecked(List<String[]> fields) {
    this.notChecked = fields;
  }

  private List<String[]> notChecked;

  /**
   * The linter's hits in a text of the post-mortem, with its names and no allow or deny terms; none
   * in a text that is not English.
   */
  List<BlamelessLinter.Hit> lintPlain(String text) {
    List<BlamelessLinter.Hit> h = plain.get(text);
    if (h == null) {
      h = LanguageGuess.notEnglish(text).isPresent() ? List.of()
          : BlamelessLinter.lint(text, names(), BlamelessLinter.Terms.NONE, scratch);
      plain.put(text, h);
    }
    return h;
  }

  /** Like {@link #lintPlain} but without keeping the result. */
  List<BlamelessLinter.Hit> lintPlainOnce(String text) {
    List<BlamelessLinter.Hit> h = plain.get(text);
    return h != null ? h : BlamelessLinter.lint(text, names(), BlamelessLinter.Terms.NONE, scratch);
  }

  /** The linter's hits in a text of the post-mortem with allow and deny terms. */
  List<BlamelessLinter.Hit> lint(String text, BlamelessLinter.Terms terms) {
    return BlamelessLinter.lint(text, names(), terms, scratch);
  }
}

package dev.postmortem.validate.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Who acts in a clause: a small agent/subject heuristic for the blame patterns. A noun phrase is a
 * {@link #PERSON} when its head is a pronoun for people, a role or team noun, a name (a capitalised
 * word that is not a known system word, in mid-sentence or, at the start of a sentence, not an
 * ordinary English word shape), or a known participant; a {@link #SYSTEM} when its head is a system
 * noun, a known product or an acronym that is not a role. Word lists alone cannot tell "the team
 * failed to" from "the check failed to"; the subject can.
 */
final class Agents {
  private Agents() {}

  static final int NONE = 0;
  static final int PERSON = 1;
  static final int SYSTEM = 2;
  static final int UNKNOWN = 3;

  private static Set<String> set(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  static final Set<String> PRONOUNS = set("i", "we", "you", "he", "she", "they", "someone", "somebody",
      "nobody", "anyone", "anybody", "everyone", "everybody", "whoever", "who", "me", "us", "him", "her",
      "them");
  static final Set<String> POSSESSIVE_PRONOUNS = set("my", "our", "your", "his", "her", "their");
  static final Set<String> ROLES = set("engineer", "engineers", "operator", "operators", "developer",
      "developers", "dev", "devs", "team", "teams", "squad", "group", "dba", "dbas", "sre", "sres",
      "reviewer", "reviewers", "approver", "approvers", "staff", "contractor", "contractors", "intern",
      "interns", "hire", "hires", "manager", "managers", "management", "leadership", "lead", "leads",
      "owner", "owners", "vendor", "administrator", "administrators", "admin", "admins", "qa", "shift",
      "rotation", "on-call", "oncall", "responder", "responders", "commander", "author", "authors",
      "person", "people", "colleague", "colleagues", "employee", "employees", "ops", "tester", "testers",
      "architect", "architects", "analyst", "analysts", "specialist", "specialists", "technician",
      "technicians", "director", "executive", "executives", "cto", "ceo", "folks", "guy", "guys",
      "newcomer", "junior", "seniors", "department", "crew", "human", "humans");
  static final Set<String> SYSTEM_NOUNS = set("system", "systems", "service", "services", "tool",
      "tools", "tooling", "check", "checks", "probe", "probes", "alert", "alerts", "alerting", "monitor",
      "monitoring", "monitors", "job", "jobs", "cron", "script", "scripts", "pipeline", "pipelines",
      "deploy", "deploys", "deployment", "deployments", "release", "releases", "rollout", "rollouts",
      "canary", "build", "builds", "test", "tests", "suite", "cache", "caches", "queue", "queues",
      "disk", "disks", "node", "nodes", "cluster", "clusters", "database", "databases", "db", "replica",
      "replicas", "primary", "standby", "server", "servers", "host", "hosts", "pod", "pods", "container",
      "containers", "scheduler", "autoscaler", "controller", "balancer", "proxy", "gateway", "router",
      "switch", "firewall", "dns", "cdn", "api", "sdk", "client", "clients", "certificate",
      "certificates", "key", "keys", "token", "tokens", "index", "indexes", "table", "tables", "lock",
      "locks", "network", "link", "links", "console", "interface", "ui", "form", "parser", "linter",
      "validator", "watchdog", "consumer", "consumers", "producer", "broker", "worker", "workers",
      "timer", "lease", "mutex", "breaker", "limiter", "sidecar", "runbook", "runbooks", "procedure",
      "checklist", "handbook", "documentation", "docs", "process", "policy", "flag", "flags", "feature",
      "endpoint", "endpoints", "fix", "patch", "change", "changes", "commit", "diff", "snapshot",
      "snapshots", "backup", "backups", "restore", "failover", "retry", "retries", "timeout",
      "threshold", "metric", "metrics", "query", "queries", "code", "library", "dependency", "driver",
      "firmware", "nic", "cable", "cables", "sensor", "sensors", "rack", "array", "compaction",
      "classifier", "step", "default", "template", "schema", "migration", "migrations", "config",
      "configuration", "dashboard", "dashboards", "app", "application", "website", "site", "page",
      "pages", "agent", "daemon", "program", "software", "hardware", "machine", "machines", "vm", "vms",
      "instance", "instances", "region", "regions", "zone", "storage", "platform", "load", "traffic",
      "request", "requests", "response", "responses", "upgrade", "update", "patching", "kernel",
      "bucket", "volume", "volumes", "partition", "plan", "approach", "design", "architecture",
      "validation", "review", "drill", "experiment", "loop", "thread", "threads", "process", "cronjob",
      "nothing", "analysis", "heuristic", "rule", "rules", "engine", "model", "algorithm", "detector",
      "filter", "mechanism", "framework", "stack", "component", "components", "module", "modules",
      "resolver", "terraform", "kubernetes", "k8s", "postgres", "postgresql", "mysql", "redis",
      "kafka", "nginx", "etcd", "consul", "vault", "jenkins", "ansible", "argocd", "helm", "docker",
      "elasticsearch", "prometheus", "grafana", "cloudflare", "aws", "gcp", "azure", "linux", "s3",
      "ec2", "lambda", "github", "gitlab", "jira", "pagerduty", "slack", "mongodb", "cassandra",
      "zookeeper", "envoy", "istio", "haproxy", "rabbitmq", "sqs", "bgp");
  /** Words that open or glue a sentence and are never a name when capitalised at its start. */
  static final Set<String> FUNCTION_WORDS = set("the", "a", "an", "this", "that", "these", "those",
      "it", "its", "if", "had", "when", "while", "after", "before", "because", "since", "as", "in",
      "on", "at", "for", "with", "without", "by", "from", "to", "of", "and", "or", "but", "so", "then",
      "there", "here", "what", "which", "whose", "where", "why", "how", "all", "any", "some", "no",
      "not", "every", "each", "both", "one", "only", "once", "also", "again", "still", "even",
      "however", "although", "though", "until", "unless", "during", "over", "under", "our", "my",
      "your", "his", "her", "their", "we", "they", "he", "she", "you", "i", "was", "were", "is", "are",
      "be", "been", "do", "did", "does", "should", "could", "would", "must", "may", "might", "can",
      "will", "shall", "nothing", "everything", "something", "anything", "in", "hindsight", "going",
      "forward", "later", "earlier", "first", "finally", "next", "yesterday", "today", "tomorrow",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "heads", "find", "leadership", "management", "errors", "error", "mistakes",
      "approving", "keeping", "renewing", "any", "whoever", "nobody", "someone", "everyone");
  static final Set<String> SKIP_BEFORE_VERB = set("also", "really", "probably", "likely", "definitely",
      "clearly", "obviously", "certainly", "perhaps", "maybe", "simply", "just", "then", "still",
      "totally", "completely", "entirely", "again", "never", "not", "accidentally", "mistakenly",
      "inadvertently", "apparently", "had", "has", "have", "did", "does", "do", "was", "were", "is",
      "are", "always", "already", "repeatedly", "once", "twice", "all", "both", "themselves",
      "himself", "herself", "ever", "actually", "basically", "literally", "badly", "big", "time");

  /** Whether token k starts a sentence (or follows only an opening word such as "If" or "Had"). */
  static boolean sentenceInitial(String text, BlamelessLinter.Tokens t, int k) {
    int s = t.start(k);
    int p = s - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '"'
        || text.charAt(p) == '*' || text.charAt(p) == '(' || text.charAt(p) == '-')) {
      p--;
    }
    return p < 0 || ".!?:\n".indexOf(text.charAt(p)) >= 0;
  }

  /** Whether a capitalised token looks like a name rather than an ordinary word. */
  private static boolean nameShaped(String text, BlamelessLinter.Tokens t, int k, String w) {
    if (!t.capitalized(k) || FUNCTION_WORDS.contains(w) || SYSTEM_NOUNS.contains(w)) {
      return false;
    }
    int s = t.start(k);
    int e = t.end(k);
    boolean allCaps = true;
    for (int c = s; c < e; c++) {
      char ch = text.charAt(c);
      if (Character.isLowerCase(ch)) {
        allCaps = false;
        break;
      }
    }
    if (allCaps && e - s > 1) {
      return false;
    }
    boolean initial = sentenceInitial(text, t, k);
    if (!initial) {
      return true;
    }
    return !(w.endsWith("ing") || w.endsWith("tion") || w.endsWith("ment") || w.endsWith("ness")
        || w.endsWith("ity") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("ers")
        || w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ies")
        || BlamelessLinter.isVocabulary(w));
  }

  static String stripPossessive(String w) {
    return w.endsWith("'s") ? w.substring(0, w.length() - 2)
        : w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
  }

  /** The kind of the single token k, without context: PERSON, SYSTEM or UNKNOWN. */
  static int kindOf(String text, BlamelessLinter.Tokens t, int k, BlamelessLinter.Names names) {
    if (k < 0 || k >= t.size()) {
      return NONE;
    }
    String w = stripPossessive(t.lower(k));
    if (w.startsWith("@")) {
      return PERSON;
    }
    int s0 = t.start(k);
    if (s0 >= 2 && (text.charAt(s0 - 1) == '.' || text.charAt(s0 - 1) == '/' || text.charAt(s0 - 1) == '_')
        && Character.isLetterOrDigit(text.charAt(s0 - 2))) {
      return SYSTEM;
    }
    if (productShaped(text, s0, t.end(k))) {
      return SYSTEM;
    }
    if (PRONOUNS.contains(w) || POSSESSIVE_PRONOUNS.contains(w)) {
      return PERSON;
    }
    if (w.equals("one") && k > 0 && t.lower(k - 1).equals("no")) {
      return PERSON;
    }
    if (ROLES.contains(w)) {
      if ((w.equals("operator") || w.equals("operators") || w.equals("owner") || w.equals("human"))
          && k > 0 && !t.clauseStart(k) && (SYSTEM_NOUNS.contains(stripPossessive(t.lower(k - 1)))
              || t.capitalized(k - 1) && !sentenceInitial(text, t, k - 1)
              && !FUNCTION_WORDS.contains(t.lower(k - 1)))) {
        return SYSTEM;
      }
      return PERSON;
    }
    if (SYSTEM_NOUNS.contains(w)) {
      return SYSTEM;
    }
    if (names != null && BlamelessLinter.nameAt(t, k, names) >= 0) {
      return PERSON;
    }
    if (nameShaped(text, t, k, w)) {
      return PERSON;
    }
    return UNKNOWN;
  }

  /** A token such as "AndroidX", "iOS", "k8s" or "HTTP2": a capital after the first letter, or a digit. */
  private static boolean productShaped(String text, int s, int e) {
    for (int c = s + 1; c < e; c++) {
      char ch = text.charAt(c);
      if (ch == '\'' || ch == '\u2019' || ch == '-') {
        return false;
      }
      if (Character.isDigit(ch) || Character.isUpperCase(ch) && Character.isLowerCase(text.charAt(s))
          || Character.isUpperCase(ch) && c + 1 < e && Character.isLowerCase(text.charAt(c + 1))
          && Character.isUpperCase(text.charAt(c - 1)) && c - 1 > s) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> PREPOSITIONS = set("of", "from", "in", "on", "at", "for", "with", "by", "about",
      "across", "behind", "inside", "under", "over", "after", "before", "during", "without", "between",
      "through", "via", "into", "onto", "per", "near", "within");

  /**
   * The kind of the subject of the verb at token {@code verb}: the nearest classifiable word before
   * it in its clause (skipping adverbs and auxiliaries), looking back at most six words.
   */
  static int subject(String text, BlamelessLinter.Tokens t, int verb, BlamelessLinter.Names names) {
    int k = verb - 1;
    while (k >= 0 && !t.clauseStart(k + 1) && SKIP_BEFORE_VERB.contains(t.lower(k))) {
      k--;
    }
    if (k < 0 || t.clauseStart(k + 1) && k + 1 <= verb && k + 1 != verb) {
      return NONE;
    }
    if (t.clauseStart(verb) && k == verb - 1) {
      return NONE;
    }
    // "the fix from the Android team could have ...": the head comes before the first preposition
    int start = k;
    while (start > 0 && !t.clauseStart(start) && k - start < 10) {
      start--;
    }
    for (int m = start + 1; m < k; m++) {
      if (PREPOSITIONS.contains(t.lower(m)) && !PREPOSITIONS.contains(t.lower(m - 1))) {
        if (m - 1 > start || !PREPOSITIONS.contains(t.lower(start))) {
          return nounPhraseEndingAt(text, t, m - 1, names);
        }
      }
    }
    return nounPhraseEndingAt(text, t, k, names);
  }

  /** The kind of the noun phrase whose last word is token k (looking back within its clause). */
  static int nounPhraseEndingAt(String text, BlamelessLinter.Tokens t, int k, BlamelessLinter.Names names) {
    int seen = UNKNOWN;
    for (int m = k; m >= 0 && k - m < 6; m--) {
      int kind = kindOf(text, t, m, names);
      if (kind == PERSON && m < k && !t.capitalized(k) && (t.capitalized(m) || t.lower(m).endsWith("'s"))
          && !PRONOUNS.contains(stripPossessive(t.lower(m))) && !ROLES.contains(stripPossessive(t.lower(m)))) {
        // a name modifying an unknown head: "Bunny's nameservers", "AndroidX-compatible projects"
        return UNKNOWN;
      }
      if (kind == PERSON || kind == SYSTEM) {
        return kind;
      }
      String w = t.lower(m);
      if (m < k && (w.equals("which") || w.equals("that") && m != k)) {
        break;
      }
      if (t.clauseStart(m)) {
        break;
      }
    }
    return seen;
  }

  /**
   * The kind of the noun phrase that starts after token {@code from}: the kind of its head, the last
   * person or system word before the phrase ends (at most five words on, at a clause boundary or at a
   * word that is not a determiner or modifier).
   */
  static int nounPhraseAfter(String text, BlamelessLinter.Tokens t, int from, BlamelessLinter.Names names) {
    int kind = UNKNOWN;
    for (int m = from + 1; m < t.size() && m <= from + 5; m++) {
      if (m > from + 1 && t.clauseStart(m)) {
        break;
      }
      String w = t.lower(m);
      int k = kindOf(text, t, m, names);
      if (k == PERSON || k == SYSTEM) {
        kind = k;
        if (w.endsWith("'s") || w.endsWith("s'")) {
          continue;
        }
        String next = m + 1 < t.size() && !t.clauseStart(m + 1) ? t.lower(m + 1) : "";
        if (!ROLES.contains(next) && !SYSTEM_NOUNS.contains(next) && !(t.capitalized(m) && m + 1 < t.size()
            && t.capitalized(m + 1))) {
          break;
        }
        continue;
      }
      if (FUNCTION_WORDS.contains(w) && !BlamePatterns.DETERMINERS.contains(w) && !w.equals("whoever")) {
        break;
      }
    }
    return kind;
  }

}

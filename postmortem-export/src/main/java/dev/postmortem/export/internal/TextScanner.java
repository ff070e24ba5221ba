package dev.postmortem.export.internal;

import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one scanner that the external audience's text goes through: finds what must not reach a
 * customer and replaces it, then repairs the sentence around the replacement.
 *
 * <p>What it finds, in one pass of one regular expression (alternatives tried in this order at each
 * position):
 *
 * <ul>
 *   <li>addresses with a scheme, any scheme and any case ({@code https://}, {@code jdbc:…},
 *       {@code redis://}, {@code ssh://}, {@code file:}, {@code mailto:}): public {@code http(s)}
 *       links stay, everything else is removed;
 *   <li>UNC paths ({@code \\host\share});
 *   <li>e-mail addresses, Unicode local parts and domains included;
 *   <li>IPv4 addresses, with or without a port, and IPv6 addresses;
 *   <li>host names under the internal domains ({@code .internal}, {@code .corp}, {@code .local},
 *       {@code .lan}, … and those given to the exporter), and the internal hosts given by name;
 *   <li>phone numbers written with a leading {@code +} or an area code in parentheses;
 *   <li>chat channel names ({@code #inc-checkout});
 *   <li>ticket keys ({@code ABC-123}) other than the document's own ids and common standards;
 *   <li>every person the document knows (participants, their handles, authors, owners, actors,
 *       follow-up attendees) by full name in any case and any Unicode normal form; the parts of a
 *       participant's or author's name (capitalised, three letters or more) as they are written.
 * </ul>
 *
 * <p>Text is compared in Unicode normal form NFC, so a name written decomposed is found too.
 */
public final class TextScanner {
  /** What a replacement stands for. */
  public enum Kind {
    /** A link or other address with a scheme. */
    LINK("[internal link removed]"),
    /** An e-mail address. */
    EMAIL("[e-mail removed]"),
    /** A host name, IP address or network path. */
    HOST("[internal address removed]"),
    /** A phone number. */
    PHONE("[phone number removed]"),
    /** A chat channel. */
    CHANNEL("[channel removed]"),
    /** A ticket key. */
    TICKET("[ticket removed]"),
    /** A person. */
    PERSON("a team member");

    private final String replacement;

    Kind(String replacement) {
      this.replacement = replacement;
    }

    /** The text that stands in for what was removed. */
    public String replacement() {
      return replacement;
    }
  }

  /** One removal: what kind, and the text removed. */
  public record Removal(Kind kind, String text) {}

  private static final Set<String> INTERNAL_LABELS =
      Set.of("internal", "corp", "intranet", "local", "lan", "intra", "localdomain", "private", "svc",
          "cluster");

  /** Ticket-like words that are standards or common terms, not tickets. */
  private static final Set<String> NOT_TICKETS = Set.of("UTF", "ISO", "SHA", "RFC", "HTTP", "TLS",
      "SSL", "IPV", "COVID", "AES", "RSA", "MD", "EN", "IEC", "IEEE", "ECMA", "ES", "ANSI", "ASCII",
      "CVE", "CWE", "GPT", "ARM", "X", "P", "H", "K", "PCI", "SOC", "TCP", "UDP", "IP", "DNS", "SEV",
      "API", "OAUTH", "USB", "WPA", "HTTPS", "S3", "EC2");

  private static final String URL_CHARS = "[^\\s<>\"'`()\\[\\]{}]";
  private static final String URL = "(?<url>(?<![\\p{L}\\p{N}])(?:[A-Za-z][A-Za-z0-9+.-]{0,30}://"
      + URL_CHARS + "+|(?:jdbc|mailto|file|redis|ldap|smb|sftp|ssh|git|s3|mongodb|postgres|postgresql"
      + "|mysql|amqp|kafka|tel|sip|urn):" + URL_CHARS + "+))";
  private static final String UNC = "(?<unc>\\\\\\\\[\\p{L}\\p{N}._$-]++[^\\s]*+)";
  // tried only where a run of such characters starts, and without backtracking: else a long
  // word without '@' is scanned again from each of its characters (time with its square)
  private static final String EMAIL = "(?<email>(?<![\\p{L}\\p{N}\\p{M}._%+'-])[\\p{L}\\p{N}\\p{M}._%+'-]++@"
      + "[\\p{L}\\p{N}\\p{M}-]++(?:\\.[\\p{L}\\p{N}\\p{M}-]++)+)";
  private static final String IP = "(?<ip>(?<![\\p{N}.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}"
      + "(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?::\\d{1,5})?(?![\\p{N}])"
      + "|(?<![\\p{Alnum}:])(?:[0-9A-Fa-f]{1,4}:){4,7}[0-9A-Fa-f]{1,4}(?![\\p{Alnum}:])"
      + "|(?<![\\p{Alnum}:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4})?(?![\\p{Alnum}:]))";
  private static final String PHONE = "(?<phone>(?<![\\p{N}])(?:\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?"
      + "\\d{1,4}(?:[ .-]?\\d{2,4}){1,4}|\\(\\d{2,4}\\)[ .-]?\\d{3,4}[ .-]?\\d{3,4})(?![\\p{N}]))";
  private static final String CHANNEL = "(?<channel>(?<![\\p{L}\\p{N}&/#])#[\\p{L}][\\p{L}\\p{N}_.-]*"
      + "[\\p{L}\\p{N}])";
  private static final String TICKET = "(?<ticket>(?<![\\p{L}\\p{N}-])(?<key>[A-Z][A-Z0-9]{1,9})-\\d{1,7}(?![\\p{L}\\p{N}-]))";

  private final Pattern pattern;
  private final Set<String> internalHosts;
  private final Set<String> ownIds;
  /** Names (NFC, lower case) to the words they become. */
  private final Map<String, String> people = new LinkedHashMap<>();
  /** Parts of names, matched as written (NFC). */
  private final Map<String, String> nameParts = new LinkedHashMap<>();

  /**
   * A scanner for the text of {@code pm}.
   *
   * @param pm the post-mortem, whose people and ids the scanner knows
   * @param internalHosts host names ({@code db1.example.com}) and domains ({@code .example.com})
   *     that are internal
   */
  public TextScanner(Postmortem pm, Set<String> internalHosts) {
    this.internalHosts = internalHosts;
    this.ownIds = new TreeSet<>();
    ownIds.add(pm.id());
    pm.causes().forEach(c -> ownIds.add(c.id()));
    pm.actionItems().forEach(a -> ownIds.add(a.id()));
    pm.evidence().forEach(e -> ownIds.add(e.id()));
    pm.fiveWhys().forEach(w -> w.id().ifPresent(ownIds::add));
    pm.slos().forEach(s -> ownIds.add(s.id()));
    for (Participant p : pm.participants()) {
      String as = p.roles().isEmpty() ? "a responder" : "the " + words(p.roles().get(0));
      person(p.name(), as, true);
      p.handle().ifPresent(h -> person(h, as, false));
      p.email().ifPresent(e -> person(e, "a team member", false));
    }
    pm.authors().forEach(a -> person(a, "a team member", true));
    pm.actionItems().forEach(a -> a.owner().ifPresent(o -> person(o, "a team member", false)));
    // actors are often roles or systems ("SRE on-call", "deploy pipeline"); those named like a
    // person (every word capitalised, or a handle) are people
    pm.timeline().forEach(e -> e.actor().filter(TextScanner::namedLikeAPerson)
        .ifPresent(o -> person(o, "a team member", false)));
    pm.followUps().forEach(f -> f.attendees().forEach(a -> person(a, "a team member", true)));
    List<String> names = new ArrayList<>(people.keySet());
    names.addAll(nameParts.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternatives = new StringBuilder();
    for (String n : names) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    String person = names.isEmpty() ? "" : "|(?<person>(?<![\\p{L}\\p{N}\\p{M}_])@?(?:" + alternatives
        + ")(?![\\p{L}\\p{N}\\p{M}_]))";
    this.pattern = Pattern.compile(URL + "|" + UNC + "|" + EMAIL + "|" + IP + "|" + hostPattern()
        + "|" + PHONE + "|" + CHANNEL + "|" + TICKET + person,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * A dotted name ({@code db-1.corp}, {@code api.svc.cluster.local}, {@code example.com}) with an
   * optional port: one run of characters, no repeated group (a group repeated once per label
   * recursed once per label and overflowed the stack on {@code a.a.a…}). Whether it is internal
   * is decided in {@link #internalHost}.
   */
  private static final String HOST = "(?<host>(?<![\\p{L}\\p{N}.@/_-])(?=[\\p{L}\\p{N}-]*+\\.[\\p{L}\\p{N}])"
      + "[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*+(?::\\d{1,5}(?![\\p{N}]))?)";

  private String hostPattern() {
    return HOST;
  }

  /** Whether the dotted name {@code found} (port and final dots dropped) is an internal host. */
  private boolean internalHost(String found) {
    String name = found.toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    name = trimTrailing(name);
    while (name.endsWith("-")) {
      name = name.substring(0, name.length() - 1);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    if (INTERNAL_LABELS.contains(name.substring(dot + 1))) {
      return true;
    }
    for (String h : internalHosts) {
      if (h.startsWith(".") ? name.endsWith(h) || name.equals(h.substring(1)) : name.equals(h)) {
        return true;
      }
    }
    return false;
  }

  private static String words(Role r) {
    return r.id().replace('-', ' ');
  }

  private void person(String name, String as, boolean person) {
    String n = nfc(name).strip();
    if (n.startsWith("@")) {
      n = n.substring(1);
    }
    if (n.length() >= 2) {
      people.putIfAbsent(n.toLowerCase(Locale.ROOT), as);
    }
    if (person && !namesAGroup(n)) {
      // the parts of a person's name are names too ("Dana" for "Dana Kim"), as written: a
      // capitalised word of three letters or more, matched with its capital. Not the parts of a
      // group's name: "Search" alone is a word, and "Search results" is customer text
      for (String part : n.split("[\\s\\p{Z}]+")) {
        if (part.codePointCount(0, part.length()) >= 3 && Character.isUpperCase(part.codePointAt(0))) {
          nameParts.putIfAbsent(part, as);
        }
      }
    }
  }

  /** Words that make a name the name of a group of people, not of a person. */
  private static final Set<String> GROUP_WORDS = Set.of("team", "squad", "group", "crew", "guild",
      "chapter", "tribe", "department", "dept", "org", "organisation", "organization", "unit",
      "ops", "operations", "engineering", "support", "desk", "on-call", "oncall", "rota", "council",
      "committee", "board", "staff", "office", "platform", "infra", "infrastructure", "sre", "devops");

  /** Whether the name {@code n} is a group's ("Search Team", "Payments Squad"): a group word in it. */
  static boolean namesAGroup(String n) {
    for (String w : n.split("[\\s\\p{Z}]+")) {
      if (GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is written as a person's name: a handle, or capitalised words only. */
  static boolean namedLikeAPerson(String s) {
    String t = s.strip();
    if (t.startsWith("@")) {
      return t.length() > 1;
    }
    String[] words = t.split("[\\s\\p{Z}]+");
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return words.length >= 1 && words.length <= 4;
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * {@code text} with everything found replaced, and the sentences around the replacements
   * repaired.
   *
   * @param text the text
   * @param removed told of each removal
   * @return the text a customer may read
   */
  public String scrub(String text, Consumer<Removal> removed) {
    String t = nfc(text);
    Matcher m = pattern.matcher(t);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      Kind kind = kind(m);
      if (kind == null) {
        continue;
      }
      String replacement = replacement(kind, m);
      if (replacement == null) {
        continue;
      }
      // sentence punctuation after an address is the sentence's
      int end = kind == Kind.LINK || m.group("host") != null
          ? m.start() + trimTrailing(m.group()).length() : m.end();
      if (out == null) {
        out = new StringBuilder(t.length());
      }
      out.append(t, last, m.start());
      if (kind == Kind.PERSON && atSentenceStart(out)) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      out.append(replacement);
      last = end;
      removed.accept(new Removal(kind, t.substring(m.start(), end)));
    }
    if (out == null) {
      return t;
    }
    out.append(t, last, t.length());
    return repair(out.toString());
  }

  private Kind kind(Matcher m) {
    if (m.group("url") != null) {
      return Kind.LINK;
    }
    if (m.group("unc") != null || m.group("ip") != null) {
      return Kind.HOST;
    }
    if (m.group("host") != null) {
      return internalHost(m.group("host")) ? Kind.HOST : null;
    }
    if (m.group("email") != null) {
      return Kind.EMAIL;
    }
    if (m.group("phone") != null) {
      return Kind.PHONE;
    }
    if (m.group("channel") != null) {
      return Kind.CHANNEL;
    }
    if (m.group("ticket") != null) {
      String key = m.group("key");
      // upper case as written (the pattern is case-insensitive for the other alternatives)
      if (!m.group("ticket").equals(m.group("ticket").toUpperCase(Locale.ROOT))
          || NOT_TICKETS.contains(key.toUpperCase(Locale.ROOT)) || ownIds.contains(m.group("ticket"))) {
        return null;
      }
      return Kind.TICKET;
    }
    return Kind.PERSON;
  }

  /** The replacement for the match, or null to keep it. */
  private String replacement(Kind kind, Matcher m) {
    String found = m.group();
    switch (kind) {
      case LINK:
        String lower = found.toLowerCase(Locale.ROOT);
        // strip sentence punctuation that a URL pattern swallows
        if ((lower.startsWith("https://") || lower.startsWith("http://"))
            && !Links.isInternal(trimTrailing(found), internalHosts)) {
          return null;
        }
        return Kind.LINK.replacement();
      case PERSON:
        String f = found.startsWith("@") ? found.substring(1) : found;
        String as = people.get(f.toLowerCase(Locale.ROOT));
        if (as == null) {
          as = nameParts.get(f);
          if (as == null) {
            return null; // a part of a name in other case: an ordinary word ("search", "Search" of "Search Team" is a team)
          }
        }
        return as;
      default:
        return kind.replacement();
    }
  }

  private static String trimTrailing(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }

  private static boolean atSentenceStart(StringBuilder out) {
    int i = out.length() - 1;
    while (i >= 0 && Character.isWhitespace(out.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\n".indexOf(out.charAt(i)) >= 0;
  }

  /** Repairs the text around replacements: doubled words and empty brackets. */
  private static String repair(String s) {
    String r = s;
    for (Kind k : Kind.values()) {
      String rep = Pattern.quote(k.replacement());
      // "[e-mail removed] ([e-mail removed])" and "a team member (a team member)"
      r = r.replaceAll("(" + rep + ")\\s*\\(\\s*" + rep + "\\s*\\)", "$1");
      r = r.replaceAll("(" + rep + ")(?:\\s*,\\s*" + rep + ")+", "$1");
    }
    r = r.replaceAll("(?i)\\b(a team member|the [a-z ]+?) \\((?:a team member|the [a-z ]+?)\\)", "$1");
    // "the a team member", "our the incident commander"
    r = r.replaceAll("\\b(?:[Tt]he|[Oo]ur|[Yy]our|[Aa]n?) (a team member|a responder|the [a-z]+(?: [a-z]+)*)", "$1");
    r = r.replace("()", "").replace("( )", "");
    return r;
  }
}

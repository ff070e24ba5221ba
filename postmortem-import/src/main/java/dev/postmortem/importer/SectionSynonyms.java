package dev.postmortem.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The table that maps section headings to {@link SectionKind}s. The defaults cover the Google SRE,
 * PagerDuty, Atlassian and Kehoe templates, common variants ("Root cause", "Blameless root
 * cause", "What caused the incident?", "Contributing factors", "Fault"), and Japanese and
 * Portuguese headings. Add your own with {@link #with}:
 *
 * <pre>{@code
 * SectionSynonyms synonyms = SectionSynonyms.create()
 *     .with(SectionKind.ROOT_CAUSES, "Ursache", "Why it broke");
 * }</pre>
 *
 * <p>Headings are compared case-insensitively, ignoring numbering ("2.", "IV."), punctuation,
 * emphasis and parenthesised remarks ("Timeline (all times UTC)"). A heading matches a synonym
 * when it equals it or starts with it; synonyms of two or more words also match anywhere in the
 * heading ("Things that went well"). The longest match wins.
 */
public final class SectionSynonyms {
  private static final SectionSynonyms DEFAULTS = new SectionSynonyms(defaultTable());

  private final Map<String, SectionKind> table;

  private SectionSynonyms(Map<String, SectionKind> table) {
    this.table = Collections.unmodifiableMap(table);
  }

  /**
   * The built-in table.
   *
   * @return the built-in synonyms
   */
  public static SectionSynonyms create() {
    return DEFAULTS;
  }

  /** A table with only the given entries (no defaults). */
  public static SectionSynonyms empty() {
    return new SectionSynonyms(new LinkedHashMap<>());
  }

  /**
   * A copy of this table in which each of {@code headings} maps to {@code kind} (replacing an
   * earlier mapping of the same heading).
   */
  public SectionSynonyms with(SectionKind kind, String... headings) {
    Objects.requireNonNull(kind, "kind");
    Map<String, SectionKind> copy = new LinkedHashMap<>(table);
    for (String h : headings) {
      String n = normalize(Objects.requireNonNull(h, "heading"));
      if (n.isEmpty()) {
        throw new IllegalArgumentException("synonym '" + h + "' is empty once normalised");
      }
      copy.put(n, kind);
    }
    return new SectionSynonyms(copy);
  }

  /** The synonyms of each kind, normalised, in insertion order. */
  public Map<SectionKind, List<String>> asMap() {
    Map<SectionKind, List<String>> out = new EnumMap<>(SectionKind.class);
    table.forEach((k, v) -> out.computeIfAbsent(v, x -> new ArrayList<>()).add(k));
    return out;
  }

  /**
   * The kind of a heading that is exactly one of the synonyms (after normalisation). Used for
   * labels that are not headings, such as a paragraph that only says "Action Items".
   */
  public Optional<SectionKind> exactKindOf(String heading) {
    return Optional.ofNullable(table.get(normalize(heading)));
  }

  /**
   * The kind of the section with this heading, if any synonym matches.
   *
   * <p>A heading matches a synonym it equals, starts with, or contains as whole words; of several
   * matches the longest synonym wins, and between matches of the same length the one that ends the
   * heading wins — in a heading like "Response timeline" the last noun says what the section is.
   * Zone names at the end ("Issue timeline - UTC") are ignored.
   */
  public Optional<SectionKind> kindOf(String heading) {
    String h = ZONE_TAIL.matcher(normalize(heading)).replaceFirst("").strip();
    if (h.isEmpty()) {
      return Optional.empty();
    }
    SectionKind exact = table.get(h);
    if (exact != null) {
      return Optional.of(exact);
    }
    String best = null;
    boolean bestEnds = false;
    for (String syn : table.keySet()) {
      boolean prefix = h.startsWith(syn) && (h.length() == syn.length()
          || !Character.isLetterOrDigit(h.charAt(syn.length())) || isCjk(syn));
      boolean inside = !prefix && (syn.indexOf(' ') > 0 || (isCjk(syn) && syn.length() >= 2))
          && containsWord(h, syn);
      // a one-word synonym as the heading's last word ("Response timeline", "Incident chronology")
      boolean ends = !prefix && !inside && syn.indexOf(' ') < 0 && !isCjk(syn)
          && h.endsWith(" " + syn) && h.split(" ").length <= 4
          // "Cost of the response": after a preposition the last word is not the head noun
          && !PREPOSITION.matcher(h).find();
      if (!(prefix || inside || ends)) {
        continue;
      }
      boolean atEnd = h.endsWith(syn);
      if (best == null || syn.length() > best.length()
          || syn.length() == best.length() && atEnd && !bestEnds
          || ends && !bestEnds && best.indexOf(' ') < 0) {
        best = syn;
        bestEnds = atEnd;
      }
    }
    return best == null ? Optional.empty() : Optional.of(table.get(best));
  }

  private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile(
      "\\s(?:of|for|to|in|on|from|with|during|after|before|about|by|per|than|vs|versus)\\s");

  private static final java.util.regex.Pattern ZONE_TAIL = java.util.regex.Pattern.compile(
      "(?:\\s(?:all times?|times?|in))?\\s(?:utc|gmt|z|pst|pdt|pt|est|edt|et|cst|cdt|ct|mst|mdt|mt|bst|cet|cest"
          + "|eet|eest|ist|jst|kst|sast|aest|aedt|art|brt|ast|hst|akst|akdt)$");

  private static boolean containsWord(String h, String syn) {
    int i = h.indexOf(syn);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(h.charAt(i - 1)) || isCjk(syn);
      int end = i + syn.length();
      boolean endOk = end == h.length() || !Character.isLetterOrDigit(h.charAt(end)) || isCjk(syn);
      if (startOk && endOk) {
        return true;
      }
      i = h.indexOf(syn, i + 1);
    }
    return false;
  }

  private static boolean isCjk(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA);
  }

  /** Normalises a heading for comparison. */
  static String normalize(String heading) {
    String s = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\([^)]*\\)?", " ").replaceAll("\\[[^]]*\\]", " ");
    s = s.replaceAll("^\\s*(?:\\d+(?:\\.\\d+)*|[ivx]+)[.)]\\s+", "");
    s = s.replace('’', '\'').replace('&', ' ');
    s = s.replaceAll("[\\p{Punct}&&[^']]|[？！：、。・「」『』【】〜—–]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Map<String, SectionKind> defaultTable() {
    Map<String, SectionKind> t = new LinkedHashMap<>();
    put(t, SectionKind.METADATA, "metadata", "summary grid", "incident details", "details",
        "document info", "incident information", "overview table", "メタデータ", "基本情報",
        "概要情報", "metadados", "informações", "informações do incidente");
    put(t, SectionKind.SUMMARY, "sammendrag", "oppsummering", "samenvatting", "résumé", "sommaire", "summary", "incident summary", "issue summary", "executive summary",
        "overview", "tl dr", "tldr", "brief description", "description", "what happened",
        "outage description", "summary of impact", "background", "サマリー", "サマリ", "概要",
        "要約", "事象概要", "インシデント概要", "resumo", "sumário", "resumo executivo",
        "visão geral", "o que aconteceu", "descrição", "resumen", "zusammenfassung");
    put(t, SectionKind.IMPACT, "påvirkning", "konsekvens", "konsekvenser", "impact client", "impacto en clientes", "impact", "customer impact", "user impact", "impacts",
        "affected users", "impact assessment", "影響", "影響範囲", "影響内容", "impacto",
        "impactos", "auswirkungen");
    put(t, SectionKind.DETECTION, "detection", "how was it detected", "how we detected",
        "detected by", "検知", "検出", "検知方法", "detecção", "deteção", "detección", "erkennung");
    put(t, SectionKind.TRIGGER, "trigger", "triggers", "trigger s", "leadup", "lead up",
        "トリガー", "きっかけ", "gatilho", "gatilhos", "disparador", "auslöser");
    put(t, SectionKind.ROOT_CAUSES, "rotårsak", "rotårsaker", "årsak", "årsaker", "grondoorzaak", "oorzaak", "cause racine", "causes racines", "cause première", "causa principal", "why did it happen", "why it happened", "what caused this", "root cause", "root causes", "root cause s",
        "root cause analysis", "blameless root cause", "cause", "causes", "causes of the outage",
        "identified cause", "what caused the incident", "what caused it", "fault",
        "how did this happen", "why did this happen", "what went wrong and why", "rca",
        "root cause and mitigation", "analysis", "根本原因", "根本原因分析", "原因", "原因分析",
        "直接原因", "真因", "causa raiz", "causas raiz", "causa raíz", "causa-raiz",
        "análise de causa raiz", "causa", "causas", "ursache", "ursachen", "grundursache");
    put(t, SectionKind.CONTRIBUTING_FACTORS, "contributing factors", "contributing factor",
        "contributing conditions", "contributing conditions analysis", "process breakdown",
        "process breakdowns", "process breakdown s", "exacerbating factors", "寄与要因",
        "貢献要因", "要因", "副次的要因", "fatores contribuintes", "fatores que contribuíram",
        "factores contribuyentes", "beitragende faktoren");
    put(t, SectionKind.RESOLUTION, "løsning", "oplossing", "résolution", "remédiation", "resolution", "resolution and recovery", "recovery",
        "mitigation", "mitigation and resolution", "mitigation resolution", "response",
        "remediation and recovery", "fix", "how we fixed it", "緩和策", "緩和策 復旧", "復旧",
        "対応", "対処", "復旧対応", "暫定対応", "resolução", "mitigação", "recuperação",
        "resolución", "lösung", "behebung");
    put(t, SectionKind.TIMELINE, "tidslinje", "tidslinjen", "hendelsesforløp", "forløp", "tijdlijn", "verloop", "chronologie des événements", "déroulement", "cronograma", "línea temporal", "zeitlinie", "タイムライン詳細", "timeline", "timeline of events", "chain of events",
        "incident timeline", "chronology", "sequence of events", "タイムライン", "時系列",
        "経緯", "linha do tempo", "cronologia", "linha temporal", "línea de tiempo",
        "cronología", "zeitleiste", "zeitlicher ablauf", "ablauf", "chronologie");
    put(t, SectionKind.ACTION_ITEMS, "tiltak", "oppfølging", "oppfølgingspunkter", "aksjonspunkter", "actiepunten", "acties", "actions correctives", "plan d'action", "acciones correctivas", "medidas", "medidas correctivas", "maßnahmenplan", "folgemaßnahmen", "actions planned", "planned actions", "actions taken", "action taken", "action planned", "actions completed", "completed actions", "follow up", "follow up actions and owners", "preventive actions", "preventative actions", "follow up tasks", "remediation items", "repair items", "action items", "action item", "action items and followups",
        "action items follow ups", "follow ups", "followups", "follow up actions",
        "follow up items", "corrective actions", "corrective and preventative measures",
        "corrective and preventive measures", "remediation", "remediations", "next steps",
        "resulting action", "resulting actions", "actions", "recommendations", "to do", "todo",
        "preventive measures", "prevention", "アクションアイテム", "アクション", "対応策",
        "再発防止策", "再発防止", "今後の対策", "改善策", "itens de ação", "itens de acao",
        "ações", "plano de ação", "ações corretivas", "próximos passos", "acciones",
        "maßnahmen");
    put(t, SectionKind.LESSONS_LEARNED, "hva lærte vi", "læringspunkter", "lærdom", "geleerde lessen", "leçons apprises", "enseignements", "lições", "lecciones", "was wir gelernt haben", "lessons learned", "lessons learnt", "lessons",
        "how'd we do", "how did we do", "takeaways", "learnings", "reflections", "postmortem",
        "教訓", "学び", "振り返り", "lições aprendidas", "licoes aprendidas", "aprendizados",
        "lecciones aprendidas", "erkenntnisse");
    put(t, SectionKind.WENT_WELL, "hva gikk bra", "dette gikk bra", "wat ging goed", "ce qui a bien fonctionné", "qué salió bien", "what went well", "went well", "things that went well",
        "what went right", "what worked", "うまくいったこと", "良かった点", "良かったこと",
        "o que deu certo", "o que correu bem", "o que funcionou", "lo que salió bien",
        "was gut lief");
    put(t, SectionKind.WENT_WRONG, "hva gikk dårlig", "hva gikk galt", "dette gikk dårlig", "wat ging fout", "ce qui n'a pas fonctionné", "qué salió mal", "what went wrong", "went wrong", "what went poorly",
        "things that went poorly", "went poorly", "what went badly", "went badly",
        "what didn't go so well", "what could have gone better", "what could be improved",
        "things that went wrong", "うまくいかなかったこと", "悪かった点",
        "改善点", "o que deu errado", "o que correu mal",
        "lo que salió mal", "was schlecht lief");
    put(t, SectionKind.GOT_LUCKY, "where we got lucky", "got lucky", "lucky",
        "things we got lucky", "幸運だったこと", "運が良かった点", "onde tivemos sorte",
        "tivemos sorte", "donde tuvimos suerte");
    put(t, SectionKind.FIVE_WHYS, "five why's", "5 why's", "five why", "5 hvorfor", "fem hvorfor", "5 pourquoi", "cinq pourquoi", "5 porqués", "5 waaroms", "fünf warum", "five whys", "5 whys", "5 why", "5 whys analysis", "the five whys",
        "five whys analysis", "why analysis", "なぜなぜ分析", "5 つのなぜ", "cinco porquês",
        "5 porquês", "cinco porques", "5 porques", "cinco por qués", "5 warum");
    put(t, SectionKind.PARTICIPANTS, "participants", "attendees", "responders", "people involved",
        "names of people involved", "people", "team", "who was involved", "incident team",
        "参加者", "関係者", "対応者", "participantes", "envolvidos", "equipe", "beteiligte");
    put(t, SectionKind.LINKS, "supporting information", "supporting documents", "references",
        "related links", "links", "related", "related incidents", "appendix links", "参考資料",
        "関連", "関連リンク", "referências", "links relacionados", "material de apoio",
        "referencias", "referenzen");
    put(t, SectionKind.OBJECTIVES, "objectives", "objectives of this review", "review objectives",
        "goals", "goals of this review", "目的", "objetivos", "objetivos da revisão");
    put(t, SectionKind.START_STOP_CONTINUE, "start stop continue", "start, stop, continue",
        "start stop keep", "開始 停止 継続", "começar parar continuar");
    put(t, SectionKind.NEAR_MISSES, "near misses", "near miss", "near-misses", "ヒヤリハット",
        "quase acidentes");
    put(t, SectionKind.SLOS, "service level objectives", "slos", "slo", "slos affected",
        "slo impact", "サービスレベル目標", "objetivos de nível de serviço");
    put(t, SectionKind.RECREATION, "incident recreation", "recreation", "reproduction",
        "reproducing the incident", "incident reproduction", "再現", "再現試験", "reprodução");
    put(t, SectionKind.FOLLOW_UPS, "follow up reviews", "follow up review", "action item reviews",
        "follow up meetings", "フォローアップレビュー", "revisões de acompanhamento");
    put(t, SectionKind.EVIDENCE, "supporting evidence", "evidence", "evidence collected", "証拠",
        "エビデンス", "evidências", "evidencias", "evidência");
    return t;
  }

  private static void put(Map<String, SectionKind> t, SectionKind kind, String... headings) {
    for (String h : headings) {
      t.put(normalize(h), kind);
    }
  }
}

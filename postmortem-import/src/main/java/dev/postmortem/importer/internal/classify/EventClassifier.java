package dev.postmortem.importer.internal.classify;

import dev.postmortem.model.EventKind;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a timeline entry from its words: what kind of event it records and which incident
 * milestone, if any, it marks. Shared by every importer that drafts timeline events (the Markdown
 * and Word importers, the timeline sources), so the same text always gets the same kind.
 *
 * <p>The cues are families of words, not sentences: an explicit marker ("OUTAGE BEGINS", "&lt;START
 * OF OUTAGE&gt;", "incident resolved") beats a verb family ("rolled back", "acknowledged the page"),
 * and the families are tried from the most specific (acknowledgement, escalation, status page) to
 * the most general (an observation, an action). Each cue carries the words that matched, so a
 * caller can say why it chose the kind. Besides English the lists cover the common words of German,
 * French, Spanish, Portuguese, Dutch, Norwegian and Japanese post-mortems.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventClassifier {
  private EventClassifier() {}

  /** An incident milestone a timeline entry can mark. */
  public enum Milestone {
    STARTED("started"),
    DETECTED("detected"),
    ACKNOWLEDGED("acknowledged"),
    MITIGATED("mitigated"),
    RESOLVED("resolved");

    private final String field;

    Milestone(String field) {
      this.field = field;
    }

    /** The name of the milestone in the file format ({@code incident.started}…). */
    public String field() {
      return field;
    }
  }

  /**
   * What an entry records.
   *
   * @param kind the event kind ({@link EventKind#OTHER} when no cue matched)
   * @param marker the milestone the entry marks explicitly ("outage begins", "incident resolved"),
   *     or empty; kinds imply milestones too, but only an explicit marker is recorded here
   * @param cue the words that decided the kind (or the marker), or empty when none did
   */
  public record Classification(EventKind kind, Optional<Milestone> marker, String cue) {
    /** The milestone a first event of this kind stands for, if any (detected for an alert…). */
    public Optional<Milestone> impliedMilestone() {
      return switch (kind) {
        case ALERT, DETECTION -> Optional.of(Milestone.DETECTED);
        case ACKNOWLEDGEMENT -> Optional.of(Milestone.ACKNOWLEDGED);
        case MITIGATION -> Optional.of(Milestone.MITIGATED);
        case RESOLUTION -> Optional.of(Milestone.RESOLVED);
        default -> Optional.empty();
      };
    }
  }

  private record Cue(Pattern pattern, EventKind kind, Milestone marker) {}

  /*
   * No case-insensitive flags: classify() lower-cases the text first and every cue is written in
   * lower case (case-insensitive matching of each character made the cues the slowest step of an import).
   */
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  private static Cue cue(EventKind kind, Milestone marker, String regex) {
    return new Cue(Pattern.compile(regex, FLAGS), kind, marker);
  }

  private static final String SUBJECT =
      "(?:outage|incident|impact|downtime|disruption|degradation|errors?|failures?|problems?|issues?"
          + "|störung|ausfall|panne|incidente|caída|interrupção|indisponibilidade|storing|feil|nedetid|障害)";

  /** Explicit milestone markers, tried first. */
  private static final List<Cue> MARKERS = List.of(
      cue(EventKind.TRIGGER, Milestone.STARTED,
          "(?:<\\s*)?(?:start|beginning)\\s+of\\s+(?:the\\s+)?" + SUBJECT
              + "|\\b" + SUBJECT + "\\s+(?:begins|began|starts|started|start|begin)\\b"
              + "|\\b(?:first|initial)\\s+(?:impact|errors?|failures?)\\b"
              + "|\\bimpact\\s+(?:began|begins|starts|started)\\b"
              + "|障害(?:発生|開始)|\\b(?:beginn|début|inicio|início)\\s+(?:der|de|do|da|del)\\s+" + SUBJECT),
      cue(EventKind.RESOLUTION, Milestone.RESOLVED,
          "(?:<\\s*)?end\\s+of\\s+(?:the\\s+)?" + SUBJECT
              + "|\\b" + SUBJECT + "\\s+(?:(?:is|was|has|been|now|considered|declared|marked|as|fully)\\s+){0,3}"
              + "(?:resolved|over|closed|ends|ended)\\b"
              + "|\\bresolved\\s+the\\s+" + SUBJECT
              + "|\\b(?:fully|completely)\\s+(?:restored|recovered|resolved|operational)\\b"
              + "|\\ball\\s+clear\\b|\\bback\\s+to\\s+normal\\b|\\bnormal\\s+operations?\\b"
              + "|復旧完了|解決済み|\\bløst\\b|\\bresolvido\\b|\\bresuelto\\b|\\bbehoben\\b|\\brésolu\\b|\\bopgelost\\b"),
      cue(EventKind.MITIGATION, Milestone.MITIGATED,
          "\\b" + SUBJECT + "\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?mitigated\\b"
              + "|\\bmitigated\\s+the\\s+" + SUBJECT));

  /** Kinds by verb family, from the most specific to the most general. */
  private static final List<Cue> KINDS = List.of(
      cue(EventKind.STATUS_UPDATE, null,
          "\\bstatus\\s*page\\b|\\bstatuspage\\b|\\bstatus\\s+(?:update|post)\\b|\\bstatus\\s+(?:changed|set)\\s+to\\b"
              + "|ステータスページ|\\bstatusside\\b"),
      cue(EventKind.ACKNOWLEDGEMENT, null,
          "\\back(?:nowledge[sd]?|nowledging|ed|s)?\\b(?=.{0,40}\\b(?:page|alert|alarm|incident|pager|notification|message)s?\\b)"
              + "|\\backnowledge[sd]?\\b|\\backnowledg(?:e)?ment\\b"
              + "|\\b(?:picks?|picked)\\s+up\\s+the\\s+(?:page|alert|incident)\\b"
              + "|\\bon[-\\s]?call\\s+(?:engineer\\s+)?(?:responds|responded|joins|joined)\\b"
              + "|\\bquittiert\\b|\\breconhec\\w*|\\bbekreftet\\b|受領|確認しました"),
      cue(EventKind.ALERT, null,
          "\\b(?:pagerduty|opsgenie|victorops|alertmanager|grafana|datadog|prometheus|nagios|zabbix|sentry|monitoring|monitor)"
              + "\\s+(?:\\w+\\s+){0,2}(?:pages?|paged|sends?|sent|fires?|fired|alerts?|alerted|notifies|notified|triggers?|triggered)\\b"),
      cue(EventKind.ESCALATION, null,
          "\\bescalat\\w*|\\bincident\\s+(?:was\\s+|is\\s+)?(?:declared|opened|raised|created)\\b"
              + "|\\bdeclared?\\s+(?:an?\\s+|the\\s+)?(?:sev|p)\\s*-?\\d|\\bdeclares?\\s+(?:an?\\s+)?(?:major\\s+)?incident\\b"
              + "|\\b(?:sev|p)\\s*-?[0-4]\\s+(?:declared|raised)\\b|\\bwar\\s*room\\b|\\bincident\\s+commander\\b"
              + "|\\b(?:pages?|paged|paging)\\s+(?!\\w*\\s*(?:fired|sent|triggered))(?:the\\s+)?[\\p{L}@]"
              + "|\\bpulled\\s+in\\b|\\bbrought\\s+in\\b|\\bhuddle\\b|\\bbridge\\s+(?:call\\s+)?(?:opened|started)\\b"
              + "|\\beskal\\w*|エスカレーション|\\bvarslet\\b"),
      cue(EventKind.ALERT, null,
          "\\balert(?:s|ing)?\\b|\\balarm(?:s)?\\b|\\bpagerduty\\b|\\bopsgenie\\b|\\bpage\\s+(?:fired|sent|triggered)\\b"
              + "|\\bmonitor(?:ing)?\\s+(?:\\w+\\s+){0,3}(?:fires|fired|triggers|triggered|sends|sent|reports|reported|detects|detected|flags|flagged)\\b"
              + "|\\bwatchdog\\b|\\bhealth\\s*checks?\\s+(?:fail\\w*|alert\\w*)\\b|\\bsynthetic\\s+(?:check|test)s?\\s+fail\\w*"
              + "|アラート|\\bvarsel\\b|\\balerta\\b|\\balerte\\b|\\bwaarschuwing\\b|\\bwarnung\\b"),
      cue(EventKind.DETECTION, null,
          "\\b(?:notic\\w+|detect\\w*|discover\\w*|spotted|became\\s+aware|becomes\\s+aware|aware\\s+of)\\b"
              + "|\\b(?:first|initial)\\s+(?:customer\\s+|user\\s+)?(?:reports?|complaints?|tickets?)\\b"
              + "|\\b(?:customers?|users?|clients?)\\s+(?:\\w+\\s+){0,2}(?:report\\w*|complain\\w*|contact\\w*|open\\w*\\s+tickets?)\\b"
              + "|\\breports?\\s+(?:that|of|an?|the)\\b|\\breported\\s+(?:that|by|an?|the)\\b"
              + "|検知|検出|発覚|\\boppdag\\w*|\\bdetect\\w*|\\bentdeckt\\w*|\\bbemerkt\\w*|\\bdétect\\w*|\\bdetectad\\w*"),
      cue(EventKind.RESOLUTION, null,
          "\\bresolv\\w*|\\brestored\\b|\\brecovered\\b|\\bfully\\s+(?:functional|available|up)\\b|\\bclosed\\s+(?:the\\s+)?incident\\b"
              + "|\\bincident\\s+closed\\b|\\bis\\s+(?:back\\s+)?(?:up|online|healthy|operational|functional)\\s*(?:again)?\\b"
              + "|\\bback\\s+(?:up|online)\\b|\\bnormali[sz]\\w*|復旧|解決|\\bgjenopprett\\w*|\\bnormal\\w*\\s+(?:seg|igjen)\\b"
              + "|\\bwiederhergestellt\\b|\\brétabli\\w*|\\brestabelecid\\w*|\\brestablecid\\w*|\\bhersteld\\b"),
      cue(EventKind.MITIGATION, null,
          "\\bmitigat\\w*|\\broll(?:ed|s|ing)?\\s*back\\b|\\brollback\\b|\\brevert\\w*|\\bfail(?:ed|s|ing)?\\s*over\\b|\\bfailover\\b"
              + "|\\bworkaround\\b|\\bhot\\s*fix\\w*|\\bfix\\s+(?:\\w+\\s+){0,2}(?:deployed|applied|released|rolled\\s+out|landed|merged)\\b"
              + "|\\b(?:deploy\\w*|appl\\w+|releas\\w+|ship\\w*)\\s+(?:a|the)\\s+(?:\\w+\\s+)?fix\\b"
              + "|\\b(?:error|failure)\\s+rates?\\s+(?:drops?|dropped|decreas\\w*|fell|falls|recover\\w*)\\b"
              + "|\\brecovering\\b|\\bstabili[sz]\\w*|\\bscal\\w+\\s+(?:up|out)\\b|\\b(?:disabled|turned\\s+off)\\s+(?:the\\s+)?(?:feature|flag|job|cron)\\b"
              + "|\\bdrain\\w*|\\bthrottl\\w*|\\brate[-\\s]limit\\w*|\\bblock(?:ed|ing)\\s+(?:the\\s+)?(?:traffic|ip|requests)\\b"
              + "|切り戻し|ロールバック|暫定対応|緩和|\\brullet\\s+tilbake\\b|\\btilbakerull\\w*|\\bzurückgerollt\\b|\\bcontourn\\w*"),
      cue(EventKind.DECISION, null,
          "\\bdecid\\w*|\\bdecision\\b|\\bagreed\\s+to\\b|\\bchose\\s+to\\b|\\bopted\\s+to\\b|\\bplan\\s+(?:is|was)\\s+to\\b"
              + "|\\bwe\\s+will\\b|判断|決定|\\bbestem\\w*|\\bbesluttet\\b|\\bdecid\\w*|\\bentschied\\w*"),
      cue(EventKind.DEPLOYMENT, null,
          "\\bdeploy\\w*|\\bre-?deploy\\w*|\\brelease[sd]?\\b|\\breleasing\\b|\\broll(?:ed|s|ing)?\\s*out\\b|\\brollout\\b"
              + "|\\bmerged?\\b|\\bmerges\\b|\\bpushe[sd]\\b|\\bupgrade[sd]?\\b|\\bupgrading\\b|\\bmigrat\\w*"
              + "|\\bconfig(?:uration)?\\s+(?:change|update|push)\\w*|\\bchange\\s+(?:was\\s+)?(?:applied|made|shipped)\\b"
              + "|\\bversion\\s+v?\\d|\\bv\\d+\\.\\d+|デプロイ|リリース|\\bprodsatt\\w*|\\bimplantad\\w*|\\bausgerollt\\b|\\bdéployé\\w*"),
      cue(EventKind.COMMUNICATION, null,
          "\\bannounc\\w*|\\bnotif\\w*|\\bcommunicat\\w*|\\binformed\\b|\\bemail(?:ed|s)?\\b|\\be-mail(?:ed|s)?\\b"
              + "|\\btweet\\w*|\\bposted\\b|\\bposts\\b|\\bpublish\\w*|\\bblog\\s+post\\b|\\bmessage[sd]?\\b|\\bslack\\b"
              + "|\\bupdate\\s+(?:to|for)\\s+(?:customers?|users?|stakeholders?)\\b|\\badvisory\\b|\\bcontacted\\b"
              + "|連絡|告知|報告|\\bkunngjort\\b|\\binformert\\b|\\bcomunica\\w*|\\binformiert\\b"),
      cue(EventKind.TRIGGER, null,
          "\\btrigger(?:ed|s)?\\s+by\\b|\\bcaused\\s+by\\b|\\bstarts?\\s+(?:to\\s+)?fail\\w*|\\bbegins?\\s+(?:to\\s+)?fail\\w*"
              + "|\\bstarted\\s+(?:failing|returning|throwing|timing\\s+out|erroring)\\b|\\bwent\\s+down\\b|\\bcrash\\w*|\\bexpired\\b"),
      cue(EventKind.OBSERVATION, null,
          "\\binvestigat\\w*|\\bidentif\\w*|\\bfound\\b|\\bfinds\\b|\\bconfirm\\w*|\\bobserv\\w*|\\bnoted\\b|\\blooks?\\s+like\\b"
              + "|\\broot\\s+cause\\b|\\bdiagnos\\w*|\\bdebug\\w*|\\btroubleshoot\\w*|\\banaly[sz]\\w*|\\bsees?\\b|\\bsaw\\b"
              + "|\\bshows?\\b|\\bshowed\\b|\\berrors?\\b|\\bfail\\w*|\\btimeouts?\\b|\\bunavailable\\b|\\bdown\\b|\\blatency\\b"
              + "|調査|原因|特定|\\bfeilsøk\\w*|\\bundersøk\\w*|\\binvestig\\w*|\\buntersuch\\w*|\\benquêt\\w*"),
      cue(EventKind.ACTION, null,
          "\\b(?:restart\\w*|reboot\\w*|ran|runs|run|creat\\w*|delet\\w*|remov\\w*|add\\w*|updat\\w*|chang\\w*|set|sets"
              + "|increas\\w*|decreas\\w*|replac\\w*|rotat\\w*|revok\\w*|disabl\\w*|enabl\\w*|patch\\w*|fix\\w*|provision\\w*"
              + "|clean\\w*|purg\\w*|flush\\w*|kill\\w*|stopp?\\w*|start\\w*|begins?|began|tested|tests|test|tries|tried"
              + "|attempt\\w*|moved?|moves|manually)\\b|対応|実施|再起動|\\bstartet\\b|\\bkjørt\\b"));

  /**
   * Classifies one entry.
   *
   * @param text the entry's description (any case, any script)
   * @return its kind, an explicit milestone marker if any, and the words that decided
   */
  public static Classification classify(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT);
    if (t.length() > 2_000) {
      t = t.substring(0, 2_000);
    }
    for (Cue c : MARKERS) {
      Matcher m = c.pattern().matcher(t);
      if (m.find()) {
        return new Classification(c.kind(), Optional.of(c.marker()), m.group().strip());
      }
    }
    for (Cue c : KINDS) {
      Matcher m = c.pattern().matcher(t);
      if (m.find()) {
        return new Classification(c.kind(), Optional.empty(), m.group().strip());
      }
    }
    return new Classification(EventKind.OTHER, Optional.empty(), "");
  }
}

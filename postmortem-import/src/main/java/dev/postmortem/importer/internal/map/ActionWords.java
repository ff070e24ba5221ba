package dev.postmortem.importer.internal.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.ImportResult;
import dev.postmortem.importer.SectionKind;
import dev.postmortem.importer.SectionSynonyms;
import dev.postmortem.importer.internal.Blocks.Block;
import dev.postmortem.importer.internal.Blocks.Code;
import dev.postmortem.importer.internal.Blocks.Doc;
import dev.postmortem.importer.internal.Blocks.Heading;
import dev.postmortem.importer.internal.Blocks.Html;
import dev.postmortem.importer.internal.Blocks.Inline;
import dev.postmortem.importer.internal.Blocks.Item;
import dev.postmortem.importer.internal.Blocks.ListBlock;
import dev.postmortem.importer.internal.Blocks.Para;
import dev.postmortem.importer.internal.Blocks.Quote;
import dev.postmortem.importer.internal.Blocks.Row;
import dev.postmortem.importer.internal.Blocks.Table;
import dev.postmortem.importer.internal.Blocks.TextLine;
import dev.postmortem.importer.internal.Blocks;
import dev.postmortem.importer.internal.Collector;
import dev.postmortem.importer.internal.Rx;
import dev.postmortem.importer.internal.TimeParser.DateOrder;
import dev.postmortem.importer.internal.TimeParser.Parsed;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.io.PostmortemDocument;
import dev.postmortem.io.SourceMap;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutableMilestones;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.Impact;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Link;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static dev.postmortem.importer.internal.map.Texts.*;

final class ActionWords {
  private ActionWords() {}

  static ActionType actionType(String s) {
    String v = s.toLowerCase(Locale.ROOT);
    if (Rx.matches(v, "(?s).*(prevent|予防|防止|preven[çc]).*")) {
      return ActionType.PREVENT;
    }
    if (Rx.matches(v, "(?s).*(detect|検知|検出|detec[çc]|monitor).*")) {
      return ActionType.DETECT;
    }
    if (Rx.matches(v, "(?s).*(mitigat|緩和|mitiga[çc]).*")) {
      return ActionType.MITIGATE;
    }
    if (Rx.matches(v, "(?s).*(process|プロセス|processo|運用).*")) {
      return ActionType.PROCESS;
    }
    if (Rx.matches(v, "(?s).*(repair|修正|修復|repar|corre[çc]).*")) {
      return ActionType.REPAIR;
    }
    if (Rx.matches(v, "(?s).*(investigat|調査|investiga).*")) {
      return ActionType.INVESTIGATE;
    }
    if (Rx.matches(v, "(?s).*(document|ドキュメント|文書|documenta).*")) {
      return ActionType.DOCUMENT;
    }
    return null;
  }

  static ActionStatus actionStatus(String s) {
    String v = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').strip();
    if (Rx.matches(v, "(?s).*\\b(won'?t do|wont-do|will not do|not doing|rejected|declined|wontfix|won'?t fix)\\b.*|.*見送り.*")) {
      return ActionStatus.WONT_DO;
    }
    if (Rx.matches(v, "(?s).*\\bverified\\b.*|.*検証済.*")) {
      return ActionStatus.VERIFIED;
    }
    if (Rx.matches(v, "(?s).*\\b(in progress|in-progress|wip|ongoing|started|doing)\\b.*|.*(対応中|進行中|em andamento).*")) {
      return ActionStatus.IN_PROGRESS;
    }
    if (Rx.matches(v, "(?s).*\\b(done|completed?|closed|fixed|resolved|finished|taken|implemented|shipped|gjort|erledigt|terminé|hecho|feito)\\b.*|.*(完了|済|concluíd|feito|✅).*|[✓✔☑x]")) {
      return ActionStatus.DONE;
    }
    if (Rx.matches(v, "(?s).*\\b(todo|to do|open|planned|not started|pending|backlog|proposed|tiltak|geplant|prévu|planificado)\\b.*|.*(未着手|未対応|pendente|aberto|🚧).*")) {
      return ActionStatus.OPEN;
    }
    return null;
  }


  private static final java.util.regex.Pattern WONT_DO = java.util.regex.Pattern.compile(
      "(?i)\\b(?:won'?t do|will not do|not doing|wontfix|won'?t fix)\\b\\s*[-–—:,;]?\\s*(?:because\\s*[:,]?\\s*)?");
  private static final java.util.regex.Pattern REVISIT = java.util.regex.Pattern.compile(
      "(?i)[,;(]?\\s*\\b(?:revisit|review again|reconsider)(?:\\s+(?:on|by|in|at))?\\s*[:]?\\s*([^,;)]+?)\\s*[)]?\\s*\\.?$");

  /**
   * A won't-do decision written in the text ("Add a canary — Won't do — too costly, revisit
   * 01.06.2027"): what comes before it, the rationale after it and the revisit text, or {@code null}
   * when the text holds none.
   */
  static String[] wontDo(String text) {
    String t = text.replace('’', '\'').replace('‘', '\'');
    java.util.regex.Matcher m = WONT_DO.matcher(t);
    if (!m.find()) {
      return null;
    }
    String before = Rx.replaceAll(t.substring(0, m.start()), "[\\s\\-–—:,;(\\[]+$", "").strip();
    String rationale = t.substring(m.end()).strip();
    String revisit = null;
    java.util.regex.Matcher r = REVISIT.matcher(rationale);
    if (r.find()) {
      revisit = r.group(1).strip();
      rationale = rationale.substring(0, r.start()).strip();
    }
    rationale = Rx.replaceAll(rationale, "^[\\s\\-–—:,;)\\]]+|[\\s\\-–—:,;(\\[]+$", "").strip();
    return new String[] {before, rationale, revisit};
  }

  private static final java.util.regex.Pattern ACTION_NOUN = java.util.regex.Pattern.compile(
      "(?i)\\b(action|item|task|fix|step|measure|change|follow-?up|remediation|improvement)(e?s?)\\b");

  /**
   * Whether a group label names one action ("Action taken", "Follow-up item") rather than several
   * ("Actions planned", "Action items"): the last action noun of the label decides. English labels
   * only; any other label is not singular.
   */
  static boolean singular(String label) {
    java.util.regex.Matcher m = ACTION_NOUN.matcher(label == null ? "" : label);
    boolean found = false;
    boolean plural = false;
    while (m.find()) {
      found = true;
      plural = !m.group(2).isEmpty();
    }
    return found && !plural;
  }

  /** Whether a label names several actions ("Fixes", "Follow-up items"): a group, never one action itself. */
  static boolean plural(String label) {
    java.util.regex.Matcher m = ACTION_NOUN.matcher(label == null ? "" : label);
    boolean plural = false;
    while (m.find()) {
      plural = !m.group(2).isEmpty();
    }
    return plural;
  }
}

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

final class WhysReader {
  private final Draft d;

  WhysReader(Draft d) {
    this.d = d;
  }

  // ---------------------------------------------------------------- 5 whys

  static final Pattern WHY_CAUSE = Pattern.compile("\\s*`?→\\s*([\\w.\\-]+)`?\\s*(?:\\(evidence:\\s*([^)]*)\\))?\\s*$");
  static final Pattern ROOT_REACHED = Pattern.compile("(?i)^root cause(?: reached)?\\s*[:：]\\s*`?([\\w.\\-]+)`?.*$", Pattern.DOTALL);

  private static final Pattern WHY_Q = Pattern.compile(
      "(?iu)^(?:\\d+[.)]\\s*)?(?:why\\b|warum\\b|wieso\\b|pourquoi\\b|por ?qu[eé]\\b|hvorfor\\b|waarom\\b|なぜ"
          + "|q\\d*\\s*[:.]|question\\s*\\d*\\s*[:.])");
  private static final Pattern ANSWER_LEAD = Pattern.compile(
      "(?iu)^(?:\\d+[.)]\\s*)?(?:because\\b[,:]?|a\\d*\\s*[:.]|answer\\s*\\d*\\s*[:.]|→|->|=>|fordi\\b|weil\\b"
          + "|parce que\\b|porque\\b|omdat\\b|なぜなら)\\s*");

  /** Whether {@code text} starts like the answer of a why ("Because …", "A: …", "→ …"). */
  static boolean isAnswer(String text) {
    return ANSWER_LEAD.matcher(text.strip()).lookingAt() && !text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("a ");
  }

  private static String answer(String text) {
    return ANSWER_LEAD.matcher(text.strip()).replaceFirst("").strip();
  }

  /**
   * Reads a chain written as paragraphs of questions and answers — "Why did the job fail?" then
   * "Because the disk was full." — or as "Why? … Because …" on one line. Returns the steps, or an
   * empty list when fewer than two questions are found.
   */
  private List<String[]> questionAnswerPairs(List<Block> body, String[] problemOut) {
    List<String[]> steps = new ArrayList<>();
    String pendingQ = null;
    int pendingLine = 0;
    StringBuilder problem = new StringBuilder();
    for (Block b : body) {
      if (!(b instanceof Para p)) {
        continue;
      }
      for (TextLine tl : p.lines()) {
        String t = tl.inline().text().strip();
        int qm = Texts.indexOfQuestionMark(t);
        if (qm > 0 && WHY_Q.matcher(t).lookingAt()) {
          if (pendingQ != null) {
            steps.add(new String[] {pendingQ, "", String.valueOf(pendingLine), null, null});
          }
          String rest = t.substring(qm + 1).strip();
          if (!rest.isEmpty()) {
            steps.add(new String[] {t.substring(0, qm + 1), answer(rest), String.valueOf(tl.line()), null, null});
            pendingQ = null;
          } else {
            pendingQ = t.substring(0, qm + 1);
            pendingLine = tl.line();
          }
        } else if (pendingQ != null) {
          steps.add(new String[] {pendingQ, answer(t), String.valueOf(pendingLine), null, null});
          pendingQ = null;
        } else if (steps.isEmpty()) {
          problem.append(problem.length() > 0 ? " " : "").append(t);
        } else if (!steps.isEmpty()) {
          String[] last = steps.get(steps.size() - 1);
          last[1] = (last[1] + " " + answer(t)).strip();
        }
      }
    }
    if (pendingQ != null) {
      steps.add(new String[] {pendingQ, "", String.valueOf(pendingLine), null, null});
    }
    problemOut[0] = problem.length() == 0 ? null : problem.toString();
    return steps.size() >= 2 ? steps : List.of();
  }

  /**
   * A because-chain: a list whose first item states the problem and whose other items each start
   * with "Because …"; {@code null} when {@code l} is not one.
   */
  static List<String[]> becauseChain(ListBlock l, String[] problemOut) {
    List<Item> items = l.items();
    if (items.size() < 3 || isAnswer(items.get(0).text())) {
      return null;
    }
    for (int i = 1; i < items.size(); i++) {
      if (!isAnswer(items.get(i).text())) {
        return null;
      }
    }
    problemOut[0] = Texts.itemText(items.get(0));
    List<String[]> steps = new ArrayList<>();
    for (int i = 1; i < items.size(); i++) {
      steps.add(new String[] {"Why?", answer(Texts.itemText(items.get(i))), String.valueOf(items.get(i).line()), null, null});
    }
    return steps;
  }

  /** Adds a chain built from {@code steps}. */
  void addChain(String chainId, String problem, int line, List<String[]> steps) {
    String ptr = "/fiveWhys/" + d.whys.size();
    String wid = chainId != null && d.whys.stream().noneMatch(w -> w.id().orElse("").equals(chainId))
        ? chainId : "W" + (d.whys.size() + 1);
    dev.postmortem.model.ImmutableWhyChain.Builder wb = WhyChain.builder().id(wid)
        .problem(problem == null || problem.isBlank() ? steps.isEmpty() ? "Why?" : steps.get(0)[0] : problem);
    d.out.at(ptr, line, 1);
    for (int i = 0; i < steps.size(); i++) {
      String[] st = steps.get(i);
      dev.postmortem.model.ImmutableWhyStep.Builder sb = WhyStep.builder().question(st[0]);
      if (!st[1].isBlank()) {
        sb.answer(st[1]);
      }
      wb.addStep(sb.build());
      d.out.at(ptr + "/steps/" + i, Integer.parseInt(st[2]), 1);
    }
    d.pendingWhys.add(new Object[] {wb, ptr, d.whys.size()});
    d.whys.add(wb.build());
  }

  void whys(Section s, List<Block> body, List<Block> leftovers, String chainId, String chainProblem) {
    String[] qaProblem = new String[1];
    List<String[]> qa = questionAnswerPairs(body, qaProblem);
    if (!qa.isEmpty()) {
      String problem = chainProblem != null ? chainProblem : qaProblem[0];
      addChain(chainId, problem, body.get(0).line(), qa);
      for (Block b : body) {
        if (!(b instanceof Para)) {
          leftovers.add(b);
        }
      }
      return;
    }
    int chainsBefore = d.whys.size();
    String problem = chainProblem;
    int problemLine = chainProblem == null ? 0 : s.line();
    String rootCause = null;
    for (Block b : body) {
      if (b instanceof Para rp && chainId != null) {
        Matcher rm = ROOT_REACHED.matcher(rp.text());
        if (rm.matches()) {
          rootCause = rm.group(1);
          continue;
        }
      }
      if (b instanceof Para p && problem == null && !p.text().isBlank()
          && !(body.indexOf(b) == body.size() - 1)) {
        problem = p.text();
        problemLine = p.line();
        continue;
      }
      List<String[]> steps = new ArrayList<>();
      String[] chainProblemOut = new String[1];
      List<String[]> because = b instanceof ListBlock bl && problem == null ? becauseChain(bl, chainProblemOut) : null;
      if (because != null) {
        addChain(chainId, chainProblemOut[0], b.line(), because);
        continue;
      }
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          String q = it.text();
          String a = "";
          String lead = it.inline().lead();
          int qm = Texts.indexOfQuestionMark(q);
          if (lead != null && q.startsWith(lead) && Texts.indexOfQuestionMark(lead) >= 0) {
            a = q.substring(lead.length());
            q = lead;
          } else if (qm >= 0) {
            a = q.substring(qm + 1);
            q = q.substring(0, qm + 1);
          } else {
            a = q;
            q = "Why?";
            d.out.info(Kind.GUESSED_VALUE, it.line(), 1, "/fiveWhys/" + d.whys.size(),
                "5 Whys item without a question; read as the answer to 'Why?'");
          }
          StringBuilder ans = new StringBuilder(a.strip().replaceFirst("^(→|->|=>|⇒|:|：|A:|Because[,:]?)\\s*", ""));
          for (Block c : it.children()) {
            String t = Texts.plain(c);
            if (t != null) {
              ans.append(ans.length() > 0 ? "\n" : "")
                  .append(t.replaceFirst("^(→|->|=>|⇒|A:)\\s*", ""));
            }
          }
          String answer = ans.toString().strip();
          String cause = null;
          String ev = null;
          Matcher cm = WHY_CAUSE.matcher(answer);
          if (cm.find()) {
            cause = cm.group(1);
            ev = cm.group(2);
            answer = answer.substring(0, cm.start()).strip();
          } else {
            Matcher em = Rx.p("\\s*\\(evidence:\\s*([^)]*)\\)\\s*$").matcher(answer);
            if (em.find()) {
              ev = em.group(1);
              answer = answer.substring(0, em.start()).strip();
            }
          }
          steps.add(new String[] {q.strip(), answer, String.valueOf(it.line()), cause, ev});
        }
      } else if (b instanceof Table t) {
        int qc = Texts.column(t.header(), "why", "question", "なぜ", "問い", "pergunta", "por quê", "porque");
        int ac = Texts.column(t.header(), "answer", "because", "reason", "回答", "答え", "理由", "resposta");
        for (Row r : t.rows()) {
          String q = Texts.cell(r, qc < 0 ? 0 : qc);
          String a = Texts.cell(r, ac < 0 ? (t.header().size() > 1 ? 1 : 0) : ac);
          if (!q.isBlank() || !a.isBlank()) {
            steps.add(new String[] {q.isBlank() ? "Why?" : q, a, String.valueOf(r.line()), null, null});
          }
        }
      } else {
        leftovers.add(b);
        continue;
      }
      if (steps.isEmpty()) {
        continue;
      }
      String ptr = "/fiveWhys/" + d.whys.size();
      String wid = chainId != null && d.whys.stream().noneMatch(w -> w.id().orElse("").equals(chainId))
          ? chainId : "W" + (d.whys.size() + 1);
      dev.postmortem.model.ImmutableWhyChain.Builder wb = WhyChain.builder().id(wid);
      String prob = problem != null ? problem : steps.get(0)[0];
      if (prob.isBlank()) { // found by JazzerFuzzTest: a first "why" with no visible text
        prob = "Why?";
      }
      wb.problem(prob);
      d.out.at(ptr, problem != null ? problemLine : b.line(), 1);
      for (int i = 0; i < steps.size(); i++) {
        String[] st = steps.get(i);
        dev.postmortem.model.ImmutableWhyStep.Builder sb = WhyStep.builder().question(st[0]);
        if (!st[1].isBlank()) {
          sb.answer(st[1]);
        }
        if (st[3] != null) {
          sb.cause(st[3]);
        }
        sb.addAllEvidence(Texts.ids(st[4]));
        wb.addStep(sb.build());
        d.out.at(ptr + "/steps/" + i, Integer.parseInt(st[2]), 1);
      }
      d.pendingWhys.add(new Object[] {wb, ptr, d.whys.size()});
      d.whys.add(wb.build());
      problem = null;
    }
    if (rootCause != null && !d.pendingWhys.isEmpty()) {
      Object[] last = d.pendingWhys.get(d.pendingWhys.size() - 1);
      ((dev.postmortem.model.ImmutableWhyChain.Builder) last[0]).rootCause(rootCause);
      d.whys.set((Integer) last[2], ((dev.postmortem.model.ImmutableWhyChain.Builder) last[0]).build());
    }
    if (problem != null && chainId != null && d.whys.size() == chainsBefore) {
      // "### W1: The problem" with no steps below it: a chain without steps
      addChain(chainId, problem, problemLine, List.of());
    } else if (problem != null && !body.isEmpty()) {
      leftovers.add(0, body.get(0));
    }
  }

}

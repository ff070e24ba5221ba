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

final class ParticipantReader {
  private final Draft d;

  ParticipantReader(Draft d) {
    this.d = d;
  }

  static final Map<String, Role> ROLES = new LinkedHashMap<>();

  static {
    for (String r : new String[] {"incident commander", "ic", "incident lead", "incident manager",
        "commander", "インシデントコマンダー", "comandante"}) {
      ROLES.put(r, Role.INCIDENT_COMMANDER);
    }
    for (String r : new String[] {"comms", "communications", "communications lead", "comms lead",
        "cmoc", "広報"}) {
      ROLES.put(r, Role.COMMUNICATIONS_LEAD);
    }
    for (String r : new String[] {"scribe", "note taker", "書記"}) {
      ROLES.put(r, Role.SCRIBE);
    }
    for (String r : new String[] {"responder", "on-call", "oncall", "on call", "engineer", "sre",
        "対応者", "オンコール"}) {
      ROLES.put(r, Role.RESPONDER);
    }
    for (String r : new String[] {"sme", "subject matter expert", "expert"}) {
      ROLES.put(r, Role.SUBJECT_MATTER_EXPERT);
    }
    for (String r : new String[] {"author", "作成者", "autor"}) {
      ROLES.put(r, Role.AUTHOR);
    }
    for (String r : new String[] {"reviewer", "レビュアー", "revisor"}) {
      ROLES.put(r, Role.REVIEWER);
    }
    for (String r : new String[] {"facilitator", "moderator", "ファシリテーター", "facilitador"}) {
      ROLES.put(r, Role.FACILITATOR);
    }
    for (String r : new String[] {"approver", "承認者", "aprovador"}) {
      ROLES.put(r, Role.APPROVER);
    }
    for (String r : new String[] {"observer", "オブザーバー", "observador"}) {
      ROLES.put(r, Role.OBSERVER);
    }
  }

  static Role role(String s) {
    String k = s.toLowerCase(Locale.ROOT).strip();
    Role r = ROLES.get(k);
    if (r == null) {
      try {
        r = Role.fromId(k.replace(' ', '-'));
      } catch (IllegalArgumentException e) {
        r = null;
      }
    }
    return r;
  }

  void participants(List<Block> body, List<Block> leftovers) {
    for (Block b : body) {
      if (b instanceof ListBlock l) {
        for (Item it : l.items()) {
          participantText(it.text(), it.line());
        }
      } else if (b instanceof Para p) {
        for (TextLine tl : p.lines()) {
          participantText(tl.inline().text(), tl.line());
        }
      } else if (b instanceof Table t) {
        int name = Texts.column(t.header(), "name", "who", "person", "名前", "氏名", "nome", "participant");
        int role = Texts.column(t.header(), "role", "roles", "役割", "papel");
        int team = Texts.column(t.header(), "team", "チーム", "equipe", "time");
        int disc = Texts.column(t.header(), "function", "discipline", "職種", "função", "disciplina");
        for (Row r : t.rows()) {
          Inline ni = r.cells().isEmpty() ? Inline.EMPTY : r.cells().get(Math.max(0, Math.min(name < 0 ? 0 : name, r.cells().size() - 1)));
          String n = ni.text().strip();
          if (n.isBlank()) {
            continue;
          }
          String email = null;
          for (String l : ni.links()) {
            if (l.startsWith("mailto:")) {
              email = l.substring(7);
            }
          }
          if (email != null && n.endsWith(email)) {
            n = n.substring(0, n.length() - email.length()).strip();
          }
          String handle = null;
          Matcher hm = Rx.p("^(.*?)\\s*\\(@?([^()\\s]+)\\)$").matcher(n);
          if (hm.matches() && !hm.group(1).isBlank()) {
            n = hm.group(1).strip();
            handle = hm.group(2);
          }
          dev.postmortem.model.ImmutableParticipant.Builder pb = Participant.builder().name(n);
          if (email != null) {
            pb.email(email);
          }
          if (handle != null) {
            pb.handle(handle);
          }
          if (team >= 0 && !Texts.cell(r, team).isBlank()) {
            pb.team(Texts.cell(r, team));
          }
          if (disc >= 0 && !Texts.cell(r, disc).isBlank()) {
            try {
              pb.discipline(dev.postmortem.model.Discipline.fromId(Texts.cell(r, disc).replace(' ', '-')));
            } catch (IllegalArgumentException e) {
              d.out.info(Kind.GUESSED_VALUE, r.line(), 1, "/participants/" + d.participants.size(),
                  "function '" + Texts.shorten(Texts.cell(r, disc)) + "' is not a known discipline; left out");
            }
          }
          String rs = role < 0 ? "" : Texts.cell(r, role);
          addRoles(pb, rs, r.line());
          d.out.at("/participants/" + d.participants.size(), r.line(), 1);
          d.participants.add(pb.build());
        }
      } else {
        leftovers.add(b);
      }
    }
  }

  void participantText(String text, int line) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    Matcher m = Rx.p("^(.+?)\\s*(?:\\((.+)\\)|[-–—:]\\s+(.+))$").matcher(t);
    if (m.matches()) {
      dev.postmortem.model.ImmutableParticipant.Builder pb = Participant.builder().name(m.group(1).strip());
      addRoles(pb, m.group(2) != null ? m.group(2) : m.group(3), line);
      d.out.at("/participants/" + d.participants.size(), line, 1);
      d.participants.add(pb.build());
      return;
    }
    for (String n : t.split("\\s*[,、;]\\s*")) {
      if (!n.isBlank()) {
        d.out.at("/participants/" + d.participants.size(), line, 1);
        d.participants.add(Participant.builder().name(n.strip()).build());
      }
    }
  }

  void addRoles(dev.postmortem.model.ImmutableParticipant.Builder pb, String roles, int line) {
    if (roles == null || roles.isBlank()) {
      return;
    }
    for (String r : roles.split("\\s*[,/、]\\s*")) {
      Role role = role(r);
      if (role != null) {
        pb.addRole(role);
      } else if (!r.isBlank()) {
        pb.addRole(Role.OTHER);
        d.out.info(Kind.GUESSED_VALUE, line, 1, "/participants/" + d.participants.size(),
            "role '" + Texts.shorten(r) + "' is not a known role; recorded as other");
        pb.team(r.strip());
      }
    }
  }

}

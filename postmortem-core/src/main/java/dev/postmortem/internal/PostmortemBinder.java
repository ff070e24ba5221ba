package dev.postmortem.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.DecimalUtils;
import dev.postmortem.io.PostmortemFormatException;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.AdditionalSection;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.Discipline;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Evidence;
import dev.postmortem.model.EvidenceKind;
import dev.postmortem.model.FollowUpReview;
import dev.postmortem.model.Impact;
import dev.postmortem.model.ImmutableActionItem;
import dev.postmortem.model.ImmutableAdditionalSection;
import dev.postmortem.model.ImmutableCause;
import dev.postmortem.model.ImmutableEvidence;
import dev.postmortem.model.ImmutableFollowUpReview;
import dev.postmortem.model.ImmutableImpact;
import dev.postmortem.model.ImmutableItemProgress;
import dev.postmortem.model.ImmutableLessons;
import dev.postmortem.model.ImmutableLifecycle;
import dev.postmortem.model.ImmutableLink;
import dev.postmortem.model.ImmutableMilestones;
import dev.postmortem.model.ImmutableParticipant;
import dev.postmortem.model.ImmutablePostmortem;
import dev.postmortem.model.ImmutableQuantity;
import dev.postmortem.model.ImmutableRecreation;
import dev.postmortem.model.ImmutableSlo;
import dev.postmortem.model.ImmutableSloMeasurement;
import dev.postmortem.model.ImmutableStartStopContinue;
import dev.postmortem.model.ImmutableTimelineEvent;
import dev.postmortem.model.ImmutableVerification;
import dev.postmortem.model.ImmutableWhyChain;
import dev.postmortem.model.ImmutableWhyStep;
import dev.postmortem.model.ItemProgress;
import dev.postmortem.model.Lessons;
import dev.postmortem.model.Lifecycle;
import dev.postmortem.model.Link;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Priority;
import dev.postmortem.model.Quantity;
import dev.postmortem.model.Recreation;
import dev.postmortem.model.RecreationOutcome;
import dev.postmortem.model.Role;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Slo;
import dev.postmortem.model.SloMeasurement;
import dev.postmortem.model.StartStopContinue;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import dev.postmortem.model.Verification;
import dev.postmortem.model.VerificationMethod;
import dev.postmortem.model.WhyChain;
import dev.postmortem.model.WhyStep;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the post-mortem model straight from a parser's tokens into the Immutables builders,
 * without an {@code ObjectMapper}: building Jackson's deserializers for the whole model by
 * introspection cost a command-line run some 300 ms of CPU before it read its first value.
 *
 * <p>It reads every input the way the data binding of {@link Jackson#mapper} does — the same
 * values, the same scalar coercions (numbers and booleans given as strings and the other way
 * round, epoch numbers for dates, empty strings as absent values), the same null handling, the
 * same enum spellings (each enum's {@code @JsonCreator}) — and fails with the same problems at
 * the same JSON pointers: {@code PostmortemBinderDifferentialTest} in postmortem-hardening
 * compares the two over generated documents and thousands of mutants of them. Each model type
 * is described by a {@link Shape}: its property names in declaration order, the kind of each
 * value, and how the builder takes them, in the order Immutables' own {@code fromJson} does.
 *
 * <p>Writing still uses data binding, and the model keeps its Jackson annotations, so that
 * other programs can bind it with their own mappers.
 */
public final class PostmortemBinder implements DocumentReader.Binder<Postmortem> {
  /** The binder (stateless; one read keeps its state in a {@link Run}). */
  public static final PostmortemBinder INSTANCE = new PostmortemBinder();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PostmortemBinder() {}

  @Override
  public Postmortem bind(JsonParser p, Map<String, JsonNode> unknown) throws IOException {
    Run run = new Run(unknown);
    JsonToken t = p.nextToken();
    if (t == null) {
      throw MismatchedInputException.from(p, Postmortem.class, "No content to map due to end-of-input");
    }
    Postmortem value;
    if (t == JsonToken.VALUE_NULL) {
      value = null;
    } else if (t == JsonToken.START_OBJECT) {
      value = (Postmortem) run.object(p, Shape.POSTMORTEM);
    } else {
      throw run.notAnObject(p, t, "Json");
    }
    if (p.nextToken() != null) {
      throw new DocumentReader.BindException("", "wrong type: expected an object (Postmortem)", null);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Kinds of values

  /** What a property's value is, and so how its tokens are read. */
  private enum Kind {
    STRING, ENUM, OFFSET_DATE_TIME, LOCAL_DATE, DURATION, DECIMAL, INT, LONG, BOOLEAN, BOOLEAN_OBJECT,
    OBJECT, NODE_MAP
  }

  /** A property: its kind, whether it is an Optional or a List of that kind, and the details. */
  private static final class Prop {
    final String name;
    final Kind kind;
    final boolean optional;
    final boolean list;
    /** The shape of an object; the enum index of an enum. */
    final Shape shape;
    final int enumType;

    Prop(String name, Kind kind, boolean optional, boolean list, Shape shape, int enumType) {
      this.name = name;
      this.kind = kind;
      this.optional = optional;
      this.list = list;
      this.shape = shape;
      this.enumType = enumType;
    }
  }

  private static Prop one(String name, Kind kind) {
    return new Prop(name, kind, false, false, null, -1);
  }

  private static Prop opt(String name, Kind kind) {
    return new Prop(name, kind, true, false, null, -1);
  }

  private static Prop list(String name, Kind kind) {
    return new Prop(name, kind, false, true, null, -1);
  }

  private static Prop object(String name, Shape shape) {
    return new Prop(name, Kind.OBJECT, false, false, shape, -1);
  }

  private static Prop optObject(String name, Shape shape) {
    return new Prop(name, Kind.OBJECT, true, false, shape, -1);
  }

  private static Prop listObject(String name, Shape shape) {
    return new Prop(name, Kind.OBJECT, false, true, shape, -1);
  }

  private static Prop enumOne(String name, int type) {
    return new Prop(name, Kind.ENUM, false, false, null, type);
  }

  private static Prop enumOpt(String name, int type) {
    return new Prop(name, Kind.ENUM, true, false, null, type);
  }

  private static Prop enumList(String name, int type) {
    return new Prop(name, Kind.ENUM, false, true, null, type);
  }

  // the enums, by index: their simple names and @JsonCreator factories
  private static final int STATUS = 0;
  private static final int SEVERITY = 1;
  private static final int ACTION_TYPE = 2;
  private static final int PRIORITY = 3;
  private static final int ACTION_STATUS = 4;
  private static final int CAUSE_CATEGORY = 5;
  private static final int EVIDENCE_KIND = 6;
  private static final int ROLE = 7;
  private static final int DISCIPLINE = 8;
  private static final int RECREATION_OUTCOME = 9;
  private static final int EVENT_KIND = 10;
  private static final int VERIFICATION_METHOD = 11;

  private static final String[] ENUM_NAMES = {
    "Status", "Severity", "ActionType", "Priority", "ActionStatus", "CauseCategory", "EvidenceKind",
    "Role", "Discipline", "RecreationOutcome", "EventKind", "VerificationMethod"
  };

  private static Object enumValue(int type, String id) {
    switch (type) {
      case STATUS:
        return Status.fromId(id);
      case SEVERITY:
        return Severity.fromId(id);
      case ACTION_TYPE:
        return ActionType.fromId(id);
      case PRIORITY:
        return Priority.fromId(id);
      case ACTION_STATUS:
        return ActionStatus.fromId(id);
      case CAUSE_CATEGORY:
        return CauseCategory.fromId(id);
      case EVIDENCE_KIND:
        return EvidenceKind.fromId(id);
      case ROLE:
        return Role.fromId(id);
      case DISCIPLINE:
        return Discipline.fromId(id);
      case RECREATION_OUTCOME:
        return RecreationOutcome.fromId(id);
      case EVENT_KIND:
        return EventKind.fromId(id);
      case VERIFICATION_METHOD:
        return VerificationMethod.fromId(id);
      default:
        throw new IllegalStateException("enum " + type);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shapes of the model types

  /**
   * A model type: its properties in declaration order (the order Immutables' {@code fromJson}
   * gives them to the builder, which decides which of several problems is reported) and how a
   * builder takes them.
   */
  abstract static class Shape {
    final String type;
    final Prop[] props;
    private final Map<String, Integer> index;
    private final String known;

    Shape(String type, Prop... props) {
      this.type = type;
      this.props = props;
      this.index = new HashMap<>(props.length * 2);
      String[] names = new String[props.length];
      for (int i = 0; i < props.length; i++) {
        index.put(props[i].name, i);
        names[i] = props[i].name;
      }
      Arrays.sort(names);
      this.known = String.join(", ", names);
    }

    int indexOf(String name) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }

    /** The property names, in declaration order. */
    List<String> names() {
      List<String> names = new ArrayList<>(props.length);
      for (Prop p : props) {
        names.add(p.name);
      }
      return names;
    }

    /** Builds the value from the slots (null where a property was absent or null). */
    abstract Object build(Object[] v);

    // lazily: shapes refer to each other
    static final Shape SLO_MEASUREMENT = new Shape("SloMeasurement",
        one("start", Kind.OFFSET_DATE_TIME), one("end", Kind.OFFSET_DATE_TIME), one("violations", Kind.LONG),
        opt("attained", Kind.DECIMAL)) {
      @Override
      Object build(Object[] v) {
        ImmutableSloMeasurement.Builder b = ImmutableSloMeasurement.builder();
        if (v[0] != null) {
          b.start((OffsetDateTime) v[0]);
        }
        if (v[1] != null) {
          b.end((OffsetDateTime) v[1]);
        }
        if (v[2] != null) {
          b.violations((Long) v[2]);
        }
        if (v[3] != null) {
          b.attained(optional(v[3], BigDecimal.class));
        }
        return b.build();
      }
    };

    static final Shape VERIFICATION = new Shape("Verification",
        enumOne("method", VERIFICATION_METHOD), opt("slo", Kind.STRING), opt("description", Kind.STRING),
        optObject("before", SLO_MEASUREMENT), optObject("after", SLO_MEASUREMENT), opt("result", Kind.STRING),
        opt("verifiedOn", Kind.LOCAL_DATE)) {
      @Override
      Object build(Object[] v) {
        ImmutableVerification.Builder b = ImmutableVerification.builder();
        if (v[0] != null) {
          b.method((VerificationMethod) v[0]);
        }
        if (v[1] != null) {
          b.slo(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.description(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.before(optional(v[3], SloMeasurement.class));
        }
        if (v[4] != null) {
          b.after(optional(v[4], SloMeasurement.class));
        }
        if (v[5] != null) {
          b.result(optional(v[5], String.class));
        }
        if (v[6] != null) {
          b.verifiedOn(optional(v[6], LocalDate.class));
        }
        return b.build();
      }
    };

    static final Shape ACTION_ITEM = new Shape("ActionItem",
        one("id", Kind.STRING), one("title", Kind.STRING), opt("description", Kind.STRING),
        enumOpt("type", ACTION_TYPE), enumOpt("priority", PRIORITY), opt("owner", Kind.STRING),
        opt("due", Kind.LOCAL_DATE), enumOne("status", ACTION_STATUS), opt("rationale", Kind.STRING),
        opt("revisitOn", Kind.LOCAL_DATE), opt("completedOn", Kind.LOCAL_DATE), opt("ticket", Kind.STRING),
        list("addresses", Kind.STRING), optObject("verification", VERIFICATION), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableActionItem.Builder b = ImmutableActionItem.builder();
        if (v[0] != null) {
          b.id((String) v[0]);
        }
        if (v[1] != null) {
          b.title((String) v[1]);
        }
        if (v[2] != null) {
          b.description(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.type(optional(v[3], ActionType.class));
        }
        if (v[4] != null) {
          b.priority(optional(v[4], Priority.class));
        }
        if (v[5] != null) {
          b.owner(optional(v[5], String.class));
        }
        if (v[6] != null) {
          b.due(optional(v[6], LocalDate.class));
        }
        if (v[7] != null) {
          b.status((ActionStatus) v[7]);
        }
        if (v[8] != null) {
          b.rationale(optional(v[8], String.class));
        }
        if (v[9] != null) {
          b.revisitOn(optional(v[9], LocalDate.class));
        }
        if (v[10] != null) {
          b.completedOn(optional(v[10], LocalDate.class));
        }
        if (v[11] != null) {
          b.ticket(optional(v[11], String.class));
        }
        if (v[12] != null) {
          b.addAllAddresses(list(v[12], String.class));
        }
        if (v[13] != null) {
          b.verification(optional(v[13], Verification.class));
        }
        if (v[14] != null) {
          b.internal((Boolean) v[14]);
        }
        return b.build();
      }
    };

    static final Shape ADDITIONAL_SECTION = new Shape("AdditionalSection",
        one("title", Kind.STRING), one("markdown", Kind.STRING), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableAdditionalSection.Builder b = ImmutableAdditionalSection.builder();
        if (v[0] != null) {
          b.title((String) v[0]);
        }
        if (v[1] != null) {
          b.markdown((String) v[1]);
        }
        if (v[2] != null) {
          b.internal((Boolean) v[2]);
        }
        return b.build();
      }
    };

    static final Shape CAUSE = new Shape("Cause",
        one("id", Kind.STRING), one("description", Kind.STRING), enumOne("category", CAUSE_CATEGORY),
        one("trigger", Kind.BOOLEAN), one("rootCause", Kind.BOOLEAN), list("ledTo", Kind.STRING),
        list("evidence", Kind.STRING), opt("justification", Kind.STRING), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableCause.Builder b = ImmutableCause.builder();
        if (v[0] != null) {
          b.id((String) v[0]);
        }
        if (v[1] != null) {
          b.description((String) v[1]);
        }
        if (v[2] != null) {
          b.category((CauseCategory) v[2]);
        }
        if (v[3] != null) {
          b.trigger((Boolean) v[3]);
        }
        if (v[4] != null) {
          b.rootCause((Boolean) v[4]);
        }
        if (v[5] != null) {
          b.addAllLedTo(list(v[5], String.class));
        }
        if (v[6] != null) {
          b.addAllEvidence(list(v[6], String.class));
        }
        if (v[7] != null) {
          b.justification(optional(v[7], String.class));
        }
        if (v[8] != null) {
          b.internal((Boolean) v[8]);
        }
        return b.build();
      }
    };

    static final Shape EVIDENCE = new Shape("Evidence",
        one("id", Kind.STRING), enumOne("kind", EVIDENCE_KIND), one("title", Kind.STRING), opt("link", Kind.STRING),
        opt("file", Kind.STRING), opt("description", Kind.STRING), opt("capturedAt", Kind.OFFSET_DATE_TIME),
        one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableEvidence.Builder b = ImmutableEvidence.builder();
        if (v[0] != null) {
          b.id((String) v[0]);
        }
        if (v[1] != null) {
          b.kind((EvidenceKind) v[1]);
        }
        if (v[2] != null) {
          b.title((String) v[2]);
        }
        if (v[3] != null) {
          b.link(optional(v[3], String.class));
        }
        if (v[4] != null) {
          b.file(optional(v[4], String.class));
        }
        if (v[5] != null) {
          b.description(optional(v[5], String.class));
        }
        if (v[6] != null) {
          b.capturedAt(optional(v[6], OffsetDateTime.class));
        }
        if (v[7] != null) {
          b.internal((Boolean) v[7]);
        }
        return b.build();
      }
    };

    static final Shape ITEM_PROGRESS = new Shape("ItemProgress",
        one("item", Kind.STRING), enumOne("status", ACTION_STATUS), opt("note", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableItemProgress.Builder b = ImmutableItemProgress.builder();
        if (v[0] != null) {
          b.item((String) v[0]);
        }
        if (v[1] != null) {
          b.status((ActionStatus) v[1]);
        }
        if (v[2] != null) {
          b.note(optional(v[2], String.class));
        }
        return b.build();
      }
    };

    static final Shape FOLLOW_UP_REVIEW = new Shape("FollowUpReview",
        one("heldOn", Kind.LOCAL_DATE), list("attendees", Kind.STRING), opt("notes", Kind.STRING),
        listObject("items", ITEM_PROGRESS)) {
      @Override
      Object build(Object[] v) {
        ImmutableFollowUpReview.Builder b = ImmutableFollowUpReview.builder();
        if (v[0] != null) {
          b.heldOn((LocalDate) v[0]);
        }
        if (v[1] != null) {
          b.addAllAttendees(list(v[1], String.class));
        }
        if (v[2] != null) {
          b.notes(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.addAllItems(list(v[3], ItemProgress.class));
        }
        return b.build();
      }
    };

    static final Shape QUANTITY = new Shape("Quantity",
        one("metric", Kind.STRING), one("value", Kind.DECIMAL), opt("unit", Kind.STRING),
        one("estimated", Kind.BOOLEAN), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableQuantity.Builder b = ImmutableQuantity.builder();
        if (v[0] != null) {
          b.metric((String) v[0]);
        }
        if (v[1] != null) {
          b.value((BigDecimal) v[1]);
        }
        if (v[2] != null) {
          b.unit(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.estimated((Boolean) v[3]);
        }
        if (v[4] != null) {
          b.internal((Boolean) v[4]);
        }
        return b.build();
      }
    };

    static final Shape IMPACT = new Shape("Impact",
        opt("description", Kind.STRING), list("affectedServices", Kind.STRING), list("affectedUsers", Kind.STRING),
        opt("customerFacing", Kind.BOOLEAN_OBJECT), listObject("quantities", QUANTITY),
        list("slosBreached", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableImpact.Builder b = ImmutableImpact.builder();
        if (v[0] != null) {
          b.description(optional(v[0], String.class));
        }
        if (v[1] != null) {
          b.addAllAffectedServices(list(v[1], String.class));
        }
        if (v[2] != null) {
          b.addAllAffectedUsers(list(v[2], String.class));
        }
        if (v[3] != null) {
          b.customerFacing(optional(v[3], Boolean.class));
        }
        if (v[4] != null) {
          b.addAllQuantities(list(v[4], Quantity.class));
        }
        if (v[5] != null) {
          b.addAllSlosBreached(list(v[5], String.class));
        }
        return b.build();
      }
    };

    static final Shape LESSONS = new Shape("Lessons",
        list("wentWell", Kind.STRING), list("wentWrong", Kind.STRING), list("gotLucky", Kind.STRING),
        list("nearMisses", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableLessons.Builder b = ImmutableLessons.builder();
        if (v[0] != null) {
          b.addAllWentWell(list(v[0], String.class));
        }
        if (v[1] != null) {
          b.addAllWentWrong(list(v[1], String.class));
        }
        if (v[2] != null) {
          b.addAllGotLucky(list(v[2], String.class));
        }
        if (v[3] != null) {
          b.addAllNearMisses(list(v[3], String.class));
        }
        return b.build();
      }
    };

    static final Shape LIFECYCLE = new Shape("Lifecycle",
        opt("created", Kind.OFFSET_DATE_TIME), opt("drafted", Kind.OFFSET_DATE_TIME),
        opt("reviewed", Kind.OFFSET_DATE_TIME), opt("published", Kind.OFFSET_DATE_TIME),
        opt("closed", Kind.OFFSET_DATE_TIME)) {
      @Override
      Object build(Object[] v) {
        ImmutableLifecycle.Builder b = ImmutableLifecycle.builder();
        if (v[0] != null) {
          b.created(optional(v[0], OffsetDateTime.class));
        }
        if (v[1] != null) {
          b.drafted(optional(v[1], OffsetDateTime.class));
        }
        if (v[2] != null) {
          b.reviewed(optional(v[2], OffsetDateTime.class));
        }
        if (v[3] != null) {
          b.published(optional(v[3], OffsetDateTime.class));
        }
        if (v[4] != null) {
          b.closed(optional(v[4], OffsetDateTime.class));
        }
        return b.build();
      }
    };

    static final Shape LINK = new Shape("Link",
        one("url", Kind.STRING), opt("title", Kind.STRING), opt("kind", Kind.STRING), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableLink.Builder b = ImmutableLink.builder();
        if (v[0] != null) {
          b.url((String) v[0]);
        }
        if (v[1] != null) {
          b.title(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.kind(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.internal((Boolean) v[3]);
        }
        return b.build();
      }
    };

    static final Shape MILESTONES = new Shape("Milestones",
        opt("started", Kind.OFFSET_DATE_TIME), opt("detected", Kind.OFFSET_DATE_TIME),
        opt("acknowledged", Kind.OFFSET_DATE_TIME), opt("mitigated", Kind.OFFSET_DATE_TIME),
        opt("resolved", Kind.OFFSET_DATE_TIME), opt("statusPageUpdated", Kind.OFFSET_DATE_TIME)) {
      @Override
      Object build(Object[] v) {
        ImmutableMilestones.Builder b = ImmutableMilestones.builder();
        if (v[0] != null) {
          b.started(optional(v[0], OffsetDateTime.class));
        }
        if (v[1] != null) {
          b.detected(optional(v[1], OffsetDateTime.class));
        }
        if (v[2] != null) {
          b.acknowledged(optional(v[2], OffsetDateTime.class));
        }
        if (v[3] != null) {
          b.mitigated(optional(v[3], OffsetDateTime.class));
        }
        if (v[4] != null) {
          b.resolved(optional(v[4], OffsetDateTime.class));
        }
        if (v[5] != null) {
          b.statusPageUpdated(optional(v[5], OffsetDateTime.class));
        }
        return b.build();
      }
    };

    static final Shape PARTICIPANT = new Shape("Participant",
        one("name", Kind.STRING), opt("handle", Kind.STRING), opt("email", Kind.STRING), enumList("roles", ROLE),
        enumOpt("discipline", DISCIPLINE), opt("team", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableParticipant.Builder b = ImmutableParticipant.builder();
        if (v[0] != null) {
          b.name((String) v[0]);
        }
        if (v[1] != null) {
          b.handle(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.email(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.addAllRoles(list(v[3], Role.class));
        }
        if (v[4] != null) {
          b.discipline(optional(v[4], Discipline.class));
        }
        if (v[5] != null) {
          b.team(optional(v[5], String.class));
        }
        return b.build();
      }
    };

    static final Shape RECREATION = new Shape("Recreation",
        enumOne("outcome", RECREATION_OUTCOME), opt("environment", Kind.STRING), list("steps", Kind.STRING),
        list("observations", Kind.STRING), list("fixesVerified", Kind.STRING), opt("reason", Kind.STRING),
        opt("performedOn", Kind.LOCAL_DATE)) {
      @Override
      Object build(Object[] v) {
        ImmutableRecreation.Builder b = ImmutableRecreation.builder();
        if (v[0] != null) {
          b.outcome((RecreationOutcome) v[0]);
        }
        if (v[1] != null) {
          b.environment(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.addAllSteps(list(v[2], String.class));
        }
        if (v[3] != null) {
          b.addAllObservations(list(v[3], String.class));
        }
        if (v[4] != null) {
          b.addAllFixesVerified(list(v[4], String.class));
        }
        if (v[5] != null) {
          b.reason(optional(v[5], String.class));
        }
        if (v[6] != null) {
          b.performedOn(optional(v[6], LocalDate.class));
        }
        return b.build();
      }
    };

    static final Shape SLO = new Shape("Slo",
        one("id", Kind.STRING), one("name", Kind.STRING), opt("indicator", Kind.STRING), opt("objective", Kind.DECIMAL),
        opt("window", Kind.DURATION), optObject("before", SLO_MEASUREMENT), optObject("after", SLO_MEASUREMENT)) {
      @Override
      Object build(Object[] v) {
        ImmutableSlo.Builder b = ImmutableSlo.builder();
        if (v[0] != null) {
          b.id((String) v[0]);
        }
        if (v[1] != null) {
          b.name((String) v[1]);
        }
        if (v[2] != null) {
          b.indicator(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.objective(optional(v[3], BigDecimal.class));
        }
        if (v[4] != null) {
          b.window(optional(v[4], Duration.class));
        }
        if (v[5] != null) {
          b.before(optional(v[5], SloMeasurement.class));
        }
        if (v[6] != null) {
          b.after(optional(v[6], SloMeasurement.class));
        }
        return b.build();
      }
    };

    static final Shape START_STOP_CONTINUE = new Shape("StartStopContinue",
        list("start", Kind.STRING), list("stop", Kind.STRING), list("continue", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableStartStopContinue.Builder b = ImmutableStartStopContinue.builder();
        if (v[0] != null) {
          b.addAllStart(list(v[0], String.class));
        }
        if (v[1] != null) {
          b.addAllStop(list(v[1], String.class));
        }
        if (v[2] != null) {
          b.addAllKeep(list(v[2], String.class));
        }
        return b.build();
      }
    };

    static final Shape TIMELINE_EVENT = new Shape("TimelineEvent",
        opt("at", Kind.OFFSET_DATE_TIME), opt("timeText", Kind.STRING), enumOne("kind", EVENT_KIND),
        one("description", Kind.STRING), opt("actor", Kind.STRING), opt("source", Kind.STRING),
        list("evidence", Kind.STRING), opt("knownAtTheTime", Kind.STRING), one("inflectionPoint", Kind.BOOLEAN),
        one("keyEvent", Kind.BOOLEAN), one("approximate", Kind.BOOLEAN), one("internal", Kind.BOOLEAN)) {
      @Override
      Object build(Object[] v) {
        ImmutableTimelineEvent.Builder b = ImmutableTimelineEvent.builder();
        if (v[0] != null) {
          b.at(optional(v[0], OffsetDateTime.class));
        }
        if (v[1] != null) {
          b.timeText(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.kind((EventKind) v[2]);
        }
        if (v[3] != null) {
          b.description((String) v[3]);
        }
        if (v[4] != null) {
          b.actor(optional(v[4], String.class));
        }
        if (v[5] != null) {
          b.source(optional(v[5], String.class));
        }
        if (v[6] != null) {
          b.addAllEvidence(list(v[6], String.class));
        }
        if (v[7] != null) {
          b.knownAtTheTime(optional(v[7], String.class));
        }
        if (v[8] != null) {
          b.inflectionPoint((Boolean) v[8]);
        }
        if (v[9] != null) {
          b.keyEvent((Boolean) v[9]);
        }
        if (v[10] != null) {
          b.approximate((Boolean) v[10]);
        }
        if (v[11] != null) {
          b.internal((Boolean) v[11]);
        }
        return b.build();
      }
    };

    static final Shape WHY_STEP = new Shape("WhyStep",
        one("question", Kind.STRING), opt("answer", Kind.STRING), opt("cause", Kind.STRING),
        list("evidence", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableWhyStep.Builder b = ImmutableWhyStep.builder();
        if (v[0] != null) {
          b.question((String) v[0]);
        }
        if (v[1] != null) {
          b.answer(optional(v[1], String.class));
        }
        if (v[2] != null) {
          b.cause(optional(v[2], String.class));
        }
        if (v[3] != null) {
          b.addAllEvidence(list(v[3], String.class));
        }
        return b.build();
      }
    };

    static final Shape WHY_CHAIN = new Shape("WhyChain",
        opt("id", Kind.STRING), one("problem", Kind.STRING), listObject("steps", WHY_STEP), opt("rootCause", Kind.STRING)) {
      @Override
      Object build(Object[] v) {
        ImmutableWhyChain.Builder b = ImmutableWhyChain.builder();
        if (v[0] != null) {
          b.id(optional(v[0], String.class));
        }
        if (v[1] != null) {
          b.problem((String) v[1]);
        }
        if (v[2] != null) {
          b.addAllSteps(list(v[2], WhyStep.class));
        }
        if (v[3] != null) {
          b.rootCause(optional(v[3], String.class));
        }
        return b.build();
      }
    };

    static final Shape POSTMORTEM = new Shape("Postmortem",
        opt("$schema", Kind.STRING), one("schemaVersion", Kind.INT), one("id", Kind.STRING), one("title", Kind.STRING),
        enumOne("status", STATUS), enumOpt("severity", SEVERITY), opt("summary", Kind.STRING),
        list("objectives", Kind.STRING), list("tags", Kind.STRING), list("authors", Kind.STRING),
        object("lifecycle", LIFECYCLE), object("incident", MILESTONES), optObject("impact", IMPACT),
        opt("detection", Kind.STRING), opt("trigger", Kind.STRING), opt("resolution", Kind.STRING),
        listObject("participants", PARTICIPANT), listObject("timeline", TIMELINE_EVENT), listObject("causes", CAUSE),
        listObject("fiveWhys", WHY_CHAIN), object("lessonsLearned", LESSONS),
        object("startStopContinue", START_STOP_CONTINUE), listObject("actionItems", ACTION_ITEM),
        listObject("evidence", EVIDENCE), optObject("recreation", RECREATION), listObject("followUps", FOLLOW_UP_REVIEW),
        listObject("slos", SLO), listObject("links", LINK), list("internalFields", Kind.STRING),
        listObject("additionalSections", ADDITIONAL_SECTION), one("extensions", Kind.NODE_MAP)) {
      @Override
      @SuppressWarnings("unchecked")
      Object build(Object[] v) {
        ImmutablePostmortem.Builder b = ImmutablePostmortem.builder();
        if (v[0] != null) {
          b.schema(optional(v[0], String.class));
        }
        if (v[1] != null) {
          b.schemaVersion((Integer) v[1]);
        }
        if (v[2] != null) {
          b.id((String) v[2]);
        }
        if (v[3] != null) {
          b.title((String) v[3]);
        }
        if (v[4] != null) {
          b.status((Status) v[4]);
        }
        if (v[5] != null) {
          b.severity(optional(v[5], Severity.class));
        }
        if (v[6] != null) {
          b.summary(optional(v[6], String.class));
        }
        if (v[7] != null) {
          b.addAllObjectives(list(v[7], String.class));
        }
        if (v[8] != null) {
          b.addAllTags(list(v[8], String.class));
        }
        if (v[9] != null) {
          b.addAllAuthors(list(v[9], String.class));
        }
        if (v[10] != null) {
          b.lifecycle((Lifecycle) v[10]);
        }
        if (v[11] != null) {
          b.incident((Milestones) v[11]);
        }
        if (v[12] != null) {
          b.impact(optional(v[12], Impact.class));
        }
        if (v[13] != null) {
          b.detection(optional(v[13], String.class));
        }
        if (v[14] != null) {
          b.trigger(optional(v[14], String.class));
        }
        if (v[15] != null) {
          b.resolution(optional(v[15], String.class));
        }
        if (v[16] != null) {
          b.addAllParticipants(list(v[16], Participant.class));
        }
        if (v[17] != null) {
          b.addAllTimeline(list(v[17], TimelineEvent.class));
        }
        if (v[18] != null) {
          b.addAllCauses(list(v[18], Cause.class));
        }
        if (v[19] != null) {
          b.addAllFiveWhys(list(v[19], WhyChain.class));
        }
        if (v[20] != null) {
          b.lessonsLearned((Lessons) v[20]);
        }
        if (v[21] != null) {
          b.startStopContinue((StartStopContinue) v[21]);
        }
        if (v[22] != null) {
          b.addAllActionItems(list(v[22], ActionItem.class));
        }
        if (v[23] != null) {
          b.addAllEvidence(list(v[23], Evidence.class));
        }
        if (v[24] != null) {
          b.recreation(optional(v[24], Recreation.class));
        }
        if (v[25] != null) {
          b.addAllFollowUps(list(v[25], FollowUpReview.class));
        }
        if (v[26] != null) {
          b.addAllSlos(list(v[26], Slo.class));
        }
        if (v[27] != null) {
          b.addAllLinks(list(v[27], Link.class));
        }
        if (v[28] != null) {
          b.addAllInternalFields(list(v[28], String.class));
        }
        if (v[29] != null) {
          b.addAllAdditionalSections(list(v[29], AdditionalSection.class));
        }
        if (v[30] != null) {
          b.putAllExtensions((Map<String, JsonNode>) v[30]);
        }
        return b.build();
      }
    };

    /** Every shape, for tests that compare them with the model. */
    static final List<Shape> ALL = List.of(
        POSTMORTEM, LIFECYCLE, MILESTONES, IMPACT, QUANTITY, PARTICIPANT, TIMELINE_EVENT, CAUSE, WHY_CHAIN, WHY_STEP,
        LESSONS, START_STOP_CONTINUE, ACTION_ITEM, VERIFICATION, SLO_MEASUREMENT, EVIDENCE, RECREATION,
        FOLLOW_UP_REVIEW, ITEM_PROGRESS, SLO, LINK, ADDITIONAL_SECTION);
  }

  /** The property names each model type reads, by type name (for tests). */
  static Map<String, List<String>> propertyNames() {
    Map<String, List<String>> names = new TreeMap<>();
    for (Shape s : Shape.ALL) {
      names.put(s.type, s.names());
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  static <T> Optional<T> optional(Object value, Class<T> type) {
    return (Optional<T>) value;
  }

  @SuppressWarnings("unchecked")
  static <T> List<T> list(Object value, Class<T> type) {
    return (List<T>) value;
  }

  // ---------------------------------------------------------------------------------------------
  // One read

  /** The state of one read: where it is (for pointers) and what it keeps of unknown properties. */
  private static final class Run {
    private final Map<String, JsonNode> unknown;
    // the path from the root: a String (property name) or Integer (array index) per level
    private Object[] path = new Object[16];
    private int depth;

    Run(Map<String, JsonNode> unknown) {
      this.unknown = unknown;
    }

    private void push(Object step) {
      if (depth == path.length) {
        path = Arrays.copyOf(path, depth * 2);
      }
      path[depth++] = step;
    }

    private void pop() {
      path[--depth] = null;
    }

    /** Back to the given depth, after an exception from deeper down. */
    private void truncate(int to) {
      while (depth > to) {
        pop();
      }
    }

    /** The JSON pointer of where the read is. */
    String pointer() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        sb.append('/');
        if (path[i] instanceof String) {
          sb.append(DocumentReader.escape((String) path[i]));
        } else {
          sb.append(path[i]);
        }
      }
      return sb.toString();
    }

    DocumentReader.BindException fail(String problem) {
      return new DocumentReader.BindException(pointer(), problem, null);
    }

    /**
     * An exception from the parser or from a value's conversion, as data binding reports it once
     * it has added the path of the property or element being read.
     */
    DocumentReader.BindException wrap(Exception e) {
      JsonMappingException wrapped = JsonMappingException.wrapWithPath(e, null, "?");
      return new DocumentReader.BindException(pointer(), DocumentReader.translate(wrapped, null).problem(), e);
    }

    // --- objects

    /** Reads an object of the shape; the parser is at its START_OBJECT. */
    Object object(JsonParser p, Shape shape) throws IOException {
      Object[] v = new Object[shape.props.length];
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken vt = p.nextToken();
        int i = shape.indexOf(name);
        push(name);
        if (i < 0) {
          unknownProperty(p, shape, name, vt);
        } else {
          int mark = depth;
          try {
            v[i] = value(p, vt, shape.props[i]);
          } catch (DocumentReader.BindException | PostmortemFormatException e) {
            throw e;
          } catch (IOException | RuntimeException e) {
            truncate(mark);
            throw wrap(e);
          }
        }
        pop();
      }
      if (t != JsonToken.END_OBJECT) {
        throw new IllegalStateException("unexpected token " + t + " in an object");
      }
      try {
        return shape.build(v);
      } catch (RuntimeException e) { // the builder's: missing values and broken invariants
        throw new DocumentReader.BindException(pointer(), DocumentReader.instantiationProblem(e), e);
      }
    }

    private void unknownProperty(JsonParser p, Shape shape, String name, JsonToken t) throws IOException {
      if (unknown == null) {
        throw fail("unknown property '" + name + "'; known properties: " + shape.known
            + " (read leniently to keep unknown properties as extensions)");
      }
      // not wrapped with the path here: data binding reports the enclosing value's
      unknown.put(pointer(), tree(p, t));
    }

    /** A non-object where an object of the model (named {@code type} by Jackson) is expected. */
    DocumentReader.BindException notAnObject(JsonParser p, JsonToken t, String type) throws IOException {
      switch (t) {
        case VALUE_STRING:
          return p.getText().trim().isEmpty()
              ? fail("invalid value '' for an object (" + type + ")")
              : fail("wrong type: expected an object (" + type + "), found a string");
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          p.getNumberType(); // as data binding does: throws for YAML's .inf and .nan
          return fail("wrong type: expected an object (" + type + "), found a number");
        case VALUE_TRUE:
        case VALUE_FALSE:
          return fail("wrong type: expected an object (" + type + "), found a boolean");
        case START_ARRAY:
          return fail("wrong type: expected an object (" + type + "), found an array");
        default:
          return fail("wrong type: expected an object (" + type + ")");
      }
    }

    // --- values

    /** The value of a property: what data binding would put in the builder's slot. */
    private Object value(JsonParser p, JsonToken t, Prop prop) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        if (prop.optional) {
          return Optional.empty();
        }
        if (!prop.list) {
          return nullScalar(prop.kind);
        }
        return null;
      }
      if (prop.list) {
        return list(p, t, prop);
      }
      Object value = scalar(p, t, prop);
      return prop.optional ? Optional.ofNullable(value) : value;
    }

    private Object nullScalar(Kind kind) {
      switch (kind) {
        case INT:
        case LONG:
          throw fail("wrong type: expected an integer");
        case BOOLEAN:
          throw fail("wrong type: expected true or false");
        default:
          return null;
      }
    }

    private List<Object> list(JsonParser p, JsonToken t, Prop prop) throws IOException {
      if (t != JsonToken.START_ARRAY) {
        switch (t) {
          case VALUE_STRING:
            // a List<String> takes an empty string for an empty list that cannot be made
            throw prop.kind == Kind.STRING && p.getText().trim().isEmpty()
                ? fail("invalid value '' for an array")
                : fail("wrong type: expected an array, found a string");
          case VALUE_NUMBER_INT:
            throw fail("wrong type: expected an array, found an integer");
          case VALUE_TRUE:
          case VALUE_FALSE:
            throw fail("wrong type: expected an array, found a boolean");
          case START_OBJECT:
            throw fail("wrong type: expected an array, found an object");
          default:
            throw fail("wrong type: expected an array");
        }
      }
      List<Object> out = new ArrayList<>();
      JsonToken e;
      int index = 0;
      while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
        push(index);
        int mark = depth;
        try {
          out.add(e == JsonToken.VALUE_NULL ? null : scalar(p, e, prop));
        } catch (DocumentReader.BindException | PostmortemFormatException x) {
          throw x;
        } catch (IOException | RuntimeException x) {
          truncate(mark);
          throw wrap(x);
        }
        pop();
        index++;
      }
      return out;
    }

    /** A single value of the property's kind (not null). */
    private Object scalar(JsonParser p, JsonToken t, Prop prop) throws IOException {
      switch (prop.kind) {
        case STRING:
          return string(p, t);
        case ENUM:
          return enumValue(p, t, prop.enumType);
        case OBJECT:
          if (t != JsonToken.START_OBJECT) {
            throw notAnObject(p, t, "Json");
          }
          return object(p, prop.shape);
        case OFFSET_DATE_TIME:
          return offsetDateTime(p, t);
        case LOCAL_DATE:
          return localDate(p, t);
        case DURATION:
          return duration(p, t);
        case DECIMAL:
          return decimal(p, t);
        case INT:
          return integer(p, t, false);
        case LONG:
          return integer(p, t, true);
        case BOOLEAN:
          return bool(p, t, true);
        case BOOLEAN_OBJECT:
          return bool(p, t, false);
        case NODE_MAP:
          return nodeMap(p, t);
        default:
          throw new IllegalStateException("kind " + prop.kind);
      }
    }

    private String string(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          p.getNumberValue(); // as data binding does: throws for YAML's .inf and .nan
          return p.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return p.getText();
        case START_ARRAY:
          throw fail("wrong type: expected a string, found an array");
        case START_OBJECT:
          throw fail("wrong type: expected a string, found an object");
        default:
          throw fail("wrong type: expected a string");
      }
    }

    private Object enumValue(JsonParser p, JsonToken t, int type) throws IOException {
      if (t == JsonToken.START_ARRAY) {
        throw fail("wrong type: expected a " + ENUM_NAMES[type] + " value");
      }
      if (t == JsonToken.START_OBJECT) {
        throw fail("wrong type: expected a " + ENUM_NAMES[type] + " value, found an object");
      }
      String text = p.getValueAsString();
      try {
        return PostmortemBinder.enumValue(type, text);
      } catch (RuntimeException e) {
        throw new DocumentReader.BindException(pointer(), DocumentReader.instantiationProblem(e), e);
      }
    }

    private Object offsetDateTime(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_NUMBER_FLOAT:
        case VALUE_NUMBER_INT:
          // a number is never a time (20261111 is not a date, 1760425200 not epoch seconds)
          throw new DocumentReader.BindException(pointer(), DocumentReader.invalidDateTime(p.getText()), null);
        case VALUE_STRING:
          return offsetDateTime(p, p.getText());
        case START_ARRAY:
          throw fail("wrong type: expected a date-time with offset, found an array");
        default:
          throw fail("wrong type: expected a date-time with offset");
      }
    }

    private Object offsetDateTime(JsonParser p, String text) throws IOException {
      String s = text.trim();
      if (s.isEmpty()) {
        return null;
      }
      if (!DocumentReader.isNumber(s)) {
        s = addColonToOffset(s);
        try {
          return OffsetDateTime.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s));
        } catch (DateTimeException e) {
          throw new DocumentReader.BindException(pointer(), DocumentReader.invalidDateTime(s), e);
        }
      }
      throw new DocumentReader.BindException(pointer(), DocumentReader.invalidDateTime(s), null);
    }

    private Object localDate(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_STRING:
          return localDate(p.getText());
        case START_ARRAY: {
          JsonToken n = p.nextToken();
          if (n == JsonToken.END_ARRAY) {
            return null;
          }
          if (n == JsonToken.VALUE_NUMBER_INT) {
            int year = p.getIntValue();
            int month = p.nextIntValue(-1);
            int day = p.nextIntValue(-1);
            if (p.nextToken() != JsonToken.END_ARRAY) {
              throw fail("wrong type: expected a date");
            }
            return LocalDate.of(year, month, day);
          }
          throw fail("wrong type: expected a date");
        }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          // a number is never a date (20261111 was day 20,261,111 after 1970: year 57443)
          throw new DocumentReader.BindException(pointer(), DocumentReader.invalidDate(p.getText()), null);
        default:
          throw fail("wrong type: expected a date");
      }
    }

    private Object localDate(String text) {
      String s = text.trim();
      if (s.isEmpty()) {
        return null;
      }
      try {
        if (s.length() > 10 && s.charAt(10) == 'T') {
          return s.endsWith("Z")
              ? LocalDate.parse(s.substring(0, s.length() - 1), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              : LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        throw new DocumentReader.BindException(pointer(), DocumentReader.invalidDate(s), e);
      }
    }

    private Object duration(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_NUMBER_FLOAT:
          return DecimalUtils.extractSecondsAndNanos(p.getDecimalValue(), Duration::ofSeconds, false);
        case VALUE_NUMBER_INT:
          return Duration.ofSeconds(p.getLongValue());
        case VALUE_STRING: {
          String s = p.getText().trim();
          if (s.isEmpty()) {
            return null;
          }
          try {
            return Duration.parse(s);
          } catch (DateTimeException e) {
            throw new DocumentReader.BindException(pointer(), "invalid value '" + s + "' for an object (Duration)", e);
          }
        }
        case START_ARRAY:
          throw fail("wrong type: expected an object (Duration), found an array");
        default:
          throw fail("wrong type: expected an object (Duration)");
      }
    }

    private Object decimal(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return p.getDecimalValue();
        case VALUE_STRING: {
          String s = p.getText().trim();
          if (s.isEmpty() || "null".equals(s)) {
            return null;
          }
          if (DocumentReader.isSpecialFloat(s)) {
            throw new DocumentReader.BindException(pointer(), DocumentReader.notFinite(s), null);
          }
          p.streamReadConstraints().validateFPLength(s.length());
          try {
            return NumberInput.parseBigDecimal(s, p.isEnabled(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER));
          } catch (IllegalArgumentException e) {
            throw new DocumentReader.BindException(pointer(), "invalid value '" + s + "' for an object (BigDecimal)", e);
          }
        }
        case START_OBJECT:
          throw fail("wrong type: expected an object (BigDecimal), found an object");
        case START_ARRAY:
          throw fail("wrong type: expected an object (BigDecimal), found an array");
        case VALUE_TRUE:
        case VALUE_FALSE:
          throw fail("wrong type: expected an object (BigDecimal), found a boolean");
        default:
          throw fail("wrong type: expected an object (BigDecimal)");
      }
    }

    /** An int ({@code wide} false) or a long. */
    private Object integer(JsonParser p, JsonToken t, boolean wide) throws IOException {
      switch (t) {
        case VALUE_NUMBER_INT:
          return wide ? (Object) p.getLongValue() : (Object) p.getIntValue();
        case VALUE_NUMBER_FLOAT:
          throw fail("invalid value '" + p.getNumberValue() + "' for an integer");
        case VALUE_STRING: {
          String s = p.getText().trim();
          if (s.isEmpty() || "null".equals(s)) {
            throw fail("wrong type: expected an integer");
          }
          try {
            if (wide) {
              p.streamReadConstraints().validateIntegerLength(s.length());
              return NumberInput.parseLong(s);
            }
            if (s.length() > 9) {
              p.streamReadConstraints().validateIntegerLength(s.length());
              long l = NumberInput.parseLong(s);
              if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw fail("invalid value '" + s + "' for an integer");
              }
              return (int) l;
            }
            return NumberInput.parseInt(s);
          } catch (NumberFormatException e) {
            throw new DocumentReader.BindException(pointer(), "invalid value '" + s + "' for an integer", e);
          }
        }
        case VALUE_TRUE:
        case VALUE_FALSE:
          throw fail("wrong type: expected an integer, found a boolean");
        case START_ARRAY:
          throw fail("wrong type: expected an integer, found an array");
        case START_OBJECT:
          throw fail("wrong type: expected an integer, found an object");
        default:
          throw fail("wrong type: expected an integer");
      }
    }

    /** A boolean; {@code primitive} for {@code boolean} properties, else for {@code Boolean}. */
    private Object bool(JsonParser p, JsonToken t, boolean primitive) throws IOException {
      switch (t) {
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NUMBER_INT:
          if (p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue() != 0;
          }
          return !"0".equals(p.getText());
        case VALUE_STRING: {
          String s = p.getText().trim();
          if (s.isEmpty()) {
            if (primitive) {
              throw fail("wrong type: expected true or false");
            }
            return null;
          }
          if (s.length() == 4 && ("true".equals(s) || "True".equals(s) || "TRUE".equals(s))) {
            return Boolean.TRUE;
          }
          if (s.length() == 5 && ("false".equals(s) || "False".equals(s) || "FALSE".equals(s))) {
            return Boolean.FALSE;
          }
          if ("null".equals(s)) {
            if (primitive) {
              throw fail("wrong type: expected true or false");
            }
            return null;
          }
          throw fail("invalid value '" + s + "' for true or false");
        }
        case START_ARRAY:
          throw fail("wrong type: expected true or false, found an array");
        case START_OBJECT:
          throw fail("wrong type: expected true or false, found an object");
        default:
          throw fail("wrong type: expected true or false");
      }
    }

    private Object nodeMap(JsonParser p, JsonToken t) throws IOException {
      if (t != JsonToken.START_OBJECT) {
        switch (t) {
          case VALUE_STRING:
            throw p.getText().trim().isEmpty()
                ? fail("invalid value '' for an object (TreeMap)")
                : fail("wrong type: expected an object (TreeMap), found a string");
          case VALUE_NUMBER_INT:
            throw fail("wrong type: expected an object (TreeMap), found an integer");
          case VALUE_TRUE:
          case VALUE_FALSE:
            throw fail("wrong type: expected an object (TreeMap), found a boolean");
          case START_ARRAY:
            throw fail("wrong type: expected an object (TreeMap), found an array");
          default:
            throw fail("wrong type: expected an object (TreeMap)");
        }
      }
      SortedMap<String, JsonNode> map = new TreeMap<>();
      JsonToken f;
      while ((f = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken vt = p.nextToken();
        push(key);
        int mark = depth;
        try {
          map.put(key, tree(p, vt));
        } catch (RuntimeException e) {
          // data binding adds the key for these, but not for the parser's exceptions
          truncate(mark);
          throw e instanceof DocumentReader.BindException || e instanceof PostmortemFormatException ? e : wrap(e);
        } catch (IOException e) {
          truncate(mark - 1);
          throw e;
        }
        pop();
      }
      return map;
    }

    /**
     * A tree of the value at the parser, as Jackson's JsonNode deserializer builds it; iterative,
     * like Jackson's, so that nesting as deep as the reader allows needs no deep stack.
     */
    JsonNode tree(JsonParser p, JsonToken t) throws IOException {
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return leaf(p, t);
      }
      JsonNode root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
      List<JsonNode> open = new ArrayList<>();
      open.add(root);
      while (!open.isEmpty()) {
        JsonNode container = open.get(open.size() - 1);
        JsonToken n = p.nextToken();
        String name = null;
        if (n == JsonToken.FIELD_NAME) {
          name = p.currentName();
          n = p.nextToken();
        }
        if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
          open.remove(open.size() - 1);
          continue;
        }
        JsonNode child = n == JsonToken.START_OBJECT ? NODES.objectNode()
            : n == JsonToken.START_ARRAY ? NODES.arrayNode() : leaf(p, n);
        if (container instanceof ObjectNode) {
          ((ObjectNode) container).replace(name, child);
        } else {
          ((ArrayNode) container).add(child);
        }
        if (child.isContainerNode()) {
          open.add(child);
        }
      }
      return root;
    }

    private JsonNode leaf(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_STRING:
          return NODES.textNode(p.getText());
        case VALUE_NUMBER_INT: {
          JsonParser.NumberType nt = p.getNumberType();
          if (nt == JsonParser.NumberType.INT) {
            return NODES.numberNode(p.getIntValue());
          }
          if (nt == JsonParser.NumberType.LONG) {
            return NODES.numberNode(p.getLongValue());
          }
          return NODES.numberNode(p.getBigIntegerValue());
        }
        case VALUE_NUMBER_FLOAT: {
          JsonParser.NumberTypeFP nt = p.getNumberTypeFP();
          if (nt == JsonParser.NumberTypeFP.BIG_DECIMAL) {
            return NODES.numberNode(p.getDecimalValue());
          }
          if (nt == JsonParser.NumberTypeFP.FLOAT32) {
            return NODES.numberNode(p.getFloatValue());
          }
          return NODES.numberNode(p.getDoubleValue());
        }
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        case VALUE_EMBEDDED_OBJECT: {
          Object o = p.getEmbeddedObject();
          return o instanceof byte[] ? NODES.binaryNode((byte[]) o) : NODES.pojoNode(o);
        }
        default:
          throw new IllegalStateException("unexpected token " + t);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Date-times as jackson-datatype-jsr310 reads them

  private static final Pattern COLONLESS_OFFSET = Pattern.compile("[+-][0-9]{4}(?=\\[|$)");

  /** {@code 2026-05-01T10:00:00+0200} becomes {@code 2026-05-01T10:00:00+02:00}, as Jackson does. */
  static String addColonToOffset(String date) {
    int t = date.indexOf('T');
    if (t < 0 || t > date.length() - 1) {
      return date;
    }
    int sign = date.indexOf('+', t + 1);
    if (sign < 0) {
      sign = date.indexOf('-', t + 1);
    }
    if (sign < 0 || sign > date.length() - 5) {
      return date;
    }
    int colon = date.indexOf(':', sign);
    if (colon == sign + 3) {
      return date;
    }
    if (Character.isDigit(date.charAt(sign + 1)) && Character.isDigit(date.charAt(sign + 2))
        && Character.isDigit(date.charAt(sign + 3)) && Character.isDigit(date.charAt(sign + 4))) {
      String offset = date.substring(sign, sign + 5);
      return date.substring(0, sign) + offset.substring(0, 3) + ':' + offset.substring(3)
          + date.substring(sign + offset.length());
    }
    Matcher m = COLONLESS_OFFSET.matcher(date);
    if (m.find()) {
      String offset = m.group(0);
      return m.replaceFirst(offset.substring(0, 3) + ":" + offset.substring(3));
    }
    return date;
  }
}

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

// ---------------------------------------------------------------- timeline

/** Timeline state while one timeline section is read. */
final class TimelineState {
  LocalDate date;
  LocalDateTime last;
  ZoneId zone;
  boolean approximate;
  boolean zoneReported;
  boolean dateReported;
  ImmutableTimelineEvent.Builder pending;
  StringBuilder pendingText;
  int pendingLine;
  /** The heading of the timeline section being read. */
  String section;
  /** How the day of a per-day heading is written, while its body is read; else null. */
  String dayText;
  /** Entries read under the current per-day heading. */
  int dayEntries;
}


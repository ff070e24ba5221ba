package dev.postmortem.cli;

import dev.postmortem.io.Format;
import dev.postmortem.io.PostmortemWriter;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.ActionStatus;
import dev.postmortem.model.ActionType;
import dev.postmortem.model.Cause;
import dev.postmortem.model.CauseCategory;
import dev.postmortem.model.EventKind;
import dev.postmortem.model.Milestones;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Severity;
import dev.postmortem.model.Status;
import dev.postmortem.model.TimelineEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Small, realistic post-mortems written to files. */
final class Fixtures {
  private Fixtures() {}

  static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-03-02T14:00:00+01:00");

  /** A post-mortem detected after {@code detectMinutes} and resolved after {@code resolveMinutes}. */
  static Postmortem postmortem(String id, int detectMinutes, int resolveMinutes) {
    return Postmortem.builder()
        .id(id)
        .title("Checkout errors after connection-pool change")
        .status(Status.IN_REVIEW)
        .severity(Severity.SEV2)
        .summary("Checkout failed for 12% of requests until the pool size was restored.")
        .addAuthor("Dana Reyes")
        .incident(Milestones.builder()
            .started(STARTED)
            .detected(STARTED.plusMinutes(detectMinutes))
            .acknowledged(STARTED.plusMinutes(detectMinutes + 2))
            .mitigated(STARTED.plusMinutes(resolveMinutes - 5))
            .resolved(STARTED.plusMinutes(resolveMinutes))
            .build())
        .addTimeline(TimelineEvent.builder()
            .at(STARTED)
            .kind(EventKind.DEPLOYMENT)
            .description("Connection-pool size lowered from 50 to 5 in the checkout service")
            .build())
        .addTimeline(TimelineEvent.builder()
            .at(STARTED.plusMinutes(detectMinutes))
            .kind(EventKind.DETECTION)
            .description("Error-rate alert fired for checkout")
            .build())
        .addCause(Cause.builder()
            .id("C1")
            .description("Pool size change was not load-tested")
            .category(CauseCategory.PROCESS)
            .rootCause(true)
            .build())
        .addActionItem(ActionItem.builder()
            .id("AI-1")
            .title("Add a load test for pool-size changes")
            .type(ActionType.PREVENT)
            .owner("Platform team")
            .due(LocalDate.of(2026, 4, 1))
            .status(ActionStatus.OPEN)
            .addAddresses("C1")
            .build())
        .addActionItem(ActionItem.builder()
            .id("AI-2")
            .title("Alert on pool saturation")
            .type(ActionType.DETECT)
            .owner("SRE")
            .due(LocalDate.of(2026, 3, 20))
            .status(ActionStatus.DONE)
            .build())
        .build();
  }

  static Path writeYaml(Path dir, String name, Postmortem pm) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, PostmortemWriter.create(Format.YAML).toString(pm), StandardCharsets.UTF_8);
    return file;
  }

  static Path writeJson(Path dir, String name, Postmortem pm) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, PostmortemWriter.create(Format.JSON).toString(pm), StandardCharsets.UTF_8);
    return file;
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}

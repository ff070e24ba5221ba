package dev.postmortem.importer.internal.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.importer.ImportDiagnostic.Kind;
import dev.postmortem.importer.internal.TimeParser;
import dev.postmortem.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub's REST API records of changes: releases ({@code tag_name}), deployments ({@code sha},
 * {@code environment}) and deployment statuses ({@code state}), as the API returns them (a JSON
 * array) or under {@code releases}, {@code deployments} or {@code statuses}.
 */
public final class GitHubReader implements SourceReader {
  @Override
  public void read(Path path, ReadContext ctx) throws IOException {
    try (InputStream in = ctx.open(path)) {
      Json.forEachRecord(in, Set.of("releases", "deployments", "statuses", "deployment_statuses", "workflow_runs"),
          (r, line) -> {
            if (!ctx.full()) {
              record(r, line, ctx);
            }
          });
    }
    if (ctx.records() == 0) {
      throw new SourceException(0, "no GitHub release, deployment or deployment status found");
    }
  }

  private static void record(JsonNode r, int line, ReadContext ctx) {
    String who = Json.first(r, "/author/login", "/creator/login", "/actor/login");
    String raw = Entry.excerpt(r.toString());
    if (r.has("tag_name")) {
      if (r.path("draft").asBoolean(false)) {
        return;
      }
      OffsetDateTime at = time(Json.first(r, "published_at", "created_at"), ctx);
      if (at == null) {
        ctx.out().warn(Kind.UNPARSEABLE_TIME, line, 0, "", "release without a readable published_at; skipped");
        return;
      }
      ctx.counted();
      String name = Json.first(r, "name", "tag_name");
      String tag = Json.text(r, "tag_name");
      String text = (r.path("prerelease").asBoolean(false) ? "Pre-release " : "Release ") + name
          + (tag != null && !tag.equals(name) ? " (" + tag + ")" : "") + " published";
      ctx.emit(new Entry(at, text, who, Levels.NONE, EventKind.DEPLOYMENT, null, "release " + Json.text(r, "id"),
          line, raw, 1, null, null));
    } else if (r.has("state") && (r.has("deployment_url") || r.has("environment"))) {
      OffsetDateTime at = time(Json.first(r, "created_at", "updated_at"), ctx);
      if (at == null) {
        return;
      }
      ctx.counted();
      String state = Json.text(r, "state");
      String env = Json.text(r, "environment");
      String desc = Json.text(r, "description");
      String text = "Deployment" + (env != null ? " to " + env : "") + " " + state.toLowerCase(Locale.ROOT).replace('_', ' ')
          + (desc != null ? ": " + desc : "");
      EventKind kind = "failure".equals(state) || "error".equals(state) ? EventKind.OBSERVATION : EventKind.DEPLOYMENT;
      ctx.emit(new Entry(at, text, who, Levels.NONE, kind, null, "deployment status " + Json.text(r, "id"),
          line, raw, 1, null, null));
    } else if (r.has("sha") && r.has("environment")) {
      OffsetDateTime at = time(Json.first(r, "created_at", "updated_at"), ctx);
      if (at == null) {
        return;
      }
      ctx.counted();
      String sha = Json.text(r, "sha");
      String ref = Json.text(r, "ref");
      String desc = Json.text(r, "description");
      String text = "Deployment of " + (ref != null ? ref : "") + (sha != null ? " (" + sha.substring(0, Math.min(7, sha.length())) + ")" : "")
          + " to " + Json.text(r, "environment") + " created" + (desc != null ? ": " + desc : "");
      ctx.emit(new Entry(at, text.replace("of  (", "of ("), who, Levels.NONE, EventKind.DEPLOYMENT, null,
          "deployment " + Json.text(r, "id"), line, raw, 1, null, null));
    }
  }

  private static OffsetDateTime time(String s, ReadContext ctx) {
    return Times.value(s, ctx.zone(), TimeParser.DateOrder.UNKNOWN);
  }
}

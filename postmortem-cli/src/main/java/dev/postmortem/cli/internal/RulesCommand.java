package dev.postmortem.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.Rule;
import dev.postmortem.validate.Validator;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postmortem rules}: the rule catalog. */
@Command(
    name = "rules",
    sortOptions = false,
    description = {
      "Lists every validation rule: id, default severity, profile and summary.",
      "A rule runs under its profile and every larger one (minimal < standard < strict)."
    })
public final class RulesCommand implements Callable<Integer> {
  /** Output formats of rules. */
  public enum RulesFormat {
    /** Aligned text. */
    TEXT,
    /** A JSON array. */
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--profile", paramLabel = "P",
      description = "Only the rules that run under this profile: minimal, standard, strict"
          + " (default: all).")
  Profile profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RulesFormat format;

  /** Used by picocli. */
  public RulesCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = Validator.builder().profile(profile == null ? Profile.STRICT : profile).build().rules();
    if (format == RulesFormat.JSON) {
      ArrayNode list = Json.object().arrayNode();
      for (Rule r : rules) {
        ObjectNode n = list.addObject();
        n.put("id", r.id());
        n.put("severity", Validation.level(r.defaultLevel()).id());
        n.put("profile", profileId(r.profile()));
        n.put("summary", r.summary());
      }
      out.print(Json.write(list));
    } else {
      int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
      String row = "%-" + width + "s  %-7s  %-8s  %s%n";
      out.printf(row, "RULE", "LEVEL", "PROFILE", "SUMMARY");
      for (Rule r : rules) {
        out.printf(row, r.id(), Validation.level(r.defaultLevel()).id(), profileId(r.profile()), r.summary());
      }
      out.printf("%n%d rules. Files that cannot be read are reported as '%s' (error).%n",
          rules.size(), Diagnostic.UNREADABLE);
    }
    out.flush();
    return 0;
  }

  private static String profileId(Profile p) {
    return p.name().toLowerCase(Locale.ROOT);
  }
}

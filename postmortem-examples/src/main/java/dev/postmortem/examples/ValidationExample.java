package dev.postmortem.examples;

import dev.postmortem.io.PostmortemReader;
import dev.postmortem.validate.Finding;
import dev.postmortem.validate.Policy;
import dev.postmortem.validate.Profile;
import dev.postmortem.validate.ValidationReport;
import dev.postmortem.validate.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/** The README's validation example, compiled and tested so that it stays correct. */
public final class ValidationExample {
  private ValidationExample() {}

  /**
   * Validates a post-mortem file under a policy file with the strict profile and a rule of your
   * own, prints every finding and returns whether any is an error.
   *
   * @param path the post-mortem (YAML or JSON)
   * @param policyFile the policy (YAML or JSON)
   * @param out where the findings are printed, one per line
   * @throws IOException when a file cannot be read
   */
  public static boolean run(Path path, Path policyFile, PrintStream out) throws IOException {
    // tag::validation[]
    Validator validator = Validator.builder()
        .profile(Profile.STRICT)                          // minimal, standard (default), strict
        .policy(Policy.read(policyFile))                  // optional; Policy.create() otherwise
        .level("timeline-gap", Finding.Level.INFO)        // per-rule level overrides
        .rule(new TicketLinked())                         // your own rules (or discoverRules(loader))
        .clock(Clock.systemUTC())                         // "today" for overdue items and deadlines
        .build();
    ValidationReport report = validator.validate(PostmortemReader.create().readDocument(path));
    for (Finding f : report.findings()) {
      // WARNING acme-ticket-linked /actionItems/3: link the tracking ticket (incident.yaml:347:5)
      out.println(f);
    }
    boolean failed = report.hasErrors();
    // end::validation[]
    return failed;
  }
}

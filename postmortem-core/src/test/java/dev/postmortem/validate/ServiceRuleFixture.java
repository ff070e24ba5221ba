package dev.postmortem.validate;

import dev.postmortem.model.Postmortem;

/**
 * A rule published as a service: {@link ValidatorTest} loads it through {@link
 * java.util.ServiceLoader} from a class loader of its own. It uses only the public API.
 */
public final class ServiceRuleFixture implements Rule {
  /** The service loader's constructor. */
  public ServiceRuleFixture() {}

  @Override
  public String id() {
    return "acme-ticket-linked";
  }

  @Override
  public String summary() {
    return "Every action item links a ticket";
  }

  @Override
  public Finding.Level defaultLevel() {
    return Finding.Level.WARNING;
  }

  @Override
  public void check(Postmortem pm, RuleContext ctx) {
    for (int i = 0; i < pm.actionItems().size(); i++) {
      if (pm.actionItems().get(i).ticket().isEmpty()) {
        ctx.report("/actionItems/" + i + "/ticket", "link the tracking ticket");
      }
    }
  }
}

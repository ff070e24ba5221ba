package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/** A related document: a ticket, a dashboard, a chat channel, a related incident. */
@Value.Immutable
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(as = ImmutableLink.class)
public abstract class Link {
  Link() {}

  /** The address. */
  public abstract String url();

  /** The text to show. */
  public abstract Optional<String> title();

  /** Free classification, for example {@code ticket}, {@code runbook}, {@code related-incident}. */
  public abstract Optional<String> kind();

  /** Whether only internal audiences may see this link. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A builder. */
  public static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(url(), "Link", "url", "");
  }
}

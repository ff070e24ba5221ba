package dev.postmortem.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.postmortem.internal.Checks;
import org.immutables.value.Value;

/** A free section: a title and a Markdown body, for anything the model has no place for. */
@Value.Immutable
@JsonSerialize(as = ImmutableAdditionalSection.class)
@JsonDeserialize(as = ImmutableAdditionalSection.class)
public abstract class AdditionalSection {
  AdditionalSection() {}

  /** The section title. */
  public abstract String title();

  /** The body, as Markdown. */
  public abstract String markdown();

  /** Whether only internal audiences may see this section. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean internal() {
    return false;
  }

  /** A section with a title and a Markdown body. */
  public static AdditionalSection of(String title, String markdown) {
    return ImmutableAdditionalSection.builder().title(title).markdown(markdown).build();
  }

  /** A builder. */
  public static ImmutableAdditionalSection.Builder builder() {
    return ImmutableAdditionalSection.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "AdditionalSection", "title", "");
  }
}

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
public interface AdditionalSection {
  /** The section title. */
  String title();

  /** The body, as Markdown. */
  String markdown();

  /** Whether only internal audiences may see this section. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean internal() {
    return false;
  }

  /** A section with a title and a Markdown body. */
  static AdditionalSection of(String title, String markdown) {
    return ImmutableAdditionalSection.builder().title(title).markdown(markdown).build();
  }

  /** A builder. */
  static ImmutableAdditionalSection.Builder builder() {
    return ImmutableAdditionalSection.builder();
  }

  @Value.Check
  default void check() {
    Checks.notBlank(title(), "AdditionalSection", "title", "");
  }
}

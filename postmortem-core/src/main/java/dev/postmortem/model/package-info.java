/**
 * The immutable post-mortem model. {@link dev.postmortem.model.Postmortem} is the root; every type
 * has a builder ({@code Postmortem.builder()}) and copy methods ({@code withTitle(..)}).
 *
 * <p>No attribute is ever {@code null}: optional values are {@link java.util.Optional}s and
 * absent collections are empty. Invariants that must never break (a blank title, a cause edge to
 * an unknown cause id) fail when the value is built, with an {@link IllegalStateException} naming
 * the value. Weaker problems — a missing owner, a milestone out of order — are allowed here and
 * reported by the validators.
 */
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package dev.postmortem.model;

import org.immutables.value.Value;

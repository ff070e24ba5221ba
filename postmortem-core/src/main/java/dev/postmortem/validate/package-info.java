/**
 * Validation of post-mortems: {@link dev.postmortem.validate.Validator} runs the built-in rule
 * catalog (documented one page per rule in {@code docs/rules/}), the blameless-language and
 * action-quality linters and your own {@link dev.postmortem.validate.Rule}s against a post-mortem,
 * under a {@link dev.postmortem.validate.Profile} and a {@link dev.postmortem.validate.Policy}, and
 * returns a {@link dev.postmortem.validate.ValidationReport} of {@link
 * dev.postmortem.validate.Finding}s.
 */
package dev.postmortem.validate;

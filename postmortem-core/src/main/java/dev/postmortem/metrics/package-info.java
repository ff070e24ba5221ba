/**
 * Derived metrics with explicit definitions ({@link dev.postmortem.metrics.Metric}) and their
 * distributions across post-mortems ({@link dev.postmortem.metrics.Distribution}).
 */
package dev.postmortem.metrics;

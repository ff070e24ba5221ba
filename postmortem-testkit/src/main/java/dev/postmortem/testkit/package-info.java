/**
 * Test support: the example post-mortem ({@link dev.postmortem.testkit.ExamplePostmortem}) and a
 * seeded generator of valid post-mortems of any size ({@link
 * dev.postmortem.testkit.PostmortemGenerator}).
 */
package dev.postmortem.testkit;

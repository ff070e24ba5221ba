/**
 * The {@code postmortem} command line; {@link dev.postmortem.cli.PostmortemCli} is the entry point.
 */
package dev.postmortem.cli;

/**
 * The open post-mortem file format (JSON and YAML): {@link dev.postmortem.io.PostmortemReader},
 * {@link dev.postmortem.io.PostmortemWriter} and the located {@link
 * dev.postmortem.io.PostmortemFormatException}.
 */
package dev.postmortem.io;

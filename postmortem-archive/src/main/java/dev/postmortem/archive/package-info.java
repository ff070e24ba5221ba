/**
 * Learning across post-mortems: {@link dev.postmortem.archive.Archive} analyses a folder of
 * post-mortems into an {@link dev.postmortem.archive.ArchiveReport}, which {@link
 * dev.postmortem.archive.ReviewPack} writes as the review pack an SRE lead takes into the weekly
 * review.
 */
package dev.postmortem.archive;

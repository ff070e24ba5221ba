/**
 * Drafting a timeline from the records a team already has: logs, chat exports, alert and page
 * histories and deployment records. Start at {@link dev.postmortem.importer.timeline.TimelineDrafter}.
 */
package dev.postmortem.importer.timeline;

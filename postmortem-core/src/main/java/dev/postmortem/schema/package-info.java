/** The JSON Schema of the file format: {@link dev.postmortem.schema.PostmortemSchema}. */
package dev.postmortem.schema;

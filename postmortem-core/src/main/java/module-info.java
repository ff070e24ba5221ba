/**
 * Postmortem Kit core: the immutable post-mortem model ({@link dev.postmortem.model}), its open
 * JSON/YAML file format ({@link dev.postmortem.io}) and derived metrics ({@link
 * dev.postmortem.metrics}), and the validator ({@link dev.postmortem.validate}).
 */
module dev.postmortem.core {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.postmortem.model;
  exports dev.postmortem.io;
  exports dev.postmortem.metrics;
  exports dev.postmortem.validate;

  opens dev.postmortem.model to com.fasterxml.jackson.databind;
  opens dev.postmortem.validate to com.fasterxml.jackson.databind;

  uses dev.postmortem.validate.Rule;
  exports dev.postmortem.schema;
  opens dev.postmortem.schema;
}

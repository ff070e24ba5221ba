/** An outside application in a named module that uses every library module. */
module it.consumer {
  requires dev.postmortem.core;
  requires dev.postmortem.importer;
  requires dev.postmortem.export;
  requires dev.postmortem.archive;
}

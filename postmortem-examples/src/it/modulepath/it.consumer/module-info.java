/** An outside application on the module path that uses every library module. */
module it.consumer {
  requires dev.postmortem.core;
  requires dev.postmortem.export;
  requires dev.postmortem.importer;
}

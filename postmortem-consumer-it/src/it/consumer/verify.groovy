// Runs after the outside build. Each run's standard output and error were written to one file:
// it must hold the application's result line and nothing else (no logging framework, font,
// reflection or module warnings).
def check(String dir, String module, String exporterModule) {
  def log = new File(basedir, dir + '/target/run.log')
  assert log.isFile() : "${log} missing: the application did not run"
  def lines = log.readLines('UTF-8').findAll { !it.isEmpty() }
  assert lines.size() == 1 : "${dir}: expected only the result line, got:\n" + log.getText('UTF-8')
  def line = lines[0]
  ['module=' + module, 'exporter-module=' + exporterModule, 'id=PM-2026-014',
   'markdown-import=PM-2026-014', 'docx-import=PM-2026-014', 'review-pack=pdf'].each {
    assert line.contains(it) : "${dir}: '${it}' not in: ${line}"
  }
  assert line =~ /archived=[1-9]/ : "${dir}: the archive found no post-mortem: ${line}"
  def reports = new File(basedir, dir + '/target/reports')
  assert new File(reports, 'report.pdf').bytes[0..4] == '%PDF-'.bytes as List
  assert new File(reports, 'report.docx').bytes[0..1] == 'PK'.bytes as List
}
check('modular', 'it.consumer', 'dev.postmortem.export')
check('classpath', 'null', 'null')
return true

package dev.postmortem.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The output formats of {@code validate}. */
public enum ReportFormat {
  /** Compiler style: {@code file:line: severity rule-id: message}, then a summary line. */
  TEXT {
    @Override
    void write(Report report, PrintWriter out) {
      for (FileReport f : report.files()) {
        for (Diagnostic d : f.diagnostics()) {
          // everything from the input (file names, messages quoting ids, titles and property
          // names) with its control characters escaped
          out.print(Terminal.escape(d.file()));
          if (d.line() > 0) {
            out.print(":" + d.line());
          }
          out.print(": " + d.level().id() + " " + Terminal.escape(d.ruleId()) + ": "
              + Terminal.escapeKeepingLines(d.fullMessage()));
          if (d.line() == 0 && !d.pointer().isEmpty()) {
            out.print(" (at " + Terminal.escape(d.pointer()) + ")");
          }
          out.println();
        }
      }
      out.println(report.summary());
    }
  },

  /** One JSON document with a summary and the findings of each file. */
  JSON {
    @Override
    void write(Report report, PrintWriter out) {
      ObjectNode root = Json.object();
      root.put("tool", "postmortem");
      root.put("version", VersionProvider.version());
      ObjectNode summary = root.putObject("summary");
      summary.put("files", report.files().size());
      summary.put("unreadable", report.unreadable());
      summary.put("errors", report.count(Level.ERROR));
      summary.put("warnings", report.count(Level.WARNING));
      summary.put("info", report.count(Level.INFO));
      summary.put("failOn", report.failOn().id());
      summary.put("passed", report.exitCode() == 0);
      summary.put("exitCode", report.exitCode());
      ArrayNode files = root.putArray("files");
      for (FileReport f : report.files()) {
        ObjectNode file = files.addObject();
        file.put("file", f.file());
        file.put("readable", f.readable());
        ArrayNode findings = file.putArray("findings");
        for (Diagnostic d : f.diagnostics()) {
          ObjectNode n = findings.addObject();
          n.put("ruleId", d.ruleId());
          n.put("severity", d.level().id());
          n.put("message", d.message());
          n.put("pointer", d.pointer());
          if (d.suggestion() != null) {
            n.put("suggestion", d.suggestion());
          }
          if (d.line() > 0) {
            n.put("line", d.line());
          }
          if (d.column() > 0) {
            n.put("column", d.column());
          }
        }
      }
      out.print(Json.write(root));
    }
  },

  /** SARIF 2.1.0, for code-scanning dashboards. */
  SARIF {
    @Override
    void write(Report report, PrintWriter out) {
      ObjectNode root = Json.object();
      root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      root.put("version", "2.1.0");
      ObjectNode run = root.putArray("runs").addObject();
      ObjectNode driver = run.putObject("tool").putObject("driver");
      driver.put("name", "postmortem");
      driver.put("semanticVersion", VersionProvider.version());
      driver.put("informationUri", "https://github.com/postmortem-kit/postmortem-kit");
      ArrayNode rules = driver.putArray("rules");
      Map<String, Integer> index = new HashMap<>();
      List<RuleDescription> used = report.rulesUsed();
      for (RuleDescription r : used) {
        index.put(r.id(), index.size());
        ObjectNode rule = rules.addObject();
        rule.put("id", r.id());
        rule.putObject("shortDescription").put("text", r.summary());
        if (r.helpUri() != null) {
          rule.put("helpUri", r.helpUri());
        }
        rule.putObject("defaultConfiguration").put("level", r.level().sarif());
      }
      Map<String, String> help = new HashMap<>();
      used.forEach(r -> {
        if (r.helpUri() != null) {
          help.put(r.id(), r.helpUri());
        }
      });
      ArrayNode artifacts = run.putArray("artifacts");
      Map<String, Integer> artifactIndex = new HashMap<>();
      for (FileReport f : report.files()) {
        artifactIndex.put(f.file(), artifactIndex.size());
        artifacts.addObject().putObject("location").put("uri", uri(f.file()));
      }
      ArrayNode results = run.putArray("results");
      for (FileReport f : report.files()) {
        for (Diagnostic d : f.diagnostics()) {
          ObjectNode r = results.addObject();
          r.put("ruleId", d.ruleId());
          r.put("ruleIndex", index.get(d.ruleId()));
          r.put("level", d.level().sarif());
          r.putObject("message").put("text", d.fullMessage());
          if (help.containsKey(d.ruleId())) {
            r.putObject("properties").put("helpUri", help.get(d.ruleId()));
          }
          ObjectNode location = r.putArray("locations").addObject();
          ObjectNode physical = location.putObject("physicalLocation");
          ObjectNode artifact = physical.putObject("artifactLocation");
          artifact.put("uri", uri(f.file()));
          artifact.put("index", artifactIndex.get(f.file()));
          if (d.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.line());
            if (d.column() > 0) {
              region.put("startColumn", d.column());
            }
          }
          if (!d.pointer().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", d.pointer());
            logical.put("kind", "element");
          }
        }
      }
      ArrayNode invocations = run.putArray("invocations");
      invocations.addObject().put("executionSuccessful", report.unreadable() == 0);
      out.print(Json.write(root));
    }
  },

  /** GitHub Actions workflow commands ({@code ::error file=..,line=..::message}), then a summary. */
  GITHUB {
    @Override
    void write(Report report, PrintWriter out) {
      for (FileReport f : report.files()) {
        for (Diagnostic d : f.diagnostics()) {
          StringBuilder sb = new StringBuilder("::").append(d.level().github());
          sb.append(" file=").append(property(d.file().replace('\\', '/')));
          if (d.line() > 0) {
            sb.append(",line=").append(d.line());
            if (d.column() > 0) {
              sb.append(",col=").append(d.column());
            }
          }
          sb.append(",title=").append(property(d.ruleId()));
          String message = d.fullMessage() + (d.pointer().isEmpty() ? "" : " (at " + d.pointer() + ")");
          sb.append("::").append(data(message));
          out.println(sb);
        }
      }
      out.println(report.summary());
    }
  };

  abstract void write(Report report, PrintWriter out);

  /** Writes the report. */
  public void print(Report report, PrintWriter out) {
    write(report, out);
    out.flush();
  }

  /** The lowercase name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }

  /** A SARIF artifact URI: relative paths stay relative (with {@code /}), absolute become file URIs. */
  static String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p.toUri().toASCIIString();
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + file, e);
    }
  }

  /** Escapes the message of a workflow command. */
  static String data(String s) {
    return Terminal.escape(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** Escapes a property value of a workflow command. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

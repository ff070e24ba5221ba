package dev.postmortem.export.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Decides whether a link points inside the company. */
public final class Links {
  private static final Set<String> INTERNAL_LABELS =
      Set.of("internal", "corp", "intranet", "local", "lan", "intra", "localdomain");

  /**
   * Services that hold a team's own conversations, tickets, pages and meetings: a link to them is
   * never for customers, whatever its host's domain (a workspace's Slack archive is a public
   * https address).
   */
  private static final Set<String> INTERNAL_SERVICES = Set.of(
      "slack.com", "teams.microsoft.com", "discord.com", "discordapp.com", "mattermost.com",
      "atlassian.net", "linear.app", "youtrack.cloud", "pagerduty.com", "opsgenie.com",
      "zoom.us", "meet.google.com", "incident.io");

  private Links() {}

  /** Whether {@code url} is internal: see {@code ExporterBuilder.internalHosts}. */
  public static boolean isInternal(String url, Set<String> internalHosts) {
    String host;
    try {
      URI u = new URI(url.strip());
      if ("mailto".equalsIgnoreCase(u.getScheme())) {
        return true;
      }
      host = u.getHost();
    } catch (URISyntaxException e) {
      return true; // cannot tell: err on the side of not leaking it
    }
    if (host == null || host.isEmpty()) {
      return true;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return true; // IPv6 literals are not public addresses in a customer statement
    }
    if (!host.contains(".") || host.equals("localhost")) {
      return true;
    }
    if (host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
      String[] p = host.split("\\.");
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      return a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
          || (a == 169 && b == 254);
    }
    for (String label : host.split("\\.")) {
      if (INTERNAL_LABELS.contains(label)) {
        return true;
      }
    }
    for (String h : internalHosts) {
      if (h.startsWith(".") ? host.endsWith(h) || host.equals(h.substring(1)) : host.equals(h)) {
        return true;
      }
    }
    for (String service : INTERNAL_SERVICES) {
      if (host.equals(service) || host.endsWith("." + service)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code url} may become a live link: http, https or mailto only, and a well-formed
   * URI (a target with spaces or other illegal characters stays text rather than failing the
   * export or producing a link that readers parse differently).
   */
  public static boolean isSafe(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
        || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    try {
      new URI(u);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

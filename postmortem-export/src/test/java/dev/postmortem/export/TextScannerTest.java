package dev.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.export.internal.TextScanner;
import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Participant;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The external audience's text scanner: every planted token goes, ordinary words stay. */
class TextScannerTest {
  private static final Postmortem PM = Postmortem.builder().id("PM-31").title("Outage")
      .addParticipants(Participant.builder().name("Ángela Núñez").handle("anunez")
          .email("ángela.núñez@exämple.com").addRoles(Role.INCIDENT_COMMANDER).build())
      .addAuthors("Jonas Weber")
      .addActionItems(ActionItem.builder().id("AI-2").title("Fix it").owner("Search Team").build())
      .build();

  private static String scrub(String text, List<TextScanner.Removal> removed) {
    return new TextScanner(PM, Set.of(".example.net", "vault1.acme.io")).scrub(text, removed::add);
  }

  @Test
  void plantedTokensOfEveryFamilyAreRemoved() {
    String[] planted = {
      "jdbc:postgresql://db1.corp:5432/orders", "REDIS://cache-1.internal:6379", "ssh://deploy@bastion.corp",
      "HTTPS://GRAFANA.INTERNAL/d/1", "ftp://files.example.net/x", "file:///etc/passwd",
      "\\\\fileserver\\share\\x", "10.1.2.3:8080", "192.168.0.1", "fe80:0:0:0:1:2:3:4", "2001:db8::1",
      "PAYMENTS-DB.CORP", "api.svc.cluster.local", "db7.example.net:5432", "vault1.acme.io",
      "+49 30 1234 5678", "(030) 1234-5678", "#inc-checkout", "#war_room", "INC-5521", "SRE-1182",
      "ángela.núñez@exämple.com", "ops+alerts@corp.example.com", "Ángela Núñez",
      Normalizer.normalize("Ángela Núñez", Normalizer.Form.NFD), "ÁNGELA NÚÑEZ", "@anunez", "anunez",
      "Jonas Weber", "Jonas", "Weber", "Search Team",
      "https://acme.slack.com/archives/C024BE91L/p1760425200", "https://acme.atlassian.net/browse/OPS-1",
      "https://app.pagerduty.com/incidents/Q1"};
    for (String token : planted) {
      List<TextScanner.Removal> removed = new ArrayList<>();
      String out = scrub("Before " + token + " after.", removed);
      assertThat(out).as(token).doesNotContain(Normalizer.normalize(token, Normalizer.Form.NFC))
          .startsWith("Before ").endsWith(" after.");
      assertThat(removed).as(token).isNotEmpty();
    }
  }

  @Test
  void ordinaryTextIsNotGarbled() {
    String text = "Search results were empty at 09:14:00; UTF-8 and ISO-8601 input,"
        + " SHA-256 sums and AI-2 (our own item) and PM-31 stay. Words such as jonas stay."
        + " Error rate rose 23% to 1.5 per second; see https://status.example.com/incidents/1.";
    List<TextScanner.Removal> removed = new ArrayList<>();
    assertThat(scrub(text, removed)).isEqualTo(text);
    assertThat(removed).isEmpty();
  }

  @Test
  void sentencesAreRepaired() {
    List<TextScanner.Removal> removed = new ArrayList<>();
    assertThat(scrub("Jonas Weber paged the Ángela Núñez. Ángela Núñez (anunez) rolled back.", removed))
        .isEqualTo("A team member paged the incident commander. The incident commander rolled back.");
    assertThat(scrub("See https://grafana.internal/d/1.", removed)).isEqualTo("See [internal link removed].");
  }

  @Test
  void longRunsAreScannedInLinearTime() {
    for (String unit : new String[] {"a", "a.", "1.", "a-", "#a", "+1 ", "ab@", "A-1"}) {
      String text = unit.repeat(200_000 / unit.length());
      long start = System.nanoTime();
      scrub(text, new ArrayList<>());
      assertThat((System.nanoTime() - start) / 1_000_000).as(unit).isLessThan(3_000);
    }
  }

  @Test
  void theWordsOfAGroupsNameAreNotNamesOnTheirOwn() {
    Postmortem pm = Postmortem.builder().id("PM-32").title("Outage")
        .addParticipants(Participant.builder().name("Search Team").build())
        .addParticipants(Participant.builder().name("Dana Kim").build())
        .build();
    TextScanner scanner = new TextScanner(pm, Set.of());
    List<TextScanner.Removal> removed = new ArrayList<>();
    assertThat(scanner.scrub("Search results were empty for some customers.", removed::add))
        .isEqualTo("Search results were empty for some customers.");
    assertThat(removed).isEmpty();
    assertThat(scanner.scrub("The Search Team paged Dana.", removed::add))
        .doesNotContain("Search Team").doesNotContain("Dana");
  }
}

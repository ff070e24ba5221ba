package dev.postmortem.validate.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone abbreviations as people write them in post-mortems, with their UTC offsets and, for the
 * regional ones, the zone whose rules say when the abbreviation is in use (PST is Pacific standard
 * time: wrong in July, when the Pacific coast keeps PDT).
 */
final class Zones {
  private Zones() {}

  /** One abbreviation. */
  static final class Zone {
    final String name;
    /** The offsets it may stand for, in minutes (IST: India, Ireland, Israel). */
    final int[] offsets;
    /** The region whose daylight-saving rules apply, or null when none or ambiguous. */
    final ZoneId region;
    /** True for a daylight-time name (PDT), false for a standard-time name (PST); unused without a region. */
    final boolean daylight;

    Zone(String name, ZoneId region, boolean daylight, int... offsets) {
      this.name = name;
      this.offsets = offsets;
      this.region = region;
      this.daylight = daylight;
    }

    boolean allows(int offsetMinutes) {
      for (int o : offsets) {
        if (o == offsetMinutes) {
          return true;
        }
      }
      return false;
    }

    /** Whether the abbreviation is the wrong season's name at this instant. */
    boolean wrongSeason(Instant at) {
      return region != null && region.getRules().isDaylightSavings(at) != daylight;
    }

    /** The name in use in the region at this instant, for the message. */
    String inUse(Instant at) {
      for (Zone z : ALL.values()) {
        if (z.region != null && z.region.equals(region) && z.daylight == region.getRules().isDaylightSavings(at)) {
          return z.name;
        }
      }
      return "?";
    }

    String offsetsText() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < offsets.length; i++) {
        sb.append(i == 0 ? "" : " or ").append(Fmt.offset(offsets[i]));
      }
      return sb.toString();
    }
  }

  static final Map<String, Zone> ALL = new TreeMap<>();

  private static void add(String name, String region, boolean daylight, int... offsets) {
    ALL.put(name, new Zone(name, region == null ? null : ZoneId.of(region), daylight, offsets));
  }

  static {
    add("UTC", null, false, 0);
    add("GMT", null, false, 0);
    add("PST", "America/Los_Angeles", false, -480);
    add("PDT", "America/Los_Angeles", true, -420);
    add("MDT", "America/Denver", true, -360);
    add("MST", null, false, -420);
    add("CDT", "America/Chicago", true, -300);
    add("CST", null, false, -360, 480);
    add("EST", "America/New_York", false, -300);
    add("EDT", "America/New_York", true, -240);
    add("IST", null, false, 330, 60, 120);
    add("JST", null, false, 540);
    add("KST", null, false, 540);
    add("CET", "Europe/Berlin", false, 60);
    add("CEST", "Europe/Berlin", true, 120);
    add("EET", "Europe/Helsinki", false, 120);
    add("EEST", "Europe/Helsinki", true, 180);
    add("BST", "Europe/London", true, 60);
    add("WET", "Europe/Lisbon", false, 0);
    add("WEST", "Europe/Lisbon", true, 60);
    add("MSK", null, false, 180);
    add("AEST", "Australia/Sydney", false, 600);
    add("AEDT", "Australia/Sydney", true, 660);
    add("NZST", "Pacific/Auckland", false, 720);
    add("NZDT", "Pacific/Auckland", true, 780);
    add("HKT", null, false, 480);
    add("SGT", null, false, 480);
    add("ART", null, false, -180);
    add("BRT", null, false, -180);
    add("SAST", null, false, 120);
  }

  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z])(" + String.join("|", ALL.keySet()) + ")(?![A-Za-z])");
  /** A clock time followed by an abbreviation: "14:05 IST", "9:30pm PST", "21:14 (PDT)". */
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\d:])(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*\\(?(" + String.join("|", ALL.keySet())
          + ")(?![A-Za-z])");

  /** A clock time with its stated zone. */
  static final class ClockMention {
    final int hour;
    final int minute;
    final Zone zone;

    ClockMention(int hour, int minute, Zone zone) {
      this.hour = hour;
      this.minute = minute;
      this.zone = zone;
    }
  }

  /** The clock times with a zone in a text (bounded: the first 50). */
  static List<ClockMention> clocks(String text) {
    List<ClockMention> out = new ArrayList<>();
    Matcher m = CLOCK.matcher(text);
    while (m.find() && out.size() < 50) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      String ampm = m.group(3);
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        h = h % 12 + (pm ? 12 : 0);
      }
      if (h < 24 && min < 60) {
        out.add(new ClockMention(h, min, ALL.get(m.group(4))));
      }
    }
    return out;
  }

  /**
   * The first abbreviation named in a text that is not UTC or GMT, if any. When the text names both
   * the standard and the daylight name of its region ("PST/PDT"), the result stands for both, with
   * no season to check.
   */
  static Optional<Zone> firstLocal(String text) {
    Matcher m = NAME.matcher(text);
    Zone first = null;
    List<Zone> named = new ArrayList<>();
    while (m.find() && named.size() < 20) {
      Zone z = ALL.get(m.group(1));
      named.add(z);
      if (first == null && (z.offsets.length != 1 || z.offsets[0] != 0)) {
        first = z;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    if (first.region != null) {
      for (Zone z : named) {
        if (z != first && first.region.equals(z.region) && z.daylight != first.daylight) {
          return Optional.of(new Zone(first.name + "/" + z.name, null, false, first.offsets[0], z.offsets[0]));
        }
      }
    }
    return Optional.of(first);
  }

  /** Whether a text names UTC or GMT (or "Z" after a clock time). */
  static boolean namesUtc(String text) {
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String n = m.group(1);
      if (n.equals("UTC") || n.equals("GMT")) {
        return true;
      }
    }
    return Pattern.compile("\\d{2}:\\d{2}(?::\\d{2})?Z\\b").matcher(text).find();
  }
}

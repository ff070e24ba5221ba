package dev.postmortem.export.internal;

import dev.postmortem.export.TimelineChart;
import dev.postmortem.export.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out and draws the timeline chart on any {@link ChartCanvas}: phases as bars, milestones
 * as labelled markers, events as dots, inflection points as numbered diamonds, a time axis and a
 * legend. DOCX draws it into a PNG, PDF as vector graphics.
 */
public final class ChartPainter implements Drawing {
  private static final float PAD = 8;
  private static final float LANE = 12;
  private static final float LABEL_SIZE = 7.5f;
  /**
   * Inflection points numbered on the chart and listed below it; more are summed up in one line
   * (the timeline table highlights every one), so the chart's size does not grow with the events.
   */
  static final int LISTED_INFLECTIONS = 12;
  private static final long[] STEPS_MINUTES = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360,
      720, 1440, 2880, 10080};

  private final TimelineChart chart;
  private final float width;
  private final ZoneId zone;
  private final float x0;
  private final float x1;

  private final Labels labels;

  public ChartPainter(TimelineChart chart, float width, ZoneId zone, Labels labels) {
    this.chart = chart;
    this.labels = labels;
    this.width = width;
    this.zone = zone;
    this.x0 = PAD + 4;
    this.x1 = width - PAD - 4;
  }

  private float x(Instant t) {
    // in seconds as doubles: milliseconds overflow a long for spans of 300 million years (a
    // hostile year such as -999999999 is a valid Instant)
    double f = seconds(Duration.between(chart.start(), t)) / seconds(chart.span());
    f = Math.max(0, Math.min(1, f));
    return (float) (x0 + f * (x1 - x0));
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** Lane placement of labels: each label goes to the first lane where it does not overlap. */
  private static List<Integer> lanes(List<float[]> spans, int maxLanes) {
    List<Float> laneEnds = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    for (float[] s : spans) {
      int lane = -1;
      for (int i = 0; i < laneEnds.size(); i++) {
        if (laneEnds.get(i) + 4 <= s[0]) {
          lane = i;
          break;
        }
      }
      if (lane < 0) {
        if (laneEnds.size() < maxLanes) {
          lane = laneEnds.size();
          laneEnds.add(0f);
        } else {
          lane = laneEnds.size() - 1;
        }
      }
      laneEnds.set(lane, Math.max(laneEnds.get(lane), s[1]));
      out.add(lane);
    }
    return out;
  }

  private float[] span(ChartCanvas c, float cx, String label, float size, boolean bold) {
    float w = c.textWidth(label, size, bold);
    float left = Math.max(PAD, Math.min(cx - w / 2, width - PAD - w));
    return new float[] {left, left + w};
  }

  private List<TimelineChart.Point> inflections() {
    List<TimelineChart.Point> out = new ArrayList<>();
    for (TimelineChart.Point p : chart.events()) {
      if (p.highlighted()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Draws the chart and returns its height. */
  @Override
  public float paint(ChartCanvas c) {
    // Milestone labels above the bars.
    List<TimelineChart.Point> ms = new ArrayList<>(chart.milestones());
    ms.sort((a, b) -> a.at().compareTo(b.at()));
    List<float[]> msSpans = new ArrayList<>();
    List<String> msLabels = new ArrayList<>();
    for (TimelineChart.Point m : ms) {
      String label = m.label() + " " + hhmm(m.at());
      msLabels.add(label);
      msSpans.add(span(c, x(m.at()), label, LABEL_SIZE, true));
    }
    List<Integer> msLanes = lanes(msSpans, 3);
    int msLaneCount = msLanes.stream().mapToInt(i -> i + 1).max().orElse(0);
    float top = 4 + msLaneCount * LANE;
    float barY = top + 6;
    float barH = 18;
    float eventsY = barY + barH + 12;
    float axisY = eventsY + 10;
    List<TimelineChart.Point> infl = inflections();
    int listed = Math.min(infl.size(), LISTED_INFLECTIONS);
    int lines = listed + (infl.size() > listed ? 1 : 0);
    float inflTop = axisY + 24;
    float legendY = inflTop + lines * LANE + 10;
    float height = legendY + 8;

    // Background bands.
    c.rect(0, 0, width, height, Palette.ZEBRA);
    c.line(x0, barY + barH / 2, x1, barY + barH / 2, Palette.RULE, 0.75f, false);
    for (TimelineChart.Phase p : chart.phases()) {
      float a = x(p.from());
      float b = Math.max(x(p.to()), a + 1);
      c.rect(a, barY, b - a, barH, Palette.mark(p.tone()));
      String label = p.label() + " · " + labels.duration(Duration.between(p.from(), p.to()));
      if (c.textWidth(label, 8, true) + 8 < b - a) {
        c.text((a + b) / 2, barY + barH / 2 + 3, label, 8, true, 0xFFFFFF, 0);
      } else if (c.textWidth(p.label(), 8, true) + 8 < b - a) {
        c.text((a + b) / 2, barY + barH / 2 + 3, p.label(), 8, true, 0xFFFFFF, 0);
      }
    }
    // Milestones: dashed lines, diamonds and staggered labels.
    for (int i = 0; i < ms.size(); i++) {
      TimelineChart.Point m = ms.get(i);
      float mx = x(m.at());
      float ly = 4 + (msLanes.get(i) + 1) * LANE - 3;
      c.line(mx, ly + 2, mx, axisY, Palette.mark(m.tone()), 0.6f, true);
      c.diamond(mx, barY + barH / 2, 4, Palette.mark(m.tone()), 0xFFFFFF);
      float[] s = msSpans.get(i);
      c.text(s[0], ly, msLabels.get(i), LABEL_SIZE, true, Palette.foreground(m.tone()), -1);
    }
    // Events on their track: plain dots first, a dot drawn once per tone and quarter point (a
    // dot exactly on top of an equal one changes nothing), then the inflection points above them.
    c.line(x0, eventsY, x1, eventsY, Palette.RULE, 0.5f, false);
    java.util.Set<Long> drawn = new java.util.HashSet<>();
    for (TimelineChart.Point e : chart.events()) {
      float ex = x(e.at());
      if (!e.highlighted() && drawn.add(((long) Math.round(ex * 4) << 8) | e.tone().ordinal())) {
        c.circle(ex, eventsY, 2.6f, Palette.mark(e.tone()), 0xFFFFFF);
      }
    }
    drawn.clear();
    for (int i = infl.size() - 1; i >= 0; i--) {
      float ex = x(infl.get(i).at());
      // listed ones are numbered; the rest are drawn once per quarter point, under the numbered
      if (i < listed || drawn.add((long) Math.round(ex * 4))) {
        c.diamond(ex, eventsY, i < listed ? 5.5f : 4f, Palette.mark(Tone.INFO), 0xFFFFFF);
        if (i < listed) {
          c.text(ex, eventsY + 2.5f, Integer.toString(i + 1), 6, true, 0xFFFFFF, 0);
        }
      }
    }
    // Axis with ticks.
    c.line(x0, axisY, x1, axisY, Palette.MUTED_TEXT, 0.75f, false);
    long minutes = Math.max(1, chart.span().toMinutes());
    long step = STEPS_MINUTES[STEPS_MINUTES.length - 1];
    for (long s : STEPS_MINUTES) {
      if (minutes / s <= 8) {
        step = s;
        break;
      }
    }
    LocalDateTime local = LocalDateTime.ofInstant(chart.start(), zone).truncatedTo(ChronoUnit.MINUTES);
    long startMin = local.getHour() * 60L + local.getMinute();
    LocalDateTime tick = step >= 1440
        ? local.truncatedTo(ChronoUnit.DAYS)
        : local.minusMinutes(startMin % step);
    DateTimeFormatter f = step >= 1440 ? DateTimeFormatter.ofPattern("d MMM", Locale.ROOT)
        : DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    for (int guard = 0; guard < 40; guard++) {
      Instant at = tick.atZone(zone).toInstant();
      if (at.isAfter(chart.end())) {
        break;
      }
      if (!at.isBefore(chart.start())) {
        float tx = x(at);
        c.line(tx, axisY, tx, axisY + 3, Palette.MUTED_TEXT, 0.75f, false);
        c.text(tx, axisY + 11, f.format(tick), 7, false, Palette.MUTED_TEXT, 0);
      }
      tick = tick.plusMinutes(step);
    }
    // Inflection points, numbered, listed below the axis.
    for (int i = 0; i < listed; i++) {
      TimelineChart.Point p = infl.get(i);
      float y = inflTop + i * LANE;
      c.diamond(PAD + 6, y - 2.5f, 5, Palette.mark(Tone.INFO), 0xFFFFFF);
      c.text(PAD + 6, y, Integer.toString(i + 1), 6, true, 0xFFFFFF, 0);
      String label = hhmm(p.at()) + "  " + p.label();
      c.text(PAD + 16, y, fit(c, label, width - PAD * 2 - 16, 7.5f), 7.5f, false, Palette.TEXT, -1);
    }
    if (infl.size() > listed) {
      int more = infl.size() - listed;
      c.text(PAD + 16, inflTop + listed * LANE, labels.get(more == 1 ? "chart.more.inflection" : "chart.more.inflections",
          more), 7.5f, false, Palette.MUTED_TEXT, -1);
    }
    // Legend.
    float lx = PAD;
    for (TimelineChart.Phase p : chart.phases()) {
      c.rect(lx, legendY - 6, 10, 6, Palette.mark(p.tone()));
      c.text(lx + 13, legendY, p.label(), 7, false, Palette.MUTED_TEXT, -1);
      lx += 13 + c.textWidth(p.label(), 7, false) + 12;
    }
    c.diamond(lx + 4, legendY - 3, 3.5f, Palette.mark(Tone.NONE), 0xFFFFFF);
    String milestone = labels.get("chart.milestone");
    c.text(lx + 11, legendY, milestone, 7, false, Palette.MUTED_TEXT, -1);
    lx += 11 + c.textWidth(milestone, 7, false) + 12;
    c.circle(lx + 3, legendY - 3, 2.6f, Palette.mark(Tone.NONE), 0xFFFFFF);
    String event = labels.get("chart.event");
    c.text(lx + 9, legendY, event, 7, false, Palette.MUTED_TEXT, -1);
    lx += 9 + c.textWidth(event, 7, false) + 12;
    if (!infl.isEmpty()) {
      c.diamond(lx + 4, legendY - 3, 4, Palette.mark(Tone.INFO), 0xFFFFFF);
      String inflection = labels.get("chart.inflection");
      c.text(lx + 11, legendY, inflection, 7, false, Palette.MUTED_TEXT, -1);
      lx += 11 + c.textWidth(inflection, 7, false) + 12;
    }
    String zoneLabel = labels.get("chart.times.in", Formats.zoneName(zone));
    c.text(width - PAD, legendY, zoneLabel, 7, false, Palette.MUTED_TEXT, 1);
    return height;
  }

  /** The height {@link #paint} will use, without drawing. */
  public float measure(ChartCanvas measuring) {
    return paint(new ChartCanvas() {
      @Override
      public void rect(float x, float y, float w, float h, int fill) {}

      @Override
      public void line(float a, float b, float cc, float d, int color, float w, boolean dashed) {}

      @Override
      public void circle(float cx, float cy, float r, int fill, int stroke) {}

      @Override
      public void diamond(float cx, float cy, float r, int fill, int stroke) {}

      @Override
      public void text(float x, float y, String s, float size, boolean bold, int color, int align) {}

      @Override
      public void box(float x, float y, float w, float h, float radius, int fill, int stroke, float sw) {}

      @Override
      public void curve(float[] seg, int color, float width) {}

      @Override
      public void polygon(float[] xy, int fill) {}

      @Override
      public float textWidth(String s, float size, boolean bold) {
        return measuring.textWidth(s, size, bold);
      }
    });
  }

  private String hhmm(Instant t) {
    return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(LocalDateTime.ofInstant(t, zone));
  }

  private static String fit(ChartCanvas c, String s, float max, float size) {
    if (c.textWidth(s, size, false) <= max) {
      return s;
    }
    String t = s;
    // no glyph is narrower than a tenth of the font size: what lies beyond that many characters
    // cannot fit, and cutting a long label one character at a time took time with its square
    int cap = (int) (max / (size * 0.1f)) + 1;
    if (t.length() > cap) {
      int end = Character.isHighSurrogate(t.charAt(cap - 1)) ? cap - 1 : cap;
      t = t.substring(0, end);
    }
    while (t.length() > 4 && c.textWidth(t + "…", size, false) > max) {
      t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
    }
    return t.strip() + "…";
  }
}

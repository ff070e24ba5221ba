package dev.postmortem.validate.internal;

import dev.postmortem.model.ActionItem;
import dev.postmortem.model.Cause;
import dev.postmortem.model.Postmortem;
import dev.postmortem.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Template placeholders: text that stands for content not written yet. */
final class Placeholders {
  private Placeholders() {}

  /** The whole text (markup and punctuation around it removed) is one of these. */
  private static final Pattern WHOLE = Pattern.compile(
      "(?i)(?:todo|tbd|tbw|tbc|tba|fixme|xxx+|\\?+|n/?a|none yet|to be (?:written|done|determined|decided|confirmed)"
          + "|(?:insert|add|write|fill in)\\b.{0,40}\\bhere|fill in|lorem ipsum.*|placeholder|\\.{3}|…|-|—|–"
          + "|\\{[^{}]{0,80}}|<[^<>!]{0,80}>|\\[[^\\[\\]]{0,80}]|(?:todo|tbd|fixme)\\s*[:\\-].*)");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  /** A template token for a date or time: 20xx-MM-DD, YYYY-MM-DD, DD/MM/YYYY, HH:MM. */
  private static final Pattern TEMPLATE_TOKEN = Pattern.compile(
      "(?i)\\b(?:(?:yyyy|20xx|19xx|\\d{2}xx)[-/.](?:mm|\\d{2})[-/.](?:dd|\\d{2})|(?:dd|mm)[-/.](?:mm|dd)[-/.](?:yyyy|yy|20xx)"
          + "|\\d{4}-mm-dd|hh:mm(?::ss)?)\\b");
  private static final Pattern MARKUP = Pattern.compile("^[\\s*_`>#\"'“”(]+|[\\s*_`\"'“”).:!]+$");

  /** Whether the whole text is a placeholder. */
  static boolean isPlaceholder(String text) {
    if (text == null || text.length() > 200) {
      return false;
    }
    String s = MARKUP.matcher(HTML_COMMENT.matcher(text).replaceAll("").strip()).replaceAll("");
    if (s.isEmpty()) {
      return false;
    }
    if (s.startsWith("<") && s.endsWith(">") && s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      // an all-capitals marker such as <END OF OUTAGE> is content, not a placeholder
      return false;
    }
    if (WHOLE.matcher(s).matches()) {
      // "[???]" and "<fill in>" are placeholders; a bracketed real word list such as "[DB]" is too short to judge
      return !(s.startsWith("[") && s.length() <= 4 && s.chars().anyMatch(Character::isLetter));
    }
    return TEMPLATE_TOKEN.matcher(s).find()
        && TEMPLATE_TOKEN.matcher(s).replaceAll("").replaceAll("[\\s:\\-–—/.,]", "").isEmpty();
  }

  /** Whether the text contains a date or time template token such as 20xx-MM-DD. */
  static boolean hasTemplateToken(String text) {
    return text != null && TEMPLATE_TOKEN.matcher(text).find();
  }

  static String shorten(String s) {
    String t = s.strip().replace('\n', ' ');
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }

  /** The free texts that make up a section, for the sections a policy can require. */
  static List<String> sectionTexts(Postmortem pm, String section) {
    List<String> out = new ArrayList<>();
    switch (section) {
      case "summary": pm.summary().ifPresent(out::add); break;
      case "detection": pm.detection().ifPresent(out::add); break;
      case "trigger": pm.trigger().ifPresent(out::add); break;
      case "resolution": pm.resolution().ifPresent(out::add); break;
      case "objectives": out.addAll(pm.objectives()); break;
      case "impact": pm.impact().ifPresent(i -> i.description().ifPresent(out::add)); break;
      case "timeline": pm.timeline().stream().map(TimelineEvent::description).forEach(out::add); break;
      case "causes": pm.causes().stream().map(Cause::description).forEach(out::add); break;
      case "actionItems": pm.actionItems().stream().map(ActionItem::title).forEach(out::add); break;
      case "lessonsLearned":
        out.addAll(pm.lessonsLearned().wentWell());
        out.addAll(pm.lessonsLearned().wentWrong());
        out.addAll(pm.lessonsLearned().gotLucky());
        break;
      default: break;
    }
    out.removeIf(String::isBlank);
    return out;
  }
}

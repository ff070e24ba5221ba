package dev.postmortem.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of inline text made of spans, each plain, strong, emphasised, code or a link. User
 * strings are held as they are; each format escapes them when writing, so they can never become
 * markup.
 */
public final class Text {
  /** How a span is set. */
  public enum Style {
    /** Plain text. */
    PLAIN,
    /** Bold. */
    STRONG,
    /** Italic. */
    EMPHASIS,
    /** Monospaced. */
    CODE
  }

  /** One span of text. */
  public static final class Span {
    private final String text;
    private final Style style;
    private final String link;

    Span(String text, Style style, String link) {
      this.text = Objects.requireNonNull(text, "text must not be null");
      this.style = Objects.requireNonNull(style, "style must not be null");
      this.link = link;
    }

    /** The text. */
    public String text() {
      return text;
    }

    /** The style. */
    public Style style() {
      return style;
    }

    /** The link target, if the span is a link. */
    public Optional<String> link() {
      return Optional.ofNullable(link);
    }
  }

  private static final Text EMPTY = new Text(List.of());
  private final List<Span> spans;

  private Text(List<Span> spans) {
    this.spans = spans;
  }

  /** No text. */
  public static Text empty() {
    return EMPTY;
  }

  /** Plain text. */
  public static Text plain(String text) {
    return builder().plain(text).build();
  }

  /** Bold text. */
  public static Text strong(String text) {
    return builder().strong(text).build();
  }

  /** A link. */
  public static Text link(String label, String url) {
    return builder().link(label, url).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spans. */
  public List<Span> spans() {
    return spans;
  }

  /** Whether there is no text. */
  public boolean isEmpty() {
    return spans.stream().allMatch(s -> s.text().isEmpty());
  }

  /** The text without styles. */
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    return sb.toString();
  }

  /** This text followed by another. */
  public Text append(Text other) {
    List<Span> all = new ArrayList<>(spans);
    all.addAll(other.spans);
    return new Text(Collections.unmodifiableList(all));
  }

  @Override
  public String toString() {
    return plainText();
  }

  /** Builds a {@link Text}; empty strings are skipped. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    private Builder() {}

    private Builder add(String text, Style style, String link) {
      Objects.requireNonNull(text, "text must not be null");
      if (!text.isEmpty()) {
        spans.add(new Span(text, style, link));
      }
      return this;
    }

    /** Appends plain text. @return {@code this} */
    public Builder plain(String text) {
      return add(text, Style.PLAIN, null);
    }

    /** Appends bold text. @return {@code this} */
    public Builder strong(String text) {
      return add(text, Style.STRONG, null);
    }

    /** Appends italic text. @return {@code this} */
    public Builder emphasis(String text) {
      return add(text, Style.EMPHASIS, null);
    }

    /** Appends monospaced text. @return {@code this} */
    public Builder code(String text) {
      return add(text, Style.CODE, null);
    }

    /** Appends a link. @return {@code this} */
    public Builder link(String label, String url) {
      Objects.requireNonNull(url, "url must not be null");
      return add(label.isEmpty() ? url : label, Style.PLAIN, url);
    }

    /** Appends another text. @return {@code this} */
    public Builder append(Text text) {
      spans.addAll(text.spans);
      return this;
    }

    /** Whether nothing was added yet. */
    public boolean isEmpty() {
      return spans.isEmpty();
    }

    /** The text. */
    public Text build() {
      return spans.isEmpty() ? EMPTY : new Text(Collections.unmodifiableList(new ArrayList<>(spans)));
    }
  }
}

package dev.scimharness.requirements;

import dev.scimharness.requirements.Level;
import java.util.Optional;

/**
 * The RFC 2119 key words (https://www.rfc-editor.org/rfc/rfc2119), and {@code none} for a sentence without one
 * (a definition, a row of the RFC 7644 §3.12 status table) whose level the catalogue decides.
 */
public enum Keyword {
  MUST("MUST", Level.MUST),
  MUST_NOT("MUST NOT", Level.MUST),
  SHALL("SHALL", Level.MUST),
  SHALL_NOT("SHALL NOT", Level.MUST),
  REQUIRED("REQUIRED", Level.MUST),
  SHOULD("SHOULD", Level.SHOULD),
  SHOULD_NOT("SHOULD NOT", Level.SHOULD),
  RECOMMENDED("RECOMMENDED", Level.SHOULD),
  NOT_RECOMMENDED("NOT RECOMMENDED", Level.SHOULD),
  MAY("MAY", Level.MAY),
  OPTIONAL("OPTIONAL", Level.MAY),
  NONE("none", null);

  private final String words;
  private final Level level;

  Keyword(String words, Level level) {
    this.words = words;
    this.level = level;
  }

  /** The key word as the RFC writes it, e.g. {@code MUST NOT}. */
  public String words() {
    return words;
  }

  /** The level the key word gives; empty for {@link #NONE}, whose level is a decision of the catalogue. */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  public static Optional<Keyword> parse(String s) {
    for (Keyword k : values()) {
      if (k.words.equals(s)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

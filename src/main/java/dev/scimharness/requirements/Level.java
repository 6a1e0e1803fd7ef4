package dev.scimharness.requirements;

import java.util.Collection;

/** RFC 2119 requirement level of a scenario, from its tag; a scenario without one is held to MUST. */
public enum Level {
  MUST,
  SHOULD,
  MAY;

  public String tag() {
    return "@" + name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Level of(Collection<String> tags) {
    for (Level l : values()) {
      if (tags.stream().anyMatch(t -> t.equalsIgnoreCase(l.tag()))) {
        return l;
      }
    }
    return MUST;
  }
}

package dev.scimharness.fuzz;

import java.util.Locale;

/**
 * What a fuzz run generates: PATCH requests (RFC 7644 §3.5.2), filters (RFC 7644 §3.4.2.2), or sequences of
 * actions on users, groups and memberships checked against a model after each (RFC 7643 §4.1.2, §4.2).
 */
public enum FuzzKind {
  PATCH,
  FILTER,
  LIFECYCLE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stable id of this kind's result in the main job, {@code fuzz-patch}, by which baselines and waivers name it. */
  public String resultId() {
    return "fuzz-" + wire();
  }

  public static FuzzKind parse(String text) {
    for (FuzzKind k : values()) {
      if (k.wire().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("scim.fuzz: unknown kind '" + text.trim() + "' (known: patch, filter, lifecycle)");
  }
}

package dev.scimharness.conformance;

import java.util.Locale;
import java.util.Optional;

/**
 * The optional features a ServiceProviderConfig declares (RFC 7643 §5; cursor pagination: RFC 9865 §4), and the
 * tags of their scenarios.
 */
public enum Capability {
  PATCH("patch"),
  BULK("bulk"),
  FILTER("filter"),
  CHANGE_PASSWORD("changePassword"),
  SORT("sort"),
  ETAG("etag"),
  /** RFC 9865 §4: claimed by {@code pagination.cursor = true}, not by a {@code supported} flag. */
  CURSOR("cursor");

  private final String attribute;

  Capability(String attribute) {
    this.attribute = attribute;
  }

  /** The ServiceProviderConfig attribute, e.g. {@code changePassword}. */
  public String attribute() {
    return attribute;
  }

  public String tag() {
    return "@" + attribute;
  }

  public static Optional<Capability> fromTag(String tag) {
    for (Capability c : values()) {
      if (c.tag().toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

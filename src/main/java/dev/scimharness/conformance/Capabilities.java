package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.Optional;

/**
 * What a target's ServiceProviderConfig (RFC 7643 §5) says it supports. When the configuration cannot be read,
 * nothing is skipped: the discovery scenarios report that failure and the rest run.
 */
public record Capabilities(JsonNode config) {

  /** {@code config} may be {@code null} (not served, not JSON). */
  public static Capabilities of(JsonNode config) {
    return new Capabilities(config != null && config.isObject() ? config : null);
  }

  /** Why scenarios needing {@code c} are skipped, or empty when they run. */
  public Optional<String> unsupported(Capability c) {
    if (config == null) {
      return Optional.empty();
    }
    if (c == Capability.CURSOR) {
      return cursor();
    }
    JsonNode supported = Json.field(Json.field(config, c.attribute()), "supported");
    if (supported != null && supported.isBoolean() && !supported.asBoolean()) {
      return Optional.of("the target's ServiceProviderConfig says " + c.attribute() + ".supported = false");
    }
    return Optional.empty();
  }

  /**
   * RFC 9865 is an extension: a configuration without {@code pagination} predates it and claims no cursors, so
   * cursor scenarios run only where {@code pagination.cursor} is {@code true}.
   */
  private Optional<String> cursor() {
    JsonNode cursor = Json.field(Json.field(config, "pagination"), "cursor");
    if (cursor != null && cursor.isBoolean() && cursor.asBoolean()) {
      return Optional.empty();
    }
    return Optional.of("the target's ServiceProviderConfig does not claim cursor pagination (RFC 9865 §4: "
        + (cursor == null ? "no pagination.cursor" : "pagination.cursor = " + cursor) + ")");
  }

  /** An integer setting such as {@code bulk.maxOperations}, when declared. */
  public Optional<Long> number(String attribute, String sub) {
    JsonNode v = Json.field(Json.field(config, attribute), sub);
    return v != null && v.canConvertToLong() ? Optional.of(v.asLong()) : Optional.empty();
  }
}

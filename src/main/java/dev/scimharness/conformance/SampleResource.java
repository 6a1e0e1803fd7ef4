package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A representation of an advertised resource type built from its schemas alone: every required attribute, and every
 * optional single-valued attribute of a simple type that a client may write, each with a value derived from a
 * token (the run's name), so two samples with different tokens never share a value. String values mix case, so a
 * filter in the other case tells whether the target compares {@code caseExact} (RFC 7643 §7). Optional references,
 * binaries and complex attributes are left out: their valid values depend on the target.
 */
public final class SampleResource {
  private static final Set<String> COMMON = Set.of("id", "externalid", "meta", "schemas");
  private static final Set<String> SIMPLE = Set.of("string", "boolean", "integer", "decimal", "datetime");

  private SampleResource() {}

  public static ObjectNode of(AdvertisedType type, String token) {
    ObjectNode r = Json.object();
    ArrayNode schemas = r.putArray("schemas");
    type.schemaUrns().forEach(schemas::add);
    for (DeclaredAttribute a : type.attributes()) {
      if (included(a)) {
        value(a, token).ifPresent(v -> a.setIn(r, v));
      }
    }
    return r;
  }

  /** Whether {@link #of} sends a value for {@code a}. */
  public static boolean included(DeclaredAttribute a) {
    if (!a.writable() || COMMON.contains(a.name().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return a.required() || (!a.multiValued() && SIMPLE.contains(a.type()));
  }

  /** A value of {@code a}'s type for this token; a multi-valued attribute gets an array of one. */
  public static Optional<JsonNode> value(DeclaredAttribute a, String token) {
    Optional<JsonNode> one = single(a.definition(), a.name(), token);
    return a.multiValued() ? one.map(v -> Json.NODES.arrayNode().add(v)) : one;
  }

  /** Another value for the same token: what an update or a conflicting write sends. */
  public static Optional<JsonNode> otherValue(DeclaredAttribute a, String token) {
    return switch (a.type()) {
      case "boolean" -> Optional.of(Json.NODES.booleanNode(false));
      case "integer" -> Optional.of(Json.NODES.numberNode(8));
      case "decimal" -> Optional.of(Json.NODES.numberNode(new java.math.BigDecimal("2.5")));
      case "datetime" -> Optional.of(Json.NODES.textNode("2025-06-07T08:09:10Z"));
      default -> value(a, token + "-changed");
    };
  }

  private static Optional<JsonNode> single(JsonNode definition, String name, String token) {
    String type = text(definition, "type").toLowerCase(java.util.Locale.ROOT);
    JsonNode canonical = Json.field(definition, "canonicalValues");
    if (canonical != null && canonical.isArray() && !canonical.isEmpty() && canonical.get(0).isTextual()) {
      return Optional.of(canonical.get(0));
    }
    return switch (type) {
      case "string" -> Optional.of(Json.NODES.textNode(token + "-" + name + "-Val"));
      case "boolean" -> Optional.of(Json.NODES.booleanNode(true));
      case "integer" -> Optional.of(Json.NODES.numberNode(7));
      case "decimal" -> Optional.of(Json.NODES.numberNode(new java.math.BigDecimal("1.5")));
      case "datetime" -> Optional.of(Json.NODES.textNode("2024-05-06T07:08:09Z"));
      case "reference" -> Optional.of(Json.NODES.textNode("https://example.com/" + token + "/" + name));
      case "binary" -> Optional.of(Json.NODES.textNode(
          Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))));
      case "complex" -> complex(definition, token);
      default -> Optional.empty();
    };
  }

  private static Optional<JsonNode> complex(JsonNode definition, String token) {
    JsonNode subs = Json.field(definition, "subAttributes");
    if (subs == null || !subs.isArray()) {
      return Optional.empty();
    }
    ObjectNode o = Json.object();
    for (JsonNode s : subs) {
      DeclaredAttribute sub = new DeclaredAttribute("", false, s);
      if (sub.writable() && !sub.name().isEmpty() && (sub.required() || SIMPLE.contains(sub.type()))) {
        single(s, sub.name(), token).ifPresent(v -> o.set(sub.name(), v));
      }
    }
    return o.isEmpty() ? Optional.empty() : Optional.of(o);
  }

  private static String text(JsonNode object, String name) {
    JsonNode v = Json.field(object, name);
    return v == null ? "" : v.asText();
  }
}

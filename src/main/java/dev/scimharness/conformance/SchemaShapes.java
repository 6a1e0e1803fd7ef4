package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules RFC 7643 §2–§3 set for the schema definitions a provider serves at /Schemas (RFC 7643 §7), each returning
 * what breaks it as "schema id: attribute path: what", empty when nothing does.
 */
public final class SchemaShapes {
  /** RFC 7643 §2.3: the data types; "SCIM extensions SHOULD NOT introduce new data types". */
  static final Set<String> DATA_TYPES = Set.of("string", "boolean", "decimal", "integer", "datetime", "binary",
      "reference", "complex");
  /** RFC 7643 §3.1: the common attributes, and "schemas" (§3), that every resource carries. */
  static final Set<String> COMMON = Set.of("id", "externalid", "meta", "schemas");
  /**
   * RFC 7643 §3.1, for a schema that lists the common attributes "for backward compatibility": id "has "caseExact"
   * as "true", a mutability of "readOnly", and a "returned" characteristic of "always""; externalId "has
   * "caseExact" as "true" and a mutability of "readWrite""; every meta sub-attribute has a mutability of
   * "readOnly".
   */
  static final Map<String, Map<String, String>> COMMON_CHARACTERISTICS = Map.of(
      "id", Map.of("caseExact", "true", "mutability", "readOnly", "returned", "always"),
      "externalId", Map.of("caseExact", "true", "mutability", "readWrite"),
      "meta", Map.of("mutability", "readOnly"));

  private SchemaShapes() {}

  /** Attributes whose "type" is not one of RFC 7643 §2.3's, at any depth. */
  public static List<String> unknownTypes(JsonNode schema) {
    List<String> out = new ArrayList<>();
    each(schema, (path, a) -> {
      JsonNode t = Json.field(a, "type");
      if (t == null || !DATA_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
        out.add(id(schema) + ": " + path + ": type " + t);
      }
    });
    return out;
  }

  /**
   * RFC 7643 §2.3.8: "A complex attribute MUST NOT contain sub-attributes that have sub-attributes". The schemas
   * of the discovery resources are RFC 7643's own (§8.7.2), whose "attributes.subAttributes" nests by design.
   */
  public static List<String> nestedComplex(JsonNode schema) {
    List<String> out = new ArrayList<>();
    if (discovery(schema)) {
      return out;
    }
    each(schema, (path, a) -> {
      if (path.contains(".")) {
        JsonNode t = Json.field(a, "type");
        JsonNode subs = Json.field(a, "subAttributes");
        if ((t != null && t.asText().equalsIgnoreCase("complex")) || (subs != null && subs.isArray() && !subs.isEmpty())) {
          out.add(id(schema) + ": " + path + ": a complex sub-attribute");
        }
      }
    });
    return out;
  }

  /**
   * RFC 7643 §3.3: "Schema extensions SHOULD avoid redefining any attributes defined in this specification": an
   * attribute of {@code extension} named as a top-level attribute of {@code base} or a common attribute.
   */
  public static List<String> redefinitions(JsonNode extension, JsonNode base) {
    Set<String> taken = new HashSet<>(COMMON);
    JsonNode baseAttributes = base == null ? null : Json.field(base, "attributes");
    if (baseAttributes != null) {
      baseAttributes.forEach(a -> taken.add(name(a).toLowerCase(Locale.ROOT)));
    }
    List<String> out = new ArrayList<>();
    JsonNode attributes = Json.field(extension, "attributes");
    if (attributes != null) {
      attributes.forEach(a -> {
        if (taken.contains(name(a).toLowerCase(Locale.ROOT))) {
          out.add(id(extension) + ": " + name(a) + ": redefines an attribute of " + (base == null ? "RFC 7643 §3.1" : id(base)));
        }
      });
    }
    return out;
  }

  /**
   * Common attributes a schema lists with characteristics other than RFC 7643 §3.1's. §3.1 exempts the discovery
   * resources, whose "id" RFC 7643 §8.7.2 defines otherwise (returned "default", caseExact false).
   */
  /** Whether a (non-discovery) schema lists any common attribute: only then has §3.1's MAY something to judge. */
  public static boolean listsCommonAttribute(JsonNode schema) {
    return !discovery(schema) && COMMON_CHARACTERISTICS.keySet().stream()
        .anyMatch(a -> DiscoveryChecks.attribute(schema, a) != null);
  }

  public static List<String> commonAttributeConflicts(JsonNode schema) {
    List<String> out = new ArrayList<>();
    if (discovery(schema)) {
      return out;
    }
    COMMON_CHARACTERISTICS.forEach((attribute, wanted) -> {
      JsonNode definition = DiscoveryChecks.attribute(schema, attribute);
      if (definition == null) {
        return;
      }
      List<JsonNode> targets = new ArrayList<>();
      JsonNode subs = Json.field(definition, "subAttributes");
      if (attribute.equals("meta") && subs != null && subs.isArray()) {
        subs.forEach(targets::add);
      } else {
        targets.add(definition);
      }
      for (JsonNode t : targets) {
        wanted.forEach((characteristic, value) -> {
          JsonNode got = Json.field(t, characteristic);
          if (got != null && !got.asText().equalsIgnoreCase(value)) {
            out.add(id(schema) + ": " + attribute + (t == definition ? "" : "." + name(t)) + ": " + characteristic
                + " " + got + ", RFC 7643 §3.1 says " + value);
          }
        });
      }
    });
    return out;
  }

  private interface Visitor {
    void visit(String path, JsonNode attribute);
  }

  private static void each(JsonNode schema, Visitor v) {
    JsonNode attributes = Json.field(schema, "attributes");
    if (attributes == null || !attributes.isArray()) {
      return;
    }
    for (JsonNode a : attributes) {
      v.visit(name(a), a);
      JsonNode subs = Json.field(a, "subAttributes");
      if (subs != null && subs.isArray()) {
        for (JsonNode s : subs) {
          v.visit(name(a) + "." + name(s), s);
        }
      }
    }
  }

  private static boolean discovery(JsonNode schema) {
    JsonNode id = Json.field(schema, "id");
    return id != null && ResourceTypeEndpoint.DISCOVERY_SCHEMAS.contains(id.asText().toLowerCase(Locale.ROOT));
  }

  private static String name(JsonNode attribute) {
    JsonNode n = Json.field(attribute, "name");
    return n == null ? "?" : n.asText();
  }

  private static String id(JsonNode schema) {
    JsonNode n = Json.field(schema, "id");
    return n == null ? "(a schema without id)" : n.asText();
  }
}

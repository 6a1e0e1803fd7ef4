package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "schemas" attribute of a representation (RFC 7643 §3): "a non-empty array with value(s) of the URIs
 * supported by that representation", "Duplicate values MUST NOT be included", and for a resource "MUST only
 * contain values defined as "schema" and "schemaExtensions" for the resource's defined "resourceType"".
 * Schema URIs are compared ignoring case, as RFC 7643 §2.1 treats attribute names and URNs (RFC 8141 §3.1) their
 * namespace part; two spellings of one URI are still a duplicate.
 */
public final class SchemasAttribute {
  private SchemasAttribute() {}

  /** What is wrong with the "schemas" of {@code body} as a non-empty array of distinct URIs; empty when nothing. */
  public static List<String> shapeProblems(JsonNode body) {
    List<String> out = new ArrayList<>();
    JsonNode schemas = body == null ? null : Json.field(body, "schemas");
    if (schemas == null || !schemas.isArray() || schemas.isEmpty()) {
      out.add("\"schemas\" is " + (schemas == null ? "absent" : schemas.isArray() ? "an empty array" : schemas.getNodeType()));
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode v : schemas) {
      if (!v.isTextual() || !isAbsoluteUri(v.asText())) {
        out.add("the value " + v + " is not an absolute URI");
      } else if (!seen.add(v.asText().toLowerCase(Locale.ROOT))) {
        out.add("the value " + v + " is listed more than once");
      }
    }
    return out;
  }

  /** The values of "schemas" not among {@code allowed} (the resource type's schema and schemaExtensions). */
  public static List<String> outside(JsonNode body, Collection<String> allowed) {
    Set<String> known = new HashSet<>();
    allowed.forEach(a -> known.add(a.toLowerCase(Locale.ROOT)));
    List<String> out = new ArrayList<>();
    JsonNode schemas = body == null ? null : Json.field(body, "schemas");
    if (schemas != null && schemas.isArray()) {
      schemas.forEach(v -> {
        if (!known.contains(v.asText().toLowerCase(Locale.ROOT))) {
          out.add(v.asText());
        }
      });
    }
    return out;
  }

  /** The schema and schemaExtensions[].schema a resource type representation names (RFC 7643 §6). */
  public static List<String> ofResourceType(JsonNode resourceType) {
    List<String> out = new ArrayList<>();
    JsonNode schema = Json.field(resourceType, "schema");
    if (schema != null && schema.isTextual()) {
      out.add(schema.asText());
    }
    JsonNode extensions = Json.field(resourceType, "schemaExtensions");
    if (extensions != null && extensions.isArray()) {
      extensions.forEach(e -> {
        JsonNode s = Json.field(e, "schema");
        if (s != null && s.isTextual()) {
          out.add(s.asText());
        }
      });
    }
    return out;
  }

  static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

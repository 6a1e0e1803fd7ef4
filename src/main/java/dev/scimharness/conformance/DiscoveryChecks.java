package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Well-formedness and consistency of the discovery endpoints (RFC 7643 §5–§7, RFC 7644 §4). Each method returns
 * the problems found, empty when there are none, so one scenario can report all of them at once.
 */
public final class DiscoveryChecks {
  private static final Set<String> TYPES = Set.of("string", "boolean", "decimal", "integer", "datetime", "binary",
      "reference", "complex");
  private static final Set<String> MUTABILITY = Set.of("readonly", "readwrite", "immutable", "writeonly");
  private static final Set<String> RETURNED = Set.of("always", "never", "default", "request");
  private static final Set<String> UNIQUENESS = Set.of("none", "server", "global");
  private static final List<String> CAPABILITIES = List.of("patch", "bulk", "filter", "changePassword", "sort", "etag");

  private DiscoveryChecks() {}

  /** RFC 7643 §5: each capability is a complex attribute with a boolean {@code supported}; limits are integers. */
  public static List<String> serviceProviderConfig(JsonNode spc) {
    List<String> problems = new ArrayList<>();
    if (spc == null || !spc.isObject()) {
      return List.of("the ServiceProviderConfig is not a JSON object");
    }
    if (!Expect.containsText(Json.field(spc, "schemas"),
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")) {
      problems.add("schemas does not hold urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
    }
    for (String c : CAPABILITIES) {
      JsonNode supported = Json.field(Json.field(spc, c), "supported");
      if (supported == null || !supported.isBoolean()) {
        problems.add(c + ".supported is not a boolean: " + supported);
      }
    }
    requireInteger(spc, "bulk", "maxOperations", problems);
    requireInteger(spc, "bulk", "maxPayloadSize", problems);
    requireInteger(spc, "filter", "maxResults", problems);
    JsonNode schemes = Json.field(spc, "authenticationSchemes");
    if (schemes == null || !schemes.isArray()) {
      problems.add("authenticationSchemes is not an array");
    } else {
      for (JsonNode s : schemes) {
        for (String a : List.of("type", "name", "description")) {
          if (Json.field(s, a) == null) {
            problems.add("an authentication scheme has no " + a + ": " + s);
          }
        }
      }
    }
    return problems;
  }

  /** RFC 7643 §7: a schema has an id and attributes whose characteristics take the defined values. */
  public static List<String> schema(JsonNode schema) {
    List<String> problems = new ArrayList<>();
    JsonNode id = Json.field(schema, "id");
    if (id == null || !id.isTextual()) {
      return List.of("a schema has no id: " + abbreviate(schema));
    }
    JsonNode attributes = Json.field(schema, "attributes");
    if (attributes == null || !attributes.isArray()) {
      problems.add(id.asText() + ": attributes is not an array");
      return problems;
    }
    for (JsonNode a : attributes) {
      attribute(id.asText(), a, problems);
    }
    return problems;
  }

  private static void attribute(String where, JsonNode a, List<String> problems) {
    JsonNode name = Json.field(a, "name");
    String here = where + ":" + (name == null ? "?" : name.asText());
    if (name == null || !name.isTextual() || name.asText().isEmpty()) {
      problems.add(where + ": an attribute has no name");
    }
    checkValue(here, a, "type", TYPES, problems);
    checkValue(here, a, "mutability", MUTABILITY, problems);
    checkValue(here, a, "returned", RETURNED, problems);
    JsonNode uniqueness = Json.field(a, "uniqueness");
    if (uniqueness != null && !UNIQUENESS.contains(uniqueness.asText().toLowerCase(Locale.ROOT))) {
      problems.add(here + ": uniqueness '" + uniqueness.asText() + "' is not none, server or global");
    }
    for (String b : List.of("multiValued", "required")) {
      JsonNode v = Json.field(a, b);
      if (v == null || !v.isBoolean()) {
        problems.add(here + ": " + b + " is not a boolean: " + v);
      }
    }
    JsonNode type = Json.field(a, "type");
    JsonNode subs = Json.field(a, "subAttributes");
    if (type != null && type.asText().equalsIgnoreCase("complex")) {
      if (subs == null || !subs.isArray()) {
        problems.add(here + ": a complex attribute without subAttributes");
      } else {
        subs.forEach(s -> attribute(here, s, problems));
      }
    }
  }

  /**
   * RFC 7644 §4: every schema and extension a resource type names is served at /Schemas, and every endpoint is
   * a path relative to the base URL, "Users" or "/Users" ({@link ResourceTypeEndpoint#isRelative}).
   */
  public static List<String> resourceTypesAgainstSchemas(List<JsonNode> resourceTypes, List<JsonNode> schemas) {
    List<String> problems = new ArrayList<>();
    Set<String> served = new HashSet<>();
    schemas.forEach(s -> {
      JsonNode id = Json.field(s, "id");
      if (id != null) {
        served.add(id.asText().toLowerCase(Locale.ROOT));
      }
    });
    if (resourceTypes.isEmpty()) {
      problems.add("/ResourceTypes lists no resource type");
    }
    for (JsonNode rt : resourceTypes) {
      String name = String.valueOf(Json.field(rt, "name"));
      JsonNode schema = Json.field(rt, "schema");
      if (schema == null || !served.contains(schema.asText().toLowerCase(Locale.ROOT))) {
        problems.add("resource type " + name + " names schema " + schema + ", which /Schemas does not serve");
      }
      JsonNode endpoint = Json.field(rt, "endpoint");
      if (endpoint == null || !endpoint.isTextual() || !ResourceTypeEndpoint.isRelative(endpoint.asText())) {
        problems.add("resource type " + name + " has endpoint " + endpoint + ", not a path relative to the base URL");
      }
      JsonNode extensions = Json.field(rt, "schemaExtensions");
      if (extensions != null) {
        for (JsonNode e : extensions) {
          JsonNode s = Json.field(e, "schema");
          JsonNode required = Json.field(e, "required");
          if (s == null || !served.contains(s.asText().toLowerCase(Locale.ROOT))) {
            problems.add("resource type " + name + " names extension " + s + ", which /Schemas does not serve");
          }
          if (required == null || !required.isBoolean()) {
            problems.add("resource type " + name + " extension " + s + " has no boolean 'required'");
          }
        }
      }
    }
    return problems;
  }

  /** The definition of {@code name} or {@code parent.sub} in a schema representation, or {@code null}. */
  public static JsonNode attribute(JsonNode schema, String path) {
    String[] parts = path.split("\\.", 2);
    JsonNode found = named(Json.field(schema, "attributes"), parts[0]);
    return parts.length == 1 || found == null ? found : named(Json.field(found, "subAttributes"), parts[1]);
  }

  private static JsonNode named(JsonNode attributes, String name) {
    if (attributes == null || !attributes.isArray()) {
      return null;
    }
    for (JsonNode a : attributes) {
      JsonNode n = Json.field(a, "name");
      if (n != null && n.asText().equalsIgnoreCase(name)) {
        return a;
      }
    }
    return null;
  }

  private static void requireInteger(JsonNode spc, String attribute, String sub, List<String> problems) {
    JsonNode parent = Json.field(spc, attribute);
    JsonNode supported = Json.field(parent, "supported");
    JsonNode v = Json.field(parent, sub);
    // A limit only matters when the feature is offered; RFC 7643 §5 marks them REQUIRED all the same.
    if (supported != null && supported.asBoolean() && (v == null || !v.isIntegralNumber())) {
      problems.add(attribute + "." + sub + " is not an integer: " + v);
    }
  }

  private static void checkValue(String here, JsonNode a, String key, Set<String> allowed, List<String> problems) {
    JsonNode v = Json.field(a, key);
    if (v == null || !allowed.contains(v.asText().toLowerCase(Locale.ROOT))) {
      problems.add(here + ": " + key + " is " + v + ", not one of " + allowed);
    }
  }

  private static String abbreviate(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}

package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;

/** The server's entry to resource validation for POST and PUT (RFC 7643 §2, §7; RFC 7644 §3.3, §3.5.1). */
final class Validation {
  private Validation() {}

  // Interim until the schema validator lands: required names and the schemas attribute only.
  static ObjectNode forCreate(ResourceKind kind, JsonNode input, RequestScope scope) {
    ObjectNode in = object(input);
    schemas(in, kind, scope);
    required(in, kind);
    return in.deepCopy();
  }

  static ObjectNode forReplace(ResourceKind kind, ObjectNode existing, JsonNode input, RequestScope scope) {
    return forCreate(kind, input, scope);
  }

  static ObjectNode object(JsonNode input) {
    if (input == null || !input.isObject()) {
      throw ScimException.invalidSyntax("The request body must be a JSON object.");
    }
    return (ObjectNode) input;
  }

  private static void schemas(ObjectNode in, ResourceKind kind, RequestScope scope) {
    JsonNode s = Json.field(in, "schemas");
    if (s == null || !s.isArray() || s.isEmpty()) {
      scope.lint(LintRules.SCHEMAS_MISSING.finding("The resource has no 'schemas' attribute.", ""));
      if (!scope.leniency().lenient()) {
        throw ScimException.invalidSyntax("'schemas' is required (RFC 7643 §3).");
      }
    }
  }

  private static void required(ObjectNode in, ResourceKind kind) {
    String name = kind == ResourceKind.USER ? "userName" : "displayName";
    JsonNode v = Json.field(in, name);
    if (v == null || v.isNull()) {
      throw ScimException.invalidValue("'" + name + "' is required.");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ScimException.invalidValue("'" + name + "' must be a non-empty string.");
    }
  }
}

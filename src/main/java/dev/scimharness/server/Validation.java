package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ResourceValidator;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ValidatedResource;

/**
 * The server's entry to resource validation for POST and PUT (RFC 7643 §2, §7; RFC 7644 §3.3, §3.5.1): the
 * validator's findings become the request's lint findings; in strict mode it rejects instead.
 */
final class Validation {
  private Validation() {}

  static ObjectNode forCreate(ResourceSchema schema, JsonNode input, RequestScope scope) {
    return record(ResourceValidator.forCreate(object(input), schema, scope.leniency()), scope);
  }

  static ObjectNode forReplace(ResourceSchema schema, ObjectNode existing, JsonNode input, RequestScope scope) {
    return record(ResourceValidator.forReplace(object(input), existing, schema, scope.leniency()), scope);
  }

  private static ObjectNode record(ValidatedResource v, RequestScope scope) {
    v.findings().forEach(scope::lint);
    return v.resource();
  }

  static ObjectNode object(JsonNode input) {
    if (input == null || !input.isObject()) {
      throw ScimException.invalidSyntax("The request body must be a JSON object.");
    }
    return (ObjectNode) input;
  }
}

package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;

/** The server's entry to the PATCH engine (RFC 7644 §3.5.2). */
final class Patches {
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** What applying a request gave: the new resource and whether anything changed. */
  record Applied(ObjectNode resource, boolean changed) {}

  private Patches() {}

  // Interim until the PATCH parser lands: the message structure only.
  static Object parse(JsonNode body, RequestScope scope) {
    ObjectNode in = Validation.object(body);
    JsonNode ops = Json.field(in, "Operations");
    if (ops == null || !ops.isArray() || ops.isEmpty()) {
      throw ScimException.invalidSyntax("A PatchOp message needs a non-empty 'Operations' array.");
    }
    return in;
  }

  static Applied apply(ObjectNode resource, Object request, ResourceSchema schema, RequestScope scope) {
    throw new ScimException(501, null, "This PATCH shape is not supported yet.");
  }
}
